/**
 * Resource limits on canonicalisation (security.md §1.12, §5 #37): poison graphs yield
 * `limits:RESOURCE_LIMIT_EXCEEDED` quickly instead of a hang, while rich benign credentials verify.
 */
import jsigs from 'jsonld-signatures'
import { beforeAll, describe, expect, it } from 'vitest'
import { issueCredential } from '../../src/issue/index.js'
import { createSigningSuite } from '../../src/issue/signing-suite.js'
import type { Signer } from '../../src/keys/index.js'
import { createDocumentLoader } from '../../src/loader/index.js'
import { CanonicalisationBudget, DEFAULT_CANONICALISATION_LIMITS, findOversizedArray } from '../../src/proofs/canonicalisation-limits.js'
import { classify } from '../../src/proofs/verify-proof.js'
import { DEFAULT_LIMITS, verifyCredential, type VerificationResult, type VerifyOptions } from '../../src/verify/index.js'
import { buildExample } from '../build/helpers.js'
import { minimalBadge, NOW, testKey } from '../helpers/credentials.js'
import { signProof, type Json } from '../helpers/sign.js'

let signer: Signer
let issuerId: string
let signed: Json
let legacy: Json

beforeAll(async () => {
  const k = await testKey()
  signer = k.signer
  issuerId = k.keyPair.controller
  signed = await issueCredential(minimalBadge(issuerId), signer, { now: '2025-09-01T10:00:00Z' })
  const v1 = minimalBadge(issuerId)
  v1['@context'] = ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context.json', 'https://w3id.org/security/suites/ed25519-2020/v1']
  delete v1.validFrom
  v1.issuanceDate = '2025-09-01T00:00:00Z'
  legacy = await jsigs.sign(v1, { suite: createSigningSuite('Ed25519Signature2020', signer, new Date('2025-09-01T00:00:00Z')), purpose: new jsigs.purposes.AssertionProofPurpose(), documentLoader: createDocumentLoader() })
})

const verify = (input: unknown, options: VerifyOptions = {}): Promise<VerificationResult> => verifyCredential(input, { now: NOW, ...options })
const codes = (r: VerificationResult): string[] => r.errors.map((e) => `${e.check}:${e.code}`)

/** Identical anonymous Profiles two per level: 2^depth leaves, every blank node shares its first-degree hash with its twin. */
function twinTree(depth: number): Json {
  if (depth === 0) return { type: 'Profile', name: 'afdeling' }
  const child = twinTree(depth - 1)
  return { type: 'Profile', parentOrg: [child, structuredClone(child)] }
}

/** A chain of anonymous Profiles ending in an empty one (security.md's "3-node chain" shape, longer). */
function anonymousChain(length: number): Json {
  let node: Json = { type: 'Profile' }
  for (let i = 0; i < length; i++) node = { type: 'Profile', parentOrg: node }
  return node
}

/** Adds the poison under `issuer.parentOrg` of a signed credential. */
const poisoned = (base: Json, poison: Json): Json => ({ ...base, issuer: { ...base.issuer, parentOrg: poison } })

/** Rejected by the limits check during canonicalisation, quickly. */
async function expectLimit(input: Json, options: VerifyOptions = {}, message?: RegExp): Promise<VerificationResult> {
  const started = performance.now()
  const r = await verify(input, options)
  expect(performance.now() - started).toBeLessThan(DEFAULT_CANONICALISATION_LIMITS.canonicalisationMs)
  expect(r.verified).toBe(false)
  expect(codes(r)).toContain('limits:RESOURCE_LIMIT_EXCEEDED')
  expect(r.checks.find((c) => c.id === 'limits')?.status).toBe('failed')
  if (message) expect(r.errors.find((e) => e.check === 'limits')?.message).toMatch(message)
  return r
}

describe('defaults', () => {
  it('DEFAULT_LIMITS carries the canonicalisation defaults', () => {
    expect(DEFAULT_LIMITS).toMatchObject({ maxArrayItems: 1000, maxWorkFactor: 1, canonicalisationMs: 2000 })
    expect(DEFAULT_CANONICALISATION_LIMITS).toEqual({ maxArrayItems: 1000, maxWorkFactor: 1, canonicalisationMs: 2000 })
  })

  it('rdf-canonize errors are classified as RESOURCE_LIMIT_EXCEEDED', () => {
    expect(classify(new Error('Maximum deep iterations exceeded (2).'))).toMatchObject({ verified: false, code: 'RESOURCE_LIMIT_EXCEEDED' })
    expect(classify(new Error('Abort signal received: "x".'))).toMatchObject({ verified: false, code: 'RESOURCE_LIMIT_EXCEEDED' })
  })
})

describe('many sibling blank nodes (jsonld.js node map is quadratic in array length)', () => {
  const siblings = (n: number): Json[] => Array.from({ length: n }, () => ({ type: 'Evidence', name: 'bewijs' }))

  it('15,000 identical evidence objects (under the 50,000-value limit) → limits:RESOURCE_LIMIT_EXCEEDED before any JSON-LD work, every later check skipped', async () => {
    const r = await expectLimit({ ...signed, evidence: siblings(15_000) }, {}, /\$\.evidence has 15000 items; the limit is 1000/)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]?.path).toBe('$.evidence')
    expect(r.checks.find((c) => c.id === 'proof')?.status).toBe('skipped')
  })

  it('a higher limits.maxArrayItems lets it through to canonicalisation, where the time budget stops it', async () => {
    const r = await verify({ ...signed, evidence: siblings(3_000) }, { limits: { maxArrayItems: 5_000, canonicalisationMs: 5 } })
    expect(codes(r)).toContain('limits:RESOURCE_LIMIT_EXCEEDED')
    expect(r.errors.find((e) => e.check === 'limits')?.message).toMatch(/canonicali[sz]ation (took longer than the 5 ms budget|was aborted)/)
    expect(r.errors).toContainEqual(expect.objectContaining({ check: 'proof', code: 'PROOF_VERIFICATION_ERROR', path: expect.stringMatching(/^\$\.proof/) }))
  })

  it('findOversizedArray reports the first array over the limit with its path', () => {
    expect(findOversizedArray({ a: [1, 2], b: { 'c-d': [1, 2, 3] } }, 2)).toEqual({ path: '$.b["c-d"]', length: 3 })
    expect(findOversizedArray({ a: [1, 2], b: [[1, 2]] }, 2)).toBeUndefined()
  })
})

describe('blank-node hashing work (rdf-canonize maxWorkFactor)', () => {
  it('a binary tree of identical anonymous objects (depth 8, ~10 KB) → limits:RESOURCE_LIMIT_EXCEEDED fast (maxWorkFactor 2 would take seconds)', async () => {
    const input = poisoned(signed, twinTree(8))
    expect(JSON.stringify(input).length).toBeLessThan(20_000)
    const r = await expectLimit(input, {}, /Maximum deep iterations exceeded.*raise limits\.maxWorkFactor/)
    expect(r.errors).toContainEqual(expect.objectContaining({ check: 'proof', code: 'PROOF_VERIFICATION_ERROR', path: expect.stringMatching(/^\$\.proof/) }))
  })

  it('a deep chain of anonymous objects (40 levels) → limits:RESOURCE_LIMIT_EXCEEDED under the default maxWorkFactor 1', async () => {
    await expectLimit(poisoned(signed, anonymousChain(40)))
  })

  it('…and limits.maxWorkFactor 2 canonicalises it: then the edited credential fails on its signature, not on limits', async () => {
    const r = await verify(poisoned(signed, anonymousChain(40)), { limits: { maxWorkFactor: 2 } })
    expect(codes(r)).not.toContain('limits:RESOURCE_LIMIT_EXCEEDED')
    expect(codes(r)).toContain('proof:CRYPTOGRAPHIC_SECURITY_ERROR')
  })

  it('the bound reaches Ed25519Signature2020 canonicalisation too (canonizeOptions)', async () => {
    expect((await verify(legacy)).verified).toBe(true)
    await expectLimit(poisoned(legacy, twinTree(8)))
  })
})

describe('time budget (limits.canonicalisationMs)', () => {
  it('a spent budget refuses at once', async () => {
    const r = await verify(signed, { limits: { canonicalisationMs: 0 } })
    expect(codes(r)).toEqual(['limits:RESOURCE_LIMIT_EXCEEDED', 'proof:PROOF_VERIFICATION_ERROR'])
    expect(r.errors[0]?.message).toContain('0 ms budget')
  })

  it('the default budget leaves a benign credential alone', async () => {
    expect((await verify(signed)).verified).toBe(true)
  })

  it('CanonicalisationBudget: run() rejects when the work finishes late, aborts its signal at the deadline', async () => {
    let t = 0
    const budget = new CanonicalisationBudget(100, () => t)
    await expect(budget.run(async () => { t = 150; return 1 })).rejects.toThrow(/100 ms budget/)
    const fresh = new CanonicalisationBudget(10)
    const signal = fresh.signal
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(signal.aborted).toBe(true)
    fresh.dispose()
    const ok = new CanonicalisationBudget(1000)
    await expect(ok.run(async () => 'done')).resolves.toBe('done')
    ok.dispose()
  })
})

describe('rich benign credentials still verify under the defaults (no false positives)', () => {
  for (const name of ['mbo-zorg-microcredential', 'hbo-data-microcredential'] as const) {
    it(`${name}: built, issued and verified with the default limits`, async () => {
      const built = buildExample(name) as Json
      built.issuer = { ...built.issuer, id: issuerId }
      const issued = await issueCredential(built, signer, { now: '2025-09-01T12:34:56Z' })
      const r = await verify(issued, { statusChecker: async () => [] })
      expect(r.errors).toEqual([])
      expect(r.verified).toBe(true)
    })
  }

  it('twin anonymous objects and a 3-node anonymous chain with content (benign shapes) verify', async () => {
    const badge = minimalBadge(issuerId)
    badge.evidence = [{ type: ['Evidence'], name: 'portfolio' }, { type: ['Evidence'], name: 'portfolio' }]
    badge.issuer = { ...(badge.issuer as Json), parentOrg: { type: 'Profile', name: 'faculteit', parentOrg: { type: 'Profile', name: 'instelling' } } }
    const issued = await signProof(badge, signer)
    const r = await verify(issued)
    expect(r.checks.find((c) => c.id === 'proof')?.status).toBe('passed')
    expect(codes(r).filter((c) => c.startsWith('limits') || c.startsWith('proof'))).toEqual([])
  })
})
