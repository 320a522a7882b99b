import jsigs from 'jsonld-signatures'
import { beforeAll, describe, expect, it } from 'vitest'
import { issueCredential, type SignedCredential } from '../../src/issue/index.js'
import { createSigningSuite } from '../../src/issue/signing-suite.js'
import { createDocumentLoader } from '../../src/loader/index.js'
import { verifyCredential, type VerificationResult } from '../../src/verify/index.js'
import { minimalBadge, NOW, testKey } from '../helpers/credentials.js'

let signed: SignedCredential
const clone = (): Record<string, any> => structuredClone(signed) as Record<string, any>
const codes = (r: VerificationResult): string[] => r.errors.map((e) => `${e.check}:${e.code}`)

beforeAll(async () => {
  const { keyPair, signer } = await testKey()
  signed = await issueCredential(minimalBadge(keyPair.controller), signer, { now: '2025-09-01T10:00:00Z' })
})

describe('tampering a signed credential fails in the right check', () => {
  it('the untouched credential verifies, with every check reported', async () => {
    const r = await verifyCredential(signed, { now: NOW })
    expect(r.verified).toBe(true)
    expect(r.checks.map((c) => `${c.id}:${c.status}`)).toEqual([
      'parse:passed', 'limits:passed', 'context:passed', 'schema:passed', 'proof:passed', 'issuer:passed',
      'validity:passed', 'status:skipped', 'recipient:skipped', 'endorsements:skipped',
    ])
    expect(r.credential).toBe(signed)
  })

  const edits: Array<[string, (c: Record<string, any>) => void]> = [
    ['name', (c) => { c.name = 'Gevorderde zorg' }],
    ['issuer.name', (c) => { c.issuer.name = 'Another school' }],
    ['validFrom', (c) => { c.validFrom = '2025-08-01T00:00:00Z' }],
    ['achievement.criteria.narrative', (c) => { c.credentialSubject.achievement.criteria.narrative = 'No assessment.' }],
    ['credentialSubject.id', (c) => { c.credentialSubject.id = 'did:example:someone-else' }],
    ['proof.created', (c) => { c.proof[0].created = '2025-09-01T10:00:01Z' }],
    ['the OB context version (3.0.3 -> 3.0.2)', (c) => { c['@context'][1] = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json' }],
  ]
  for (const [what, edit] of edits) {
    it(`editing ${what} fails the proof with CRYPTOGRAPHIC_SECURITY_ERROR`, async () => {
      const c = clone()
      edit(c)
      const r = await verifyCredential(c, { now: NOW })
      expect(r.verified).toBe(false)
      expect(codes(r)[0]).toBe('proof:CRYPTOGRAPHIC_SECURITY_ERROR')
    })
  }

  it('pointing proof.verificationMethod at another key fails the issuer binding and the proof', async () => {
    const other = await testKey(Uint8Array.from({ length: 32 }, () => 7))
    const c = clone()
    c.proof[0].verificationMethod = other.keyPair.id
    const r = await verifyCredential(c, { now: NOW })
    expect(codes(r)).toContain('issuer:ISSUER_KEY_MISMATCH')
    expect(codes(r)).toContain('proof:CRYPTOGRAPHIC_SECURITY_ERROR')
  })

  it('a context URL outside the pinned bundle fails the context check and names the URL', async () => {
    const c = clone()
    const index = c['@context'].push('https://example.org/evil-context.json') - 1
    const r = await verifyCredential(c, { now: NOW })
    expect(r.errors[0]).toMatchObject({ check: 'context', code: 'UNTRUSTED_CONTEXT', path: `$["@context"][${index}]` })
    expect(r.errors[0]?.message).toContain('https://example.org/evil-context.json')
  })

  it('an inline context replacing a URL fails the context check', async () => {
    const c = clone()
    c['@context'][1] = { name: 'https://schema.org/name' }
    const r = await verifyCredential(c, { now: NOW })
    expect(codes(r)).toContain('context:UNTRUSTED_CONTEXT')
    expect(r.verified).toBe(false)
  })

  it('an undefined term added after signing is data loss (safe mode), reported under context', async () => {
    const c = clone()
    c.credentialSubject.nickname = 'Sam'
    const r = await verifyCredential(c, { now: NOW })
    expect(codes(r)).toContain('context:DATA_LOSS_DETECTION_ERROR')
    expect(r.verified).toBe(false)
  })

  it('expired and tampered: the proof failure comes first', async () => {
    const c = clone()
    c.name = 'Edited'
    const r = await verifyCredential(c, { now: '2099-01-01T00:00:00Z' })
    c.validUntil = '2025-12-01T00:00:00Z'
    const r2 = await verifyCredential(c, { now: NOW })
    expect(codes(r)[0]).toBe('proof:CRYPTOGRAPHIC_SECURITY_ERROR')
    expect(codes(r2)[0]).toBe('proof:CRYPTOGRAPHIC_SECURITY_ERROR')
    expect(codes(r2)).toContain('validity:EXPIRED')
  })

  it('benign changes still verify: key order and whitespace', async () => {
    const reordered = Object.fromEntries(Object.entries(clone()).reverse())
    expect((await verifyCredential(reordered, { now: NOW })).verified).toBe(true)
    expect((await verifyCredential(JSON.stringify(signed, null, 7), { now: NOW })).verified).toBe(true)
  })

  it('an attacker signing with its own key while naming the victim as issuer is refused', async () => {
    const attacker = await testKey(Uint8Array.from({ length: 32 }, () => 9))
    const victim = await testKey()
    const forged = await jsigs.sign(minimalBadge(victim.keyPair.controller), {
      suite: createSigningSuite('eddsa-rdfc-2022', attacker.signer, new Date('2025-09-01T00:00:00Z')),
      purpose: new jsigs.purposes.AssertionProofPurpose(),
      documentLoader: createDocumentLoader(),
    })
    const r = await verifyCredential(forged, { now: NOW })
    expect(codes(r)).toContain('issuer:ISSUER_KEY_MISMATCH')
    expect(r.verified).toBe(false)
  })
})
