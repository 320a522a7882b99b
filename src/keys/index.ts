/**
 * Key generation, import/export and signers: `microcredentials/keys`.
 *
 * @module keys
 */
export { generateKeyPair } from './generate-key-pair.js'
export type { GenerateKeyPairOptions } from './generate-key-pair.js'
export { exportKeyPair } from './export-key-pair.js'
export type { ExportKeyPairOptions } from './export-key-pair.js'
export { importKeyPair } from './import-key-pair.js'
export { createSigner } from './create-signer.js'
export { isEd25519KeyPair } from './is-ed25519-key-pair.js'
export type {
  EcP256PrivateJwk,
  EcP256PublicJwk,
  Ed25519Jwk,
  Ed25519KeyPair,
  JsonWebKeyJson,
  JwkKeyPair,
  KeyPair,
  KeyType,
  MultikeyJson,
  PrivateJwk,
  PublicJwk,
  RsaPrivateJwk,
  RsaPublicJwk,
  Signer,
} from './key-pair.js'
