import jsigs from 'jsonld-signatures'
import { beforeAll, describe, expect, it } from 'vitest'
import { issueCredential, type SignedCredential } from '../../src/issue/index.js'
import { createSigningSuite } from '../../src/issue/signing-suite.js'
import { createDocumentLoader } from '../../src/loader/index.js'
import { createVerifier, verifyCredential } from '../../src/verify/index.js'
import { minimalBadge, NOW, testKey } from '../helpers/credentials.js'

let signed: SignedCredential
let issuerId: string
beforeAll(async () => {
  const { keyPair, signer } = await testKey()
  issuerId = keyPair.controller
  const badge: Record<string, unknown> = { ...minimalBadge(issuerId), validUntil: '2027-09-01T00:00:00Z' }
  ;(badge.credentialSubject as Record<string, unknown>).identifier = [{
    type: 'IdentityObject', hashed: true, identityType: 'emailAddress', salt: 'zout-1234',
    identityHash: 'sha256$' + (await sha256Hex('sam@example.nl' + 'zout-1234')),
  }]
  signed = await issueCredential(badge, signer, { now: '2025-09-01T10:00:00Z' })
})

const proof0 = (): Record<string, unknown> => (signed.proof as Array<Record<string, unknown>>)[0] as Record<string, unknown>

async function sha256Hex(s: string): Promise<string> {
  const { createHash } = await import('node:crypto')
  return createHash('sha256').update(s).digest('hex')
}

describe('verifyCredential: input handling (never throws)', () => {
  const bad: Array<[string, unknown]> = [
    ['null', null], ['a number', 42], ['an array', []], ['invalid JSON text', '{"a":'],
    ['JSON with duplicate keys', '{"id":"a","id":"b"}'], ['JSON with __proto__', '{"__proto__":{"polluted":true}}'],
    ['a compact JWS carrying no credential', 'eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJ4In0.c2ln'], ['PNG bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])],
  ]
  for (const [what, input] of bad) {
    it(`${what}: PARSING_ERROR and every later check skipped`, async () => {
      const r = await verifyCredential(input)
      expect(r.verified).toBe(false)
      expect(r.errors).toHaveLength(1)
      expect(r.errors[0]).toMatchObject({ check: 'parse', code: 'PARSING_ERROR' })
      expect(r.checks.filter((c) => c.status === 'skipped')).toHaveLength(9)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    })
  }

  it('accepts JSON text and UTF-8 bytes as well as objects', async () => {
    const text = JSON.stringify(signed)
    expect((await verifyCredential(text, { now: NOW })).verified).toBe(true)
    expect((await verifyCredential(new TextEncoder().encode(text), { now: NOW })).verified).toBe(true)
  })

  it('input over the limits: RESOURCE_LIMIT_EXCEEDED before any JSON-LD work', async () => {
    let deep: Record<string, unknown> = {}
    const root = deep
    for (let i = 0; i < 200; i++) deep = (deep.next = {}) as Record<string, unknown>
    const r = await verifyCredential({ ...signed, deep: root }, { now: NOW })
    expect(r.errors[0]).toMatchObject({ check: 'limits', code: 'RESOURCE_LIMIT_EXCEEDED' })
    const big = await verifyCredential(JSON.stringify(signed), { now: NOW, limits: { maxBytes: 100 } })
    expect(big.errors[0]?.code).toBe('RESOURCE_LIMIT_EXCEEDED')
  })

  it('a credential without proof: PROOF_MISSING', async () => {
    const { proof: _p, ...unsigned } = signed
    const r = await verifyCredential(unsigned, { now: NOW })
    expect(r.errors.map((e) => e.code)).toEqual(['PROOF_MISSING'])
  })

  it('unknown proof type and unknown cryptosuite: PROOF_TRANSFORMATION_ERROR', async () => {
    const a = await verifyCredential({ ...signed, proof: { ...proof0(), cryptosuite: 'eddsa-rdf-2022' } }, { now: NOW })
    expect(a.errors[0]).toMatchObject({ check: 'proof', code: 'PROOF_TRANSFORMATION_ERROR', path: '$.proof.cryptosuite' })
    const b = await verifyCredential({ ...signed, proof: { ...proof0(), type: 'BbsProof' } }, { now: NOW })
    expect(b.errors[0]).toMatchObject({ check: 'proof', code: 'PROOF_TRANSFORMATION_ERROR' })
  })

  it('wrong proofPurpose or a short proofValue: PROOF_VERIFICATION_ERROR', async () => {
    const a = await verifyCredential({ ...signed, proof: { ...proof0(), proofPurpose: 'authentication' } }, { now: NOW })
    expect(a.errors[0]).toMatchObject({ check: 'proof', code: 'PROOF_VERIFICATION_ERROR', path: '$.proof.proofPurpose' })
    const b = await verifyCredential({ ...signed, proof: { ...proof0(), proofValue: 'z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk' } }, { now: NOW })
    expect(b.errors[0]).toMatchObject({ check: 'proof', code: 'PROOF_VERIFICATION_ERROR', path: '$.proof.proofValue' })
  })

  it('every proof of a set must verify', async () => {
    const garbage = { ...proof0(), proofValue: (proof0() as { proofValue: string }).proofValue.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) }
    const r = await verifyCredential({ ...signed, proof: [proof0(), garbage] }, { now: NOW })
    expect(r.verified).toBe(false)
    expect(r.errors.some((e) => e.path === '$.proof[1]' || e.path === '$.proof[1].proofValue')).toBe(true)
  })
})

describe('verifyCredential: validity (injected clock, skew)', () => {
  it('not yet valid, expired, and the clock skew', async () => {
    expect((await verifyCredential(signed, { now: '2025-08-31T00:00:00Z' })).errors.map((e) => e.code)).toContain('NOT_YET_VALID')
    expect((await verifyCredential(signed, { now: '2027-09-02T00:00:00Z' })).errors.map((e) => e.code)).toEqual(['EXPIRED'])
    expect((await verifyCredential(signed, { now: '2027-09-01T00:04:00Z' })).verified).toBe(true)
    expect((await verifyCredential(signed, { now: '2027-09-01T00:04:00Z', clockSkewSeconds: 0 })).verified).toBe(false)
  })

  it('a bad options.now is reported, not thrown', async () => {
    const r = await verifyCredential(signed, { now: 'yesterday' })
    expect(r.errors[0]).toMatchObject({ code: 'MALFORMED_VALUE_ERROR' })
  })
})

describe('verifyCredential: status and recipient', () => {
  it('credentialStatus without a checker fails closed; a checker decides otherwise', async () => {
    const { keyPair, signer } = await testKey()
    const withStatus = await issueCredential({ ...minimalBadge(keyPair.controller), credentialStatus: { id: 'https://example.nl/status/1#5', type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '5', statusListCredential: 'https://example.nl/status/1' } }, signer, { now: '2025-09-01T10:00:00Z' })
    expect((await verifyCredential(withStatus, { now: NOW })).errors.map((e) => e.code)).toEqual(['STATUS_UNCHECKED'])
    expect((await verifyCredential(withStatus, { now: NOW, statusChecker: async () => [] })).verified).toBe(true)
    const revoked = await verifyCredential(withStatus, { now: NOW, statusChecker: async () => [{ code: 'REVOKED', check: 'status', message: 'revoked' }] })
    expect(revoked.errors.map((e) => e.code)).toEqual(['REVOKED'])
  })

  it('expected recipient: hashed e-mail with salt, and a plain id', async () => {
    expect((await verifyCredential(signed, { now: NOW, expectedRecipient: { identity: 'sam@example.nl' } })).verified).toBe(true)
    expect((await verifyCredential(signed, { now: NOW, expectedRecipient: { identity: ' Sam@Example.nl ' } })).verified).toBe(true)
    const other = await verifyCredential(signed, { now: NOW, expectedRecipient: { identity: 'kim@example.nl' } })
    expect(other.errors.map((e) => e.code)).toEqual(['RECIPIENT_NOT_MATCHED'])
    expect((await verifyCredential(signed, { now: NOW, expectedRecipient: { id: 'did:example:learner-1' } })).verified).toBe(true)
  })

  it('trusted issuers', async () => {
    expect((await verifyCredential(signed, { now: NOW, trustedIssuers: [issuerId] })).verified).toBe(true)
    const r = await verifyCredential(signed, { now: NOW, trustedIssuers: ['did:web:example.nl'] })
    expect(r.errors.map((e) => e.code)).toEqual(['UNTRUSTED_ISSUER'])
  })
})

describe('legacy input', () => {
  it('a VCDM 1.1 badge (issuanceDate, OB context 3.0.0, Ed25519Signature2020) verifies', async () => {
    const { keyPair, signer } = await testKey()
    const v1 = minimalBadge(keyPair.controller)
    v1['@context'] = ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context.json', 'https://w3id.org/security/suites/ed25519-2020/v1']
    delete v1.validFrom
    v1.issuanceDate = '2025-09-01T00:00:00Z'
    const legacy = await jsigs.sign(v1, { suite: createSigningSuite('Ed25519Signature2020', signer, new Date('2025-09-01T00:00:00Z')), purpose: new jsigs.purposes.AssertionProofPurpose(), documentLoader: createDocumentLoader() })
    const r = await verifyCredential(legacy, { now: NOW })
    expect(r.errors).toEqual([])
    expect(r.verified).toBe(true)
  })

  it('a verifier made once verifies many credentials', async () => {
    const verifier = createVerifier({ now: NOW })
    for (let i = 0; i < 3; i++) expect((await verifier.verify(signed)).verified).toBe(true)
  })
})
