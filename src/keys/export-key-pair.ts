import { JWK_CONTEXT } from '../contexts/urls.js'
import { InvalidArgumentError } from '../errors/errors.js'
import { encodeBase64Url } from './base64url.js'
import type { EcP256PublicJwk, Ed25519Jwk, Ed25519KeyPair, JsonWebKeyJson, JwkKeyPair, KeyPair, MultikeyJson, PrivateJwk, PublicJwk, RsaPublicJwk } from './key-pair.js'
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
  /**
   * `jwk`, or the key file format: `multikey` (Ed25519 only). Default: the key file format, Multikey
   * JSON for Ed25519 and {@link JsonWebKeyJson} for P-256 and RSA.
   */
  format?: 'multikey' | 'jwk'
  /** Include the secret key. Default false: export the public part only. */
  includeSecret?: boolean
}

/**
 * Exports a key pair as its key file (Multikey JSON for Ed25519, as written by `mcred keygen`;
 * `JsonWebKey` JSON for P-256 and RSA) or as a JWK with `kid` = the verification method id.
 * The secret key is left out unless `includeSecret` is set.
 *
 * @example
 * ```ts
 * import { exportKeyPair } from 'microcredentials/keys'
 * const file = exportKeyPair(keyPair, { includeSecret: true }) // { '@context', type: 'Multikey', ... }
 * const jwk = exportKeyPair(keyPair, { format: 'jwk' }) // { kty: 'OKP', crv: 'Ed25519', x, kid }
 * const p256File = exportKeyPair(await generateKeyPair({ type: 'P-256' })) // { '@context', type: 'JsonWebKey', publicKeyJwk, ... }
 * ```
 */
export function exportKeyPair(keyPair: Ed25519KeyPair, options: { format: 'jwk'; includeSecret?: boolean }): Ed25519Jwk
export function exportKeyPair(keyPair: Ed25519KeyPair, options?: { format?: 'multikey'; includeSecret?: boolean }): MultikeyJson
export function exportKeyPair(keyPair: JwkKeyPair, options: { format: 'jwk'; includeSecret: true }): PrivateJwk
export function exportKeyPair(keyPair: JwkKeyPair, options: { format: 'jwk'; includeSecret?: false }): EcP256PublicJwk | RsaPublicJwk
export function exportKeyPair(keyPair: JwkKeyPair, options?: { format?: undefined; includeSecret?: boolean }): JsonWebKeyJson
export function exportKeyPair(keyPair: KeyPair, options?: ExportKeyPairOptions): MultikeyJson | JsonWebKeyJson | PublicJwk | PrivateJwk
export function exportKeyPair(keyPair: KeyPair, options: ExportKeyPairOptions = {}): MultikeyJson | JsonWebKeyJson | PublicJwk | PrivateJwk {
  if (!keyPair || typeof keyPair !== 'object') throw new InvalidArgumentError('"keyPair" must be a key pair object')
  const format = options.format
  if (format !== undefined && format !== 'multikey' && format !== 'jwk') throw new InvalidArgumentError(`unknown key format ${JSON.stringify(format)}`)
  const withSecret = options.includeSecret ?? false
  return keyPair.type === 'JsonWebKey' ? exportJwkKeyPair(keyPair, format, withSecret) : exportEd25519(keyPair, format, withSecret)
}

function exportEd25519(keyPair: Ed25519KeyPair, format: 'multikey' | 'jwk' | undefined, withSecret: boolean): MultikeyJson | Ed25519Jwk {
  if (withSecret && !keyPair.secretKeyMultibase) throw new InvalidArgumentError('key pair has no secret key to export')
  if (format === 'jwk') {
    const jwk: Ed25519Jwk = { kty: 'OKP', crv: 'Ed25519', x: encodeBase64Url(decodePublicKey(keyPair.publicKeyMultibase, 'key pair')), kid: keyPair.id }
    if (withSecret) jwk.d = encodeBase64Url(decodeSecretSeed(keyPair.secretKeyMultibase, 'key pair'))
    return jwk
  }
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

function exportJwkKeyPair(keyPair: JwkKeyPair, format: 'multikey' | 'jwk' | undefined, withSecret: boolean): JsonWebKeyJson | PublicJwk | PrivateJwk {
  if (withSecret && !keyPair.secretKeyJwk) throw new InvalidArgumentError('key pair has no secret key to export')
  if (format === 'multikey') {
    throw new InvalidArgumentError(`key ${keyPair.id} is ${keyPair.keyType === 'RSA' ? 'an' : 'a'} ${keyPair.keyType} key: the Multikey format is for Ed25519 keys; export it as "jwk" or as its JsonWebKey file (no format)`)
  }
  if (format === 'jwk') return { ...(withSecret ? keyPair.secretKeyJwk as PrivateJwk : keyPair.publicKeyJwk), kid: keyPair.id }
  const out: JsonWebKeyJson = {
    '@context': JWK_CONTEXT,
    type: 'JsonWebKey',
    id: keyPair.id,
    controller: keyPair.controller,
    publicKeyJwk: { ...keyPair.publicKeyJwk },
  }
  if (withSecret) out.secretKeyJwk = { ...keyPair.secretKeyJwk as PrivateJwk }
  return out
}
