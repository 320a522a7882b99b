/**
 * Proof sets, chains and legacy suites through `verifyCredential` (security.md §1.10, §5 #29/#30;
 * W3C DI "Verify Proof Sets and Chains"; OB 3.0 "MAY use any one proof").
 */
import jsigs from 'jsonld-signatures'
import { beforeAll, describe, expect, it } from 'vitest'
import { OB_V3_CONTEXTS, VC_V2_CONTEXT } from '../../src/contexts/urls.js'
import { issueCredential } from '../../src/issue/index.js'
import { createSigningSuite } from '../../src/issue/signing-suite.js'
import type { Signer } from '../../src/keys/index.js'
import { createDocumentLoader } from '../../src/loader/index.js'
import { resolvePreviousProofs, verifyProofSet } from '../../src/proofs/verify-proof-set.js'
import { verifyCredential, type VerificationResult, type VerifyOptions } from '../../src/verify/index.js'
import { minimalBadge, NOW, testKey } from '../helpers/credentials.js'
import { corrupt, proofsOf, signProof, type Json } from '../helpers/sign.js'

let issuer: Signer
let attacker: Signer
let issuerId: string
let unsigned: Json
let issued: Json

beforeAll(async () => {
  const own = await testKey()
  issuer = own.signer
  issuerId = own.keyPair.controller
  attacker = (await testKey(Uint8Array.from({ length: 32 }, () => 9))).signer
  unsigned = minimalBadge(issuerId)
  issued = await signProof(unsigned, issuer, { id: 'urn:uuid:proof-0' })
})

const verify = (input: unknown, options: VerifyOptions = {}): Promise<VerificationResult> => verifyCredential(input, { now: NOW, ...options })
const codes = (r: VerificationResult): string[] => r.errors.map((e) => `${e.check}:${e.code}`)
const withProofs = (...proofs: Json[]): Json => ({ ...unsigned, proof: proofs })

describe('proof sets: policy "all" (default) — every proof present must verify', () => {
  it('a single issuer proof verifies (baseline)', async () => {
    const r = await verify(issued)
    expect(r.errors).toEqual([])
    expect(r.verified).toBe(true)
  })

  it('#29 a valid issuer proof plus a corrupt copy → proof:CRYPTOGRAPHIC_SECURITY_ERROR for $.proof[1]', async () => {
    const [p0] = proofsOf(issued) as [Json]
    const r = await verify(withProofs(p0, corrupt(p0)))
    expect(r.verified).toBe(false)
    expect(r.errors).toContainEqual(expect.objectContaining({ check: 'proof', code: 'CRYPTOGRAPHIC_SECURITY_ERROR', path: '$.proof[1]' }))
    expect(r.errors.some((e) => e.path?.startsWith('$.proof[0]'))).toBe(false)
  })

  it('#29 an attacker\'s valid proof appended → issuer:ISSUER_KEY_MISMATCH for $.proof[1] (the signature itself is fine)', async () => {
    const both = await signProof(issued, attacker)
    expect(proofsOf(both)).toHaveLength(2)
    const r = await verify(both)
    expect(r.verified).toBe(false)
    expect(codes(r)).toEqual(['issuer:ISSUER_KEY_MISMATCH'])
    expect(r.errors[0]?.path).toBe('$.proof[1].verificationMethod')
    expect(r.checks.find((c) => c.id === 'proof')?.status).toBe('passed')
  })
})

describe('proof sets: policy "any-from-issuer"', () => {
  const anyFromIssuer: VerifyOptions = { proofPolicy: 'any-from-issuer' }

  it('issuer proof + attacker proof → verified; the attacker proof is a warning', async () => {
    const r = await verify(await signProof(issued, attacker), anyFromIssuer)
    expect(r.errors).toEqual([])
    expect(r.verified).toBe(true)
    expect(r.warnings).toContainEqual(expect.objectContaining({ check: 'issuer', code: 'ISSUER_KEY_MISMATCH', path: '$.proof[1].verificationMethod' }))
    expect(r.warnings.find((w) => w.code === 'ISSUER_KEY_MISMATCH')?.message).toMatch(/set aside \(proofPolicy "any-from-issuer"\)/)
  })

  it('issuer proof + corrupt proof → verified; CRYPTOGRAPHIC_SECURITY_ERROR becomes a warning', async () => {
    const [p0] = proofsOf(issued) as [Json]
    const r = await verify(withProofs(corrupt(p0), p0), anyFromIssuer)
    expect(r.verified).toBe(true)
    expect(r.warnings).toContainEqual(expect.objectContaining({ check: 'proof', code: 'CRYPTOGRAPHIC_SECURITY_ERROR', path: '$.proof[0]' }))
  })

  it('only an attacker proof (issuer names the victim) → refused, ISSUER_KEY_MISMATCH stays an error', async () => {
    const r = await verify(await signProof(unsigned, attacker), anyFromIssuer)
    expect(r.verified).toBe(false)
    expect(codes(r)).toContain('issuer:ISSUER_KEY_MISMATCH')
  })

  it('corrupt issuer proof + valid attacker proof → refused, every error kept', async () => {
    const attackerOnly = proofsOf(await signProof(unsigned, attacker))[0] as Json
    const [p0] = proofsOf(issued) as [Json]
    const r = await verify(withProofs(corrupt(p0), attackerOnly), anyFromIssuer)
    expect(r.verified).toBe(false)
    expect(codes(r)).toEqual(expect.arrayContaining(['proof:CRYPTOGRAPHIC_SECURITY_ERROR', 'issuer:ISSUER_KEY_MISMATCH']))
    expect(r.warnings).toEqual([])
  })

  it('an issuer proof chained to a broken proof is not accepted (a chain is only as good as what it signs over)', async () => {
    const [p0] = proofsOf(issued) as [Json]
    const broken = corrupt(p0)
    const chained = await signProof(withProofs(broken), issuer, { previousProof: 'urn:uuid:proof-0', signOver: [broken] })
    const set = await verifyProofSet(unsigned, proofsOf(chained), createDocumentLoader())
    expect(set.proofs.map((p) => p.verified)).toEqual([false, true])
    const r = await verify(chained, anyFromIssuer)
    expect(r.verified).toBe(false)
    expect(r.errors).toContainEqual(expect.objectContaining({ code: 'CRYPTOGRAPHIC_SECURITY_ERROR', path: '$.proof[0]' }))
  })

  it('the default policy is "all" (same input, no option → refused)', async () => {
    expect((await verify(await signProof(issued, attacker))).verified).toBe(false)
    expect((await verify(await signProof(issued, attacker), { proofPolicy: 'all' })).verified).toBe(false)
  })
})

describe('proof chains (previousProof)', () => {
  let p0: Json
  beforeAll(() => { p0 = proofsOf(issued)[0] as Json })

  for (const [what, previousProof] of [['a string', 'urn:uuid:proof-0'], ['an array of strings', ['urn:uuid:proof-0']]] as const) {
    it(`previousProof as ${what}: the chained proof signs over proof 0 and the set verifies`, async () => {
      const chained = await signProof(issued, issuer, { id: 'urn:uuid:proof-1', previousProof, signOver: [p0] })
      const r = await verify(chained)
      expect(r.errors).toEqual([])
      expect(r.verified).toBe(true)
    })
  }

  it('the chained proof is verified over the document WITH the proofs it names (signed without them → CRYPTOGRAPHIC_SECURITY_ERROR)', async () => {
    const notChained = await signProof(issued, issuer, { previousProof: 'urn:uuid:proof-0' })
    const r = await verify(notChained)
    expect(r.errors).toContainEqual(expect.objectContaining({ check: 'proof', code: 'CRYPTOGRAPHIC_SECURITY_ERROR', path: '$.proof[1]' }))
  })

  it('#30 previousProof naming an absent id → PROOF_VERIFICATION_ERROR naming the id', async () => {
    const chained = await signProof(issued, issuer, { previousProof: 'urn:uuid:nowhere', signOver: [p0] })
    const r = await verify(chained)
    const e = r.errors.find((x) => x.path === '$.proof[1].previousProof')
    expect(e).toMatchObject({ check: 'proof', code: 'PROOF_VERIFICATION_ERROR' })
    expect(e?.message).toContain('"urn:uuid:nowhere"')
  })

  const badValues: Array<[string, unknown, string]> = [
    ['a number', 456321, '456321'], ['an empty array', [], '[]'], ['an array with a number', ['urn:uuid:proof-0', 7], '["urn:uuid:proof-0",7]'],
    ['an object', { id: 'urn:uuid:proof-0' }, '{"id":"urn:uuid:proof-0"}'], ['null', null, 'null'],
  ]
  for (const [what, value, shown] of badValues) {
    it(`#30 previousProof ${what} → PROOF_VERIFICATION_ERROR naming the value`, async () => {
      const doc = withProofs(p0, { ...p0, id: 'urn:uuid:proof-1', previousProof: value })
      const r = await verify(doc)
      const e = r.errors.find((x) => x.path === '$.proof[1].previousProof')
      expect(e).toMatchObject({ check: 'proof', code: 'PROOF_VERIFICATION_ERROR' })
      expect(e?.message).toContain(`got ${shown}`)
    })
  }

  it('#30 a proof naming itself is not "another proof"', () => {
    const self = { ...p0, previousProof: 'urn:uuid:proof-0' }
    expect(resolvePreviousProofs([self], 0)).toEqual({ problem: expect.stringContaining('no other proof in the set has that id') })
  })

  it('tampering with proof 0 breaks both proofs of the chain', async () => {
    const chained = await signProof(issued, issuer, { previousProof: 'urn:uuid:proof-0', signOver: [p0] })
    const [a, b] = proofsOf(chained) as [Json, Json]
    const r = await verify({ ...chained, proof: [{ ...a, created: '2025-09-01T10:00:01Z' }, b] })
    expect(r.errors.filter((e) => e.code === 'CRYPTOGRAPHIC_SECURITY_ERROR').map((e) => e.path)).toEqual(['$.proof[0]', '$.proof[1]'])
  })
})

describe('legacy suites and context generations', () => {
  it('eddsa-2022 (pre-standard name) verifies with a LEGACY_CRYPTOSUITE warning, not an error', async () => {
    const legacy = await signProof(unsigned, issuer, { cryptosuite: 'eddsa-2022' })
    expect((legacy.proof as Json).cryptosuite).toBe('eddsa-2022')
    const r = await verify(legacy)
    expect(r.errors).toEqual([])
    expect(r.verified).toBe(true)
    expect(r.warnings.filter((w) => w.check === 'proof')).toEqual([expect.objectContaining({ code: 'LEGACY_CRYPTOSUITE', path: '$.proof.cryptosuite' })])
  })

  it('eddsa-2022 is not a bypass: tampered → CRYPTOGRAPHIC_SECURITY_ERROR; relabelling an eddsa-rdfc-2022 proof → CRYPTOGRAPHIC_SECURITY_ERROR', async () => {
    const legacy = await signProof(unsigned, issuer, { cryptosuite: 'eddsa-2022' })
    expect(codes(await verify({ ...legacy, name: 'Iets anders' }))).toContain('proof:CRYPTOGRAPHIC_SECURITY_ERROR')
    const relabelled = { ...issued, proof: { ...(proofsOf(issued)[0] as Json), cryptosuite: 'eddsa-2022' } }
    expect(codes(await verify(relabelled))).toContain('proof:CRYPTOGRAPHIC_SECURITY_ERROR')
  })

  it('Ed25519Signature2020 verifies without warnings', async () => {
    const v1 = minimalBadge(issuerId)
    v1['@context'] = [...(v1['@context'] as string[]), 'https://w3id.org/security/suites/ed25519-2020/v1']
    const signed = await jsigs.sign(v1, { suite: createSigningSuite('Ed25519Signature2020', issuer, new Date('2025-09-01T00:00:00Z')), purpose: new jsigs.purposes.AssertionProofPurpose(), documentLoader: createDocumentLoader() })
    const r = await verify(signed)
    expect(r.errors).toEqual([])
    expect(r.warnings.filter((w) => w.check === 'proof')).toEqual([])
  })

  // OB 3.0 context generations: context.json (3.0.0) and 3.0.1 go with VCDM 1.1 (they redefine terms the
  // protected v2 context defines), 3.0.2 and 3.0.3 with VCDM 2.0.
  for (const ob of OB_V3_CONTEXTS) {
    const v1 = ob.endsWith('/context.json') || ob.endsWith('context-3.0.1.json')
    it(`OB context ${ob.split('/').pop()} (VCDM ${v1 ? '1.1, Ed25519Signature2020' : '2.0, eddsa-rdfc-2022'}) verifies`, async () => {
      const badge: Json = { ...minimalBadge(issuerId), '@context': [VC_V2_CONTEXT, ob] }
      let signed: Json
      if (v1) {
        badge['@context'] = ['https://www.w3.org/2018/credentials/v1', ob, 'https://w3id.org/security/suites/ed25519-2020/v1']
        delete badge.validFrom
        badge.issuanceDate = '2025-09-01T00:00:00Z'
        signed = await jsigs.sign(badge, { suite: createSigningSuite('Ed25519Signature2020', issuer, new Date('2025-09-01T00:00:00Z')), purpose: new jsigs.purposes.AssertionProofPurpose(), documentLoader: createDocumentLoader() })
      } else {
        signed = await issueCredential(badge, issuer, { now: '2025-09-01T10:00:00Z' })
      }
      const r = await verify(signed)
      expect(r.errors).toEqual([])
      expect(r.verified).toBe(true)
      expect(codes(await verify({ ...signed, name: 'Anders' }))).toContain('proof:CRYPTOGRAPHIC_SECURITY_ERROR')
    })
  }

  it('#11 a proof without type → proof:PROOF_VERIFICATION_ERROR (malformed), not a transformation error', async () => {
    const { type: _t, ...untyped } = proofsOf(issued)[0] as Json
    void _t
    const r = await verify({ ...unsigned, proof: untyped })
    expect(r.errors).toContainEqual(expect.objectContaining({ check: 'proof', code: 'PROOF_VERIFICATION_ERROR', path: '$.proof.type' }))
  })

  it('verifyProofSet: an empty set is not verified', async () => {
    expect(await verifyProofSet(unsigned, [], createDocumentLoader())).toEqual({ verified: false, proofs: [] })
  })
})
