import { describe, expect, it } from 'vitest'
import { findingsOf, validHbo, validMbo } from '../helpers.js'

const RULE = 'NL-LEVELS'
const ACH = '$.credentialSubject.achievement'

/** The mbo example with the given EQF and NLQF codes (EQF alignment 4, NLQF alignment 5). */
function mboWith(eqf: unknown, nlqf: unknown): Record<string, any> {
  const cred = validMbo()
  const alignment = cred.credentialSubject.achievement.alignment
  expect([alignment[4].targetType, alignment[5].targetType]).toEqual(['ext:EQF', 'ext:NLQF'])
  alignment[4].targetCode = eqf
  alignment[5].targetCode = nlqf
  return cred
}

describe(RULE, () => {
  it('passes the valid examples', () => {
    expect(findingsOf(validMbo(), 'mbo', RULE)).toEqual([])
    expect(findingsOf(validHbo(), 'hbo', RULE)).toEqual([])
  })

  it('fails EQF and NLQF levels that disagree', () => {
    const findings = findingsOf(mboWith('5', '4'), 'mbo', RULE)
    expect(findings).toEqual([expect.objectContaining({ rule: RULE, severity: 'error', path: `${ACH}.alignment[4].targetCode` })])
    expect(findings[0]?.message).toBe('EQF level 5 and NLQF level 4 disagree: NLQF 4 is EQF 4')
    expect(findings[0]?.messageNl).toBe('EQF-niveau 5 en NLQF-niveau 4 komen niet overeen: NLQF 4 is EQF 4')
  })

  it('maps NLQF 4+ to EQF 4', () => {
    expect(findingsOf(mboWith('4', '4+'), 'mbo', RULE)).toEqual([])
    expect(findingsOf(mboWith('5', '4+'), 'mbo', RULE).map((f) => f.path)).toEqual([`${ACH}.alignment[4].targetCode`])
  })

  it('fails an EQF level next to the NLQF entry level, which has none', () => {
    expect(findingsOf(mboWith('1', 'entry'), 'mbo', RULE).map((f) => f.path)).toEqual([`${ACH}.alignment[4].targetCode`])
    const cred = mboWith('1', 'entry')
    cred.credentialSubject.achievement.alignment.splice(4, 1)
    expect(findingsOf(cred, 'mbo', RULE)).toEqual([])
  })

  it('fails an NLQF code that does not exist', () => {
    expect(findingsOf(mboWith('4', '9'), 'mbo', RULE).map((f) => f.path)).toEqual([`${ACH}.alignment[5].targetCode`])
    expect(findingsOf(mboWith('4', 4), 'mbo', RULE).map((f) => f.path)).toEqual([`${ACH}.alignment[5].targetCode`])
  })

  it('is not part of the eu profile', () => {
    expect(findingsOf(mboWith('5', '4'), 'eu', RULE)).toEqual([])
  })
})
