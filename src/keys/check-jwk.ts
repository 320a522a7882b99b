/**
 * Internal: strict checks of P-256 and RSA JWKs (public and private parts) before they are used.
 *
 * @module keys
 */
import { createECDH, createPublicKey } from 'node:crypto'
import { MIN_RSA_BITS } from '../did/did-jwk.js'
import { InvalidKeyError } from '../errors/errors.js'
import { decodeBase64Url } from './base64url.js'
import type { EcP256PrivateJwk, EcP256PublicJwk, PrivateJwk, RsaPrivateJwk, RsaPublicJwk } from './key-pair.js'

export { MIN_RSA_BITS }
/** Largest RSA modulus accepted, in bits (bounds the work of an untrusted key). */
export const MAX_RSA_BITS = 16384

const ALG = { EC: 'ES256', RSA: 'RS256' } as const
const RSA_PRIVATE = ['d', 'p', 'q', 'dp', 'dq', 'qi'] as const

/**
 * Checks a public EC P-256 or RSA JWK and returns its public members only (`kty`, `crv`, `x`, `y` or
 * `kty`, `n`, `e`). `where` names the JWK in errors (`JWK`, `publicKeyJwk`, ...).
 */
export function checkPublicJwk(value: unknown, where: string): EcP256PublicJwk | RsaPublicJwk {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidKeyError(`${where} must be a JSON object`)
  const jwk = value as Record<string, unknown>
  if (jwk.kty === 'EC') {
    if (jwk.crv !== 'P-256') throw new InvalidKeyError(`${where}: EC curve ${JSON.stringify(jwk.crv)} is not supported; only "P-256" is`)
  } else if (jwk.kty !== 'RSA') {
    throw new InvalidKeyError(`${where}: key type (kty) ${JSON.stringify(jwk.kty)} is not supported; use "EC" (crv "P-256"), "RSA" or "OKP" (crv "Ed25519")`)
  }
  checkUsage(jwk, ALG[jwk.kty], where)
  return jwk.kty === 'EC' ? checkEcPublic(jwk, where) : checkRsaPublic(jwk, where)
}

/**
 * Checks the private members of `value` and that they belong to `publicJwk` (the public key is
 * derived from the private key and compared). Returns the private JWK without `kid`.
 */
export function checkPrivateJwk(value: Record<string, unknown>, publicJwk: EcP256PublicJwk | RsaPublicJwk, where: string): PrivateJwk {
  return publicJwk.kty === 'EC' ? checkEcPrivate(value, publicJwk, where) : checkRsaPrivate(value, publicJwk, where)
}

function checkUsage(jwk: Record<string, unknown>, alg: string, where: string): void {
  if (jwk.alg !== undefined && jwk.alg !== alg) throw new InvalidKeyError(`${where}: "alg" ${JSON.stringify(jwk.alg)} does not fit an ${jwk.kty as string} key; it signs with ${alg}`)
  if (jwk.use !== undefined && jwk.use !== 'sig') throw new InvalidKeyError(`${where}: "use" is ${JSON.stringify(jwk.use)}; a signing key has "use": "sig" or none`)
}

function checkEcPublic(jwk: Record<string, unknown>, where: string): EcP256PublicJwk {
  for (const name of ['x', 'y'] as const) fixedLength(decodeBase64Url(jwk[name], `${where} "${name}"`), 32, `${where} "${name}"`)
  const pub: EcP256PublicJwk = { kty: 'EC', crv: 'P-256', x: jwk.x as string, y: jwk.y as string }
  try {
    createPublicKey({ key: { ...pub }, format: 'jwk' })
  } catch (cause) {
    throw new InvalidKeyError(`${where}: (x, y) is not a point on the P-256 curve`, { cause })
  }
  return pub
}

function checkRsaPublic(jwk: Record<string, unknown>, where: string): RsaPublicJwk {
  const n = decodeBase64Url(jwk.n, `${where} "n"`)
  if (n[0] === 0) throw new InvalidKeyError(`${where} "n" has a leading zero byte (RFC 7518 §6.3.1.1 forbids it)`)
  const bits = bitLength(n)
  if (bits < MIN_RSA_BITS) throw new InvalidKeyError(`${where}: RSA modulus is ${bits} bits; at least ${MIN_RSA_BITS} are required`)
  if (bits > MAX_RSA_BITS) throw new InvalidKeyError(`${where}: RSA modulus is ${bits} bits; at most ${MAX_RSA_BITS} are supported`)
  if (jwk.e !== 'AQAB') throw new InvalidKeyError(`${where}: RSA exponent "e" must be "AQAB" (65537), got ${JSON.stringify(jwk.e)}`)
  if (((n[n.length - 1] as number) & 1) === 0) throw new InvalidKeyError(`${where}: RSA modulus "n" is even, so not a product of two primes`)
  if (jwk.oth !== undefined) throw new InvalidKeyError(`${where}: multi-prime RSA keys ("oth") are not supported`)
  return { kty: 'RSA', n: jwk.n as string, e: 'AQAB' }
}

function checkEcPrivate(jwk: Record<string, unknown>, pub: EcP256PublicJwk, where: string): EcP256PrivateJwk {
  const d = fixedLength(decodeBase64Url(jwk.d, `${where} "d"`), 32, `${where} "d"`)
  let point: Buffer
  try {
    const ecdh = createECDH('prime256v1')
    ecdh.setPrivateKey(d)
    point = ecdh.getPublicKey()
  } catch (cause) {
    throw new InvalidKeyError(`${where} "d" is not a valid P-256 private key`, { cause })
  }
  const x = point.subarray(1, 33).toString('base64url')
  const y = point.subarray(33, 65).toString('base64url')
  if (x !== pub.x || y !== pub.y) throw new InvalidKeyError(`${where}: secret key does not belong to the public key (its public point differs)`)
  return { ...pub, d: jwk.d as string }
}

function checkRsaPrivate(jwk: Record<string, unknown>, pub: RsaPublicJwk, where: string): RsaPrivateJwk {
  const missing = RSA_PRIVATE.filter((name) => jwk[name] === undefined)
  if (missing.length > 0) throw new InvalidKeyError(`${where}: an RSA private JWK needs d, p, q, dp, dq and qi; missing ${missing.join(', ')}`)
  const [n, d, p, q, dp, dq, qi] = ['n', ...RSA_PRIVATE].map((name) => toBigInt(decodeBase64Url(jwk[name], `${where} "${name}"`))) as [bigint, bigint, bigint, bigint, bigint, bigint, bigint]
  const e = 65537n
  const consistent = p > 1n && q > 1n && p * q === n &&
    (e * d - 1n) % (p - 1n) === 0n && (e * d - 1n) % (q - 1n) === 0n &&
    dp === d % (p - 1n) && dq === d % (q - 1n) && (qi * q) % p === 1n
  if (!consistent) throw new InvalidKeyError(`${where}: secret key does not belong to the public key (its primes, exponent or CRT values do not match the modulus)`)
  const secret = { ...pub } as RsaPrivateJwk
  for (const name of RSA_PRIVATE) secret[name] = jwk[name] as string
  return secret
}

function fixedLength(bytes: Uint8Array, length: number, what: string): Uint8Array {
  if (bytes.length !== length) throw new InvalidKeyError(`${what} must be ${length} bytes, got ${bytes.length}`)
  return bytes
}

function toBigInt(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`)
}

function bitLength(bytes: Uint8Array): number {
  return toBigInt(bytes).toString(2).length
}
