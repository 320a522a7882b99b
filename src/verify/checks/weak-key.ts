import { base58btc } from 'multiformats/bases/base58'

/**
 * Encodings of the Ed25519 points of small order (libsodium's blocklist, sign bit ignored): the
 * identity, the points of order 2, 4 and 8, and the non-canonical encodings of 0 and 1 (y = p, p + 1).
 * With such a public key a signature (e.g. R = identity, S = 0) verifies for any message under the
 * cofactorless check OpenSSL (and so `node:crypto`) uses, so the key binds nothing.
 */
const SMALL_ORDER = [
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0100000000000000000000000000000000000000000000000000000000000000',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
]

/** True when a 32-byte Ed25519 public key encodes a point of small order (sign bit ignored). */
export function isSmallOrderKey(key: Uint8Array): boolean {
  if (key.length !== 32) return false
  const masked = Uint8Array.from(key)
  masked[31] = (masked[31] as number) & 0x7f
  const hex = Array.from(masked, (b) => b.toString(16).padStart(2, '0')).join('')
  return SMALL_ORDER.includes(hex)
}

/**
 * The raw Ed25519 public key of a verification method, when it has one this module can read:
 * `publicKeyMultibase` (`z` + base58btc of `0xed01` + 32 bytes: Multikey, Ed25519VerificationKey2020),
 * `publicKeyJwk` (OKP / Ed25519) or `publicKeyBase58` (Ed25519VerificationKey2018).
 */
export function ed25519KeyOf(method: Record<string, unknown>): Uint8Array | undefined {
  try {
    if (typeof method.publicKeyMultibase === 'string' && method.publicKeyMultibase.startsWith('z')) {
      const bytes = base58btc.decode(method.publicKeyMultibase)
      return bytes[0] === 0xed && bytes[1] === 0x01 ? bytes.slice(2) : undefined
    }
    const jwk = method.publicKeyJwk as { crv?: unknown; x?: unknown } | undefined
    if (jwk && jwk.crv === 'Ed25519' && typeof jwk.x === 'string') return fromBase64Url(jwk.x)
    if (typeof method.publicKeyBase58 === 'string') return base58btc.baseDecode(method.publicKeyBase58)
  } catch {
    return undefined
  }
  return undefined
}

function fromBase64Url(text: string): Uint8Array {
  return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))
}
