/** Internal: default sources of randomness for building credentials (browser-friendly, no node: imports). */
import { bytesToHex } from '@noble/hashes/utils.js'

/**
 * The default `randomBytes`: Web Crypto `crypto.getRandomValues`.
 *
 * @example
 * ```ts
 * defaultRandomBytes(16).length // 16
 * ```
 */
export function defaultRandomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n))
}

/**
 * Formats 16 random bytes as an RFC 9562 version 4 UUID.
 *
 * @example
 * ```ts
 * uuidV4(defaultRandomBytes) // e.g. '3b241101-e2bb-4255-8caf-4136c566a962'
 * ```
 */
export function uuidV4(randomBytes: (n: number) => Uint8Array): string {
  const b = Uint8Array.from(randomBytes(16))
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80
  const h = bytesToHex(b)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/**
 * A fresh 16-byte salt as 32 lower-case hex characters.
 *
 * @example
 * ```ts
 * newSalt(() => new Uint8Array(16)) // '00000000000000000000000000000000'
 * ```
 */
export function newSalt(randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(16)
  if (!(bytes instanceof Uint8Array) || bytes.length !== 16) throw new TypeError('options.randomBytes(16) must return 16 bytes')
  return bytesToHex(bytes)
}
