/**
 * Internal: strict base64url (RFC 4648 §5, no padding) without node: modules or `Buffer`, for the
 * browser verify entry.
 *
 * @module did
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const VALUES = new Map([...ALPHABET].map((c, i) => [c, i]))

/**
 * Decodes base64url text without padding, strictly: only the 64 URL-safe characters, no length that
 * cannot occur, and unused trailing bits zero (so each byte string has one encoding). Undefined when
 * the text is not such base64url.
 */
export function decodeBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4))
  let buffer = 0
  let bits = 0
  let at = 0
  for (const c of text) {
    const value = VALUES.get(c)
    if (value === undefined) return undefined
    buffer = (buffer << 6) | value
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[at++] = (buffer >> bits) & 0xff
    }
    buffer &= (1 << bits) - 1
  }
  return buffer === 0 ? bytes : undefined
}
