/**
 * The offline JSON-LD document loader.
 *
 * @module loader
 */
import { bundledContexts, optInContexts, type ContextDocument } from '../contexts/bundled-contexts.js'
import { createDidResolver } from '../did/resolve-did.js'
import type { DIDDocument } from '../did/did-document.js'
import { DocumentNotFoundError, InvalidArgumentError } from '../errors/errors.js'

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
}

/**
 * Creates a document loader that serves the pinned context bundle and caller-supplied documents,
 * offline. Any other URL fails with a {@link DocumentNotFoundError} that names it. `did:key` URLs
 * resolve locally to Multikey verification methods.
 *
 * @example
 * ```ts
 * import { createDocumentLoader } from 'microcredentials'
 * const loader = createDocumentLoader({ documents: { 'https://example.edu/issuers/1': controllerDoc } })
 * const { document } = await loader('https://www.w3.org/ns/credentials/v2')
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
  const resolveDid = createDidResolver({ documents: didDocuments(documents) })
  const useDidKey = options.resolveDidKeys ?? true

  const load = async (url: string): Promise<RemoteDocument> => {
    if (typeof url !== 'string') throw new DocumentNotFoundError(String(url), 'URL is not a string')
    const context = contexts.get(url)
    if (context) return remote(url, context)
    const [base = '', fragment] = url.split('#', 2)
    const direct = documents.get(url)
    if (direct !== undefined) return remote(url, direct)
    if (base.startsWith('did:')) {
      if (!useDidKey && !documents.has(base)) throw new DocumentNotFoundError(url, 'DID resolution is off')
      const res = await resolveDid(base)
      if (!res.document) throw new DocumentNotFoundError(url, `${res.error}: ${res.message}`)
      return remote(url, fragment === undefined ? res.document : findFragment(url, res.document))
    }
    const parent = documents.get(base)
    if (parent !== undefined && fragment !== undefined) return remote(url, findFragment(url, parent))
    throw new DocumentNotFoundError(url, 'not in the pinned context bundle nor among the supplied documents (nothing is fetched)')
  }
  return Object.assign(load, { trustedContexts: new Set(contexts.keys()) as ReadonlySet<string> })
}

function entries<T>(source: Record<string, T> | ReadonlyMap<string, T> | undefined): Array<[string, T]> {
  if (!source) return []
  return source instanceof Map ? [...source.entries()] : Object.entries(source as Record<string, T>)
}

function didDocuments(documents: Map<string, unknown>): Map<string, DIDDocument> {
  const out = new Map<string, DIDDocument>()
  for (const [url, doc] of documents) if (url.startsWith('did:') && !url.includes('#')) out.set(url, doc as DIDDocument)
  return out
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
