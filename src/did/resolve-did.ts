import { Resolver } from 'did-resolver'
import { getResolver as getKeyResolver } from 'key-did-resolver'
import { DID_V1_CONTEXT, MULTIKEY_CONTEXT } from '../contexts/urls.js'
import type { JsonFetcher } from '../net/guarded-fetch.js'
import type { DIDDocument } from './did-document.js'
import { didJwkDocument, parseDidJwk } from './did-jwk.js'
import { didWebUrl } from './did-web.js'
import { parseDidKey } from './parse-did-key.js'

/** The result of resolving a DID: a document, or an error named after the DID resolution spec. */
export type DidResolution =
  | { document: DIDDocument; error?: undefined }
  | { document?: undefined; error: string; message: string; cause?: unknown }

/** A function that resolves a DID to its document. Never throws. */
export type DidResolverFn = (did: string) => Promise<DidResolution>

/** Options of {@link createDidResolver}. */
export interface DidResolverOptions {
  /**
   * DID documents the caller supplies, keyed by DID, or (for `did:web`) by the https URL the DID maps
   * to (`https://example.nl/.well-known/did.json`).
   */
  documents?: ReadonlyMap<string, unknown>
  /**
   * Fetches a `did:web` document when none is supplied: a guarded fetch (`createGuardedFetch`), never
   * a bare `fetch`. Without it nothing is fetched.
   */
  fetchJson?: JsonFetcher
}

/**
 * Creates a DID resolver. `did:key` (Ed25519) is resolved locally through `did-resolver` and
 * `key-did-resolver`, after a strict parse (multicodec, length); the document is returned in Multikey
 * form with the DID v1 and Multikey contexts. `did:jwk` (EC P-256, Ed25519, RSA) is resolved locally
 * too, after a strict parse, to its document with one `JsonWebKey` method `<did>#0`. `documents` adds DID documents the caller supplies
 * (e.g. a `did:web` document read from a file, keyed by DID or by its https URL). A `did:web` DID
 * with no supplied document is fetched only through `fetchJson`; without it nothing is fetched. A
 * `did:web` document found by URL or fetched must have the DID as its `id`.
 *
 * @example
 * ```ts
 * const resolve = createDidResolver()
 * const { document } = await resolve('did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi')
 * document?.assertionMethod // ['did:key:z6Mk...#z6Mk...']
 * const jwk = await resolve('did:jwk:eyJjcnYiOiJQLTI1NiIs...')
 * jwk.document?.verificationMethod?.[0]?.type // 'JsonWebKey'
 * ```
 */
export function createDidResolver(options: DidResolverOptions = {}): DidResolverFn {
  const resolver = new Resolver({ ...getKeyResolver() }, { cache: true })
  const supplied = options.documents ?? new Map<string, unknown>()
  const fetchJson = options.fetchJson
  return async (did: string): Promise<DidResolution> => {
    const own = supplied.get(did)
    if (own) return { document: own as DIDDocument }
    if (did.startsWith('did:web:')) return resolveWeb(did, supplied, fetchJson)
    if (did.startsWith('did:jwk:')) return resolveJwk(did)
    if (!did.startsWith('did:key:')) {
      return { error: 'notFound', message: `no document supplied for ${JSON.stringify(did)} and its method is not resolved offline` }
    }
    const parsed = parseDidKey(did)
    if (!parsed.ok) return { error: parsed.error, message: parsed.message }
    if (!RESOLVED_DID_KEYS.has(did)) {
      const result = await resolver.resolve(did)
      if (!result.didDocument) {
        return { error: result.didResolutionMetadata.error ?? 'invalidDid', message: `did:key resolution failed for ${did}` }
      }
      remember(did)
    }
    return { document: multikeyDocument(parsed.did, parsed.publicKeyMultibase) }
  }
}

/**
 * did:key values the did:key resolver accepted (a pure function of the string, so shared by every
 * resolver in the process). Resolving one derives its X25519 key, which costs more than the rest of a
 * verification; a batch verifies many credentials of one issuer. Bounded: the oldest is forgotten.
 */
const RESOLVED_DID_KEYS = new Set<string>()
const MAX_REMEMBERED = 1024

function remember(did: string): void {
  if (RESOLVED_DID_KEYS.size >= MAX_REMEMBERED) RESOLVED_DID_KEYS.delete(RESOLVED_DID_KEYS.values().next().value as string)
  RESOLVED_DID_KEYS.add(did)
}

function resolveJwk(did: string): DidResolution {
  const parsed = parseDidJwk(did)
  if (!parsed.ok) return { error: parsed.error, message: parsed.message }
  if (parsed.did !== did) return { error: 'invalidDid', message: `${JSON.stringify(did)} is a DID URL; resolve the DID ${parsed.did}` }
  return { document: didJwkDocument(parsed.did, parsed.jwk) }
}

async function resolveWeb(did: string, supplied: ReadonlyMap<string, unknown>, fetchJson: JsonFetcher | undefined): Promise<DidResolution> {
  const mapped = didWebUrl(did)
  if (!mapped.ok) return { error: mapped.error, message: mapped.message }
  const url = mapped.url
  let document = supplied.get(url)
  if (document === undefined) {
    if (!fetchJson) {
      return { error: 'notFound', message: `no document supplied for ${did} (nor for ${url}) and no fetch was given (nothing is fetched)` }
    }
    try {
      document = await fetchJson(url)
    } catch (error) {
      return { error: 'notFound', message: (error as Error)?.message ?? String(error), cause: error }
    }
  }
  const id = typeof document === 'object' && document !== null ? (document as { id?: unknown }).id : undefined
  if (id !== did) {
    return { error: 'invalidDidDocument', message: `the DID document at ${url} has id ${JSON.stringify(id)}, not the DID ${did}` }
  }
  return { document: document as DIDDocument }
}

function multikeyDocument(did: string, publicKeyMultibase: string): DIDDocument {
  const vmId = `${did}#${publicKeyMultibase}`
  return {
    '@context': [DID_V1_CONTEXT, MULTIKEY_CONTEXT],
    id: did,
    verificationMethod: [{ id: vmId, type: 'Multikey', controller: did, publicKeyMultibase }],
    assertionMethod: [vmId],
    authentication: [vmId],
    capabilityInvocation: [vmId],
    capabilityDelegation: [vmId],
  }
}
