/**
 * A structural check of a plain W3C Verifiable Credential (VCDM 2.0 §4, the normative MUSTs a
 * JSON-level check can decide), for credentials that are not Open Badges. It does no JSON-LD work:
 * whether every term and type maps to an IRI is decided by safe-mode canonicalisation when the
 * credential is signed or its proof is verified.
 *
 * @module proofs
 */
import { parseDateTime } from '../lib/date-time.js'
import { VC_V2_CONTEXT } from '../contexts/urls.js'

/** One structural problem, with the verification check it belongs to. */
export interface Vcdm2Problem {
  check: 'context' | 'schema' | 'validity'
  code: 'MALFORMED_VALUE_ERROR'
  message: string
  path: string
}

/**
 * Checks the VCDM 2.0 data model rules on a credential: `@context` starts with the v2 base context and
 * lists URLs or context objects; `id` is one URL; `type` contains `VerifiableCredential`; `issuer` is a
 * URL or an object with a URL `id`; `credentialSubject` is one or more non-empty objects whose `id`
 * is one URL; `name`/`description` (credential and issuer) are strings or language value objects
 * (`@value`, `@language`, `@direction` only); `validFrom`/`validUntil` are XML Schema dateTimeStamps
 * and do not end before they start; `credentialStatus`, `credentialSchema`, `evidence`, `termsOfUse`,
 * `refreshService` entries have a `type` (and `credentialSchema` a URL `id`), any `id` being one URL.
 *
 * @example
 * ```ts
 * const problems = checkVcdm2Structure(credential)
 * if (problems.length > 0) console.log(problems.map((p) => `${p.path}: ${p.message}`))
 * ```
 */
export function checkVcdm2Structure(credential: unknown): Vcdm2Problem[] {
  const out: Vcdm2Problem[] = []
  const add = (check: Vcdm2Problem['check'], path: string, message: string): void => {
    out.push({ check, code: 'MALFORMED_VALUE_ERROR', message, path })
  }
  if (!isObject(credential)) {
    add('schema', '$', 'a credential must be a JSON object')
    return out
  }
  const c = credential
  checkContext(c['@context'], add)
  if ('id' in c) checkId(c.id, '$.id', add)
  const types = typeof c.type === 'string' ? [c.type] : Array.isArray(c.type) ? c.type : undefined
  if (!types || types.length === 0 || !types.every((t) => typeof t === 'string')) add('schema', '$.type', 'type must be a string or an array of strings')
  else if (!types.includes('VerifiableCredential')) add('schema', '$.type', 'type must include "VerifiableCredential"')
  checkIssuer(c, add)
  checkSubjects(c.credentialSubject, add)
  for (const key of ['name', 'description'] as const) if (key in c) checkLanguageValue(c[key], `$.${key}`, add)
  checkDates(c, add)
  for (const [key, needsId] of [['credentialStatus', false], ['credentialSchema', true], ['evidence', false], ['termsOfUse', false], ['refreshService', false]] as const) {
    if (key in c) checkTypedEntries(c[key], `$.${key}`, needsId, add)
  }
  return out
}

type Add = (check: Vcdm2Problem['check'], path: string, message: string) => void

function checkContext(value: unknown, add: Add): void {
  const path = '$["@context"]'
  if (value === undefined) return add('context', path, '@context is missing')
  const list = Array.isArray(value) ? value : [value]
  if (list[0] !== VC_V2_CONTEXT) add('context', `${path}[0]`, `the first @context must be ${VC_V2_CONTEXT}`)
  list.forEach((entry, i) => {
    if (typeof entry === 'string') {
      if (!isUrl(entry)) add('context', `${path}[${i}]`, `context ${JSON.stringify(entry)} is not a URL`)
    } else if (!isObject(entry)) {
      add('context', `${path}[${i}]`, `a context must be a URL or an object, got ${JSON.stringify(entry)}`)
    }
  })
}

function checkId(value: unknown, path: string, add: Add): void {
  if (typeof value !== 'string') add('schema', path, `id must be a single URL, got ${JSON.stringify(value)}`)
  else if (!isUrl(value)) add('schema', path, `id ${JSON.stringify(value)} is not a URL`)
}

function checkIssuer(c: Record<string, unknown>, add: Add): void {
  const issuer = c.issuer
  if (issuer === undefined) return add('schema', '$.issuer', 'issuer is missing')
  if (typeof issuer === 'string') {
    if (!isUrl(issuer)) add('schema', '$.issuer', `issuer ${JSON.stringify(issuer)} is not a URL`)
    return
  }
  if (!isObject(issuer)) return add('schema', '$.issuer', `issuer must be a URL or an object, got ${JSON.stringify(issuer)}`)
  if (issuer.id === undefined) add('schema', '$.issuer.id', 'issuer.id is missing')
  else checkId(issuer.id, '$.issuer.id', add)
  for (const key of ['name', 'description'] as const) if (key in issuer) checkLanguageValue(issuer[key], `$.issuer.${key}`, add)
}

function checkSubjects(value: unknown, add: Add): void {
  if (value === undefined) return add('schema', '$.credentialSubject', 'credentialSubject is missing')
  const list = Array.isArray(value) ? value : [value]
  if (list.length === 0) return add('schema', '$.credentialSubject', 'credentialSubject must not be empty')
  list.forEach((s, i) => {
    const path = Array.isArray(value) ? `$.credentialSubject[${i}]` : '$.credentialSubject'
    if (!isObject(s)) return add('schema', path, 'a credential subject must be an object')
    if (Object.keys(s).length === 0) return add('schema', path, 'a credential subject must make at least one claim (it is empty)')
    if ('id' in s) checkId(s.id, `${path}.id`, add)
  })
}

function checkLanguageValue(value: unknown, path: string, add: Add): void {
  const list = Array.isArray(value) ? value : [value]
  list.forEach((v, i) => {
    const at = Array.isArray(value) ? `${path}[${i}]` : path
    if (typeof v === 'string') return
    if (!isObject(v) || typeof v['@value'] !== 'string') return add('schema', at, 'must be a string or a language value object with a string "@value"')
    const extra = Object.keys(v).filter((k) => !['@value', '@language', '@direction'].includes(k))
    if (extra.length > 0) add('schema', at, `a language value object may only hold @value, @language and @direction; found ${extra.join(', ')}`)
    if ('@language' in v && typeof v['@language'] !== 'string') add('schema', `${at}["@language"]`, '@language must be a string')
    if ('@direction' in v && v['@direction'] !== 'ltr' && v['@direction'] !== 'rtl') add('schema', `${at}["@direction"]`, '@direction must be "ltr" or "rtl"')
  })
}

function checkDates(c: Record<string, unknown>, add: Add): void {
  const times: Partial<Record<'validFrom' | 'validUntil', number>> = {}
  for (const key of ['validFrom', 'validUntil'] as const) {
    if (!(key in c)) continue
    const v = c[key]
    const parsed = parseDateTime(v)
    if (!parsed?.zoned) {
      add('validity', `$.${key}`, `${key} must be an XML Schema dateTimeStamp (with a time zone), got ${JSON.stringify(v)}`)
    } else {
      times[key] = parsed.time
    }
  }
  if (times.validFrom !== undefined && times.validUntil !== undefined && times.validUntil < times.validFrom) {
    add('validity', '$.validUntil', 'validUntil is before validFrom')
  }
}

function checkTypedEntries(value: unknown, path: string, needsId: boolean, add: Add): void {
  const list = Array.isArray(value) ? value : [value]
  list.forEach((entry, i) => {
    const at = Array.isArray(value) ? `${path}[${i}]` : path
    if (!isObject(entry)) return add('schema', at, 'must be an object')
    const type = entry.type
    const types = typeof type === 'string' ? [type] : Array.isArray(type) ? type : undefined
    if (type === undefined) add('schema', `${at}.type`, 'type is missing')
    else if (!types || types.length === 0 || !types.every((t) => typeof t === 'string')) add('schema', `${at}.type`, `type must be a string or an array of strings, got ${JSON.stringify(type)}`)
    if (entry.id !== undefined) checkId(entry.id, `${at}.id`, add)
    else if (needsId) add('schema', `${at}.id`, 'id is missing')
  })
}

/** An absolute URL (any scheme, `did:` and `urn:` included), without whitespace. */
function isUrl(value: string): boolean {
  if (/\s/.test(value) || !/^[a-z][a-z0-9+.-]*:/i.test(value)) return false
  try {
    new URL(value)
    return true
  } catch {
    return false
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
