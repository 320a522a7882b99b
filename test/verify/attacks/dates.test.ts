/**
 * security.md §5, cases 25-27: validity periods and proof dates, against an injected clock with the
 * default 300 s skew. Every credential is signed, so only the dates are at fault.
 */
import { describe, expect, it } from 'vitest'
import { minimalBadge } from '../../helpers/credentials.js'
import { codes, expectRejected, signRaw, signWithSuite, verify, victimKey, type Json } from './helpers.js'

const NOW = '2026-01-01T00:00:00Z'

/** A VCDM 2.0 badge with these top-level fields, signed (without safe-mode complaints: dates are defined terms). */
async function v2(fields: Json): Promise<Json> {
  const { keyPair, signer } = await victimKey()
  return signWithSuite({ ...minimalBadge(keyPair.controller), ...fields }, signer)
}

/** A VCDM 1.1 badge (issuanceDate / expirationDate), signed with Ed25519Signature2020. */
async function v1(fields: Json): Promise<Json> {
  const { keyPair, signer } = await victimKey()
  const badge = minimalBadge(keyPair.controller) as Json
  badge['@context'] = ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context.json', 'https://w3id.org/security/suites/ed25519-2020/v1']
  delete badge.validFrom
  return signWithSuite({ ...badge, ...fields }, signer, { format: 'Ed25519Signature2020' })
}

describe('#25 outside the validity period', () => {
  it('#25 validFrom after now + skew → validity/NOT_YET_VALID', async () => {
    const c = await v2({ validFrom: '2026-01-01T00:05:01Z' })
    expect(codes(await verify(c, { now: NOW }))).toEqual(['validity:NOT_YET_VALID'])
    expect((await verify(c, { now: '2026-01-01T00:00:02Z' })).verified).toBe(true) // within the skew
  })

  it('#25 validUntil before now − skew → validity/EXPIRED', async () => {
    const c = await v2({ validUntil: '2025-12-31T23:54:59Z' })
    const r = await verify(c, { now: NOW })
    expectRejected(r, 'validity:EXPIRED')
    expect(codes(r)).toEqual(['validity:EXPIRED'])
    expect((await verify(c, { now: '2025-12-31T23:59:58Z' })).verified).toBe(true)
  })

  it('#25 VCDM 1.1 issuanceDate in the future → validity/NOT_YET_VALID', async () => {
    const c = await v1({ issuanceDate: '2026-02-01T00:00:00Z' })
    expect((await verify(c, { now: '2026-03-01T00:00:00Z' })).verified).toBe(true)
    const r = await verify(c, { now: NOW })
    expectRejected(r, 'validity:NOT_YET_VALID')
    expect(r.errors.find((e) => e.code === 'NOT_YET_VALID')?.path).toBe('$.issuanceDate')
  })

  it('#25 VCDM 1.1 expirationDate in the past → validity/EXPIRED', async () => {
    const c = await v1({ issuanceDate: '2025-01-01T00:00:00Z', expirationDate: '2025-06-01T00:00:00Z' })
    const r = await verify(c, { now: NOW })
    expectRejected(r, 'validity:EXPIRED')
    expect(r.errors.find((e) => e.code === 'EXPIRED')?.path).toBe('$.expirationDate')
  })

  it('#25 clockSkewSeconds 0 makes a credential that expired a second ago fail', async () => {
    const c = await v2({ validUntil: '2025-12-31T23:59:59Z' })
    expect((await verify(c, { now: NOW })).verified).toBe(true)
    expectRejected(await verify(c, { now: NOW, clockSkewSeconds: 0 }), 'validity:EXPIRED')
  })
})

describe('#26 malformed dates → validity/MALFORMED_VALUE_ERROR', () => {
  const cases: Array<[string, Json]> = [
    ['validUntil before validFrom', { validFrom: '2025-09-01T00:00:00Z', validUntil: '2025-08-01T00:00:00Z' }],
    ['validFrom without a time zone', { validFrom: '2025-09-01T00:00:00' }],
    ['validUntil without a time zone', { validUntil: '2027-09-01T00:00:00' }],
    ['validFrom a date only', { validFrom: '2025-09-01' }],
    ['validFrom month 13', { validFrom: '2025-13-01T00:00:00Z' }],
    ['validFrom with a lower-case "t" and slash', { validFrom: '2025/09/01t00:00:00Z' }],
    ['validFrom in words', { validFrom: 'yesterday' }],
    ['validFrom a number', { validFrom: 1756684800 }],
    ['validFrom day 31 in a 30-day month', { validFrom: '2025-09-31T00:00:00Z' }],
  ]
  for (const [what, fields] of cases) {
    it(`#26 ${what} → validity/MALFORMED_VALUE_ERROR`, async () => {
      const { keyPair, signer } = await victimKey()
      const c = await signRaw({ ...minimalBadge(keyPair.controller), ...fields }, signer)
      const r = await verify(c, { now: NOW })
      expectRejected(r, 'validity:MALFORMED_VALUE_ERROR')
      expect(r.checks.find((x) => x.id === 'proof')?.status).toBe('passed')
    })
  }

  it('#26 VCDM 1.1 expirationDate before issuanceDate → validity/MALFORMED_VALUE_ERROR', async () => {
    const c = await v1({ issuanceDate: '2025-09-01T00:00:00Z', expirationDate: '2025-08-01T00:00:00Z' })
    expectRejected(await verify(c, { now: '2025-08-15T00:00:00Z' }), 'validity:MALFORMED_VALUE_ERROR')
  })
})

describe('#27 proof dates', () => {
  it('#27 proof.expires in the past → validity/PROOF_EXPIRED', async () => {
    const { keyPair, signer } = await victimKey()
    const c = await signRaw(minimalBadge(keyPair.controller), signer, { proof: { expires: '2025-12-01T00:00:00Z' } })
    expect((await verify(c, { now: '2025-11-01T00:00:00Z' })).verified).toBe(true)
    const r = await verify(c, { now: NOW })
    expectRejected(r, 'validity:PROOF_EXPIRED')
    expect(codes(r)).toEqual(['validity:PROOF_EXPIRED'])
  })

  it('#27 proof.created far in the future → validity/NOT_YET_VALID', async () => {
    const { keyPair, signer } = await victimKey()
    const c = await signWithSuite(minimalBadge(keyPair.controller), signer, { created: '2030-01-01T00:00:00Z' })
    const r = await verify(c, { now: NOW })
    expectRejected(r, 'validity:NOT_YET_VALID')
    expect(r.errors.find((e) => e.code === 'NOT_YET_VALID')?.path).toMatch(/^\$\.proof(\[0\])?\.created$/)
  })

  it('#27 proof.created a minute ahead (within the skew) still verifies', async () => {
    const { keyPair, signer } = await victimKey()
    const c = await signWithSuite(minimalBadge(keyPair.controller), signer, { created: '2026-01-01T00:01:00Z' })
    expect((await verify(c, { now: NOW })).verified).toBe(true)
  })
})

describe('calendar edge cases', () => {
  it('29 February exists only in leap years', async () => {
    const { keyPair, signer } = await victimKey()
    const leap = await signRaw({ ...minimalBadge(keyPair.controller), validFrom: '2024-02-29T00:00:00Z' }, signer)
    expect((await verify(leap, { now: NOW })).verified).toBe(true)
    const notLeap = await signRaw({ ...minimalBadge(keyPair.controller), validFrom: '2025-02-29T00:00:00Z' }, signer)
    expectRejected(await verify(notLeap, { now: NOW }), 'validity:MALFORMED_VALUE_ERROR')
  })
})
