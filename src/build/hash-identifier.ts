/**
 * Salted SHA-256 hashing of recipient identifiers, as OB 3.0 `IdentityObject.identityHash` wants it.
 *
 * @module build
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/**
 * Returns `sha256$<lower-case hex>` of SHA-256 over UTF-8(identifier + salt). The identifier is hashed
 * as given: normalise it first (see {@link normaliseEmail} for email addresses).
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#identityhash
 * @example
 * ```ts
 * hashIdentifier('a@example.com', 'Kosher')
 * // 'sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399'
 * ```
 */
export function hashIdentifier(identifier: string, salt: string): string {
  return `sha256$${bytesToHex(sha256(utf8ToBytes(identifier + salt)))}`
}
