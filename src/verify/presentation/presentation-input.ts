import { parseStrictJson } from '../../lib/strict-json.js'
import { decodeCompactJws, isCompactJws, type DecodedJws } from '../../proofs/jwt/decode-jws.js'
import { presentationOfJwt } from '../../proofs/jwt/verify-jwt-presentation-proof.js'
import { checkParse } from '../checks/check-parse.js'
import type { VerifyLimits } from '../types.js'

/** A parsed presentation: the object, its size, and the JWS when it came as a JWT. */
export type PresentationInput = { ok: true; presentation: Record<string, unknown>; bytes: number; jws?: DecodedJws } | { ok: false; message: string; tooLarge?: number }

/**
 * Reads a presentation: an object, JSON text, a compact JWS or UTF-8 bytes; JSON parsed strictly and
 * the value walked as for credentials (no prototype keys, cycles or non-JSON values). Text over the
 * byte limit is not parsed.
 */
export function readPresentation(input: unknown, limits: Pick<VerifyLimits, 'maxBytes' | 'maxNodes'>): PresentationInput {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) return walked(input, -1, limits)
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: false }).decode(input)
  const bytes = new TextEncoder().encode(text).length
  if (bytes > limits.maxBytes) return { ok: false, message: `input is ${bytes} bytes, over the limit of ${limits.maxBytes}`, tooLarge: bytes }
  const trimmed = text.trim()
  if (isCompactJws(trimmed)) {
    const decoded = decodeCompactJws(trimmed)
    if (!decoded.ok) return { ok: false, message: decoded.message }
    const payload = walked(decoded.jws.payload, bytes, limits)
    if (!payload.ok) return payload
    const taken = presentationOfJwt(decoded.jws.payload)
    if (!taken.ok) return { ok: false, message: taken.message }
    return { ok: true, presentation: taken.presentation, bytes, jws: decoded.jws }
  }
  const parsed = parseStrictJson(trimmed)
  if (!parsed.ok) return { ok: false, message: parsed.message }
  return walked(parsed.value, bytes, limits)
}

function walked(value: unknown, bytes: number, limits: Pick<VerifyLimits, 'maxBytes' | 'maxNodes'>): PresentationInput {
  const checked = checkParse(value, limits)
  if (!checked.ok) return { ok: false, message: checked.message.replace(/^credential/, 'presentation') }
  return { ok: true, presentation: checked.credential, bytes: bytes < 0 ? checked.bytes : bytes }
}
