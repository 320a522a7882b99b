/**
 * Differential tests of the fast canonicalisation path (`src/canonical/`) against the reference,
 * jsonld.js `canonize` (RDFC-1.0, safe mode, pinned-context loader; `test/helpers/canonize.ts`).
 *
 * - 8,000 generated OB 3.0 credentials and 2,000 proof configurations: `canonicalise` (policy
 *   'auto') equals the reference byte for byte; `tryFastCanonicalise` is unsupported or equal; and at
 *   least 90% of each took the fast path (counted across the runs, checked in its own test). A few
 *   generated credentials (many identical blank nodes) exceed rdf-canonize's default work limit in the
 *   reference: then `canonicalise` must fail the same way and the fast path must not answer.
 * - 1,500 hostile variants: the reference and `canonicalise` both throw (the same jsonld.js error
 *   name for safe-mode and syntax errors) or both give the same N-Quads; `tryFastCanonicalise`
 *   never differs from the reference, never answers where the reference throws (the fast path is at
 *   least as strict as safe mode), and throws only the RDFC-1.0 work-limit error where the reference
 *   throws it too; policy 'fast' refuses what `tryFastCanonicalise` calls unsupported, with
 *   `ERR_FAST_PATH_UNSUPPORTED`.
 * - Minimal inputs of divergences the generators found, as named regression cases.
 *
 * Seeded from `MCRED_TEST_SEED` when set, otherwise the property suite's fixed seed, so a failure
 * replays. Prints nothing; the fast-path shares are annotations of the share test.
 */
import fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { canonicalise, tryFastCanonicalise } from '../../src/canonical/canonicalise.js'
import { createDocumentLoader } from '../../src/loader/index.js'
import { SEED as SUITE_SEED } from '../property/arbitraries.js'
import { dataIntegrityProofConfig, hostileVariant, obCredential, referenceCanonize, type JsonObject } from './credential-arbitrary.js'

/** The fast-check seed: `MCRED_TEST_SEED`, else the property suite's. */
const SEED = process.env.MCRED_TEST_SEED ? Number(process.env.MCRED_TEST_SEED) : SUITE_SEED
/** Credential runs, in chunks (one test each, a different seed each). */
const CREDENTIAL_CHUNKS = 4
const CREDENTIAL_RUNS_PER_CHUNK = 2_000
const PROOF_CONFIG_RUNS = 2_000
const HOSTILE_RUNS = 1_500
/** The share of valid generated documents that must take the fast path. */
const MIN_FAST_SHARE = 0.9
/** Per test: the reference takes ~2–60 ms per credential on a slow machine. */
const TIMEOUT_MS = 150_000

const loader = createDocumentLoader()

/** The reference N-Quads (jsonld.js; see {@link referenceCanonize}). */
const reference = (doc: JsonObject): Promise<string> => referenceCanonize(doc, loader)

type Failure = Error & { code?: unknown }
type Settled = { ok: true; value: string } | { ok: false; error: Failure }
type FastOutcome = { nquads: string } | { unsupported: string } | { threw: Failure }

/** Runs `f` and captures its result or error. */
async function settle(f: () => Promise<string>): Promise<Settled> {
  try {
    return { ok: true, value: await f() }
  } catch (error) {
    return { ok: false, error: error as Failure }
  }
}

/** `tryFastCanonicalise`, with a thrown error captured (it may throw only for the work limit). */
async function fastPath(doc: JsonObject): Promise<FastOutcome> {
  try {
    return await tryFastCanonicalise(doc)
  } catch (error) {
    return { threw: error as Failure }
  }
}

/** rdf-canonize's N-degree hashing limits (`maxWorkFactor`, abort signal). */
const WORK_LIMIT = /Maximum deep iterations exceeded|Abort signal received/
const isWorkLimit = (error: Error): boolean => WORK_LIMIT.test(error.message)
const describeFast = (fast: FastOutcome): string => ('nquads' in fast ? 'N-Quads' : 'unsupported' in fast ? `unsupported (${fast.unsupported})` : `throws ${fast.threw.name}: ${fast.threw.message}`)

/** How many valid documents took the fast path, why the others did not, and how many hit the work limit. */
interface Tally { runs: number; fast: number; workLimit: number; reasons: Map<string, number> }
const newTally = (): Tally => ({ runs: 0, fast: 0, workLimit: 0, reasons: new Map() })
const tallies = { credentials: newTally(), proofConfigs: newTally() }

/** The runs the reference could canonicalise (the work-limit ones are not the fast path's to take). */
const eligible = (tally: Tally): number => tally.runs - tally.workLimit
/** The fast-path share of the eligible runs, as a percentage with one decimal. */
const percent = (tally: Tally): string => `${((100 * tally.fast) / Math.max(1, eligible(tally))).toFixed(1)}%`

/** The most frequent reasons the fast path gave, for messages. */
function topReasons(tally: Tally): string {
  return [...tally.reasons].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([reason, n]) => `${n}× ${reason}`).join('; ') || 'none'
}

/**
 * The property for a valid document: `canonicalise` (auto) equals the reference, the fast path is
 * unsupported or equal, and neither changes the input.
 */
async function checkValid(doc: JsonObject, tally: Tally): Promise<void> {
  const before = structuredClone(doc)
  const expected = await settle(() => reference(doc))
  const fast = await fastPath(doc)
  tally.runs++
  if (!expected.ok) {
    // Valid JSON-LD, but too many indistinguishable blank nodes for rdf-canonize's default work limit.
    expect(expected.error.message, 'the reference refuses a generated credential').toMatch(WORK_LIMIT)
    tally.workLimit++
    expect('nquads' in fast, `the reference hits the work limit but the fast path returns N-Quads`).toBe(false)
    const auto = await settle(() => canonicalise(doc, { policy: 'auto' }))
    expect(auto.ok ? 'N-Quads' : auto.error.message, "canonicalise (policy 'auto') where the reference hits the work limit").toMatch(WORK_LIMIT)
    return
  }
  if ('nquads' in fast) {
    tally.fast++
    expect(fast.nquads, 'tryFastCanonicalise differs from the reference').toBe(expected.value)
  } else if ('unsupported' in fast) {
    tally.reasons.set(fast.unsupported, (tally.reasons.get(fast.unsupported) ?? 0) + 1)
  } else {
    expect.fail(`tryFastCanonicalise throws where the reference succeeds: ${describeFast(fast)}`)
  }
  expect(await canonicalise(doc, { policy: 'auto' }), "canonicalise (policy 'auto') differs from the reference").toBe(expected.value)
  expect(isDeepStrictEqual(doc, before), 'the input was changed').toBe(true)
}

describe('fast canonicalisation path vs jsonld.js (differential)', () => {
  for (let chunk = 0; chunk < CREDENTIAL_CHUNKS; chunk++) {
    it(`generated OB 3.0 credentials, part ${chunk + 1}/${CREDENTIAL_CHUNKS}: auto equals the reference, the fast path is unsupported or equal (${CREDENTIAL_RUNS_PER_CHUNK} runs)`, async () => {
      await fc.assert(fc.asyncProperty(obCredential(), (doc) => checkValid(doc, tallies.credentials)), { seed: SEED + chunk, numRuns: CREDENTIAL_RUNS_PER_CHUNK })
    }, TIMEOUT_MS)
  }

  it(`generated DataIntegrityProof configurations: auto equals the reference, the fast path is unsupported or equal (${PROOF_CONFIG_RUNS} runs)`, async () => {
    await fc.assert(fc.asyncProperty(dataIntegrityProofConfig(), (doc) => checkValid(doc, tallies.proofConfigs)), { seed: SEED + CREDENTIAL_CHUNKS, numRuns: PROOF_CONFIG_RUNS })
  }, TIMEOUT_MS)

  it(`took the fast path for at least ${MIN_FAST_SHARE * 100}% of the generated credentials and of the proof configurations`, async ({ annotate }) => {
    const { credentials, proofConfigs } = tallies
    await annotate(`fast path: ${credentials.fast}/${eligible(credentials)} credentials (${percent(credentials)}; ${credentials.workLimit} more over the RDFC-1.0 work limit), `
      + `${proofConfigs.fast}/${eligible(proofConfigs)} proof configurations (${percent(proofConfigs)})`)
    // Fewer runs means the property tests above were filtered out or failed.
    expect(credentials.runs, 'not every credential run was counted').toBe(CREDENTIAL_CHUNKS * CREDENTIAL_RUNS_PER_CHUNK)
    expect(proofConfigs.runs, 'not every proof configuration run was counted').toBe(PROOF_CONFIG_RUNS)
    expect(credentials.workLimit, 'credentials over the work limit').toBeLessThan(credentials.runs / 100)
    expect(credentials.fast / eligible(credentials), `credentials on the fast path: ${percent(credentials)}; unsupported: ${topReasons(credentials)}`).toBeGreaterThanOrEqual(MIN_FAST_SHARE)
    expect(proofConfigs.fast / eligible(proofConfigs), `proof configurations on the fast path: ${percent(proofConfigs)}; unsupported: ${topReasons(proofConfigs)}`).toBeGreaterThanOrEqual(MIN_FAST_SHARE)
  })

  it(`hostile variants: auto and the reference agree (both throw or equal), the fast path is never less strict than safe mode, 'fast' refuses the rest (${HOSTILE_RUNS} runs)`, async () => {
    await fc.assert(fc.asyncProperty(hostileVariant(), async ({ edit, input }) => {
      const expected = await settle(() => reference(input))
      // With the offline loader: the fallback must not try the network for an unpinned context.
      const auto = await settle(() => canonicalise(input, { policy: 'auto', documentLoader: loader }))
      const fast = await fastPath(input)
      if (expected.ok) {
        expect(auto.ok ? auto.value : `throws ${auto.error.name}: ${auto.error.message}`, `${edit}: auto differs from the reference`).toBe(expected.value)
        if ('nquads' in fast) expect(fast.nquads, `${edit}: the fast path differs from the reference`).toBe(expected.value)
        expect('threw' in fast, `${edit}: the reference succeeds but the fast path ${describeFast(fast)}`).toBe(false)
      } else {
        const refused = `${edit}: the reference throws ${expected.error.name} (${expected.error.message})`
        expect(auto.ok, `${refused} but auto returns N-Quads`).toBe(false)
        if (!auto.ok && /^jsonld\.(ValidationError|SyntaxError)$/.test(expected.error.name)) {
          expect(auto.error.name, `${refused}; auto throws another error: ${auto.error.message}`).toBe(expected.error.name)
        }
        expect('nquads' in fast, `${refused} but the fast path returns N-Quads`).toBe(false)
        if ('threw' in fast) expect(isWorkLimit(fast.threw) && isWorkLimit(expected.error), `${refused}; the fast path ${describeFast(fast)}`).toBe(true)
      }
      const strict = await settle(() => canonicalise(input, { policy: 'fast', documentLoader: loader }))
      if ('nquads' in fast) {
        expect(strict.ok ? strict.value : `throws ${strict.error.name}`, `${edit}: policy 'fast' differs from tryFastCanonicalise`).toBe(fast.nquads)
      } else if ('unsupported' in fast) {
        expect(strict.ok, `${edit}: policy 'fast' returns N-Quads for an input the fast path calls unsupported (${fast.unsupported})`).toBe(false)
        if (!strict.ok) expect(strict.error.code, `${edit}: policy 'fast' throws ${strict.error.name}: ${strict.error.message}`).toBe('ERR_FAST_PATH_UNSUPPORTED')
      } else {
        expect(strict.ok ? 'N-Quads' : strict.error.message, `${edit}: policy 'fast' where the fast path hits the work limit`).toMatch(WORK_LIMIT)
      }
    }), { seed: SEED + CREDENTIAL_CHUNKS + 1, numRuns: HOSTILE_RUNS })
  }, TIMEOUT_MS)

  it("policy 'fast' rejects a document outside the fast path with ERR_FAST_PATH_UNSUPPORTED", async () => {
    // An inline (object) context: valid JSON-LD, outside the pinned-contexts-only fast path.
    const doc: JsonObject = {
      '@context': ['https://www.w3.org/ns/credentials/v2', { ex: 'https://example.org/ns#' }],
      type: ['VerifiableCredential'],
      issuer: 'did:example:issuer',
      credentialSubject: { id: 'did:example:subject', 'ex:note': 'extra' },
    }
    const fast = await tryFastCanonicalise(doc)
    expect('unsupported' in fast).toBe(true)
    await expect(canonicalise(doc, { policy: 'fast' })).rejects.toMatchObject({ code: 'ERR_FAST_PATH_UNSUPPORTED' })
    // ... which policy 'auto' hands to jsonld.js, with the same result as the reference.
    expect(await canonicalise(doc, { policy: 'auto', documentLoader: loader })).toBe(await reference(doc))
    expect(await canonicalise(doc, { policy: 'jsonld', documentLoader: loader })).toBe(await reference(doc))
  })

  describe('minimal inputs of divergences found by the generators', () => {
    const CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']

    it('an empty @list on a node described twice: jsonld.js emits the rdf:nil quad twice, so must the fast path', async () => {
      // jsonld.js's node map never merges list values, and rdf-canonize does not remove duplicate quads.
      const resultDescription = { id: 'urn:uuid:00000000-0000-4000-8000-000000000020', type: 'ResultDescription', allowedValue: [] }
      const doc: JsonObject = {
        '@context': CONTEXT,
        type: ['VerifiableCredential'],
        credentialSubject: { type: 'AchievementSubject', achievement: { type: 'Achievement', resultDescription: [resultDescription, structuredClone(resultDescription)] } },
      }
      const expected = await reference(doc)
      expect(expected.split('\n').filter((line) => line.includes('#allowedValue>'))).toHaveLength(2)
      const fast = await tryFastCanonicalise(doc)
      expect('nquads' in fast ? fast.nquads : expected, 'tryFastCanonicalise').toBe(expected)
      expect(await canonicalise(doc, { policy: 'auto' }), "canonicalise (policy 'auto')").toBe(expected)
    })

    it('an empty string under an @id-typed term (issuer, image) is refused as the reference refuses it', async () => {
      // Safe mode: "relative object reference". With `base: null` (the eddsa-rdfc-2022 cryptosuite's
      // option) jsonld.js drops the value instead, silently: the issuer triple would vanish.
      for (const [key, value] of [['issuer', ''], ['image', '']] as const) {
        const doc: JsonObject = {
          '@context': CONTEXT,
          id: 'urn:uuid:00000000-0000-4000-8000-000000000021',
          type: ['VerifiableCredential', 'OpenBadgeCredential'],
          issuer: 'did:example:issuer',
          credentialSubject: { id: 'did:example:subject' },
          [key]: value,
        }
        await expect(reference(doc), `reference, ${key}: ""`).rejects.toMatchObject({ name: 'jsonld.ValidationError' })
        const fast = await tryFastCanonicalise(doc)
        expect('nquads' in fast, `tryFastCanonicalise, ${key}: ""`).toBe(false)
        await expect(canonicalise(doc, { policy: 'auto', documentLoader: loader }), `canonicalise (policy 'auto'), ${key}: ""`).rejects.toMatchObject({ name: 'jsonld.ValidationError' })
      }
    })
  })

  it("policy 'auto' without a documentLoader falls back offline, with the pinned contexts", async () => {
    // The contract: the loader is optional. A document outside the fast path that uses only pinned
    // contexts must still canonicalise without any network access.
    const doc: JsonObject = {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      '@id': 'urn:uuid:00000000-0000-4000-8000-000000000010',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: '_:issuer', type: 'Profile', name: 'Blank node issuer' },
      credentialSubject: { type: 'AchievementSubject', achievement: { id: 'https://example.org/a', type: 'Achievement', name: 'A', '@nest': { description: 'nested' } } },
    }
    const expected = await reference(doc)
    const fast = await tryFastCanonicalise(doc)
    if ('nquads' in fast) expect(fast.nquads).toBe(expected)
    expect(await canonicalise(doc, { policy: 'auto' })).toBe(expected)
  })
})
