import { describe, expect, it } from 'vitest'
import { canonicalise, canonicalisationCounts, tryFastCanonicalise, walksSafely } from '../../src/canonical/canonicalise.js'
import { ContextCache, MAX_CONTEXT_LISTS, NeedsContext } from '../../src/canonical/context-cache.js'
import { jsonToQuads } from '../../src/canonical/json-to-quads.js'
import { CanonicalisationError } from '../../src/errors/errors.js'
import { issueCredential } from '../../src/issue/index.js'
import { createDocumentLoader } from '../../src/loader/index.js'
import { verifyCredential } from '../../src/verify/index.js'
import { canonize } from '../helpers/canonize.js'
import { minimalBadge, NOW, testKey } from '../helpers/credentials.js'

const VC2 = 'https://www.w3.org/ns/credentials/v2'
const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
const ISSUER = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK'

/** The counts a piece of work added. */
async function counted<T>(work: () => Promise<T>): Promise<{ value: T; fast: number; fallback: number; refused: number }> {
  const before = canonicalisationCounts()
  const value = await work()
  const after = canonicalisationCounts()
  return { value, fast: after.fast - before.fast, fallback: after.fallback - before.fallback, refused: after.refused - before.refused }
}

function withAlignments(count: number): Record<string, unknown> {
  const badge = minimalBadge(ISSUER) as { credentialSubject: { achievement: Record<string, unknown> } }
  // Identical blank nodes share a first-degree hash: RDFC-1.0 needs N-degree hashing to order them.
  badge.credentialSubject.achievement.alignment = Array.from({ length: count }, () => ({ type: ['Alignment'], targetName: 'Zorg', targetUrl: 'https://example.nl/zorg' }))
  return badge as unknown as Record<string, unknown>
}

describe('canonicalise', () => {
  it('policy auto takes the fast path for a badge on the pinned contexts, byte for byte jsonld.js', async () => {
    const badge = minimalBadge(ISSUER)
    const r = await counted(() => canonicalise(badge))
    expect(r.value).toBe(await canonize(badge))
    expect([r.fast, r.fallback]).toEqual([1, 0])
  })

  it('policy jsonld does the same work through jsonld.js and counts nothing', async () => {
    const badge = minimalBadge(ISSUER)
    const r = await counted(() => canonicalise(badge, { policy: 'jsonld' }))
    expect(r.value).toBe(await canonize(badge))
    expect([r.fast, r.fallback, r.refused]).toEqual([0, 0, 0])
  })

  it('a document outside the fast path (an inline context) falls back under auto and is refused under fast', async () => {
    const doc = { ...minimalBadge(ISSUER), '@context': [VC2, OB3, { extra: 'https://example.nl/vocab#extra' }], extra: 'x' }
    const auto = await counted(() => canonicalise(doc))
    expect(auto.value).toBe(await canonize(doc))
    expect([auto.fast, auto.fallback]).toEqual([0, 1])
    const refused = canonicalise(doc, { policy: 'fast' })
    await expect(refused).rejects.toBeInstanceOf(CanonicalisationError)
    await expect(refused).rejects.toMatchObject({ code: 'ERR_FAST_PATH_UNSUPPORTED', message: expect.stringMatching(/@context must be one URL or an array of URLs/) })
  })

  it('a loader that does not trust a pinned context keeps the document off the fast path (the loader decides)', async () => {
    const loader = createDocumentLoader()
    const narrow = Object.assign(async (url: string) => loader(url), { trustedContexts: new Set([VC2]) })
    const badge = minimalBadge(ISSUER)
    const r = await counted(() => canonicalise(badge, { documentLoader: narrow }))
    expect([r.fast, r.fallback]).toEqual([0, 1])
    expect(r.value).toBe(await canonize(badge))
  })

  it('blank nodes sharing a first-degree hash are ordered by N-degree hashing (rdf-canonize), still byte for byte', async () => {
    const doc = withAlignments(3)
    const r = await counted(() => canonicalise(doc))
    expect([r.fast, r.fallback]).toEqual([1, 0])
    expect(r.value).toBe(await canonize(doc))
  })

  it('maxWorkFactor bounds N-degree hashing on the fast path as in rdf-canonize', async () => {
    await expect(canonicalise(withAlignments(3), { maxWorkFactor: 0 })).rejects.toThrow(/Maximum deep iterations exceeded/)
    await expect(canonicalise(minimalBadge(ISSUER), { maxWorkFactor: 0 })).resolves.toContain('_:c14n0')
  })

  it.each([
    ['an undefined term', { unknownTerm: 'x' }, /"unknownTerm" is not defined/],
    ['a relative id', { id: 'credentials/1' }, /relative IRI "credentials\/1"/],
    ['a blank node id', { id: '_:b1' }, /blank node identifier/],
    ['a keyword the walk does not take', { '@graph': [] }, /keyword @graph/],
    ['a null @value', { name: { '@value': null } }, /@value is not a string, number or boolean/],
    ['a bad language tag', { name: { '@value': 'x', '@language': 'nl_NL' } }, /invalid language-tagged value/],
  ])('%s is outside the fast path; jsonld.js then decides', async (_, patch, reason) => {
    const doc = { ...minimalBadge(ISSUER), ...patch }
    const fast = await tryFastCanonicalise(doc)
    expect(fast).toEqual({ unsupported: expect.stringMatching(reason) })
  })

  it('a top-level object with only an id is refused by both', async () => {
    const doc = { '@context': [VC2, OB3], id: 'urn:uuid:1' }
    expect(await tryFastCanonicalise(doc)).toEqual({ unsupported: 'node object with only an id' })
    await expect(canonize(doc)).rejects.toThrow(/Safe mode validation error/)
  })

  it('language-tagged names are lowercased as jsonld.js does', async () => {
    const doc = { ...minimalBadge(ISSUER), name: { '@value': 'Basiszorg', '@language': 'NL-be' } }
    const fast = await tryFastCanonicalise(doc)
    expect(fast).toEqual({ nquads: await canonize(doc) })
    expect('nquads' in fast && fast.nquads).toContain('"Basiszorg"@nl-be')
  })
})

describe('walksSafely', () => {
  it('takes a credential every term of which is defined, and refuses undefined terms, relative ids and contexts outside the loader', async () => {
    const badge = minimalBadge('did:example:issuer')
    expect(await walksSafely(badge)).toBe(true)
    expect(await walksSafely({ ...badge, favouriteColour: 'blue' })).toBe(false)
    expect(await walksSafely({ ...badge, id: 'abc' })).toBe(false)
    const onlyVc = createDocumentLoader()
    expect(await walksSafely(badge, { documentLoader: { trustedContexts: new Set(['https://www.w3.org/ns/credentials/v2']) } })).toBe(false)
    expect(await walksSafely(badge, { documentLoader: onlyVc })).toBe(true)
  })
})

describe('issue and verify under each policy', () => {
  it('the same signature whichever way the credential is canonicalised (eddsa-rdfc-2022 is deterministic)', async () => {
    const { keyPair, signer } = await testKey()
    const credential = minimalBadge(keyPair.controller)
    const options = { now: '2025-09-01T10:00:00Z', listSchemas: 'none' as const }
    const fast = await counted(() => issueCredential(credential, signer, { ...options, canonicalisation: 'fast' }))
    const reference = await counted(() => issueCredential(credential, signer, { ...options, canonicalisation: 'jsonld' }))
    expect(fast.value.proof).toEqual(reference.value.proof)
    // Signing canonicalises the document and the proof options; the self-check does both again.
    expect([fast.fast, fast.fallback]).toEqual([4, 0])
    expect([reference.fast, reference.fallback]).toEqual([0, 0])
    for (const canonicalisation of ['auto', 'fast', 'jsonld'] as const) {
      const result = await verifyCredential(reference.value, { now: NOW, canonicalisation })
      expect(result.verified, canonicalisation).toBe(true)
    }
  })

  it('Ed25519Signature2020 proofs take the fast path too', async () => {
    const { keyPair, signer } = await testKey()
    const credential = minimalBadge(keyPair.controller)
    const options = { now: '2025-09-01T10:00:00Z', listSchemas: 'none' as const, format: 'Ed25519Signature2020' as const }
    const fast = await counted(() => issueCredential(credential, signer, { ...options, canonicalisation: 'fast' }))
    const reference = await issueCredential(credential, signer, { ...options, canonicalisation: 'jsonld' })
    expect(fast.value.proof).toEqual(reference.proof)
    expect(fast.fallback).toBe(0)
    expect((await verifyCredential(fast.value, { now: NOW, canonicalisation: 'fast' })).verified).toBe(true)
  })
})

describe('the context cache', () => {
  it(`keeps at most a fixed number of distinct @context lists (${MAX_CONTEXT_LISTS} by default); later ones are outside the fast path (jsonld.js takes them)`, async () => {
    const cap = 4
    const cache = new ContextCache(cap)
    const walk = async (doc: Record<string, unknown>): Promise<'quads' | string> => {
      for (;;) {
        try {
          jsonToQuads(doc, cache)
          return 'quads'
        } catch (error) {
          if (error instanceof NeedsContext) await error.load()
          else return (error as Error).message
        }
      }
    }
    // Distinct lists: the base contexts followed by k repeats of the OB context.
    const badge = (k: number) => ({ ...minimalBadge(ISSUER), '@context': [VC2, OB3, ...Array<string>(k).fill(OB3)] })
    for (let k = 0; k < cap; k++) expect(await walk(badge(k)), `list ${k}`).toBe('quads')
    expect(await walk(badge(cap))).toBe(`more than ${cap} distinct @context lists seen in this process`)
    // Lists seen before still take the fast path.
    expect(await walk(badge(0))).toBe('quads')
  })
})
