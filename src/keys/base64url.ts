/**
 * Internal: strict base64url (RFC 4648 §5, no padding) for JWK members.
 *
 * @module keys
 */
import { InvalidKeyError } from '../errors/errors.js'

/** Encodes bytes as base64url without padding. */
export function encodeBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url')
}

/**
 * Decodes a JWK member strictly: a non-empty base64url string without padding, in its canonical
 * form (unused trailing bits zero). `what` names the member in the error, e.g. `JWK "x"`.
 */
export function decodeBase64Url(value: unknown, what: string): Uint8Array {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]+$/.test(value) || value.length % 4 === 1) {
    throw new InvalidKeyError(`${what} must be a base64url string (RFC 4648 §5, no padding), got ${describe(value)}`)
  }
  const bytes = new Uint8Array(Buffer.from(value, 'base64url'))
  if (encodeBase64Url(bytes) !== value) throw new InvalidKeyError(`${what} is not canonical base64url (its last character has unused bits set)`)
  return bytes
}

function describe(value: unknown): string {
  if (typeof value !== 'string') return value === undefined ? 'nothing' : typeof value
  return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value)
}
