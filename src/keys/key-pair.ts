/**
 * Key pair types and the `Signer` interface.
 *
 * @module keys
 */

/**
 * An Ed25519 key pair as a Multikey verification method (secret part optional).
 *
 * @example
 * ```ts
 * import { generateKeyPair, createSigner, type Ed25519KeyPair } from 'microcredentials/keys'
 * const keyPair: Ed25519KeyPair = await generateKeyPair()
 * const signer = createSigner(keyPair) // issuer id: keyPair.controller
 * ```
 */
export interface Ed25519KeyPair {
  type: 'Multikey'
  /** Verification method URL, e.g. `did:key:z6Mk…#z6Mk…`. */
  id: string
  /** Controller: the issuer's DID or URL. Must equal the credential's `issuer.id`. */
  controller: string
  /** `z` + base58btc(0xed01 ‖ 32-byte public key). */
  publicKeyMultibase: string
  /** `z` + base58btc(0x8026 ‖ 32-byte seed ‖ 32-byte public key). Absent in a public-only key. */
  secretKeyMultibase?: string
}

/**
 * Signs bytes for a verification method. Implement it over an HSM or KMS to keep the secret key out
 * of the process; {@link createSigner} makes one from a key pair.
 *
 * @example
 * ```ts
 * const kmsSigner: Signer = { id: 'did:web:school.nl#key-1', algorithm: 'Ed25519', sign: (bytes) => kms.sign(bytes) }
 * ```
 */
export interface Signer {
  /** Verification method URL placed in `proof.verificationMethod`. */
  id: string
  /** Signature algorithm; `Ed25519` for the Data Integrity suites. */
  algorithm: 'Ed25519' | (string & {})
  /** Signs the bytes, returning the raw signature (64 bytes for Ed25519). */
  sign(data: Uint8Array): Promise<Uint8Array> | Uint8Array
  /** The key's controller (issuer id). Default: `id` without its fragment. */
  controller?: string
  /** The public key, so the issuer can check its own output without a controller document. */
  publicKeyMultibase?: string
}

/**
 * Multikey JSON as written to a key file (by `mcred keygen` and {@link exportKeyPair}).
 *
 * @example
 * ```ts
 * import { exportKeyPair, importKeyPair, type MultikeyJson } from 'microcredentials/keys'
 * const file: MultikeyJson = exportKeyPair(keyPair, { includeSecret: true })
 * const again = importKeyPair(file)
 * ```
 */
export interface MultikeyJson {
  '@context': 'https://w3id.org/security/multikey/v1'
  type: 'Multikey'
  id: string
  controller: string
  publicKeyMultibase: string
  secretKeyMultibase?: string
}

/**
 * An Ed25519 JWK (RFC 8037), with `kid` = verification method URL.
 *
 * @example
 * ```ts
 * import { exportKeyPair, importKeyPair, type Ed25519Jwk } from 'microcredentials/keys'
 * const jwk: Ed25519Jwk = exportKeyPair(keyPair, { format: 'jwk' }) // { kty: 'OKP', crv: 'Ed25519', x, kid }
 * const publicOnly = importKeyPair(jwk)
 * ```
 */
export interface Ed25519Jwk {
  kty: 'OKP'
  crv: 'Ed25519'
  x: string
  d?: string
  kid?: string
}
