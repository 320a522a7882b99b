/**
 * What the person gave: a file's bytes or pasted text, told apart by content (JSON, VC-JWT, baked PNG,
 * baked SVG), and the credential in it for display. The display credential is read without checking
 * anything: the verifier decides whether it can be trusted.
 *
 * @module verifier-web
 */
import { decodeJwt } from 'jose'
import { extractCredential } from 'microcredentials/render'

/** The kinds of input the page tells apart, by content rather than by file name. */
export type InputKind = 'json' | 'jwt' | 'png' | 'svg' | 'unknown'

/** One credential to verify. */
export interface CredentialInput {
  /** The file name, or a label for pasted text. */
  name: string
  kind: InputKind
  /** What `verifyCredential` gets: the file's bytes (it reads JSON, JWS, PNG and SVG itself) or the pasted text. */
  data: Uint8Array<ArrayBuffer> | string
}

/** The credential for display, or why there is none. */
export type DisplayCredential = { credential: Record<string, unknown> } | { problem: string }

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/
/** The registered JWT claims: in a VCDM 2.0 VC-JWT they sit beside the credential's own properties. */
const JWT_CLAIMS = new Set(['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'])

/** Tells text apart: a JSON object, a compact JWS, an SVG document, or something else. */
export function classifyText(text: string): InputKind {
  const trimmed = text.replace(/^\uFEFF/, '').trim()
  if (trimmed.startsWith('{')) return 'json'
  if (COMPACT_JWS.test(trimmed)) return 'jwt'
  if (/^<(\?xml|svg|!--|!DOCTYPE)/i.test(trimmed)) return 'svg'
  return 'unknown'
}

/** Tells a file's bytes apart: a PNG by its signature, otherwise as UTF-8 text. */
export function classifyBytes(bytes: Uint8Array): InputKind {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'png'
  try {
    return classifyText(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return 'unknown'
  }
}

/** A file's bytes as an input. */
export function inputFromBytes(name: string, bytes: Uint8Array<ArrayBuffer>): CredentialInput {
  return { name, kind: classifyBytes(bytes), data: bytes }
}

/** Pasted text as an input. A pasted SVG is passed on as bytes, the way `verifyCredential` reads images. */
export function inputFromText(name: string, text: string): CredentialInput {
  const kind = classifyText(text)
  const trimmed = text.trim()
  return { name, kind, data: kind === 'svg' ? new TextEncoder().encode(trimmed) : trimmed }
}

/**
 * The credential in an input, for display only (not verified): JSON parsed, the payload of a VC-JWT
 * (its `vc` claim, or the payload without the JWT claims), the credential baked into a PNG or SVG.
 */
export function credentialForDisplay(input: CredentialInput): DisplayCredential {
  try {
    if (input.kind === 'png' || input.kind === 'svg') {
      const bytes = typeof input.data === 'string' ? new TextEncoder().encode(input.data) : input.data
      const { credential } = extractCredential(bytes)
      return typeof credential === 'string' ? credentialOfJws(credential) : { credential }
    }
    const text = typeof input.data === 'string' ? input.data : new TextDecoder().decode(input.data)
    if (input.kind === 'jwt') return credentialOfJws(text.trim())
    if (input.kind === 'json') return objectOf(JSON.parse(text.replace(/^\uFEFF/, '')))
    return { problem: 'not a credential: neither JSON, a VC-JWT, nor a PNG or SVG badge' }
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) }
  }
}

/** The credential a compact JWS carries (not verified). */
export function credentialOfJws(jws: string): DisplayCredential {
  const payload = decodeJwt(jws) as Record<string, unknown>
  if (payload.vc !== undefined) return objectOf(payload.vc)
  return { credential: Object.fromEntries(Object.entries(payload).filter(([key]) => !JWT_CLAIMS.has(key))) }
}

function objectOf(value: unknown): DisplayCredential {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { credential: value as Record<string, unknown> }
  return { problem: 'the credential is not a JSON object' }
}
