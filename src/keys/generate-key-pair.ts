import { getRandomValues } from 'node:crypto'
import { InvalidArgumentError } from '../errors/errors.js'
import { publicKeyFromSeed } from './ed25519.js'
import type { Ed25519KeyPair } from './key-pair.js'
import { encodePublicKey, encodeSecretKey } from './multibase.js'

/**
 * Options of {@link generateKeyPair}.
 *
 * @example
 * ```ts
 * import { generateKeyPair } from 'microcredentials/keys'
 * const keyPair = await generateKeyPair({ controller: 'did:web:school.nl', id: 'did:web:school.nl#key-1' })
 * const testKey = await generateKeyPair({ seed: new Uint8Array(32).fill(7) }) // deterministic
 * ```
 */
export interface GenerateKeyPairOptions {
  /**
   * The issuer identifier that controls the key (`did:web:…` or an https URL). Default: the key's
   * own `did:key`.
   */
  controller?: string
  /** Verification method id. Default `<controller>#<publicKeyMultibase>`. */
  id?: string
  /** A 32-byte seed, for deterministic keys in tests. Default: 32 random bytes. */
  seed?: Uint8Array
}

/**
 * Generates an Ed25519 key pair. By default the controller is the key's own `did:key`, so
 * `keyPair.controller` is the issuer id to put in credentials.
 *
 * @example
 * ```ts
 * import { generateKeyPair } from 'microcredentials/keys'
 * const keyPair = await generateKeyPair()
 * keyPair.controller // 'did:key:z6Mk…'
 * ```
 */
export async function generateKeyPair(options: GenerateKeyPairOptions = {}): Promise<Ed25519KeyPair> {
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
