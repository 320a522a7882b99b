import { describe, expect, it } from 'vitest'
import { findingsOf, validHbo, validMbo } from '../helpers.js'

const RULE = 'EU-M10'
const PATH = '$.credentialSubject.achievement.participationType'

describe(RULE, () => {
  it('passes the valid examples', () => {
    expect(findingsOf(validMbo(), 'mbo', RULE)).toEqual([])
    expect(findingsOf(validHbo(), 'hbo', RULE)).toEqual([])
  })

  it('fails a missing form of participation', () => {
    const cred = validHbo()
    delete cred.credentialSubject.achievement.participationType
    const findings = findingsOf(cred, 'hbo', RULE)
    expect(findings).toEqual([expect.objectContaining({ rule: RULE, severity: 'error', path: PATH })])
    expect(findings[0]?.messageNl).toContain('de vorm van deelname ontbreekt')
  })

  it('warns about a value outside the profile and EU vocabularies', () => {
    const cred = validMbo()
    cred.credentialSubject.achievement.participationType = ['hybrid']
    expect(findingsOf(cred, 'mbo', RULE)).toEqual([expect.objectContaining({ severity: 'warning', path: `${PATH}[0]` })])
  })

  it('accepts EU mode-of-learning URIs and labels', () => {
    const cred = validMbo()
    cred.credentialSubject.achievement.participationType = ['http://data.europa.eu/snb/learning-assessment/729f3bed4b', 'Blended']
    expect(findingsOf(cred, 'mbo', RULE)).toEqual([])
  })

  it('fails a value that is not a string', () => {
    const cred = validMbo()
    cred.credentialSubject.achievement.participationType = { online: true }
    expect(findingsOf(cred, 'eu', RULE)).toEqual([expect.objectContaining({ severity: 'error', path: PATH })])
  })
})
