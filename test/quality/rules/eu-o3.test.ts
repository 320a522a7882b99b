import { describe, expect, it } from 'vitest'
import { findingsOf, validHbo, validMbo } from '../helpers.js'

const RULE = 'EU-O3'

describe(RULE, () => {
  it('passes the valid examples', () => {
    expect(findingsOf(validMbo(), 'mbo', RULE)).toEqual([])
    expect(findingsOf(validHbo(), 'hbo', RULE)).toEqual([])
  })

  it('warns when the grade\'s result description has no scale', () => {
    const cred = validHbo()
    delete cred.credentialSubject.achievement.resultDescription[0].valueMax
    const findings = findingsOf(cred, 'hbo', RULE)
    expect(findings).toEqual([expect.objectContaining({ rule: RULE, severity: 'warning', path: '$.credentialSubject.achievement.resultDescription[0]' })])
    expect(findings[0]?.message).toContain('"7.8"')
  })

  it('warns about an empty allowedValue list', () => {
    const cred = validMbo()
    cred.credentialSubject.achievement.resultDescription[0].allowedValue = []
    expect(findingsOf(cred, 'mbo', RULE).map((f) => f.path)).toEqual(['$.credentialSubject.achievement.resultDescription[0]'])
  })

  it('warns about a grade that names no result description', () => {
    const cred = validMbo()
    delete cred.credentialSubject.result[0].resultDescription
    expect(findingsOf(cred, 'eu', RULE)).toEqual([expect.objectContaining({ severity: 'warning', path: '$.credentialSubject.result[0].resultDescription' })])
  })

  it('leaves a dangling reference to OB3-RESULT-REF and results without a value alone', () => {
    const dangling = validMbo()
    dangling.credentialSubject.result[0].resultDescription = 'urn:example:none'
    expect(findingsOf(dangling, 'mbo', RULE)).toEqual([])
    const noValue = validHbo()
    delete noValue.credentialSubject.result[0].value
    delete noValue.credentialSubject.achievement.resultDescription[0].valueMin
    expect(findingsOf(noValue, 'hbo', RULE)).toEqual([])
  })
})
