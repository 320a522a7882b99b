import jsonld from 'jsonld'
import { bundledContexts, optInContexts, type ContextDocument } from '../../contexts/bundled-contexts.js'
import { OB_V3_CONTEXTS, VC_V1_CONTEXT, VC_V2_CONTEXT } from '../../contexts/urls.js'
import type { DocumentLoader } from '../../loader/create-document-loader.js'
import { walksSafely } from '../../canonical/canonicalise.js'
import { classify } from '../../proofs/verify-proof.js'
import { addError, hasFailed, type CheckContext } from '../check-context.js'

/**
 * The `context` check, static part: `@context` is an array of URLs from the trusted (pinned) set, VC v2
 * (or v1) first, an Open Badges 3.0 context present, no inline context and no nested `@context`
 * anywhere; every pinned URL the credential names loads with exactly the pinned content (a custom
 * loader cannot substitute it). Returns false when the document cannot be processed safely as JSON-LD.
 */
export async function checkContextStatic(ctx: CheckContext, loader: DocumentLoader): Promise<boolean> {
  if (!checkContextList(ctx, loader)) return false
  await checkPins(ctx, loader)
  return !hasFailed(ctx, 'context')
}

function checkContextList(ctx: CheckContext, loader: DocumentLoader): boolean {
  const contexts = ctx.credential['@context']
  const list = Array.isArray(contexts) ? contexts : [contexts]
  if (contexts === undefined) {
    addError(ctx, 'context', 'UNTRUSTED_CONTEXT', '@context is missing', '$["@context"]')
    return false
  }
  list.forEach((c, i) => {
    const path = `$["@context"][${i}]`
    if (typeof c !== 'string') addError(ctx, 'context', 'UNTRUSTED_CONTEXT', 'inline contexts are not allowed; use a pinned context URL', path)
    else if (!loader.trustedContexts.has(c)) addError(ctx, 'context', 'UNTRUSTED_CONTEXT', `context ${c} is not in the pinned bundle (nothing is fetched)`, path)
  })
  if (list[0] !== VC_V2_CONTEXT && list[0] !== VC_V1_CONTEXT) {
    addError(ctx, 'context', 'UNTRUSTED_CONTEXT', `first context must be ${VC_V2_CONTEXT} (or ${VC_V1_CONTEXT} for VCDM 1.1)`, '$["@context"][0]')
  }
  if (!list.some((c) => (OB_V3_CONTEXTS as readonly unknown[]).includes(c))) {
    addError(ctx, 'context', 'UNTRUSTED_CONTEXT', 'no Open Badges 3.0 context', '$["@context"]')
  }
  const nested = findNestedContext(ctx.credential, '$', true, loader.trustedContexts)
  if (nested) addError(ctx, 'context', 'UNTRUSTED_CONTEXT', nested.message, nested.path)
  const raw = findRawJsonLd(ctx.credential, '$')
  if (raw) addError(ctx, 'context', 'UNSUPPORTED_JSON_LD', raw.message, raw.path)
  return !hasFailed(ctx, 'context')
}

let pins: Map<string, ContextDocument> | undefined

/** Loads each pinned context URL of the credential through the loader and compares it with the pin. */
async function checkPins(ctx: CheckContext, loader: DocumentLoader): Promise<void> {
  pins ??= new Map([...bundledContexts(), ...optInContexts()])
  const contexts = ctx.credential['@context']
  for (const [i, url] of (Array.isArray(contexts) ? contexts : [contexts]).entries()) {
    const pinned = typeof url === 'string' ? pins.get(url) : undefined
    if (!pinned) continue
    const served = await loadContext(loader, url as string)
    if ('error' in served) addError(ctx, 'context', 'DOCUMENT_LOAD_BLOCKED', `pinned context ${url as string} could not be loaded: ${served.error}`, `$["@context"][${i}]`)
    else if (served.document !== pinned && !sameJson(served.document, pinned)) addError(ctx, 'context', 'UNTRUSTED_CONTEXT', `context ${url as string} was served with content that differs from the pinned copy`, `$["@context"][${i}]`)
  }
}

async function loadContext(loader: DocumentLoader, url: string): Promise<{ document: unknown } | { error: string }> {
  try {
    const { document } = await loader(url)
    return { document: typeof document === 'string' ? JSON.parse(document) : document }
  } catch (error) {
    return { error: (error as Error)?.message ?? String(error) }
  }
}

/** Deep equality of JSON values (key order ignored, array order kept). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

/**
 * The `context` check, safe-mode part for a document without a proof (with a proof, safe mode runs
 * during canonicalisation in the `proof` check and reports here).
 */
export async function checkSafeMode(ctx: CheckContext, loader: DocumentLoader): Promise<void> {
  // The fast path's walk refuses whatever safe mode would drop; only what it does not take goes to jsonld.js.
  if (await walksSafely(ctx.credential, { documentLoader: loader })) return
  try {
    await jsonld.expand(ctx.credential as jsonld.JsonLdDocument, { documentLoader: loader, safe: true } as jsonld.Options.Expand)
  } catch (error) {
    const outcome = classify(error)
    if (!outcome.verified) addError(ctx, 'context', outcome.code === 'DOCUMENT_LOAD_BLOCKED' ? 'DOCUMENT_LOAD_BLOCKED' : 'DATA_LOSS_DETECTION_ERROR', outcome.message)
  }
}

type Nested = { path: string; message: string } | undefined

/**
 * Finds a nested `@context`. Embedded endorsement credentials (`endorsement[]` entries) carry their
 * own `@context` by design: there it is allowed when it lists pinned URLs only.
 */
function findNestedContext(value: unknown, path: string, root: boolean, trusted: ReadonlySet<string>): Nested {
  if (typeof value !== 'object' || value === null) return undefined
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNestedContext(value[i], `${path}[${i}]`, false, trusted)
      if (hit) return hit
    }
    return undefined
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === '@context' && !root) return { path: `${path}["@context"]`, message: 'nested @context is not allowed' }
    if (key === '@context') continue
    const hit = key === 'endorsement' ? checkEndorsements(child, `${path}.endorsement`, trusted) : findNestedContext(child, `${path}.${key}`, false, trusted)
    if (hit) return hit
  }
  return undefined
}

function checkEndorsements(value: unknown, path: string, trusted: ReadonlySet<string>): Nested {
  const list = Array.isArray(value) ? value : [value]
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as Record<string, unknown> | null
    const itemPath = `${path}[${i}]`
    const contexts = item && typeof item === 'object' ? item['@context'] : undefined
    for (const [j, c] of (Array.isArray(contexts) ? contexts : contexts === undefined ? [] : [contexts]).entries()) {
      if (typeof c !== 'string') return { path: `${itemPath}["@context"][${j}]`, message: 'inline contexts are not allowed; use a pinned context URL' }
      if (!trusted.has(c)) return { path: `${itemPath}["@context"][${j}]`, message: `context ${c} is not in the pinned bundle (nothing is fetched)` }
    }
    const hit = findNestedContext(item, itemPath, true, trusted)
    if (hit) return hit
  }
  return undefined
}

/**
 * Finds JSON that says in JSON-LD syntax what a term should say: a key that is a JSON-LD keyword other
 * than `@context` (`@nest`, `@value`, `@id`, `@type`, `@graph`, ...) or an IRI (any key with a colon).
 * The signature covers the graph, but every check and every consumer reads the JSON by term name: a
 * `validUntil` moved into `@nest`, or written as its full IRI, would be signed yet unseen. So every key
 * must be a plain term of the pinned contexts.
 */
function findRawJsonLd(root: unknown, rootPath: string): { path: string; message: string } | undefined {
  const stack: Array<[unknown, string]> = [[root, rootPath]]
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, string]
    if (typeof value !== 'object' || value === null) continue
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push([v, `${path}[${i}]`]))
      continue
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === '@context') continue
      if (key.startsWith('@')) return { path: `${path}[${JSON.stringify(key)}]`, message: `JSON-LD keyword ${key} is not allowed: write every property with its term name` }
      if (key.includes(':')) return { path: `${path}[${JSON.stringify(key)}]`, message: `property ${JSON.stringify(key)} is an IRI or compact IRI: write every property with its term name from the pinned contexts` }
      stack.push([child, `${path}.${key}`])
    }
  }
  return undefined
}
