/**
 * Item 7 (verification hardening), part 1: every single-field mutation of a signed credential fails.
 *
 * Exhaustive, not random: for the minimal badge and the rich mbo microcredential (did:key issuer) every
 * node below the root is deleted, and every leaf gets value-changing replacements (see
 * `singleFieldMutations`). A fast-check property then replaces random nodes with random JSON values.
 *
 * A mutation that still verifies must be listed in ESCAPES (arbitraries.ts) with why: JSON-LD-neutral rewrites (the
 * signature covers the RDF dataset, not the JSON text) or a reported bug. The list is asserted both ways:
 * a fix that makes an escape fail also fails the test, so the list stays exact.
 */
import fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import type { SignedCredential } from '../../src/issue/index.js'
import { issueCredential } from '../../src/issue/index.js'
import { verifyCredential, type VerificationError } from '../../src/verify/index.js'
import { minimalBadge, NOW, testKey } from '../helpers/credentials.js'
import {
  clone, edit, ESCAPES, expectWellFormed, type Fixture, neutralReplacement, nodes, otherDidKey, SEED, showPath, signFixtures, singleFieldMutations, type Json, type JsonPath, type Mutation,
} from './arbitraries.js'

let fixtures: Record<Fixture, SignedCredential>
let other: { did: string; vm: string }

beforeAll(async () => {
  fixtures = await signFixtures()
  other = await otherDidKey()
})

async function verifies(input: unknown): Promise<{ verified: boolean; errors: VerificationError[] }> {
  const r = await verifyCredential(input, { now: NOW })
  expectWellFormed(r)
  return r
}

/** Lower bounds on the exhaustive enumeration (exact counts at the time of writing: 183 and 984). */
const MIN_MUTATIONS: Record<Fixture, number> = { minimal: 170, mbo: 900 }

describe.each(['minimal', 'mbo'] as const)('signed %s fixture', (fixture) => {
  it('verifies untouched', async () => {
    expect((await verifies(fixtures[fixture])).verified).toBe(true)
  })

  it('fails every single-field mutation: each leaf changed, each node deleted (exhaustive)', async () => {
    const signed = fixtures[fixture] as unknown as Json
    const before = JSON.stringify(signed)
    const mutations: Mutation[] = singleFieldMutations(signed, other)
    expect(mutations.length).toBeGreaterThanOrEqual(MIN_MUTATIONS[fixture])
    // every node below the root is deleted once; every leaf is changed at least once
    const all = nodes(signed)
    expect(mutations.filter((m) => 'delete' in m.change)).toHaveLength(all.length)
    for (const n of all.filter((x) => x.value === null || typeof x.value !== 'object')) {
      expect(mutations.some((m) => 'set' in m.change && isDeepStrictEqual(m.path, n.path)), showPath(n.path)).toBe(true)
    }
    // proof.proofValue is mutated too (only edits that decode to the same bytes are left out)
    expect(mutations.filter((m) => m.path.at(-1) === 'proofValue').length).toBeGreaterThanOrEqual(3)

    const escaped: string[] = []
    for (const m of mutations) {
      const mutated = edit(signed, m.path, m.change)
      expect(isDeepStrictEqual(mutated, signed), m.label).toBe(false)
      if ((await verifies(mutated)).verified) escaped.push(m.label)
    }
    expect(JSON.stringify(fixtures[fixture])).toBe(before) // the fixture itself was never touched
    expect((await verifies(fixtures[fixture])).verified).toBe(true)
    // exactly the documented escapes, nothing else
    expect(escaped.sort()).toEqual(ESCAPES[fixture].map((e) => e.label).sort())
  }, 180_000)

  it('fails when a random node is replaced by a random JSON value or deleted (fast-check, 300 runs)', async () => {
    const signed = fixtures[fixture] as unknown as Json
    const all = nodes(signed)
    const replacement: fc.Arbitrary<{ set: Json } | { delete: true }> = fc.oneof(
      { arbitrary: fc.jsonValue().map((v) => ({ set: v as Json })), weight: 6 },
      { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }).map((v) => ({ set: v })), weight: 2 },
      { arbitrary: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)).map((v) => ({ set: v as Json })), weight: 1 },
      { arbitrary: fc.constant({ delete: true as const }), weight: 1 },
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...all), replacement, async (node, change) => {
        if ('set' in change && isDeepStrictEqual(change.set, node.value)) return // no change at all
        if (neutralReplacement(fixture, node, change)) return // a documented escape (ESCAPES)
        const mutated = edit(signed, node.path, change)
        expect((await verifies(mutated)).verified).toBe(false)
      }),
      { seed: SEED, numRuns: 300 },
    )
  }, 120_000)
})

/**
 * The signature covers the RDF dataset; the checks after it (validity, status, recipient) read the
 * JSON. JSON-LD lets the same dataset be written with different keys: a property moved into an
 * `@nest` object, or its key replaced by the expanded IRI. Both would keep the proof valid and hide the
 * property from the JSON checks, so the context check refuses JSON-LD keywords and IRIs as keys
 * (`UNSUPPORTED_JSON_LD`) and the schema check wants real booleans for boolean-typed terms.
 */
describe('JSON-LD rewrites that keep the proof valid must not hide properties from the JSON checks', () => {
  const nest = (c: Record<string, any>, key: string): Record<string, any> => {
    const { [key]: value, ...rest } = c
    return { ...rest, '@nest': { [key]: value } }
  }
  const renamed = (c: Record<string, any>, key: string, iri: string, value: unknown = c[key]): Record<string, any> => {
    const { [key]: _dropped, ...rest } = c
    return { ...rest, [iri]: value }
  }

  async function issued(extra: Record<string, unknown>, now = '2025-09-01T10:00:00Z'): Promise<Record<string, any>> {
    const { keyPair, signer } = await testKey()
    return (await issueCredential({ ...minimalBadge(keyPair.controller), ...extra }, signer, { now })) as Record<string, any>
  }

  it('(control) the untouched credentials fail as they should', async () => {
    const expired = await issued({ validUntil: '2025-12-01T00:00:00Z' })
    const withStatus = await issued({ credentialStatus: { id: 'https://example.nl/status/1#3', type: '1EdTechRevocationList' } })
    const future = await issued({}, '2027-01-01T00:00:00Z')
    expect((await verifyCredential(expired, { now: NOW })).errors.map((e) => e.code)).toEqual(['EXPIRED'])
    expect((await verifyCredential(withStatus, { now: NOW })).errors.map((e) => e.code)).toEqual(['STATUS_UNCHECKED'])
    expect((await verifyCredential(future, { now: NOW })).errors.map((e) => e.code)).toEqual(['NOT_YET_VALID'])
    // a key written as an IRI is refused before any JSON-LD work (control for the helpers)
    expect((await verifyCredential(renamed(expired, 'validUntil', 'https://www.w3.org/2018/credentials#validUntil'), { now: NOW })).errors.map((e) => e.code))
      .toEqual(['UNSUPPORTED_JSON_LD'])
  })

  it('an expired credential with validUntil moved into "@nest" is refused', async () => {
    const c = nest(await issued({ validUntil: '2025-12-01T00:00:00Z' }), 'validUntil')
    expect((await verifyCredential(c, { now: NOW })).verified).toBe(false)
  })

  it('an expired credential with validUntil written as the expanded IRI with a typed @value is refused', async () => {
    const e = await issued({ validUntil: '2025-12-01T00:00:00Z' })
    const c = renamed(e, 'validUntil', 'https://www.w3.org/2018/credentials#validUntil', { '@value': e.validUntil, '@type': 'http://www.w3.org/2001/XMLSchema#dateTime' })
    expect((await verifyCredential(c, { now: NOW })).verified).toBe(false)
  })

  it('a revoked credential with credentialStatus under its expanded IRI is refused (the status checker is never asked)', async () => {
    const s = await issued({ credentialStatus: { id: 'https://example.nl/status/1#3', type: '1EdTechRevocationList' } })
    const c = renamed(s, 'credentialStatus', 'https://www.w3.org/2018/credentials#credentialStatus')
    const revoked = async (): Promise<VerificationError[]> => [{ code: 'REVOKED', check: 'status', message: 'revoked' }]
    expect((await verifyCredential(c, { now: NOW, statusChecker: revoked })).verified).toBe(false)
  })

  it('a credential with credentialStatus moved into "@nest" fails closed', async () => {
    const c = nest(await issued({ credentialStatus: { id: 'https://example.nl/status/1#3', type: '1EdTechRevocationList' } }), 'credentialStatus')
    expect((await verifyCredential(c, { now: NOW })).verified).toBe(false)
  })

  it('a proof created in the future with proof.created moved into "@nest" is refused', async () => {
    const f = await issued({}, '2027-01-01T00:00:00Z')
    const c = { ...f, proof: [nest(f.proof[0], 'created')] }
    expect((await verifyCredential(c, { now: NOW })).verified).toBe(false)
  })

  it('levelVerified: false rewritten as the (truthy) string "false" is refused', async () => {
    const c = clone(fixtures.mbo) as Record<string, any>
    c.credentialSubject.achievement.levelVerified = 'false'
    expect((await verifyCredential(c, { now: NOW })).verified).toBe(false)
  })

  it('no property of the mbo credential can be moved into "@nest" (exhaustive)', async () => {
    const signed = fixtures.mbo as unknown as Json
    const escaped: string[] = []
    for (const { path, value } of nodes(signed)) {
      const key = path.at(-1)
      if (typeof key !== 'string' || key === '@context') continue
      const parentPath: JsonPath = path.slice(0, -1)
      const moved = edit(signed, path, { delete: true }) as any
      let parent = moved
      for (const k of parentPath) parent = parent[k]
      parent['@nest'] = { [key]: value }
      if ((await verifyCredential(moved, { now: NOW })).verified) escaped.push(showPath(path))
    }
    expect(escaped).toEqual([])
  }, 60_000)
})
