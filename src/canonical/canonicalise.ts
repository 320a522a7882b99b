/**
 * RDFC-1.0 canonicalisation of JSON-LD documents for Data Integrity proofs: a fast path for the
 * library's pinned contexts, with jsonld.js + rdf-canonize (the reference) for everything else.
 *
 * @module canonical
 */
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import { CanonicalisationError } from '../errors/errors.js'
import { createDocumentLoader, type DocumentLoader } from '../loader/create-document-loader.js'
import jsonld from 'jsonld'
import * as rdfCanonize from 'rdf-canonize'
import { canonicaliseQuads, serialiseQuads } from './canonicalise-quads.js'
import { ContextCache, NeedsContext, Unsupported, isPinnedContext } from './context-cache.js'
import { jsonToQuads } from './json-to-quads.js'

/**
 * How documents are canonicalised: `'auto'` (default) takes the fast path and falls back to jsonld.js
 * for documents outside it; `'fast'` refuses those (`ERR_FAST_PATH_UNSUPPORTED`); `'jsonld'` always
 * uses jsonld.js and rdf-canonize, the reference implementation.
 *
 * @example
 * ```ts
 * import { issueCredential, type CanonicalisationPolicy } from 'microcredentials/issue'
 * const canonicalisation: CanonicalisationPolicy = 'fast'
 * const signed = await issueCredential(credential, signer, { canonicalisation })
 * ```
 */
export type CanonicalisationPolicy = 'auto' | 'fast' | 'jsonld'

/**
 * Options of {@link canonicalise}; the rest is passed to jsonld.js when it does the work.
 *
 * @example
 * ```ts
 * const options: CanonicaliseOptions = { policy: 'fast', maxWorkFactor: 1 }
 * const nquads = await canonicalise(credential, options)
 * ```
 */
export interface CanonicaliseOptions {
  policy?: CanonicalisationPolicy
  /** What does the work on fallback; default: the eddsa-rdfc-2022 cryptosuite's canonize (jsonld.js toRDF + rdf-canonize). */
  reference?: (input: Record<string, unknown>) => Promise<string>
  /**
   * The document loader jsonld.js uses on fallback (default: the offline loader of the pinned bundle);
   * a loader with `trustedContexts` also limits the fast path to those.
   */
  documentLoader?: unknown
  /** rdf-canonize `maxWorkFactor` (fallback and N-degree hashing only; the fast path does linear work). */
  maxWorkFactor?: number
  /** Aborts rdf-canonize's N-degree hashing. */
  signal?: AbortSignal
  /**
   * Fast-path results by input, for work that canonicalises the same JSON twice (issuing signs a
   * credential, then verifies it): the same JSON text under the same policy and contexts gives the
   * same N-Quads. Scope it to one operation.
   */
  memo?: CanonicalMemo
  [option: string]: unknown
}

/**
 * Canonical N-Quads already computed on the fast path, keyed by policy, allowed contexts and JSON text.
 *
 * @example
 * ```ts
 * const memo: CanonicalMemo = new Map()
 * await canonicalise(credential, { memo })
 * await canonicalise(structuredClone(credential), { memo }) // not computed again
 * ```
 */
export type CanonicalMemo = Map<string, string>

/**
 * How many canonicalisations in this process took the fast path, fell back to jsonld.js, or were
 * refused under policy `'fast'`.
 *
 * @example
 * ```ts
 * import { canonicalisationCounts } from 'microcredentials'
 * const { fast, fallback } = canonicalisationCounts()
 * console.log(`${fast} fast, ${fallback} through jsonld.js`)
 * ```
 */
export interface CanonicalisationCounts {
  fast: number
  fallback: number
  refused: number
}

const counts: CanonicalisationCounts = { fast: 0, fallback: 0, refused: 0 }
const cache = new ContextCache()
type ReferenceCanonize = (input: unknown, options: Record<string, unknown>) => Promise<string>
const reference = (eddsaRdfc2022 as unknown as { canonize: ReferenceCanonize }).canonize

/**
 * The counts of canonicalisations in this process so far (a copy).
 *
 * @example
 * ```ts
 * import { canonicalisationCounts } from 'microcredentials'
 * await verifyCredential(credential)
 * console.log(canonicalisationCounts()) // { fast: 2, fallback: 0, refused: 0 }
 * ```
 */
export function canonicalisationCounts(): CanonicalisationCounts {
  return { ...counts }
}

/**
 * Canonical N-Quads (RDFC-1.0, JSON-LD safe mode, no base IRI) of a JSON-LD document, byte for byte
 * what jsonld.js and rdf-canonize produce. Throws jsonld.js's error for documents it rejects.
 *
 * @example
 * ```ts
 * const nquads = await canonicalise(credential) // policy 'auto'
 * ```
 */
export async function canonicalise(input: Record<string, unknown>, options: CanonicaliseOptions = {}): Promise<string> {
  const { policy = 'auto', memo } = options
  if (policy === 'jsonld') return referenceCanonize(input, options)
  const trusted = trustedOf(options.documentLoader)
  const key = memo === undefined ? undefined : memoKey(policy, trusted, input)
  const known = key === undefined ? undefined : memo?.get(key)
  if (known !== undefined) {
    counts.fast++
    return known
  }
  const fast = await tryFastCanonicalise(input, { allowed: allowedBy(trusted), maxWorkFactor: options.maxWorkFactor, signal: options.signal })
  if ('nquads' in fast) {
    counts.fast++
    if (key !== undefined) memo?.set(key, fast.nquads)
    return fast.nquads
  }
  if (policy === 'fast') {
    counts.refused++
    throw new CanonicalisationError(`the document is outside the fast JSON-LD path: ${fast.unsupported}`)
  }
  counts.fallback++
  return referenceCanonize(input, options)
}

/**
 * The reference canonicalisation: the caller's `reference` (a suite's own), else the eddsa-rdfc-2022
 * cryptosuite's. jsonld.js would fetch contexts with its own loader: never without the caller's say.
 * And with the suites' `base: null`, jsonld.js silently drops an empty IRI ("issuer": ""); with base ''
 * safe mode refuses it, as it refuses every other relative IRI (accepted documents give the same N-Quads).
 */
function referenceCanonize(input: Record<string, unknown>, options: CanonicaliseOptions): Promise<string> {
  const { policy: _policy, reference: own, memo: _memo, ...rest } = options
  void _policy
  void _memo
  const offline = { ...rest, documentLoader: rest.documentLoader ?? defaultLoader(), base: '' }
  return own === undefined ? reference(input, offline) : strictly(own, offline)(input)
}

/**
 * A suite's own canonicalisation (it passes `base: null` to jsonld.js itself), preceded by a safe-mode
 * toRDF with base '' so an empty IRI is refused rather than dropped.
 */
function strictly(own: (input: Record<string, unknown>) => Promise<string>, options: Record<string, unknown>): (input: Record<string, unknown>) => Promise<string> {
  return async (doc) => {
    await jsonld.toRDF(doc as jsonld.JsonLdDocument, { documentLoader: options.documentLoader, base: '', safe: true, rdfDirection: 'i18n-datatype' } as unknown as jsonld.Options.ToRdf)
    return own(doc)
  }
}

let offlineLoader: DocumentLoader | undefined

function defaultLoader(): DocumentLoader {
  offlineLoader ??= createDocumentLoader()
  return offlineLoader
}

/** A suite's `canonize(input, options)`. */
export type SuiteCanonize = (input: Record<string, unknown>, options?: Record<string, unknown>) => Promise<string>

/**
 * A `canonize` for the Digital Bazaar suites that goes through {@link canonicalise} with `policy`;
 * `bounds` (rdf-canonize `maxWorkFactor`, `signal`) apply to every call, and `reference(input,
 * options)` is the suite's own canonize, used on fallback.
 *
 * @example
 * ```ts
 * const canonize = createCanonize('auto', { maxWorkFactor: 1 })
 * const nquads = await canonize(credential, { documentLoader })
 * ```
 */
export function createCanonize(policy: CanonicalisationPolicy = 'auto', bounds: { maxWorkFactor?: number | undefined; signal?: AbortSignal | undefined; memo?: CanonicalMemo | undefined } = {}, reference?: SuiteCanonize): SuiteCanonize {
  const { memo, ...limits } = bounds
  const extra = definedOnly(limits)
  return (input, options = {}) => canonicalise(input, {
    ...options,
    ...extra,
    ...(memo === undefined ? {} : { memo }),
    policy,
    ...(reference === undefined ? {} : { reference: (doc: Record<string, unknown>) => reference(doc, { ...options, ...extra }) }),
  })
}

/**
 * The fast path alone: canonical N-Quads, or why the document is outside it. Throws only when
 * N-degree hashing runs over its bounds (`maxWorkFactor`, `signal`), as rdf-canonize does.
 *
 * @example
 * ```ts
 * const r = await tryFastCanonicalise(credential)
 * if ('unsupported' in r) console.log(r.unsupported)
 * ```
 */
export async function tryFastCanonicalise(input: Record<string, unknown>, options: FastPathOptions = {}): Promise<{ nquads: string } | { unsupported: string }> {
  const { allowed = isPinnedContext, ...bounds } = options
  // Every miss processes one more scoped context; the pinned contexts have far fewer than this.
  for (let attempt = 0; attempt < 256; attempt++) {
    try {
      const quads = jsonToQuads(input, cache, allowed)
      // rdf-canonize takes the rare input whose N-degree hashing meets an escaped predicate IRI.
      return { nquads: canonicaliseQuads(quads, bounds) ?? await rdfCanonize.canonize(serialiseQuads(quads), { algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads', ...definedOnly(bounds) }) }
    } catch (error) {
      if (error instanceof NeedsContext) {
        await error.load()
        continue
      }
      if (error instanceof Unsupported) return { unsupported: error.message }
      if (isCanonizeLimit(error)) throw error
      return { unsupported: `unexpected: ${(error as Error)?.message ?? String(error)}` }
    }
  }
  return { unsupported: 'too many scoped contexts' }
}

/**
 * Whether the fast path's walk takes the document: `true` means JSON-LD in safe mode keeps every term
 * and value (the walk refuses anything safe mode would drop or refuse); `false` means the document is
 * outside the fast path and jsonld.js must decide. No canonicalisation is done: a safe-mode check for a
 * document without an embedded proof (a VC-JWT).
 *
 * @example
 * ```ts
 * if (!(await walksSafely(credential, { documentLoader }))) await jsonld.expand(credential, { documentLoader, safe: true })
 * ```
 */
export async function walksSafely(input: Record<string, unknown>, options: { documentLoader?: { trustedContexts?: ReadonlySet<string> } } = {}): Promise<boolean> {
  const allowed = allowedBy(trustedOf(options.documentLoader as CanonicaliseOptions['documentLoader']))
  for (let attempt = 0; attempt < 256; attempt++) {
    try {
      jsonToQuads(input, cache, allowed)
      return true
    } catch (error) {
      if (error instanceof NeedsContext) {
        await error.load()
        continue
      }
      return false
    }
  }
  return false
}

/**
 * Options of {@link tryFastCanonicalise}.
 *
 * @example
 * ```ts
 * const options: FastPathOptions = { allowed: (url) => url.startsWith('https://www.w3.org/'), maxWorkFactor: 1 }
 * const r = await tryFastCanonicalise(credential, options)
 * ```
 */
export interface FastPathOptions {
  /** Which (pinned) context URLs may be used; default: every pinned one. */
  allowed?: (url: string) => boolean
  /** rdf-canonize `maxWorkFactor` for N-degree hashing. */
  maxWorkFactor?: number | undefined
  /** Aborts N-degree hashing. */
  signal?: AbortSignal | undefined
}

/** `maxWorkFactor` and `signal`, only those that are set (rdf-canonize treats a present key as given). */
export function definedOnly(bounds: { maxWorkFactor?: number | undefined; signal?: AbortSignal | undefined }): { maxWorkFactor?: number; signal?: AbortSignal } {
  const out: { maxWorkFactor?: number; signal?: AbortSignal } = {}
  if (bounds.maxWorkFactor !== undefined) out.maxWorkFactor = bounds.maxWorkFactor
  if (bounds.signal !== undefined) out.signal = bounds.signal
  return out
}

/** Work limits (N-degree hashing) are not "outside the fast path": they fail the canonicalisation, as in rdf-canonize. */
function isCanonizeLimit(error: unknown): boolean {
  return /Maximum deep iterations exceeded|Abort signal received/i.test(String((error as Error)?.message ?? ''))
}

/** The contexts a loader says it trusts (our loaders do), if it says. */
function trustedOf(loader: unknown): ReadonlySet<string> | undefined {
  return (loader as { trustedContexts?: ReadonlySet<string> } | undefined)?.trustedContexts
}

function memoKey(policy: CanonicalisationPolicy, trusted: ReadonlySet<string> | undefined, input: Record<string, unknown>): string {
  return `${policy}\n${trusted === undefined ? '*' : [...trusted].sort().join(' ')}\n${JSON.stringify(input)}`
}

/** Contexts the fast path may use: pinned ones, and of those only what the loader trusts when it says. */
function allowedBy(trusted: ReadonlySet<string> | undefined): (url: string) => boolean {
  return trusted === undefined ? isPinnedContext : (url) => isPinnedContext(url) && trusted.has(url)
}
