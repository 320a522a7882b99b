import { describe, expect, it } from 'vitest'
import { findingsOf, validHbo, validMbo } from '../helpers.js'

const RULE = 'EU-M8'
const ACH = '$.credentialSubject.achievement'

/** The credential without its ext:EQF alignment. */
function withoutEqf(cred: Record<string, any>): Record<string, any> {
  const ach = cred.credentialSubject.achievement
  ach.alignment = ach.alignment.filter((a: { targetType: string }) => a.targetType !== 'ext:EQF')
  return cred
}

describe(RULE, () => {
  it('passes the valid examples', () => {
    expect(findingsOf(validMbo(), 'mbo', RULE)).toEqual([])
    expect(findingsOf(validHbo(), 'hbo', RULE)).toEqual([])
    expect(findingsOf(validHbo(), 'eu', RULE)).toEqual([])
  })

  it('is a warning under eu when no EQF level is given', () => {
    expect(findingsOf(withoutEqf(validMbo()), 'eu', RULE)).toEqual([expect.objectContaining({ rule: RULE, severity: 'warning', path: `${ACH}.alignment` })])
  })

  it.each(['mbo', 'hbo', 'wo'] as const)('is an error under %s when no EQF level is given', (profile) => {
    const cred = profile === 'mbo' ? validMbo() : validHbo()
    expect(findingsOf(withoutEqf(cred), profile, RULE)).toEqual([expect.objectContaining({ severity: 'error', path: `${ACH}.alignment` })])
  })

  it('fails a targetCode outside 1-8, with the profile severity', () => {
    const cred = validHbo()
    cred.credentialSubject.achievement.alignment[4].targetCode = '9'
    expect(findingsOf(cred, 'hbo', RULE)).toEqual([expect.objectContaining({ severity: 'error', path: `${ACH}.alignment[4].targetCode` })])
    expect(findingsOf(cred, 'eu', RULE)).toEqual([expect.objectContaining({ severity: 'warning', path: `${ACH}.alignment[4].targetCode` })])
  })

  it('reports a numeric targetCode rather than coercing it', () => {
    const cred = validMbo()
    cred.credentialSubject.achievement.alignment[4].targetCode = 4
    expect(findingsOf(cred, 'mbo', RULE).map((f) => f.path)).toEqual([`${ACH}.alignment[4].targetCode`])
  })
})
