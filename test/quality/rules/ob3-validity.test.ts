import { describe, expect, it } from 'vitest'
import { findingsOf, validHbo, validMbo } from '../helpers.js'

const RULE = 'OB3-VALIDITY'

describe(RULE, () => {
  it('passes the valid examples', () => {
    expect(findingsOf(validMbo(), 'mbo', RULE)).toEqual([])
    expect(findingsOf(validHbo(), 'hbo', RULE)).toEqual([])
  })

  it('fails validUntil before validFrom', () => {
    const cred = validHbo()
    cred.validUntil = '2025-07-03T23:59:59Z'
    expect(findingsOf(cred, 'hbo', RULE)).toEqual([expect.objectContaining({ rule: RULE, severity: 'error', path: '$.validUntil' })])
  })

  it('fails validUntil equal to validFrom, also when written with another offset', () => {
    const cred = validHbo()
    cred.validUntil = '2025-07-04T02:00:00+02:00'
    expect(findingsOf(cred, 'eu', RULE).map((f) => f.path)).toEqual(['$.validUntil'])
    cred.validUntil = '2025-07-04T02:00:01+02:00'
    expect(findingsOf(cred, 'eu', RULE)).toEqual([])
  })

  it('fails a date without a time zone', () => {
    const cred = validMbo()
    cred.validFrom = '2025-06-30T08:00:00'
    const findings = findingsOf(cred, 'mbo', RULE)
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', path: '$.validFrom' })])
    expect(findings[0]?.message).toContain('time zone')
    expect(findings[0]?.messageNl).toContain('tijdzone')
  })

  it('fails malformed dates and non-strings', () => {
    const cred = validMbo()
    cred.awardedDate = '2025-13-01T00:00:00Z'
    cred.validUntil = 20300101
    expect(findingsOf(cred, 'mbo', RULE).map((f) => f.path).sort()).toEqual(['$.awardedDate', '$.validUntil'])
  })

  it('checks VCDM 1.1 issuanceDate and expirationDate', () => {
    const cred = validMbo()
    delete cred.validFrom
    cred.issuanceDate = '2025-06-30T08:00:00.000+02:00'
    cred.expirationDate = '2025-06-01T00:00:00Z'
    expect(findingsOf(cred, 'eu', RULE).map((f) => f.path)).toEqual(['$.expirationDate'])
  })
})
