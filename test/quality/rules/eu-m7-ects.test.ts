import { describe, expect, it } from 'vitest'
import { findingsOf, validHbo, validMbo } from '../helpers.js'

const RULE = 'EU-M7-ECTS'
const PATH = '$.credentialSubject.achievement.ECTS'

describe(RULE, () => {
  it('passes the valid examples', () => {
    expect(findingsOf(validHbo(), 'hbo', RULE)).toEqual([])
    expect(findingsOf(validMbo(), 'mbo', RULE)).toEqual([])
    expect(findingsOf(validMbo(), 'eu', RULE)).toEqual([])
  })

  it('warns when a higher-education credential states no ECTS', () => {
    const cred = validHbo()
    delete cred.credentialSubject.achievement.ECTS
    delete cred.credentialSubject.achievement.creditsAvailable
    expect(findingsOf(cred, 'hbo', RULE)).toEqual([expect.objectContaining({ rule: RULE, severity: 'warning', path: PATH })])
  })

  it('counts creditsAvailable alone as ECTS', () => {
    const cred = validHbo()
    delete cred.credentialSubject.achievement.ECTS
    expect(findingsOf(cred, 'hbo', RULE)).toEqual([])
  })

  it('treats sector hbo/wo as higher education under any profile', () => {
    const cred = validMbo()
    cred.credentialSubject.achievement.sector = 'wo'
    expect(findingsOf(cred, 'eu', RULE).map((f) => f.path)).toEqual([PATH])
    expect(findingsOf(validMbo(), 'wo', RULE).map((f) => f.path)).toEqual([PATH])
  })

  it('reports ECTS written as a string instead of coercing it', () => {
    const cred = validHbo()
    cred.credentialSubject.achievement.ECTS = '5'
    const findings = findingsOf(cred, 'hbo', RULE)
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', path: PATH })])
    expect(findings[0]?.message).toContain('"5"')
  })
})
