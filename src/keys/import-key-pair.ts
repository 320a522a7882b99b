import { InvalidKeyError } from '../errors/errors.js'
import { publicKeyFromSeed } from './ed25519.js'
import type { Ed25519KeyPair } from './key-pair.js'
import { decodePublicKey, decodeSecretSeed, encodePublicKey, encodeSecretKey } from './multibase.js'

/**
 * Imports a key pair from Multikey JSON (as written by `mcred keygen`) or an Ed25519 JWK (with `kid`
 * as the verification method URL, or `options.id` / `options.controller`). Checks that the secret key
 * matches the public key. Throws {@link InvalidKeyError} naming what is wrong.
 *
 * @example
 * ```ts
 * import { importKeyPair } from 'microcredentials/keys'
 * const keyPair = importKeyPair(JSON.parse(await readFile('key.json', 'utf8')))
 * ```
 */
export function importKeyPair(json: unknown, options: { id?: string; controller?: string } = {}): Ed25519KeyPair {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new InvalidKeyError('key must be a JSON object (Multikey or JWK)')
  const obj = json as Record<string, unknown>
  if (obj.kty !== undefined) return fromJwk(obj, options)
  if (obj.type !== 'Multikey') throw new InvalidKeyError(`key type must be "Multikey" (or a JWK), got ${JSON.stringify(obj.type)}`)
  const publicKey = decodePublicKey(obj.publicKeyMultibase, 'Multikey')
  const controller = str(obj.controller, options.controller) ?? `did:key:${obj.publicKeyMultibase as string}`
  const id = str(obj.id, options.id) ?? `${controller}#${obj.publicKeyMultibase as string}`
  const keyPair: Ed25519KeyPair = { type: 'Multikey', id, controller, publicKeyMultibase: obj.publicKeyMultibase as string }
  if (obj.secretKeyMultibase !== undefined) {
    const seed = decodeSecretSeed(obj.secretKeyMultibase, 'Multikey')
    assertMatches(seed, publicKey)
    keyPair.secretKeyMultibase = encodeSecretKey(seed, publicKey)
  }
  return keyPair
}

function fromJwk(jwk: Record<string, unknown>, options: { id?: string; controller?: string }): Ed25519KeyPair {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519') throw new InvalidKeyError(`JWK must be kty "OKP", crv "Ed25519"; got ${JSON.stringify(jwk.kty)}/${JSON.stringify(jwk.crv)}`)
  const publicKey = b64uBytes(jwk.x, 'x', 32)
  const publicKeyMultibase = encodePublicKey(publicKey)
  const kid = str(options.id, typeof jwk.kid === 'string' && jwk.kid.includes('#') ? jwk.kid : undefined)
  const controller = str(options.controller, kid?.split('#')[0]) ?? `did:key:${publicKeyMultibase}`
  const keyPair: Ed25519KeyPair = { type: 'Multikey', id: kid ?? `${controller}#${publicKeyMultibase}`, controller, publicKeyMultibase }
  if (jwk.d !== undefined) {
    const seed = b64uBytes(jwk.d, 'd', 32)
    assertMatches(seed, publicKey)
    keyPair.secretKeyMultibase = encodeSecretKey(seed, publicKey)
  }
  return keyPair
}

function assertMatches(seed: Uint8Array, publicKey: Uint8Array): void {
  if (!Buffer.from(publicKeyFromSeed(seed)).equals(Buffer.from(publicKey))) {
    throw new InvalidKeyError('secret key does not belong to the public key')
  }
}

function b64uBytes(value: unknown, name: string, length: number): Uint8Array {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]+$/.test(value)) throw new InvalidKeyError(`JWK "${name}" must be base64url`)
  const bytes = new Uint8Array(Buffer.from(value, 'base64url'))
  if (bytes.length !== length) throw new InvalidKeyError(`JWK "${name}" must be ${length} bytes, got ${bytes.length}`)
  return bytes
}

function str(...values: unknown[]): string | undefined {
  for (const v of values) if (typeof v === 'string' && v.length > 0) return v
  return undefined
}
