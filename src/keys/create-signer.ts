import { InvalidArgumentError } from '../errors/errors.js'
import { privateKeyFromSeed, signEd25519 } from './ed25519.js'
import type { Ed25519KeyPair, Signer } from './key-pair.js'
import { decodeSecretSeed } from './multibase.js'

/**
 * Creates a {@link Signer} from a key pair with its secret key. The signer's `id` is the key's
 * verification method URL.
 *
 * @example
 * ```ts
 * import { generateKeyPair, createSigner } from 'microcredentials/keys'
 * const signer = createSigner(await generateKeyPair())
 * const signature = await signer.sign(new TextEncoder().encode('hello'))
 * ```
 */
export function createSigner(keyPair: Ed25519KeyPair): Signer {
  if (!keyPair || typeof keyPair !== 'object') throw new InvalidArgumentError('"keyPair" must be a key pair object')
  if (!keyPair.secretKeyMultibase) throw new InvalidArgumentError(`key ${keyPair.id} has no secret key: cannot sign`)
  const key = privateKeyFromSeed(decodeSecretSeed(keyPair.secretKeyMultibase, keyPair.id))
  return {
    id: keyPair.id,
    algorithm: 'Ed25519',
    controller: keyPair.controller,
    publicKeyMultibase: keyPair.publicKeyMultibase,
    sign: (data: Uint8Array) => signEd25519(key, data),
  }
}
