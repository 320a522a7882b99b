import { parseStrictJson } from '../../lib/strict-json.js'

/** The parsed input, or why it could not be parsed. */
export type ParseOutcome = { ok: true; credential: Record<string, unknown>; bytes: number } | { ok: false; message: string }

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47]
const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/

/**
 * The `parse` check: accepts an object, JSON text or UTF-8 bytes. JSON text is parsed strictly
 * (duplicate and `__proto__` keys refused). Objects are walked for `__proto__` keys.
 */
export function checkParse(input: unknown): ParseOutcome {
  if (input instanceof Uint8Array) {
    if (PNG_SIGNATURE.every((b, i) => input[i] === b)) return { ok: false, message: 'baked PNG badges cannot be read by this version; extract the credential first' }
    return parseText(new TextDecoder('utf-8', { fatal: false }).decode(input))
  }
  if (typeof input === 'string') return parseText(input)
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, message: `credential must be a JSON object, JSON text or bytes; got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}` }
  }
  const poisoned = findProtoKey(input, '$', 0)
  if (poisoned) return { ok: false, message: `forbidden key "__proto__" at ${poisoned}` }
  return { ok: true, credential: input as Record<string, unknown>, bytes: -1 }
}

function parseText(text: string): ParseOutcome {
  const trimmed = text.trim()
  if (JWS.test(trimmed)) return { ok: false, message: 'compact JWS (VC-JWT) credentials cannot be verified by this version' }
  if (trimmed.startsWith('<')) return { ok: false, message: 'SVG/XML input cannot be read by this version; extract the credential first' }
  const parsed = parseStrictJson(trimmed)
  if (!parsed.ok) return { ok: false, message: parsed.message }
  const value = parsed.value
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'credential must be a JSON object' }
  return { ok: true, credential: value as Record<string, unknown>, bytes: new TextEncoder().encode(text).length }
}

function findProtoKey(value: unknown, path: string, depth: number): string | undefined {
  if (depth > 256 || typeof value !== 'object' || value === null) return undefined
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findProtoKey(value[i], `${path}[${i}]`, depth + 1)
      if (hit) return hit
    }
    return undefined
  }
  for (const key of Object.keys(value)) {
    if (key === '__proto__') return path
    const hit = findProtoKey((value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1)
    if (hit) return hit
  }
  return undefined
}
