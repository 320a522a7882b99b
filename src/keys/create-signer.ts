import { InvalidArgumentError } from '../errors/errors.js'
import { encodeBase64Url } from './base64url.js'
import { privateKeyFromSeed, signEd25519 } from './ed25519.js'
import { createJwkSigner } from './jwk-signer.js'
import type { Ed25519KeyPair, KeyPair, Signer } from './key-pair.js'
import { decodePublicKey, decodeSecretSeed } from './multibase.js'

/**
 * Creates a {@link Signer} from a key pair with its secret key. The signer's `id` is the key's
 * verification method URL; `algorithm` is `Ed25519` (Data Integrity, JWT `EdDSA`), `ES256` (P-256,
 * 64-byte `r ‖ s` signatures) or `RS256` (RSA, RSASSA-PKCS1-v1_5 with SHA-256). The signer carries
 * the public key as `publicKeyJwk` (and, for Ed25519, `publicKeyMultibase`).
 *
 * @example
 * ```ts
 * import { generateKeyPair, createSigner } from 'microcredentials/keys'
 * const signer = createSigner(await generateKeyPair())
 * const signature = await signer.sign(new TextEncoder().encode('hello'))
 * const es256 = createSigner(await generateKeyPair({ type: 'P-256' })) // es256.algorithm === 'ES256'
 * ```
 */
export function createSigner(keyPair: KeyPair): Signer {
  if (!keyPair || typeof keyPair !== 'object') throw new InvalidArgumentError('"keyPair" must be a key pair object')
  return keyPair.type === 'JsonWebKey' ? createJwkSigner(keyPair) : createEd25519Signer(keyPair)
}

function createEd25519Signer(keyPair: Ed25519KeyPair): Signer {
  if (!keyPair.secretKeyMultibase) throw new InvalidArgumentError(`key ${keyPair.id} has no secret key: cannot sign`)
  const key = privateKeyFromSeed(decodeSecretSeed(keyPair.secretKeyMultibase, keyPair.id))
  return {
    id: keyPair.id,
    algorithm: 'Ed25519',
    controller: keyPair.controller,
    publicKeyMultibase: keyPair.publicKeyMultibase,
    publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: encodeBase64Url(decodePublicKey(keyPair.publicKeyMultibase, keyPair.id)) },
    sign: (data: Uint8Array) => signEd25519(key, data),
  }
}
