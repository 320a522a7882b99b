/**
 * The JSON-LD document loader: offline by default, with an opt-in guarded fetch.
 *
 * @module loader
 */
import { bundledContexts, optInContexts, type ContextDocument } from '../contexts/bundled-contexts.js'
import { DID_V1_CONTEXT, MULTIKEY_CONTEXT } from '../contexts/urls.js'
import { didWebUrl } from '../did/did-web.js'
import { parseDidKey } from '../did/parse-did-key.js'
import { createDidResolver } from '../did/resolve-did.js'
import type { DIDDocument, VerificationMethod } from '../did/did-document.js'
import { DocumentNotFoundError, InvalidArgumentError } from '../errors/errors.js'
import { DocumentLoadBlockedError } from '../net/errors.js'
import { createGuardedFetch, type FetchLike, type JsonFetcher } from '../net/guarded-fetch.js'

/**
 * What a loader returns (the jsonld.js `RemoteDocument` shape).
 *
 * @example
 * ```ts
 * import { createDocumentLoader, type RemoteDocument } from 'microcredentials'
 * const loader = createDocumentLoader()
 * const { documentUrl, document }: RemoteDocument = await loader('https://www.w3.org/ns/credentials/v2')
 * ```
 */
export interface RemoteDocument {
  contextUrl: string | null
  documentUrl: string
  document: unknown
}

/**
 * A JSON-LD document loader that also tells which context URLs it trusts.
 *
 * @example
 * ```ts
 * import { createDocumentLoader, verifyCredential, type DocumentLoader } from 'microcredentials'
 * const documentLoader: DocumentLoader = createDocumentLoader({ documents: { [issuerId]: controllerDoc } })
 * documentLoader.trustedContexts.has('https://www.w3.org/ns/credentials/v2') // true
 * const result = await verifyCredential(signed, { documentLoader })
 * ```
 */
export interface DocumentLoader {
  (url: string): Promise<RemoteDocument>
  /** Context URLs this loader serves as contexts: the pinned bundle plus any extra contexts given. */
  readonly trustedContexts: ReadonlySet<string>
}

/**
 * Options of {@link createDocumentLoader}.
 *
 * @example
 * ```ts
 * import { createDocumentLoader, type DocumentLoaderOptions } from 'microcredentials'
 * const options: DocumentLoaderOptions = { documents: { 'did:web:school.nl': didDocument }, resolveDidKeys: false }
 * const loader = createDocumentLoader(options)
 * ```
 */
export interface DocumentLoaderOptions {
  /**
   * Extra documents served offline by URL: controller documents, DID documents (`did:web:...`),
   * verification methods, status lists. A URL with a fragment is looked up inside the document
   * named by the URL without it. Pinned context URLs cannot be overridden.
   */
  documents?: Record<string, unknown> | ReadonlyMap<string, unknown>
  /** Extra trusted JSON-LD contexts by URL (for profiles of your own). Pinned ones cannot be overridden. */
  contexts?: Record<string, ContextDocument> | ReadonlyMap<string, ContextDocument>
  /** Serve the VCDM `undefined-terms/v2` context (which defines `@vocab`). Default false. */
  allowUndefinedTerms?: boolean
  /** Resolve `did:key` URLs offline. Default true. */
  resolveDidKeys?: boolean
  /**
   * A WHATWG `fetch`. Only with it, and only for hosts in `allowedHosts`, are `did:web` documents and
   * https controller documents fetched (https only; no private or loopback IP literals, no
   * `localhost`, no redirects, JSON only, `maxBytes`, `timeoutMs`). Contexts are never fetched from
   * hosts off the allow-list; the pinned ones are never fetched at all. Default: nothing is fetched.
   */
  fetch?: FetchLike
  /** Hosts `fetch` may reach: `school.example.nl`, or `school.example.nl:8443` for another port. Default none. */
  allowedHosts?: readonly string[]
  /** Size limit of a fetched document in bytes. Default 256 KiB. */
  maxBytes?: number
  /** Time limit of one fetch in milliseconds, body included. Default 5000. */
  timeoutMs?: number
  /**
   * How long a fetched document is reused by this loader, in milliseconds (failures are not kept).
   * Default 300000 (5 minutes); 0 fetches every time.
   */
  cacheMs?: number
  /**
   * Accept the 1EdTech validator's shortcut `<controller>#<publicKeyMultibase>`: a verification method
   * URL (not did:key) whose fragment is an Ed25519 Multikey, with no controller document. The loader
   * then serves a Multikey method with that key and a minimal controller document listing it under
   * `assertionMethod`, without fetching anything. This binds the key to nothing: anyone can name any
   * controller. Default false.
   */
  allowKeyInFragment?: boolean
}

/**
 * Creates a document loader that serves the pinned context bundle and caller-supplied documents,
 * offline. Any other URL fails with a {@link DocumentNotFoundError} that names it. `did:key` URLs
 * resolve locally to Multikey verification methods. With `fetch` and `allowedHosts`, `did:web` DID
 * documents and https controller documents on allowed hosts are fetched through a guarded fetch;
 * a refused URL fails with `DocumentLoadBlockedError` (code `ERR_DOCUMENT_LOAD_BLOCKED`).
 *
 * @example
 * ```ts
 * import { createDocumentLoader } from 'microcredentials'
 * const loader = createDocumentLoader({ documents: { 'https://example.edu/issuers/1': controllerDoc } })
 * const { document } = await loader('https://www.w3.org/ns/credentials/v2')
 * const online = createDocumentLoader({ fetch: globalThis.fetch, allowedHosts: ['school.example.nl'] })
 * await online('did:web:school.example.nl#key-1') // fetches https://school.example.nl/.well-known/did.json
 * ```
 */
export function createDocumentLoader(options: DocumentLoaderOptions = {}): DocumentLoader {
  const contexts = bundledContexts()
  if (options.allowUndefinedTerms) for (const [url, doc] of optInContexts()) contexts.set(url, doc)
  for (const [url, doc] of entries(options.contexts)) {
    if (contexts.has(url)) throw new InvalidArgumentError(`context ${url} is pinned and cannot be replaced`)
    contexts.set(url, doc)
  }
  const documents = new Map<string, unknown>()
  for (const [url, doc] of entries(options.documents)) {
    if (contexts.has(url)) throw new InvalidArgumentError(`document ${url} is a pinned context and cannot be replaced`)
    documents.set(url, doc)
  }
  const fetchJson = options.fetch === undefined ? undefined : cached(createGuardedFetch({
    fetch: options.fetch,
    ...(options.allowedHosts === undefined ? {} : { allowedHosts: options.allowedHosts }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  }), cacheMs(options.cacheMs))
  const resolveDid = createDidResolver({ documents, ...(fetchJson ? { fetchJson } : {}) })
  const useDidKey = options.resolveDidKeys ?? true
  const keysInFragments = options.allowKeyInFragment === true ? new KeyInFragmentMethods() : undefined

  const load = async (url: string): Promise<RemoteDocument> => {
    if (typeof url !== 'string') throw new DocumentNotFoundError(String(url), 'URL is not a string')
    const context = contexts.get(url)
    if (context) return remote(url, context)
    const [base = '', fragment] = url.split('#', 2)
    const direct = documents.get(url)
    if (direct !== undefined) return remote(url, direct)
    const parent = documents.get(base)
    if (keysInFragments && parent === undefined && !base.startsWith('did:key:') && !suppliedByWebUrl(documents, base)) {
      const served = fragment === undefined ? keysInFragments.controller(base) : keysInFragments.method(url, base, fragment)
      if (served) return remote(url, served)
    }
    if (base.startsWith('did:')) {
      if (!useDidKey && base.startsWith('did:key:') && parent === undefined) throw new DocumentNotFoundError(url, 'DID resolution is off')
      const res = await resolveDid(base)
      if (!res.document) {
        if (res.cause instanceof DocumentLoadBlockedError) throw new DocumentLoadBlockedError(url, res.cause.reason, `${res.cause.url}: ${res.cause.detail}`)
        throw new DocumentNotFoundError(url, `${res.error}: ${res.message}`)
      }
      return remote(url, fragment === undefined ? res.document : findFragment(url, res.document))
    }
    if (parent !== undefined && fragment !== undefined) return remote(url, findFragment(url, parent))
    if (fetchJson && /^https?:/i.test(base)) {
      const doc = await fetchControllerDocument(url, base, fetchJson)
      return remote(url, fragment === undefined ? doc : findFragment(url, doc))
    }
    throw new DocumentNotFoundError(url, fetchJson
      ? 'not in the pinned context bundle nor among the supplied documents, and not an https URL'
      : 'not in the pinned context bundle nor among the supplied documents (nothing is fetched)')
  }
  return Object.assign(load, { trustedContexts: new Set(contexts.keys()) as ReadonlySet<string> })
}

/**
 * Fetches an https controller document and checks its `id` is the URL without fragment (CID
 * §Retrieve Verification Method); a JWKS at `/.well-known/jwks.json` has no `id`. A refusal keeps its class and names the URL asked for.
 */
async function fetchControllerDocument(url: string, base: string, fetchJson: JsonFetcher): Promise<Record<string, unknown>> {
  let doc: Record<string, unknown>
  try {
    doc = await fetchJson(base)
  } catch (error) {
    if (url === base || !(error instanceof DocumentNotFoundError)) throw error
    if (error instanceof DocumentLoadBlockedError) throw new DocumentLoadBlockedError(url, error.reason, `${base}: ${error.detail}`)
    throw new DocumentNotFoundError(url, error.message)
  }
  if (isJwks(base, doc)) return doc
  if (doc.id !== base) throw new DocumentNotFoundError(url, `the controller document at ${base} has id ${JSON.stringify(doc.id)}, not ${base}`)
  return doc
}

/** A JWKS at an issuer's `/.well-known/jwks.json` (VC-JWT keys): a `keys` array and no `id` to check. */
function isJwks(url: string, doc: Record<string, unknown>): boolean {
  return new URL(url).pathname === '/.well-known/jwks.json' && Array.isArray(doc.keys) && doc.id === undefined
}

/** True when `did` is a did:web DID whose document the caller supplied under its https URL. */
function suppliedByWebUrl(documents: ReadonlyMap<string, unknown>, did: string): boolean {
  if (!did.startsWith('did:web:')) return false
  const mapped = didWebUrl(did)
  return mapped.ok && documents.has(mapped.url)
}

/** Keeps fetched documents (not failures) for `ms`; concurrent requests for one URL share a fetch. */
function cached(fetchJson: JsonFetcher, ms: number): JsonFetcher {
  if (ms === 0) return fetchJson
  const MAX_ENTRIES = 256
  const store = new Map<string, { at: number; value: Promise<Record<string, unknown>> }>()
  return (url) => {
    const now = Date.now()
    const hit = store.get(url)
    if (hit && now - hit.at < ms) return hit.value.then((doc) => structuredClone(doc))
    const value = fetchJson(url)
    store.delete(url)
    store.set(url, { at: now, value })
    if (store.size > MAX_ENTRIES) store.delete(store.keys().next().value as string)
    value.catch(() => { if (store.get(url)?.value === value) store.delete(url) })
    return value.then((doc) => structuredClone(doc))
  }
}

function cacheMs(value: number | undefined): number {
  if (value === undefined) return 300_000
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new InvalidArgumentError('"cacheMs" must be a number >= 0')
  return value
}

/**
 * The verification methods served under `allowKeyInFragment`, remembered per controller so that the
 * controller document asked for next lists them (bounded: the oldest controllers are forgotten).
 */
class KeyInFragmentMethods {
  private readonly byController = new Map<string, Map<string, VerificationMethod>>()

  method(url: string, controller: string, fragment: string): VerificationMethod | undefined {
    const parsed = parseDidKey(`did:key:${fragment}`)
    if (!parsed.ok || controller === '') return undefined
    const vm: VerificationMethod = { '@context': [DID_V1_CONTEXT, MULTIKEY_CONTEXT], id: url, type: 'Multikey', controller, publicKeyMultibase: parsed.publicKeyMultibase }
    const methods = this.byController.get(controller) ?? new Map<string, VerificationMethod>()
    methods.set(url, vm)
    this.byController.delete(controller)
    this.byController.set(controller, methods)
    if (this.byController.size > 1000) this.byController.delete(this.byController.keys().next().value as string)
    return vm
  }

  controller(controller: string): DIDDocument | undefined {
    const methods = this.byController.get(controller)
    if (!methods) return undefined
    const list = [...methods.values()].map(({ '@context': _omit, ...vm }) => vm as VerificationMethod)
    return {
      '@context': [DID_V1_CONTEXT, MULTIKEY_CONTEXT],
      id: controller,
      verificationMethod: list,
      assertionMethod: list.map((vm) => vm.id),
    }
  }
}

function entries<T>(source: Record<string, T> | ReadonlyMap<string, T> | undefined): Array<[string, T]> {
  if (!source) return []
  return source instanceof Map ? [...source.entries()] : Object.entries(source as Record<string, T>)
}

/** Finds the verification method whose id is `url` inside a controller document. */
function findFragment(url: string, doc: unknown): unknown {
  const d = doc as Partial<DIDDocument>
  const candidates = [
    ...(d.verificationMethod ?? []),
    ...(d.assertionMethod ?? []),
    ...(d.authentication ?? []),
  ]
  const fragment = url.slice(url.indexOf('#'))
  const base = d.id ?? ''
  const vm = candidates.find((c) => typeof c === 'object' && c !== null && (c.id === url || (c.id === fragment && base + fragment === url)))
  if (!vm || typeof vm !== 'object') throw new DocumentNotFoundError(url, 'no verification method with this id in its controller document')
  const context = d['@context']
  return { ...(context && !('@context' in vm) ? { '@context': context } : {}), ...vm, id: url }
}

function remote(url: string, document: unknown): RemoteDocument {
  return { contextUrl: null, documentUrl: url, document }
}
