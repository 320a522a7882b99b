/**
 * Internal: strict base64url (RFC 4648 §5, no padding) for JWK members, with typed errors over the
 * decoder `did:jwk` uses.
 *
 * @module keys
 */
import { base64url } from 'jose'
import { decodeBase64Url as decodeStrict } from '../did/base64url.js'
import { InvalidKeyError } from '../errors/errors.js'

/** Encodes bytes as base64url without padding. */
export function encodeBase64Url(bytes: Uint8Array): string {
  return base64url.encode(bytes)
}

/**
 * Decodes a JWK member strictly: a non-empty base64url string without padding, in its canonical
 * form (unused trailing bits zero). `what` names the member in the error, e.g. `JWK "x"`.
 */
export function decodeBase64Url(value: unknown, what: string): Uint8Array {
  const bytes = typeof value === 'string' && value.length > 0 ? decodeStrict(value) : undefined
  if (bytes !== undefined) return bytes
  if (typeof value === 'string' && /^[A-Za-z0-9_-]+$/.test(value) && value.length % 4 !== 1) {
    throw new InvalidKeyError(`${what} is not canonical base64url (its last character has unused bits set)`)
  }
  throw new InvalidKeyError(`${what} must be a base64url string (RFC 4648 §5, no padding), got ${describe(value)}`)
}

function describe(value: unknown): string {
  if (typeof value !== 'string') return value === undefined ? 'nothing' : typeof value
  return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value)
}
