import { describe, expect, it } from 'vitest'
import { findingsOf, validHbo, validMbo } from '../helpers.js'

const RULE = 'NL-HOURS-EC'
const ACH = '$.credentialSubject.achievement'

/** The hbo example (5 EC) with the given hours. */
function hboWithHours(hours: unknown): Record<string, any> {
  const cred = validHbo()
  expect(cred.credentialSubject.achievement.ECTS).toBe(5)
  cred.credentialSubject.achievement.timeInvestment = hours
  return cred
}

describe(RULE, () => {
  it('passes the valid examples', () => {
    expect(findingsOf(validHbo(), 'hbo', RULE)).toEqual([])
    expect(findingsOf(validMbo(), 'mbo', RULE)).toEqual([])
  })

  it('warns when hours and EC disagree by more than 10 %', () => {
    const findings = findingsOf(hboWithHours(200), 'hbo', RULE)
    expect(findings).toEqual([expect.objectContaining({ rule: RULE, severity: 'warning', path: `${ACH}.timeInvestment` })])
    expect(findings[0]?.message).toContain('140 hours')
  })

  it.each([126, 140, 154])('accepts %i hours for 5 EC (within 10 % of 140)', (hours) => {
    expect(findingsOf(hboWithHours(hours), 'hbo', RULE)).toEqual([])
  })

  it.each([125, 155])('warns about %i hours for 5 EC (just outside 10 %)', (hours) => {
    expect(findingsOf(hboWithHours(hours), 'hbo', RULE).map((f) => f.path)).toEqual([`${ACH}.timeInvestment`])
  })

  it('handles half EC exactly (5.5 EC = 154 h, 10 % = 15.4 h)', () => {
    const cred = hboWithHours(169.4)
    cred.credentialSubject.achievement.ECTS = 5.5
    expect(findingsOf(cred, 'hbo', RULE)).toEqual([])
    cred.credentialSubject.achievement.timeInvestment = 170
    expect(findingsOf(cred, 'hbo', RULE)).toHaveLength(1)
  })

  it('uses creditsAvailable when the ECTS term is absent', () => {
    const cred = hboWithHours(300)
    delete cred.credentialSubject.achievement.ECTS
    expect(findingsOf(cred, 'hbo', RULE).map((f) => f.path)).toEqual([`${ACH}.timeInvestment`])
  })

  it('reports numbers written as strings instead of coercing them', () => {
    expect(findingsOf(hboWithHours('140'), 'hbo', RULE).map((f) => f.path)).toEqual([`${ACH}.timeInvestment`])
    const cred = validHbo()
    cred.credentialSubject.achievement.ECTS = '5'
    expect(findingsOf(cred, 'hbo', RULE).map((f) => f.path)).toEqual([`${ACH}.ECTS`])
  })

  it('says nothing when only one of hours and EC is given', () => {
    const cred = validMbo()
    cred.credentialSubject.achievement.timeInvestment = 240
    expect(findingsOf(cred, 'mbo', RULE)).toEqual([])
  })
})
