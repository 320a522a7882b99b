import { describe, expect, it } from 'vitest'
import { findingsOf, validHbo, validMbo } from '../helpers.js'

const RULE = 'EU-O4'
const PATH = '$.credentialSubject.achievement.stackableTowards'

describe(RULE, () => {
  it('passes the valid examples', () => {
    expect(findingsOf(validMbo(), 'mbo', RULE)).toEqual([])
    expect(findingsOf(validHbo(), 'hbo', RULE)).toEqual([])
  })

  it('warns when a stackable achievement does not say towards what', () => {
    const cred = validMbo()
    delete cred.credentialSubject.achievement.stackableTowards
    const findings = findingsOf(cred, 'mbo', RULE)
    expect(findings).toEqual([expect.objectContaining({ rule: RULE, severity: 'warning', path: PATH })])
    cred.credentialSubject.achievement.stackableTowards = []
    expect(findingsOf(cred, 'mbo', RULE).map((f) => f.path)).toEqual([PATH])
  })

  it('warns for "integrated" too, and accepts related[]', () => {
    const cred = validHbo()
    cred.credentialSubject.achievement.stackability = 'integrated'
    expect(findingsOf(cred, 'hbo', RULE).map((f) => f.path)).toEqual([PATH])
    cred.credentialSubject.achievement.related = [{ id: 'https://example.org/programme', type: ['Related'] }]
    expect(findingsOf(cred, 'hbo', RULE)).toEqual([])
  })
})
