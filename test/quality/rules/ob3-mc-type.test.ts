import { describe, expect, it } from 'vitest'
import { findingsOf, validHbo, validMbo } from '../helpers.js'

const RULE = 'OB3-MC-TYPE'
const PATH = '$.credentialSubject.achievement.achievementType'

describe(RULE, () => {
  it('passes the valid examples', () => {
    expect(findingsOf(validMbo(), 'mbo', RULE)).toEqual([])
    expect(findingsOf(validHbo(), 'hbo', RULE)).toEqual([])
  })

  it('fails another achievementType under a Dutch pilot profile', () => {
    const cred = validHbo()
    cred.credentialSubject.achievement.achievementType = 'Course'
    const findings = findingsOf(cred, 'wo', RULE)
    expect(findings).toEqual([expect.objectContaining({ rule: RULE, severity: 'warning', path: PATH })])
    expect(findings[0]?.message).toContain('"MicroCredential"')
  })

  it.each(['mbo', 'hbo', 'wo'] as const)('checks every achievement under the %s profile, even without sector or pilot framework', (profile) => {
    const cred = validHbo()
    delete cred.credentialSubject.achievement.sector
    cred.credentialSubject.achievement.alignment = []
    cred.credentialSubject.achievement.achievementType = 'Course'
    expect(findingsOf(cred, profile, RULE)).toEqual([expect.objectContaining({ severity: 'warning', path: PATH })])
  })

  it('fails a missing achievementType under eu when the achievement has a sector', () => {
    const cred = validMbo()
    delete cred.credentialSubject.achievement.achievementType
    expect(findingsOf(cred, 'eu', RULE)).toEqual([expect.objectContaining({ severity: 'warning', path: PATH })])
  })

  it('fails a misspelt microcredential type under eu', () => {
    const cred = validHbo()
    delete cred.credentialSubject.achievement.sector
    cred.credentialSubject.achievement.alignment = []
    cred.credentialSubject.achievement.achievementType = 'ext:Microcredential'
    expect(findingsOf(cred, 'eu', RULE).map((f) => f.path)).toEqual([PATH])
  })

  it('leaves a non-microcredential alone under eu', () => {
    const cred = validHbo()
    delete cred.credentialSubject.achievement.sector
    cred.credentialSubject.achievement.alignment = []
    cred.credentialSubject.achievement.achievementType = 'Course'
    expect(findingsOf(cred, 'eu', RULE)).toEqual([])
  })
})
