/**
 * W3C CCG data-integrity-test-suite-assertion inputs (`inputs/eddsa-rdfc-2022/*`): signed proof-chain
 * fixtures for VC 1.1 and VC 2.0. They are not Open Badges (inline contexts, no OB context), so they
 * are verified at the proof level with {@link verifyProofSet}: the proof set and `previousProof` chain
 * semantics of W3C Data Integrity, without the OB-only context, schema and issuer-binding checks.
 *
 * Offline needs: the VC v1/v2 and data-integrity v2 contexts are in the pinned bundle; both
 * verification methods are did:key (resolved locally), so the suite's test keys
 * (`tests/fixtures/keys/`) are not needed to verify. Nothing else is supplied.
 */
import { describe, expect, it } from 'vitest'
import { createDocumentLoader } from '../../src/loader/index.js'
import { verifyProof } from '../../src/proofs/verify-proof.js'
import { verifyProofSet, type ProofSetResult } from '../../src/proofs/verify-proof-set.js'
import { fixtureDir, fixtureJson } from '../helpers/fixtures.js'

const DIR = 'test-vectors/data-integrity-inputs/inputs/eddsa-rdfc-2022/'
const MISSING_ID = 'urn:uuid:38329423-2179-4b2e-88cb-a7c7d9dc4544'

type Expected = { verified: boolean; why: string; errors: Array<[index: number, check: string, code: string, message: RegExp]> }

/**
 * What each input yields, and why. `errors` lists every error of the set (index of the proof, check,
 * code, message), so an extra or missing finding fails the test.
 */
const EXPECTED: Record<string, Expected> = {
  'previousProofStringOk': { verified: true, why: 'proof 1 chains to proof 0 by a string id; both signatures verify (proof 1 over the document carrying proof 0)', errors: [] },
  'previousProofArrayOk': { verified: true, why: 'as above, previousProof is an array of one id', errors: [] },
  'previousProofStringMissingFail': {
    verified: false, why: 'previousProof (a string) names an id no proof has: a DI chain error',
    errors: [[1, 'proof', 'PROOF_VERIFICATION_ERROR', new RegExp(`names "${MISSING_ID}", but no other proof`)]],
  },
  'previousProofArrayMissingFail': {
    verified: false, why: 'previousProof (an array) names an id no proof has',
    errors: [[1, 'proof', 'PROOF_VERIFICATION_ERROR', new RegExp(`names "${MISSING_ID}", but no other proof`)]],
  },
  'previousProofNotStringFail': {
    verified: false, why: 'previousProof is the number 456321; proof 0 has the relative id "456321", which safe mode refuses while canonicalising its proof configuration',
    errors: [
      [0, 'context', 'DATA_LOSS_DETECTION_ERROR', /relative @id reference \("456321"\)/],
      [0, 'proof', 'PROOF_VERIFICATION_ERROR', /cannot be canonicalised safely/],
      [1, 'proof', 'PROOF_VERIFICATION_ERROR', /must be a string or a non-empty array of strings, got 456321/],
    ],
  },
}

/** The 1.1 "MissingFail" input also changed the issuer and dropped the data-integrity context, so proof 0 no longer matches. */
const EXTRA_11: Record<string, Expected> = {
  'previousProofMissingFail': {
    verified: false, why: 'previousProof names an absent id; the document (issuer, contexts) was changed after proof 0 was made, so proof 0 fails too',
    errors: [
      [0, 'proof', 'CRYPTOGRAPHIC_SECURITY_ERROR', /signature does not match/],
      [1, 'proof', 'PROOF_VERIFICATION_ERROR', new RegExp(`names "${MISSING_ID}", but no other proof`)],
    ],
  },
}
const EXTRA_20: Record<string, Expected> = {
  'previousProofMissingFail': {
    verified: false, why: 'previousProof names an absent id (proof 0 itself still verifies over the changed issuer)',
    errors: [[1, 'proof', 'PROOF_VERIFICATION_ERROR', new RegExp(`names "${MISSING_ID}", but no other proof`)]],
  },
}

function expectedFor(file: string): Expected {
  const name = file.replace(/^\d\.\d-/, '').replace(/-SimpleSigned2\.json$/, '')
  const version = file.slice(0, 3)
  const table = { ...EXPECTED, ...(version === '1.1' ? EXTRA_11 : EXTRA_20) }
  const e = table[name]
  if (!e) throw new Error(`no expectation for ${file}`)
  return e
}

async function run(file: string): Promise<{ result: ProofSetResult; document: Record<string, unknown>; proofs: Array<Record<string, unknown>> }> {
  const { proof, ...document } = fixtureJson(DIR + file)
  const proofs = proof as Array<Record<string, unknown>>
  return { result: await verifyProofSet(document, proofs, createDocumentLoader()), document, proofs }
}

describe('W3C data-integrity inputs (eddsa-rdfc-2022 proof sets and chains)', () => {
  const files = fixtureDir(DIR)

  it('the folder holds the 12 inputs this table describes (6 for VC 1.1, 6 for VC 2.0)', () => {
    expect(files).toHaveLength(12)
    for (const f of files) expect(() => expectedFor(f)).not.toThrow()
  })

  for (const file of files) {
    const expected = expectedFor(file)
    it(`${file}: ${expected.verified ? 'verifies' : 'refused'} (${expected.why})`, async () => {
      const { result } = await run(file)
      expect(result.verified).toBe(expected.verified)
      const got = result.proofs.flatMap((p) => p.errors.map((e) => ({ index: p.index, check: e.check, code: e.code, message: e.message })))
      expect(got).toHaveLength(expected.errors.length)
      expected.errors.forEach(([index, check, code, message], i) => {
        expect(got[i]).toMatchObject({ index, check, code })
        expect(got[i]?.message).toMatch(message)
      })
      if (file.includes('Ok')) expect(result.proofs.map((p) => p.previous)).toEqual([[], [0]])
    })
  }

  for (const version of ['1.1', '2.0']) {
    it(`${version}: the chained proof only verifies over the document WITH proof 0 (chain semantics are what make the Ok inputs pass)`, async () => {
      const { document, proofs } = await run(`${version}-previousProofStringOk-SimpleSigned2.json`)
      const [p0, p1] = proofs as [Record<string, unknown>, Record<string, unknown>]
      const loader = createDocumentLoader()
      expect(await verifyProof(document, p1, 'eddsa-rdfc-2022', loader)).toMatchObject({ verified: false, code: 'CRYPTOGRAPHIC_SECURITY_ERROR' })
      expect(await verifyProof(document, p1, 'eddsa-rdfc-2022', loader, { previousProofs: [p0] })).toEqual({ verified: true })
    })

    it(`${version}: editing the Ok input's claims breaks both proofs`, async () => {
      const { proof, ...document } = fixtureJson(`${DIR}${version}-previousProofArrayOk-SimpleSigned2.json`)
      const edited = { ...document, credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'Another School' } }
      const result = await verifyProofSet(edited, proof as Array<Record<string, unknown>>, createDocumentLoader())
      expect(result.proofs.map((p) => p.errors.map((e) => e.code))).toEqual([['CRYPTOGRAPHIC_SECURITY_ERROR'], ['CRYPTOGRAPHIC_SECURITY_ERROR']])
    })
  }
})
