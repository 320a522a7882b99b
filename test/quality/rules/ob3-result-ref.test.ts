import { describe, expect, it } from 'vitest'
import { findingsOf, validHbo, validMbo } from '../helpers.js'

const RULE = 'OB3-RESULT-REF'

describe(RULE, () => {
  it('passes the valid examples', () => {
    expect(findingsOf(validMbo(), 'mbo', RULE)).toEqual([])
    expect(findingsOf(validHbo(), 'hbo', RULE)).toEqual([])
  })

  it('fails a result that names an unknown result description', () => {
    const cred = validMbo()
    cred.credentialSubject.result[0].resultDescription = 'https://example.org/other-scale'
    const findings = findingsOf(cred, 'mbo', RULE)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: RULE, severity: 'error', path: '$.credentialSubject.result[0].resultDescription' })
    expect(findings[0]?.message).toContain('#grade-scale')
  })

  it('fails when the achievement has no result descriptions at all', () => {
    const cred = validHbo()
    delete cred.credentialSubject.achievement.resultDescription
    expect(findingsOf(cred, 'eu', RULE).map((f) => f.path)).toEqual(['$.credentialSubject.result[0].resultDescription'])
  })

  it('ignores results without a reference and odd shapes', () => {
    const cred = validHbo()
    delete cred.credentialSubject.result[0].resultDescription
    expect(findingsOf(cred, 'hbo', RULE)).toEqual([])
    const odd = validHbo()
    odd.credentialSubject.result = [null, 'x', 7]
    expect(findingsOf(odd, 'hbo', RULE)).toEqual([])
  })
})
