import jsonld from 'jsonld'
import { OB_V3_CONTEXTS, VC_V1_CONTEXT, VC_V2_CONTEXT } from '../../contexts/urls.js'
import type { DocumentLoader } from '../../loader/create-document-loader.js'
import { classify } from '../../proofs/verify-proof.js'
import { addError, type CheckContext } from '../check-context.js'

/**
 * The `context` check, static part: `@context` is an array of URLs from the trusted (pinned) set, VC v2
 * (or v1) first, an Open Badges 3.0 context present, no inline context and no nested `@context`
 * anywhere. Returns false when the document cannot be processed safely as JSON-LD.
 */
export function checkContextStatic(ctx: CheckContext, loader: DocumentLoader): boolean {
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
  return (ctx.errors.get('context')?.length ?? 0) === 0
}

/**
 * The `context` check, safe-mode part for a document without a proof (with a proof, safe mode runs
 * during canonicalisation in the `proof` check and reports here).
 */
export async function checkSafeMode(ctx: CheckContext, loader: DocumentLoader): Promise<void> {
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
