import { describe, expect, it } from 'vitest'
import { findingsOf, QUALITY_NOW, validHbo, validMbo } from '../helpers.js'

const RULE = 'EU-M5'

describe(RULE, () => {
  it('passes the valid examples', () => {
    expect(findingsOf(validMbo(), 'mbo', RULE)).toEqual([])
    expect(findingsOf(validHbo(), 'eu', RULE)).toEqual([])
  })

  it('fails a missing date of issuing', () => {
    const cred = validMbo()
    delete cred.validFrom
    expect(findingsOf(cred, 'mbo', RULE)).toEqual([expect.objectContaining({ rule: RULE, severity: 'error', path: '$.validFrom' })])
  })

  it('fails a date of issuing that is not a valid date-time', () => {
    const cred = validMbo()
    cred.validFrom = '2025-02-30T08:00:00Z'
    expect(findingsOf(cred, 'mbo', RULE)).toEqual([expect.objectContaining({ severity: 'error', path: '$.validFrom' })])
    cred.validFrom = '30-06-2025'
    expect(findingsOf(cred, 'mbo', RULE).map((f) => f.path)).toEqual(['$.validFrom'])
  })

  it('fails a date of issuing in the future, and accepts exactly now', () => {
    const cred = validHbo()
    cred.validFrom = '2026-01-15T00:00:01Z'
    const findings = findingsOf(cred, 'hbo', RULE)
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', path: '$.validFrom' })])
    expect(findings[0]?.messageNl).toContain('toekomst')
    cred.validFrom = QUALITY_NOW.toISOString()
    expect(findingsOf(cred, 'hbo', RULE)).toEqual([])
  })

  it('reads issuanceDate for VCDM 1.1 input', () => {
    const cred = validMbo()
    delete cred.validFrom
    cred.issuanceDate = '2025-06-30T08:00:00Z'
    expect(findingsOf(cred, 'mbo', RULE)).toEqual([])
    cred.issuanceDate = '2027-01-01T00:00:00Z'
    expect(findingsOf(cred, 'mbo', RULE).map((f) => f.path)).toEqual(['$.issuanceDate'])
  })

  it('warns when awardedDate is missing', () => {
    const cred = validMbo()
    delete cred.awardedDate
    expect(findingsOf(cred, 'eu', RULE)).toEqual([expect.objectContaining({ severity: 'warning', path: '$.awardedDate' })])
  })

  it('fails an awardedDate in the future', () => {
    const cred = validMbo()
    cred.awardedDate = '2026-02-01T00:00:00Z'
    expect(findingsOf(cred, 'eu', RULE)).toEqual([expect.objectContaining({ severity: 'error', path: '$.awardedDate' })])
  })
})
