import { InvalidKeyError } from '../errors/errors.js'
import { publicKeyFromSeed } from './ed25519.js'
import { importBareJwk, importJsonWebKey, type ImportNames } from './import-jwk-key-pair.js'
import type { EcP256PublicJwk, Ed25519Jwk, Ed25519KeyPair, JsonWebKeyJson, JwkKeyPair, KeyPair, MultikeyJson, RsaPublicJwk } from './key-pair.js'
import { decodePublicKey, decodeSecretSeed, encodePublicKey, encodeSecretKey } from './multibase.js'

/**
 * Imports a key pair from its key file or a JWK, strictly:
 * - Multikey JSON (Ed25519, as written by `mcred keygen`) and Ed25519 JWKs give an `Ed25519KeyPair`;
 * - `JsonWebKey` JSON (`mcred keygen --type p-256|rsa`) and bare EC P-256 or RSA JWKs give a `JwkKeyPair`.
 *
 * A JWK's `kid` with `#` is the verification method URL (else `options.id` / `options.controller`, else
 * the key's own `did:key` or `did:jwk`). Checks base64url members, that a P-256 point is on the curve,
 * that an RSA modulus has at least 2048 bits and `e` is `AQAB`, and that the secret key belongs to the
 * public key. Throws {@link InvalidKeyError} naming what is wrong.
 *
 * @example
 * ```ts
 * import { importKeyPair, isEd25519KeyPair } from 'microcredentials/keys'
 * const keyPair = importKeyPair(JSON.parse(await readFile('key.json', 'utf8')))
 * if (isEd25519KeyPair(keyPair)) console.log('Ed25519', keyPair.publicKeyMultibase)
 * else console.log(keyPair.keyType, keyPair.id) // 'P-256' 'did:jwk:…#0'
 * ```
 */
export function importKeyPair(json: MultikeyJson | Ed25519Jwk, options?: { id?: string; controller?: string }): Ed25519KeyPair
export function importKeyPair(json: JsonWebKeyJson | EcP256PublicJwk | RsaPublicJwk, options?: { id?: string; controller?: string }): JwkKeyPair
export function importKeyPair(json: unknown, options?: { id?: string; controller?: string }): KeyPair
export function importKeyPair(json: unknown, options: { id?: string; controller?: string } = {}): KeyPair {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new InvalidKeyError('key must be a JSON object (Multikey, JsonWebKey or JWK)')
  const obj = json as Record<string, unknown>
  const names: ImportNames = { id: str(options.id), controller: str(options.controller) }
  if (obj.kty !== undefined) return obj.kty === 'OKP' ? fromJwk(obj, options) : importBareJwk(obj, names)
  if (obj.type === 'JsonWebKey') return fromJsonWebKey(obj, names)
  if (obj.type !== 'Multikey') throw new InvalidKeyError(`key type must be "Multikey" or "JsonWebKey" (or a JWK), got ${JSON.stringify(obj.type)}`)
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

/** A JsonWebKey file: P-256 / RSA, or an Ed25519 (OKP) key, which becomes a Multikey key pair. */
function fromJsonWebKey(obj: Record<string, unknown>, names: ImportNames): KeyPair {
  const publicKeyJwk = obj.publicKeyJwk as Record<string, unknown> | undefined
  if (publicKeyJwk?.kty !== 'OKP') return importJsonWebKey(obj, names)
  const secret = obj.secretKeyJwk as Record<string, unknown> | undefined
  if (publicKeyJwk.d !== undefined) throw new InvalidKeyError('publicKeyJwk holds the private key member "d"; put it in secretKeyJwk')
  if (secret !== undefined && (typeof secret !== 'object' || secret === null || secret.x !== publicKeyJwk.x || secret.crv !== publicKeyJwk.crv)) {
    throw new InvalidKeyError('secretKeyJwk is not the private key of publicKeyJwk: their public members differ')
  }
  return fromJwk({ ...publicKeyJwk, kid: undefined, d: secret?.d }, { id: str(obj.id, names.id), controller: str(obj.controller, names.controller) })
}

function fromJwk(jwk: Record<string, unknown>, options: ImportNames): Ed25519KeyPair {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519') throw new InvalidKeyError(`JWK: OKP curve ${JSON.stringify(jwk.crv)} is not supported; only "Ed25519" is (kty "OKP")`)
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
