import { extractCredential } from '../../bake/extract-credential.js'
import { parseStrictJson } from '../../lib/strict-json.js'
import { decodeCompactJws, isCompactJws, type DecodedJws } from '../../proofs/jwt/decode-jws.js'
import { credentialOfJwt } from '../../proofs/jwt/jwt-credential.js'
import type { VerifyLimits } from '../types.js'

/**
 * The parsed input, or why it could not be parsed. Text over the byte limit is not parsed at all: the
 * outcome then carries an empty object and the byte count, and the `limits` check reports it.
 */
export type ParseOutcome = { ok: true; credential: Record<string, unknown>; bytes: number; jwt?: ParsedJwt } | { ok: false; message: string }

/** A VC-JWT's decoded JWS. */
export interface ParsedJwt {
  jws: DecodedJws
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47]
/** Text that starts like markup (an SVG badge), after an optional byte-order mark and white space. */
const MARKUP = /^\uFEFF?\s*</
/** A baked image may be this many times `limits.maxBytes` (the credential inside is held to the limit itself). */
const IMAGE_FACTOR = 16
/** Keys that reach or replace prototypes when JSON is merged into objects (`a[k] = v`). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
/** Keys whose string values become object keys in JSON-LD processing (node maps, type maps). */
const ID_KEYS = new Set(['id', '@id', 'type', '@type'])

/**
 * The `parse` check: accepts an object, JSON text, a compact JWS (VC-JWT), a baked PNG or SVG badge, or
 * UTF-8 bytes. JSON text is parsed strictly
 * (duplicate keys refused); text over `limits.maxBytes` is not parsed. Then the value is walked once,
 * without recursion: it must be a tree of plain JSON values (no cycles, accessors, class instances,
 * functions, `undefined`, non-finite numbers); no `__proto__`, `constructor` or `prototype` key; no
 * such name as an `id`/`type` value; `proof`, when present, an object or an array of objects.
 */
export function checkParse(input: unknown, limits?: Pick<VerifyLimits, 'maxBytes' | 'maxNodes'>): ParseOutcome {
  const maxBytes = limits?.maxBytes ?? Infinity
  if (input instanceof Uint8Array) {
    if (PNG_SIGNATURE.every((b, i) => input[i] === b)) return input.length > maxBytes * IMAGE_FACTOR ? tooLarge(input.length) : fromImage(input, limits)
    if (input.length > maxBytes * IMAGE_FACTOR) return tooLarge(input.length)
    return checkParse(new TextDecoder('utf-8', { fatal: false }).decode(input), limits)
  }
  if (typeof input === 'string') {
    if (MARKUP.test(input)) return input.length > maxBytes * IMAGE_FACTOR ? tooLarge(input.length) : fromImage(input, limits)
    return input.length > maxBytes ? tooLarge(input.length) : parseText(input, limits)
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, message: `credential must be a JSON object, JSON text or bytes; got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}` }
  }
  return checkValue(input as Record<string, unknown>, -1, limits)
}

function tooLarge(bytes: number): ParseOutcome {
  return { ok: true, credential: {}, bytes }
}

function parseText(text: string, limits?: Pick<VerifyLimits, 'maxBytes' | 'maxNodes'>): ParseOutcome {
  const bytes = new TextEncoder().encode(text).length
  if (bytes > (limits?.maxBytes ?? Infinity)) return tooLarge(bytes)
  const trimmed = text.trim()
  if (isCompactJws(trimmed)) return parseJwt(trimmed, bytes, limits)
  const parsed = parseStrictJson(trimmed)
  if (!parsed.ok) return { ok: false, message: parsed.message }
  const value = parsed.value
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'credential must be a JSON object' }
  return checkValue(value as Record<string, unknown>, bytes, limits)
}

/**
 * A baked badge (OB 3.0 §5.3): the credential extracted from the PNG `openbadgecredential` iTXt chunk
 * or the SVG `openbadges:credential` element, then read like any other input (JSON object or VC-JWT;
 * the byte limit applies to the credential, the image may be `IMAGE_FACTOR` times larger).
 */
function fromImage(image: Uint8Array | string, limits?: Pick<VerifyLimits, 'maxBytes' | 'maxNodes'>): ParseOutcome {
  let credential: Record<string, unknown> | string
  try {
    credential = extractCredential(image).credential
  } catch (error) {
    return { ok: false, message: `baked badge: ${(error as Error)?.message ?? String(error)}` }
  }
  if (typeof credential === 'string') return checkParse(credential, limits)
  const bytes = new TextEncoder().encode(JSON.stringify(credential)).length
  return bytes > (limits?.maxBytes ?? Infinity) ? tooLarge(bytes) : checkValue(credential, bytes, limits)
}

/**
 * A VC-JWT: the JWS decoded (header and payload parsed strictly), the whole payload walked like any
 * JSON input, and the credential taken out of it.
 */
function parseJwt(text: string, bytes: number, limits?: Pick<VerifyLimits, 'maxBytes' | 'maxNodes'>): ParseOutcome {
  const decoded = decodeCompactJws(text)
  if (!decoded.ok) return { ok: false, message: decoded.message }
  const { jws } = decoded
  const walked = checkValue(jws.payload, bytes, limits)
  if (!walked.ok) return walked
  const problem = findProblem(jws.header, 1000)
  if (problem) return { ok: false, message: `JWS header: ${problem}` }
  const taken = credentialOfJwt(jws.payload)
  if (!taken.ok) return { ok: false, message: taken.message }
  return { ok: true, credential: taken.credential, bytes, jwt: { jws } }
}

function checkValue(credential: Record<string, unknown>, bytes: number, limits?: Pick<VerifyLimits, 'maxNodes'>): ParseOutcome {
  const problem = findProblem(credential, (limits?.maxNodes ?? 50_000) + 1) ?? proofProblem(credential.proof)
  return problem ? { ok: false, message: problem } : { ok: true, credential, bytes }
}

function proofProblem(proof: unknown): string | undefined {
  if (proof === undefined) return undefined
  const list = Array.isArray(proof) ? proof : [proof]
  const isObject = (p: unknown): boolean => typeof p === 'object' && p !== null && !Array.isArray(p)
  return list.every(isObject) ? undefined : 'proof must be an object or an array of objects (at $.proof)'
}

type Frame = { value: unknown; path: string; exit?: true }

/**
 * Walks the value depth-first with an explicit stack (no recursion, so any depth is safe). Stops
 * quietly after `budget` values: the `limits` check rejects such input anyway.
 */
function findProblem(root: unknown, budget: number): string | undefined {
  const stack: Frame[] = [{ value: root, path: '$' }]
  const open = new Set<object>()
  let visited = 0
  while (stack.length > 0) {
    const frame = stack.pop() as Frame
    if (frame.exit) {
      open.delete(frame.value as object)
      continue
    }
    if (++visited > budget) return undefined
    const problem = problemOf(frame.value, frame.path, open)
    if (problem) return problem
    if (typeof frame.value === 'object' && frame.value !== null) {
      open.add(frame.value)
      stack.push({ value: frame.value, path: frame.path, exit: true })
      pushChildren(stack, frame.value, frame.path)
    }
  }
  return undefined
}

function pushChildren(stack: Frame[], value: object, path: string): void {
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]` })
    return
  }
  const keys = Object.keys(value)
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] as string
    stack.push({ value: (value as Record<string, unknown>)[key], path: `${path}.${key}` })
  }
}

/** What is wrong with one value (not its children), if anything. */
function problemOf(value: unknown, path: string, open: Set<object>): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `not a JSON number at ${path}`
  if (typeof value !== 'object') return `not a JSON value (${typeof value}) at ${path}`
  if (open.has(value)) return `cyclic structure at ${path}`
  if (!Array.isArray(value) && !isPlainObject(value)) return `not a plain JSON object at ${path}`
  return Array.isArray(value) ? undefined : keyProblem(value as Record<string, unknown>, path)
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === null || Object.getPrototypeOf(proto) === null
}

function keyProblem(object: Record<string, unknown>, path: string): string | undefined {
  for (const key of Object.keys(object)) {
    if (FORBIDDEN_KEYS.has(key)) return `forbidden key ${JSON.stringify(key)} at ${path}`
    if (Object.getOwnPropertyDescriptor(object, key)?.get) return `accessor property at ${path}.${key}`
    if (ID_KEYS.has(key) && namesPrototype(object[key])) return `forbidden ${key} value at ${path}.${key}`
  }
  return undefined
}

function namesPrototype(value: unknown): boolean {
  const list = Array.isArray(value) ? value : [value]
  return list.some((v) => typeof v === 'string' && FORBIDDEN_KEYS.has(v))
}
