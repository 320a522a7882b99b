import { describe, expect, it } from 'vitest'
import { validHbo, validMbo } from '../helpers.js'
import { ACH, alignmentIndex, expectNoFinding, expectOneFinding } from './expect-finding.js'

describe('HO-ECTS', () => {
  it('passes with ECTS, with creditsAvailable only, and with ECTS only', () => {
    expectNoFinding(validHbo(), 'hbo', 'HO-ECTS')
    const credits = validHbo()
    delete credits.credentialSubject.achievement.ECTS
    expectNoFinding(credits, 'hbo', 'HO-ECTS')
    const ects = validHbo()
    delete ects.credentialSubject.achievement.creditsAvailable
    expectNoFinding(ects, 'wo', 'HO-ECTS')
  })

  it('fails once, on the achievement, without ECTS (hours alone are not enough)', () => {
    const c = validHbo()
    delete c.credentialSubject.achievement.ECTS
    delete c.credentialSubject.achievement.creditsAvailable
    expect(c.credentialSubject.achievement.timeInvestment).toBeGreaterThan(0)
    expectOneFinding(c, 'hbo', 'HO-ECTS', 'error', ACH)
  })

  it('fails on ECTS written as a string, on the value', () => {
    const c = validHbo()
    c.credentialSubject.achievement.ECTS = '5'
    expectOneFinding(c, 'hbo', 'HO-ECTS', 'error', `${ACH}.ECTS`)
    delete c.credentialSubject.achievement.creditsAvailable
    expectOneFinding(c, 'hbo', 'HO-ECTS', 'error', `${ACH}.ECTS`)
  })

  it('only applies to hbo/wo', () => {
    expectNoFinding(validMbo(), 'mbo', 'HO-ECTS')
  })
})

describe('HO-ECTS-STEP', () => {
  it('passes on multiples of 0.5', () => {
    for (const ects of [5, 4.5, 30, 1.5]) {
      const c = validHbo()
      c.credentialSubject.achievement.ECTS = ects
      c.credentialSubject.achievement.creditsAvailable = ects
      expectNoFinding(c, 'hbo', 'HO-ECTS-STEP')
    }
  })

  it('warns on ECTS that is not a multiple of 0.5', () => {
    const c = validHbo()
    c.credentialSubject.achievement.ECTS = 5.25
    expectOneFinding(c, 'hbo', 'HO-ECTS-STEP', 'warning', `${ACH}.ECTS`)
  })

  it('warns on creditsAvailable that is not a multiple of 0.5', () => {
    const c = validHbo()
    c.credentialSubject.achievement.creditsAvailable = 0.1 + 0.2
    expectOneFinding(c, 'wo', 'HO-ECTS-STEP', 'warning', `${ACH}.creditsAvailable`)
  })
})

describe('HO-LEVEL', () => {
  it('passes with EQF 5 to 8', () => {
    for (const code of ['5', '6', '7', '8']) {
      const c = validHbo()
      c.credentialSubject.achievement.alignment[alignmentIndex(c, 'ext:EQF')].targetCode = code
      expectNoFinding(c, 'hbo', 'HO-LEVEL')
    }
  })

  it('warns on an EQF level below 5, on that alignment', () => {
    for (const code of ['4', '9', 6]) {
      const c = validHbo()
      const i = alignmentIndex(c, 'ext:EQF')
      c.credentialSubject.achievement.alignment[i].targetCode = code
      expectOneFinding(c, 'hbo', 'HO-LEVEL', 'warning', `${ACH}.alignment[${i}]`)
    }
  })
})

describe('HO-QA', () => {
  it('passes with the hbo/wo framework', () => {
    expectNoFinding(validHbo(), 'hbo', 'HO-QA')
  })

  it('warns, on the alignment list, when the quality agreement is the mbo framework', () => {
    const c = validHbo()
    c.credentialSubject.achievement.alignment[alignmentIndex(c, 'ext:QualityAssurance')].targetUrl = 'https://npuls.nl/microcredentials-mbo/'
    expectOneFinding(c, 'wo', 'HO-QA', 'warning', `${ACH}.alignment`)
  })

  it('warns when the alignment list is missing', () => {
    const c = validHbo()
    delete c.credentialSubject.achievement.alignment
    expectOneFinding(c, 'hbo', 'HO-QA', 'warning', `${ACH}.alignment`)
  })
})

describe('HO-PREREQ', () => {
  it('passes with a target group or with prerequisites', () => {
    expectNoFinding(validHbo(), 'hbo', 'HO-PREREQ')
    const group = validHbo()
    delete group.credentialSubject.achievement.prerequisites
    expectNoFinding(group, 'hbo', 'HO-PREREQ')
    const prereq = validHbo()
    delete prereq.credentialSubject.achievement.targetGroup
    expectNoFinding(prereq, 'hbo', 'HO-PREREQ')
  })

  it('warns once, on the achievement, when neither is stated', () => {
    const c = validHbo()
    delete c.credentialSubject.achievement.prerequisites
    delete c.credentialSubject.achievement.targetGroup
    expectOneFinding(c, 'hbo', 'HO-PREREQ', 'warning', ACH)
  })

  it('warns when both are blank', () => {
    const c = validHbo()
    c.credentialSubject.achievement.prerequisites = ''
    c.credentialSubject.achievement.targetGroup = '  '
    expectOneFinding(c, 'hbo', 'HO-PREREQ', 'warning', ACH)
  })
})
