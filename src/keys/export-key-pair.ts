import { InvalidArgumentError } from '../errors/errors.js'
import type { Ed25519Jwk, Ed25519KeyPair, MultikeyJson } from './key-pair.js'
import { decodePublicKey, decodeSecretSeed } from './multibase.js'

/**
 * Options of {@link exportKeyPair}.
 *
 * @example
 * ```ts
 * import { exportKeyPair } from 'microcredentials/keys'
 * const publicJwk = exportKeyPair(keyPair, { format: 'jwk' })
 * const keyFile = exportKeyPair(keyPair, { format: 'multikey', includeSecret: true })
 * ```
 */
export interface ExportKeyPairOptions {
  /** `multikey` (default) or `jwk`. */
  format?: 'multikey' | 'jwk'
  /** Include the secret key. Default false: export the public part only. */
  includeSecret?: boolean
}

/**
 * Exports a key pair as Multikey JSON (the `mcred keygen` key file format) or as a JWK.
 * The secret key is left out unless `includeSecret` is set.
 *
 * @example
 * ```ts
 * import { exportKeyPair } from 'microcredentials/keys'
 * const file = exportKeyPair(keyPair, { includeSecret: true }) // { '@context', type: 'Multikey', ... }
 * const jwk = exportKeyPair(keyPair, { format: 'jwk' }) // { kty: 'OKP', crv: 'Ed25519', x, kid }
 * ```
 */
export function exportKeyPair(keyPair: Ed25519KeyPair, options: { format: 'jwk'; includeSecret?: boolean }): Ed25519Jwk
export function exportKeyPair(keyPair: Ed25519KeyPair, options?: { format?: 'multikey'; includeSecret?: boolean }): MultikeyJson
export function exportKeyPair(keyPair: Ed25519KeyPair, options: ExportKeyPairOptions = {}): MultikeyJson | Ed25519Jwk {
  const withSecret = options.includeSecret ?? false
  if (withSecret && !keyPair.secretKeyMultibase) throw new InvalidArgumentError('key pair has no secret key to export')
  if (options.format === 'jwk') {
    const jwk: Ed25519Jwk = { kty: 'OKP', crv: 'Ed25519', x: b64u(decodePublicKey(keyPair.publicKeyMultibase, 'key pair')), kid: keyPair.id }
    if (withSecret) jwk.d = b64u(decodeSecretSeed(keyPair.secretKeyMultibase, 'key pair'))
    return jwk
  }
  if (options.format !== undefined && options.format !== 'multikey') throw new InvalidArgumentError(`unknown key format ${JSON.stringify(options.format)}`)
  const out: MultikeyJson = {
    '@context': 'https://w3id.org/security/multikey/v1',
    type: 'Multikey',
    id: keyPair.id,
    controller: keyPair.controller,
    publicKeyMultibase: keyPair.publicKeyMultibase,
  }
  if (withSecret) out.secretKeyMultibase = keyPair.secretKeyMultibase as string
  return out
}

function b64u(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url')
}
