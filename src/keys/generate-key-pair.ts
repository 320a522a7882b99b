import { getRandomValues } from 'node:crypto'
import { InvalidArgumentError } from '../errors/errors.js'
import { publicKeyFromSeed } from './ed25519.js'
import { generateJwkKeyPair } from './generate-jwk-key-pair.js'
import type { Ed25519KeyPair, JwkKeyPair, KeyPair, KeyType } from './key-pair.js'
import { encodePublicKey, encodeSecretKey } from './multibase.js'

/**
 * Options of {@link generateKeyPair}.
 *
 * @example
 * ```ts
 * import { generateKeyPair } from 'microcredentials/keys'
 * const keyPair = await generateKeyPair({ controller: 'did:web:school.nl', id: 'did:web:school.nl#key-1' })
 * const testKey = await generateKeyPair({ seed: new Uint8Array(32).fill(7) }) // deterministic
 * const rsa = await generateKeyPair({ type: 'RSA', modulusLength: 3072 })
 * ```
 */
export interface GenerateKeyPairOptions {
  /** The kind of key: `Ed25519` (default; Data Integrity and JWT `EdDSA`), `P-256` (ES256) or `RSA` (RS256). */
  type?: KeyType
  /**
   * The issuer identifier that controls the key (`did:web:…` or an https URL). Default: the key's
   * own `did:key` (Ed25519) or `did:jwk` (P-256, RSA).
   */
  controller?: string
  /**
   * Verification method id. Default for Ed25519 `<controller>#<publicKeyMultibase>`; for P-256 and
   * RSA `<did:jwk>#0` under the default controller, else `<controller>#<RFC 7638 JWK thumbprint>`.
   */
  id?: string
  /** A 32-byte seed, for deterministic Ed25519 keys in tests (Ed25519 only). Default: 32 random bytes. */
  seed?: Uint8Array
  /** RSA modulus length in bits (RSA only): at least 2048, default 2048. */
  modulusLength?: number
}

/**
 * Generates a key pair: Ed25519 by default, or P-256 / RSA with `type`. By default the controller is
 * the key's own DID (`did:key` for Ed25519, `did:jwk` for P-256 and RSA), so `keyPair.controller` is
 * the issuer id to put in credentials. Randomness is node:crypto's; `seed` is for Ed25519 only.
 *
 * @example
 * ```ts
 * import { generateKeyPair } from 'microcredentials/keys'
 * const keyPair = await generateKeyPair()
 * keyPair.controller // 'did:key:z6Mk…'
 * const p256 = await generateKeyPair({ type: 'P-256' })
 * p256.id // 'did:jwk:eyJjcnYiOiJQLTI1NiIs…#0'
 * const rsa = await generateKeyPair({ type: 'RSA', controller: 'did:web:school.nl' }) // id 'did:web:school.nl#<thumbprint>'
 * ```
 */
export async function generateKeyPair(options?: GenerateKeyPairOptions & { type?: 'Ed25519' }): Promise<Ed25519KeyPair>
export async function generateKeyPair(options: GenerateKeyPairOptions & { type: 'P-256' | 'RSA' }): Promise<JwkKeyPair>
export async function generateKeyPair(options?: GenerateKeyPairOptions): Promise<KeyPair>
export async function generateKeyPair(options: GenerateKeyPairOptions = {}): Promise<KeyPair> {
  const type = options.type ?? 'Ed25519'
  if (type === 'Ed25519') return generateEd25519(options)
  if (type !== 'P-256' && type !== 'RSA') throw new InvalidArgumentError(`"type" must be "Ed25519", "P-256" or "RSA", got ${JSON.stringify(type)}`)
  if (options.seed !== undefined) throw new InvalidArgumentError(`"seed" is for Ed25519 keys only; ${type} keys use node:crypto randomness`)
  return generateJwkKeyPair({ type, controller: options.controller, id: options.id, modulusLength: options.modulusLength })
}

function generateEd25519(options: GenerateKeyPairOptions): Ed25519KeyPair {
  if (options.modulusLength !== undefined) throw new InvalidArgumentError('"modulusLength" is for RSA keys only')
  const seed = options.seed ?? getRandomValues(new Uint8Array(32))
  if (!(seed instanceof Uint8Array) || seed.length !== 32) throw new InvalidArgumentError('"seed" must be 32 bytes')
  const publicKey = publicKeyFromSeed(seed)
  const publicKeyMultibase = encodePublicKey(publicKey)
  const controller = options.controller ?? `did:key:${publicKeyMultibase}`
  return {
    type: 'Multikey',
    id: options.id ?? `${controller}#${publicKeyMultibase}`,
    controller,
    publicKeyMultibase,
    secretKeyMultibase: encodeSecretKey(seed, publicKey),
  }
}
