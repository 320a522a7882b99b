import { describe, expect, it } from 'vitest'
import { findingsOf, validHbo } from '../helpers.js'

const RULE = 'HO-ECTS-WO-1'
const PATH = '$.credentialSubject.achievement.ECTS'
/** A "now" after the whole window, so EU-M5's future check never interferes with these dates. */
const LATER = new Date('2028-01-01T00:00:00Z')

/** The hbo example with the given ECTS, issued at `validFrom`. */
function withEcts(ects: number, validFrom = '2026-01-10T09:00:00Z'): Record<string, any> {
  const cred = validHbo()
  cred.credentialSubject.achievement.ECTS = ects
  cred.credentialSubject.achievement.creditsAvailable = ects
  cred.validFrom = validFrom
  cred.awardedDate = validFrom
  return cred
}

/** The HO-ECTS-WO-1 and HO-ECTS-RANGE findings as `rule:severity@path`. */
function both(cred: unknown, profile: 'hbo' | 'wo'): string[] {
  return [RULE, 'HO-ECTS-RANGE'].flatMap((rule) => findingsOf(cred, profile, rule, LATER).map((f) => `${f.rule}:${f.severity}@${f.path}`))
}

describe(RULE, () => {
  it('passes the valid example (5 ECTS) under hbo and wo', () => {
    expect(findingsOf(validHbo(), 'hbo', RULE)).toEqual([])
    expect(findingsOf(validHbo(), 'wo', RULE)).toEqual([])
  })

  it('notes 2 ECTS for wo inside the window (info), with no HO-ECTS-RANGE error', () => {
    const findings = findingsOf(withEcts(2), 'wo', RULE, LATER)
    expect(findings).toEqual([expect.objectContaining({ rule: RULE, severity: 'info', path: PATH })])
    expect(findings[0]?.messageNl).toContain('experimenteerruimte')
    expect(both(withEcts(2), 'wo')).toEqual([`${RULE}:info@${PATH}`])
  })

  it('includes the lower bound of 1 ECTS and excludes 3 ECTS', () => {
    expect(both(withEcts(1), 'wo')).toEqual([`${RULE}:info@${PATH}`])
    expect(both(withEcts(3), 'wo')).toEqual([])
    expect(both(withEcts(0.5), 'wo')).toEqual([`HO-ECTS-RANGE:error@${PATH}`])
  })

  it.each([
    ['2025-05-01T00:00:00+02:00', 'first moment of 1 May 2025 (Dutch time)'],
    ['2025-05-01T00:00:00Z', '1 May 2025 UTC'],
    ['2027-04-30T23:59:59+02:00', 'last second of 30 April 2027 (Dutch time)'],
    ['2027-04-30T21:59:59Z', '30 April 2027 23:59:59 Dutch time, in UTC'],
  ])('is inside the window at %s (%s)', (validFrom) => {
    expect(both(withEcts(2, validFrom), 'wo')).toEqual([`${RULE}:info@${PATH}`])
  })

  it.each([
    ['2025-04-30T23:59:59+02:00', 'last second of 30 April 2025'],
    ['2025-04-30T21:59:59Z', '30 April 2025 23:59:59 Dutch time, in UTC'],
    ['2027-05-01T00:00:00+02:00', 'first moment of 1 May 2027'],
    ['2027-04-30T22:00:00Z', '1 May 2027 00:00 Dutch time, in UTC'],
  ])('is outside the window at %s (%s): HO-ECTS-RANGE fails', (validFrom) => {
    expect(both(withEcts(2, validFrom), 'wo')).toEqual([`HO-ECTS-RANGE:error@${PATH}`])
  })

  it('applies to sector wo under the hbo profile, not to hbo', () => {
    const wo = withEcts(2)
    wo.credentialSubject.achievement.sector = 'wo'
    expect(both(wo, 'hbo')).toEqual([`${RULE}:info@${PATH}`])
    expect(both(withEcts(2), 'hbo')).toEqual([`HO-ECTS-RANGE:error@${PATH}`])
  })

  it('needs a valid date of issuing', () => {
    const cred = withEcts(2)
    delete cred.validFrom
    expect(both(cred, 'wo')).toEqual([`HO-ECTS-RANGE:error@${PATH}`])
    cred.validFrom = 'soon'
    expect(both(cred, 'wo')).toEqual([`HO-ECTS-RANGE:error@${PATH}`])
  })
})
