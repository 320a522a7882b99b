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
  /** Verification method URL placed in `proof.verificationMethod` (or a JWT's `kid`). */
  id: string
  /**
   * Signature algorithm: `'Ed25519'` (the Data Integrity suites, and JWT `EdDSA`), `'ES256'` (ECDSA
   * P-256 with SHA-256, JWT/JWS) or `'RS256'` (RSASSA-PKCS1-v1_5 with SHA-256, JWT/JWS).
   */
  algorithm: 'Ed25519' | 'ES256' | 'RS256' | (string & {})
  /**
   * Signs the bytes, returning the raw signature: 64 bytes for Ed25519, 64 bytes `r ‖ s` for ES256
   * (the JWS form, not DER), the modulus length for RS256.
   */
  sign(data: Uint8Array): Promise<Uint8Array> | Uint8Array
  /** The key's controller (issuer id). Default: `id` without its fragment. */
  controller?: string
  /** The public key (Ed25519), so the issuer can check its own output without a controller document. */
  publicKeyMultibase?: string
  /** The public key as a JWK (no `kid`), so the issuer can check its own JWT without a controller document. */
  publicKeyJwk?: PublicJwk
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

/**
 * The kinds of key pair this library generates, imports and signs with.
 *
 * @example
 * ```ts
 * import { generateKeyPair, type KeyType } from 'microcredentials/keys'
 * const type: KeyType = 'P-256'
 * const keyPair = await generateKeyPair({ type })
 * ```
 */
export type KeyType = 'Ed25519' | 'P-256' | 'RSA'

/**
 * A public EC P-256 JWK (RFC 7518 §6.2): `x` and `y` are the 32-byte coordinates, base64url.
 *
 * @example
 * ```ts
 * import { generateKeyPair, type EcP256PublicJwk } from 'microcredentials/keys'
 * const keyPair = await generateKeyPair({ type: 'P-256' })
 * const jwk = keyPair.publicKeyJwk as EcP256PublicJwk // { kty: 'EC', crv: 'P-256', x, y }
 * ```
 */
export interface EcP256PublicJwk {
  kty: 'EC'
  crv: 'P-256'
  x: string
  y: string
  kid?: string
}

/**
 * A private EC P-256 JWK: the public members plus the private scalar `d` (32 bytes, base64url).
 *
 * @example
 * ```ts
 * import { exportKeyPair, generateKeyPair, type EcP256PrivateJwk } from 'microcredentials/keys'
 * const keyPair = await generateKeyPair({ type: 'P-256' })
 * const jwk = exportKeyPair(keyPair, { format: 'jwk', includeSecret: true }) as EcP256PrivateJwk
 * ```
 */
export interface EcP256PrivateJwk extends EcP256PublicJwk {
  d: string
}

/**
 * A public RSA JWK (RFC 7518 §6.3): modulus `n` (at least 2048 bits) and exponent `e` (`AQAB`), base64url.
 *
 * @example
 * ```ts
 * import { generateKeyPair, type RsaPublicJwk } from 'microcredentials/keys'
 * const keyPair = await generateKeyPair({ type: 'RSA' })
 * const jwk = keyPair.publicKeyJwk as RsaPublicJwk // { kty: 'RSA', n, e: 'AQAB' }
 * ```
 */
export interface RsaPublicJwk {
  kty: 'RSA'
  n: string
  e: string
  kid?: string
}

/**
 * A private RSA JWK: the public members plus `d` and the CRT members `p`, `q`, `dp`, `dq`, `qi`.
 *
 * @example
 * ```ts
 * import { exportKeyPair, generateKeyPair, type RsaPrivateJwk } from 'microcredentials/keys'
 * const keyPair = await generateKeyPair({ type: 'RSA' })
 * const jwk = exportKeyPair(keyPair, { format: 'jwk', includeSecret: true }) as RsaPrivateJwk
 * ```
 */
export interface RsaPrivateJwk extends RsaPublicJwk {
  d: string
  p: string
  q: string
  dp: string
  dq: string
  qi: string
}

/**
 * Any public JWK this library signs with: EC P-256, RSA, or Ed25519 (OKP).
 *
 * @example
 * ```ts
 * import { createSigner, generateKeyPair, type PublicJwk } from 'microcredentials/keys'
 * const jwk: PublicJwk | undefined = createSigner(await generateKeyPair({ type: 'P-256' })).publicKeyJwk
 * ```
 */
export type PublicJwk = EcP256PublicJwk | RsaPublicJwk | Ed25519Jwk

/**
 * The private JWK of a {@link JwkKeyPair}: EC P-256 or RSA.
 *
 * @example
 * ```ts
 * import { generateKeyPair, type PrivateJwk } from 'microcredentials/keys'
 * const secret: PrivateJwk | undefined = (await generateKeyPair({ type: 'RSA' })).secretKeyJwk
 * ```
 */
export type PrivateJwk = EcP256PrivateJwk | RsaPrivateJwk

/**
 * A P-256 or RSA key pair as a `JsonWebKey` verification method (secret part optional). Signs JWTs
 * (`ES256`, `RS256`); the Data Integrity suites need an {@link Ed25519KeyPair}.
 *
 * @example
 * ```ts
 * import { createSigner, generateKeyPair, type JwkKeyPair } from 'microcredentials/keys'
 * const keyPair: JwkKeyPair = await generateKeyPair({ type: 'P-256' })
 * keyPair.controller // 'did:jwk:eyJjcnYiOiJQLTI1NiIs…'
 * const signer = createSigner(keyPair) // algorithm 'ES256'
 * ```
 */
export interface JwkKeyPair {
  type: 'JsonWebKey'
  keyType: 'P-256' | 'RSA'
  /** Verification method URL, e.g. `did:jwk:…#0` or `did:web:school.nl#<JWK thumbprint>`. */
  id: string
  /** Controller: the issuer's DID or URL. Must equal the credential's issuer. */
  controller: string
  /** The public key, without `kid`. */
  publicKeyJwk: EcP256PublicJwk | RsaPublicJwk
  /** The private key (public members included), without `kid`. Absent in a public-only key. */
  secretKeyJwk?: PrivateJwk
}

/**
 * Any key pair: Ed25519 (Multikey) or P-256 / RSA (JsonWebKey). Narrow with `isEd25519KeyPair`.
 *
 * @example
 * ```ts
 * import { importKeyPair, isEd25519KeyPair, type KeyPair } from 'microcredentials/keys'
 * const keyPair: KeyPair = importKeyPair(json)
 * if (isEd25519KeyPair(keyPair)) console.log(keyPair.publicKeyMultibase)
 * else console.log(keyPair.keyType, keyPair.publicKeyJwk)
 * ```
 */
export type KeyPair = Ed25519KeyPair | JwkKeyPair

/**
 * A `JsonWebKey` verification method as written to a key file (by `mcred keygen --type p-256|rsa` and
 * {@link exportKeyPair}); the Multikey file stays the format of Ed25519 keys.
 *
 * @example
 * ```ts
 * import { exportKeyPair, generateKeyPair, importKeyPair, type JsonWebKeyJson } from 'microcredentials/keys'
 * const file: JsonWebKeyJson = exportKeyPair(await generateKeyPair({ type: 'P-256' }), { includeSecret: true })
 * const again = importKeyPair(file)
 * ```
 */
export interface JsonWebKeyJson {
  '@context': 'https://w3id.org/security/jwk/v1'
  type: 'JsonWebKey'
  id: string
  controller: string
  publicKeyJwk: EcP256PublicJwk | RsaPublicJwk
  secretKeyJwk?: PrivateJwk
}
