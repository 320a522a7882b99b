import { VC_V1_CONTEXT, VC_V2_CONTEXT } from '../../contexts/urls.js'
import type { DocumentLoader } from '../../loader/create-document-loader.js'
import { VC_JWT_DATA_URL_PREFIX } from '../../build/create-presentation.js'
import type { PresentationCheckId, PresentationError } from './types.js'

/** Errors and skip reasons of one presentation verification, per check. */
export interface PresentationRun {
  errors: Map<PresentationCheckId, PresentationError[]>
  skipped: Map<PresentationCheckId, string>
}

/** Records an error against a presentation check. */
export function report(run: PresentationRun, check: PresentationCheckId, code: string, message: string, path?: string): void {
  const list = run.errors.get(check) ?? []
  list.push(path === undefined ? { code, check, message } : { code, check, message, path })
  run.errors.set(check, list)
}

/**
 * The `context` check of a presentation: `@context` pinned URLs only, the VC context first, and no
 * `@context` anywhere but at the top and at the top of each enclosed credential (whose own contexts
 * are checked when it is verified).
 */
export function checkPresentationContext(run: PresentationRun, presentation: Record<string, unknown>, loader: DocumentLoader): void {
  const contexts = presentation['@context']
  const list = Array.isArray(contexts) ? contexts : [contexts]
  if (contexts === undefined) report(run, 'context', 'UNTRUSTED_CONTEXT', '@context is missing', '$["@context"]')
  list.forEach((c, i) => {
    if (typeof c !== 'string') report(run, 'context', 'UNTRUSTED_CONTEXT', 'inline contexts are not allowed; use a pinned context URL', `$["@context"][${i}]`)
    else if (!loader.trustedContexts.has(c)) report(run, 'context', 'UNTRUSTED_CONTEXT', `context ${c} is not in the pinned bundle (nothing is fetched)`, `$["@context"][${i}]`)
  })
  if (contexts !== undefined && list[0] !== VC_V2_CONTEXT && list[0] !== VC_V1_CONTEXT) report(run, 'context', 'UNTRUSTED_CONTEXT', `first context must be ${VC_V2_CONTEXT}`, '$["@context"][0]')
  const nested = nestedContext(presentation)
  if (nested) report(run, 'context', 'UNTRUSTED_CONTEXT', 'a nested @context is not allowed here', nested)
}

function nestedContext(presentation: Record<string, unknown>): string | undefined {
  const stack: Array<{ value: unknown; path: string }> = []
  for (const [key, value] of Object.entries(presentation)) {
    if (key === '@context') continue
    if (key === 'verifiableCredential') {
      const entries = Array.isArray(value) ? value : [value]
      entries.forEach((entry, i) => {
        if (typeof entry === 'object' && entry !== null) for (const [k, v] of Object.entries(entry)) if (k !== '@context') stack.push({ value: v, path: `$.verifiableCredential[${i}].${k}` })
      })
      continue
    }
    stack.push({ value, path: `$.${key}` })
  }
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string }
    if (typeof value !== 'object' || value === null) continue
    // Credentials check their own insides; here only the presentation's own values are walked.
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: `${path}[${i}]` }))
    else for (const [k, v] of Object.entries(value)) {
      if (k === '@context') return `${path}["@context"]`
      stack.push({ value: v, path: `${path}.${k}` })
    }
  }
  return undefined
}

/** An enclosed credential: an object, or a VC-JWT (enveloped as a data: URL, or a bare token in a VCDM 1.1 `vp`). */
export type EnclosedCredential = { credential: Record<string, unknown> | string; path: string }

/**
 * The `structure` check: `type` includes `VerifiablePresentation`, `holder` is a URL (or an object with
 * one as `id`), and `verifiableCredential` holds at least one credential. Returns the holder id and
 * the credentials to verify.
 */
export function checkPresentationStructure(run: PresentationRun, presentation: Record<string, unknown>): { holder?: string; credentials: EnclosedCredential[] } {
  const types = Array.isArray(presentation.type) ? presentation.type : [presentation.type]
  if (!types.includes('VerifiablePresentation')) report(run, 'structure', 'MALFORMED_VALUE_ERROR', `type must include "VerifiablePresentation", got ${JSON.stringify(presentation.type)}`, '$.type')
  const raw = presentation.holder
  const holder = typeof raw === 'string' ? raw : typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined
  if (holder === undefined || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(holder)) report(run, 'structure', 'MALFORMED_VALUE_ERROR', `holder must be the holder's DID or URL, got ${JSON.stringify(raw)}`, '$.holder')
  const value = presentation.verifiableCredential
  const entries = value === undefined ? [] : Array.isArray(value) ? value : [value]
  if (entries.length === 0) report(run, 'structure', 'MALFORMED_VALUE_ERROR', 'the presentation holds no credentials', '$.verifiableCredential')
  const credentials: EnclosedCredential[] = []
  entries.forEach((entry: unknown, i: number) => {
    const path = Array.isArray(value) ? `$.verifiableCredential[${i}]` : '$.verifiableCredential'
    const enclosed = enclosedCredential(entry)
    if (enclosed === undefined) report(run, 'structure', 'MALFORMED_VALUE_ERROR', 'not a credential object, an enveloped VC-JWT or a VC-JWT string', path)
    else credentials.push({ credential: enclosed, path })
  })
  return { ...(holder === undefined ? {} : { holder }), credentials }
}

function enclosedCredential(entry: unknown): Record<string, unknown> | string | undefined {
  if (typeof entry === 'string') return entry
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return undefined
  const e = entry as Record<string, unknown>
  const types = Array.isArray(e.type) ? e.type : [e.type]
  if (!types.includes('EnvelopedVerifiableCredential')) return e
  return typeof e.id === 'string' && e.id.startsWith(VC_JWT_DATA_URL_PREFIX) ? e.id.slice(VC_JWT_DATA_URL_PREFIX.length) : undefined
}
