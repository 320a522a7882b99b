import { describe, expect, it } from 'vitest'
import { findingsOf, validHbo, validMbo } from '../helpers.js'

const RULE = 'EU-M9'
const PATH = '$.credentialSubject.achievement.assessmentType'

describe(RULE, () => {
  it('passes the valid examples', () => {
    expect(findingsOf(validMbo(), 'mbo', RULE)).toEqual([])
    expect(findingsOf(validHbo(), 'hbo', RULE)).toEqual([])
  })

  it('fails a missing or empty type of assessment', () => {
    const cred = validMbo()
    delete cred.credentialSubject.achievement.assessmentType
    expect(findingsOf(cred, 'mbo', RULE)).toEqual([expect.objectContaining({ rule: RULE, severity: 'error', path: PATH })])
    cred.credentialSubject.achievement.assessmentType = []
    expect(findingsOf(cred, 'eu', RULE)).toEqual([expect.objectContaining({ severity: 'error', path: PATH })])
  })

  it('warns about a value outside the profile and EU vocabularies', () => {
    const cred = validHbo()
    cred.credentialSubject.achievement.assessmentType = ['testing', 'oral exam']
    const findings = findingsOf(cred, 'hbo', RULE)
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', path: `${PATH}[1]` })])
    expect(findings[0]?.message).toContain('"oral exam"')
  })

  it('accepts EU assessment vocabulary URIs and labels, and a single string', () => {
    const cred = validHbo()
    cred.credentialSubject.achievement.assessmentType = ['http://data.europa.eu/snb/assessment/d30284d7df', 'written examination']
    expect(findingsOf(cred, 'hbo', RULE)).toEqual([])
    cred.credentialSubject.achievement.assessmentType = 'portfolio'
    expect(findingsOf(cred, 'hbo', RULE)).toEqual([])
  })

  it('fails a value that is not a string', () => {
    const cred = validMbo()
    cred.credentialSubject.achievement.assessmentType = ['portfolio', 3]
    expect(findingsOf(cred, 'mbo', RULE)).toEqual([expect.objectContaining({ severity: 'error', path: `${PATH}[1]` })])
  })
})
