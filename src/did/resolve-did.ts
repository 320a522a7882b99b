import { Resolver } from 'did-resolver'
import { getResolver as getKeyResolver } from 'key-did-resolver'
import { DID_V1_CONTEXT, MULTIKEY_CONTEXT } from '../contexts/urls.js'
import type { DIDDocument } from './did-document.js'
import { parseDidKey } from './parse-did-key.js'

/** The result of resolving a DID: a document, or an error named after the DID resolution spec. */
export type DidResolution =
  | { document: DIDDocument; error?: undefined }
  | { document?: undefined; error: string; message: string }

/** A function that resolves a DID to its document. */
export type DidResolverFn = (did: string) => Promise<DidResolution>

/**
 * Creates an offline DID resolver. `did:key` (Ed25519) is resolved locally through `did-resolver` and
 * `key-did-resolver`, after a strict parse (multicodec, length); the document is returned in Multikey
 * form with the DID v1 and Multikey contexts. `documents` adds DID documents the caller supplies
 * (e.g. a `did:web` document read from a file); nothing is fetched.
 *
 * @example
 * ```ts
 * const resolve = createDidResolver()
 * const { document } = await resolve('did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi')
 * document?.assertionMethod // ['did:key:z6Mk...#z6Mk...']
 * ```
 */
export function createDidResolver(options: { documents?: ReadonlyMap<string, DIDDocument> } = {}): DidResolverFn {
  const resolver = new Resolver({ ...getKeyResolver() }, { cache: true })
  const supplied = options.documents ?? new Map<string, DIDDocument>()
  return async (did: string): Promise<DidResolution> => {
    const own = supplied.get(did)
    if (own) return { document: own }
    if (!did.startsWith('did:key:')) {
      return { error: 'notFound', message: `no document supplied for ${JSON.stringify(did)} and its method is not resolved offline` }
    }
    const parsed = parseDidKey(did)
    if (!parsed.ok) return { error: parsed.error, message: parsed.message }
    const result = await resolver.resolve(did)
    if (!result.didDocument) {
      return { error: result.didResolutionMetadata.error ?? 'invalidDid', message: `did:key resolution failed for ${did}` }
    }
    return { document: multikeyDocument(parsed.did, parsed.publicKeyMultibase) }
  }
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
