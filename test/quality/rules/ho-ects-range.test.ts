import { describe, expect, it } from 'vitest'
import { findingsOf, validHbo, validMbo } from '../helpers.js'

const RULE = 'HO-ECTS-RANGE'
const PATH = '$.credentialSubject.achievement.ECTS'

/** The hbo example with the given ECTS (term and creditsAvailable). */
function hboWithEcts(ects: unknown): Record<string, any> {
  const cred = validHbo()
  cred.credentialSubject.achievement.ECTS = ects
  cred.credentialSubject.achievement.creditsAvailable = ects
  return cred
}

describe(RULE, () => {
  it('passes the valid example', () => {
    expect(findingsOf(validHbo(), 'hbo', RULE)).toEqual([])
    expect(findingsOf(validHbo(), 'wo', RULE)).toEqual([])
  })

  it.each([3, 3.5, 30])('accepts %s ECTS', (ects) => {
    expect(findingsOf(hboWithEcts(ects), 'hbo', RULE)).toEqual([])
  })

  it('fails more than 30 ECTS', () => {
    const findings = findingsOf(hboWithEcts(30.5), 'hbo', RULE)
    expect(findings).toEqual([expect.objectContaining({ rule: RULE, severity: 'error', path: PATH })])
    expect(findings[0]?.messageNl).toContain('30,5 ECTS')
  })

  it.each([2.5, 1, 0.5])('fails %s ECTS for hbo', (ects) => {
    expect(findingsOf(hboWithEcts(ects), 'hbo', RULE)).toEqual([expect.objectContaining({ severity: 'error', path: PATH })])
  })

  it('allows 1 to 3 ECTS for wo inside the experimental space (HO-ECTS-WO-1 notes it)', () => {
    expect(findingsOf(hboWithEcts(2), 'wo', RULE)).toEqual([])
  })

  it('fails below 1 ECTS even for wo', () => {
    expect(findingsOf(hboWithEcts(0.5), 'wo', RULE).map((f) => f.path)).toEqual([PATH])
  })

  it('reads creditsAvailable when the ECTS term is absent', () => {
    const cred = hboWithEcts(45)
    delete cred.credentialSubject.achievement.ECTS
    expect(findingsOf(cred, 'hbo', RULE).map((f) => f.path)).toEqual(['$.credentialSubject.achievement.creditsAvailable'])
  })

  it('reports ECTS written as a string instead of coercing it', () => {
    expect(findingsOf(hboWithEcts('5'), 'hbo', RULE)).toEqual([expect.objectContaining({ severity: 'error', path: PATH })])
  })

  it('is not part of the mbo profile', () => {
    const cred = validMbo()
    cred.credentialSubject.achievement.ECTS = 60
    expect(findingsOf(cred, 'mbo', RULE)).toEqual([])
  })
})
