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
export type { Ed25519KeyPair, Ed25519Jwk, MultikeyJson, Signer } from './key-pair.js'
