/**
 * Compact JWS decoding for VC-JWT: the three parts, the header and payload parsed strictly.
 *
 * @module proofs
 */
import { base64url } from 'jose'
import { isCompactJws as isJwsShape } from '../../lib/compact-jws.js'
import { parseStrictJson } from '../../lib/strict-json.js'

/** A decoded compact JWS: its parsed header and payload, and the text it came from. */
export interface DecodedJws {
  /** The compact serialisation, trimmed. */
  compact: string
  header: Record<string, unknown>
  payload: Record<string, unknown>
  /** The signature bytes (empty for an unsecured JWT). */
  signature: Uint8Array
}

/** The result of {@link decodeCompactJws}. */
export type DecodeJwsResult = { ok: true; jws: DecodedJws } | { ok: false; message: string }

const COMPACT = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/

/** True when the text, trimmed, has the shape of a compact JWS (`header.payload.signature`, base64url; the signature may be empty, to be refused as such). */
export function isCompactJws(text: string): boolean {
  return isJwsShape(text.trim(), { emptySignature: true })
}

/**
 * Decodes a compact JWS without verifying it: base64url parts, UTF-8, and JSON parsed strictly
 * (duplicate keys and `__proto__` refused); header and payload must be JSON objects.
 */
export function decodeCompactJws(text: string): DecodeJwsResult {
  const compact = text.trim()
  const m = COMPACT.exec(compact)
  if (!m) return { ok: false, message: 'not a compact JWS (three base64url parts separated by dots)' }
  const header = jsonPart(m[1] as string, 'header')
  if ('message' in header) return header
  const payload = jsonPart(m[2] as string, 'payload')
  if ('message' in payload) return payload
  let signature: Uint8Array
  try {
    signature = base64url.decode(m[3] as string)
  } catch {
    return { ok: false, message: 'JWS signature is not base64url' }
  }
  return { ok: true, jws: { compact, header: header.value, payload: payload.value, signature } }
}

function jsonPart(encoded: string, name: string): { ok: false; message: string } | { value: Record<string, unknown> } {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(encoded))
  } catch {
    return { ok: false, message: `JWS ${name} is not base64url-encoded UTF-8` }
  }
  const parsed = parseStrictJson(text)
  if (!parsed.ok) return { ok: false, message: `JWS ${name}: ${parsed.message}` }
  const value = parsed.value
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: `JWS ${name} must be a JSON object` }
  return { value: value as Record<string, unknown> }
}
