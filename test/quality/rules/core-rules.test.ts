import { describe, expect, it } from 'vitest'
import { evaluateQuality } from '../../../src/quality/evaluate-quality.js'
import { CORE_RULES } from '../../../src/quality/rules/core-rules.js'
import { QUALITY_NOW, validHbo, validMbo } from '../helpers.js'

const IDS = ['OB3-EXT-ENUM', 'OB3-RESULT-REF', 'OB3-VALIDITY', 'OB3-MC-TYPE', 'EU-M5', 'EU-M7-ECTS', 'EU-M8', 'EU-M9', 'EU-M10', 'EU-O2', 'EU-O3', 'EU-O4', 'NL-INSTITUTION-ID', 'NL-LEVELS', 'NL-HOURS-EC', 'HO-ECTS-RANGE', 'HO-ECTS-WO-1']

/** Inputs of every odd shape the rules must survive. */
function oddInputs(): unknown[] {
  const deep = validHbo()
  const ach = deep.credentialSubject.achievement
  Object.assign(ach, { alignment: [null, 1, { targetType: 'ext:EQF', targetCode: { n: 1 } }, { targetType: 'ext:NLQF', targetCode: ['4'] }], ECTS: NaN, timeInvestment: Infinity, assessmentType: null, participationType: [[]], supervisionType: 7, identityChecked: {}, stackability: 'stackable', stackableTowards: 'x', resultDescription: 'x' })
  Object.assign(deep, { validFrom: {}, validUntil: [], awardedDate: null, issuer: { otherIdentifier: [null, { identifierType: 'ext:OIN' }] } })
  deep.credentialSubject.result = { value: 1n, resultDescription: 2 }
  return [{}, { credentialSubject: null }, { credentialSubject: { achievement: [] } }, { credentialSubject: { achievement: 'x', result: 'x' }, issuer: 5 }, deep]
}

describe('CORE_RULES', () => {
  it('registers each rule once, with the documented sets', () => {
    expect(CORE_RULES.map((r) => r.id)).toEqual(IDS)
    const sets = Object.fromEntries(CORE_RULES.map((r) => [r.id, r.sets.join(',')]))
    expect(sets).toMatchObject({ 'OB3-MC-TYPE': 'ob3', 'EU-M8': 'eu', 'NL-LEVELS': 'nl', 'HO-ECTS-WO-1': 'ho' })
    for (const rule of CORE_RULES) expect(rule.title.nl.length).toBeGreaterThan(10)
  })

  it('gives no findings of these rules for the valid examples under their profiles', () => {
    const mine = (f: { rule: string }) => IDS.includes(f.rule)
    expect(evaluateQuality(validMbo(), { profile: 'mbo', now: QUALITY_NOW }).findings.filter(mine)).toEqual([])
    expect(evaluateQuality(validHbo(), { profile: 'hbo', now: QUALITY_NOW }).findings.filter(mine)).toEqual([])
  })

  it.each(['eu', 'mbo', 'hbo', 'wo'] as const)('never throws on odd input under %s', (profile) => {
    for (const input of oddInputs()) {
      const credential = (input ?? {}) as Record<string, any>
      const achievement = credential.credentialSubject?.achievement
      for (const rule of CORE_RULES) {
        expect(() => rule.check({ credential, achievement, profile, now: QUALITY_NOW })).not.toThrow()
      }
      const crashed = evaluateQuality(input, { profile, now: QUALITY_NOW }).findings.filter((f) => IDS.includes(f.rule) && f.message.includes('could not be evaluated'))
      expect(crashed).toEqual([])
    }
  })
})
