/**
 * Internal: signers of P-256 (ES256) and RSA (RS256) key pairs, over node:crypto.
 *
 * @module keys
 */
import { constants, createPrivateKey, sign, type KeyObject } from 'node:crypto'
import { InvalidArgumentError, InvalidKeyError } from '../errors/errors.js'
import type { JwkKeyPair, Signer } from './key-pair.js'

/**
 * A signer for a P-256 or RSA key pair: `ES256` gives the 64-byte `r ‖ s` signature JWS needs (not
 * DER); `RS256` is RSASSA-PKCS1-v1_5 with SHA-256.
 */
export function createJwkSigner(keyPair: JwkKeyPair): Signer {
  if (!keyPair.secretKeyJwk) throw new InvalidArgumentError(`key ${keyPair.id} has no secret key: cannot sign`)
  let key: KeyObject
  try {
    key = createPrivateKey({ key: { ...keyPair.secretKeyJwk }, format: 'jwk' })
  } catch (cause) {
    throw new InvalidKeyError(`key ${keyPair.id}: its secretKeyJwk is not a usable ${keyPair.keyType} private key`, { cause })
  }
  const ec = keyPair.publicKeyJwk.kty === 'EC'
  return {
    id: keyPair.id,
    algorithm: ec ? 'ES256' : 'RS256',
    controller: keyPair.controller,
    publicKeyJwk: { ...keyPair.publicKeyJwk },
    sign: ec
      ? (data: Uint8Array) => new Uint8Array(sign('sha256', data, { key, dsaEncoding: 'ieee-p1363' }))
      : (data: Uint8Array) => new Uint8Array(sign('sha256', data, { key, padding: constants.RSA_PKCS1_PADDING })),
  }
}
