import { describe, expect, it } from 'vitest'
import { validHbo, validMbo } from '../helpers.js'
import { ACH, alignmentIndex, expectNoFinding, expectOneFinding } from './expect-finding.js'

const SBU = `${ACH}.SBU`

function mboWithSbu(value: unknown): Record<string, any> {
  const c = validMbo()
  c.credentialSubject.achievement.SBU = value
  return c
}

describe('MBO-SBU', () => {
  it('passes with an integer SBU', () => {
    expectNoFinding(validMbo(), 'mbo', 'MBO-SBU')
    expectNoFinding(mboWithSbu(80), 'mbo', 'MBO-SBU')
  })

  it('fails on SBU written as a string (not coerced)', () => {
    const f = expectOneFinding(mboWithSbu('240'), 'mbo', 'MBO-SBU', 'error', SBU)
    expect(f.messageNl).toContain('De studielast in SBU moet een geheel getal zijn.')
  })

  it('fails on a decimal SBU and on a missing SBU', () => {
    expectOneFinding(mboWithSbu(240.5), 'mbo', 'MBO-SBU', 'error', SBU)
    const c = validMbo()
    delete c.credentialSubject.achievement.SBU
    expectOneFinding(c, 'mbo', 'MBO-SBU', 'error', SBU)
  })

  it('only applies to the mbo profile', () => {
    expectNoFinding(validHbo(), 'hbo', 'MBO-SBU')
    expectNoFinding(mboWithSbu('240'), 'eu', 'MBO-SBU')
  })
})

describe('MBO-SBU-MIN', () => {
  it('passes at 80 SBU and above', () => {
    expectNoFinding(validMbo(), 'mbo', 'MBO-SBU-MIN')
    expectNoFinding(mboWithSbu(80), 'mbo', 'MBO-SBU-MIN')
  })

  it('fails below 80 SBU', () => {
    expectOneFinding(mboWithSbu(40), 'mbo', 'MBO-SBU-MIN', 'error', SBU)
    expectOneFinding(mboWithSbu(79), 'mbo', 'MBO-SBU-MIN', 'error', SBU)
  })

  it('leaves a missing or string SBU to MBO-SBU', () => {
    expectNoFinding(mboWithSbu('40'), 'mbo', 'MBO-SBU-MIN')
    const c = validMbo()
    delete c.credentialSubject.achievement.SBU
    expectNoFinding(c, 'mbo', 'MBO-SBU-MIN')
  })
})

describe('MBO-SBU-STEP', () => {
  it('passes on multiples of 80', () => {
    for (const sbu of [80, 160, 240, 480]) expectNoFinding(mboWithSbu(sbu), 'mbo', 'MBO-SBU-STEP')
  })

  it('warns on other values', () => {
    expectOneFinding(mboWithSbu(200), 'mbo', 'MBO-SBU-STEP', 'warning', SBU)
    expectOneFinding(mboWithSbu(100), 'mbo', 'MBO-SBU-STEP', 'warning', SBU)
  })
})

describe('MBO-SBU-240', () => {
  it('says nothing at 240 SBU and above', () => {
    expectNoFinding(validMbo(), 'mbo', 'MBO-SBU-240')
    expectNoFinding(mboWithSbu(320), 'mbo', 'MBO-SBU-240')
  })

  it('notes framework point 12 below 240 SBU', () => {
    const f = expectOneFinding(mboWithSbu(160), 'mbo', 'MBO-SBU-240', 'info', SBU)
    expect(f.message).toMatch(/point 12/i)
    expect(f.message).toMatch(/240/)
    expect(f.message).toMatch(/80/)
    expect(f.messageNl).toMatch(/punt 12/i)
    // An info note does not make the credential invalid on its own.
    expect(f.severity).toBe('info')
  })
})

describe('MBO-LEVEL', () => {
  it('passes with EQF 4 / NLQF 4 and with NLQF 4+ and entry', () => {
    expectNoFinding(validMbo(), 'mbo', 'MBO-LEVEL')
    for (const code of ['4+', 'entry', '1']) {
      const c = validMbo()
      c.credentialSubject.achievement.alignment[alignmentIndex(c, 'ext:NLQF')].targetCode = code
      expectNoFinding(c, 'mbo', 'MBO-LEVEL')
    }
  })

  it('warns on an EQF level above 4, on that alignment', () => {
    const c = validMbo()
    const i = alignmentIndex(c, 'ext:EQF')
    c.credentialSubject.achievement.alignment[i].targetCode = '5'
    expectOneFinding(c, 'mbo', 'MBO-LEVEL', 'warning', `${ACH}.alignment[${i}]`)
  })

  it('warns on an NLQF level outside 1-4, 4+, entry', () => {
    for (const code of ['5', '4++', 4]) {
      const c = validMbo()
      const i = alignmentIndex(c, 'ext:NLQF')
      c.credentialSubject.achievement.alignment[i].targetCode = code
      expectOneFinding(c, 'mbo', 'MBO-LEVEL', 'warning', `${ACH}.alignment[${i}]`)
    }
  })

  it('does not accept NLQF-only codes for EQF', () => {
    const c = validMbo()
    const i = alignmentIndex(c, 'ext:EQF')
    c.credentialSubject.achievement.alignment[i].targetCode = '4+'
    expectOneFinding(c, 'mbo', 'MBO-LEVEL', 'warning', `${ACH}.alignment[${i}]`)
  })
})

describe('MBO-QA', () => {
  it('passes with the mbo pilot framework', () => {
    expectNoFinding(validMbo(), 'mbo', 'MBO-QA')
  })

  it('warns, on the alignment list, when the quality agreement is another framework', () => {
    const c = validMbo()
    c.credentialSubject.achievement.alignment[alignmentIndex(c, 'ext:QualityAssurance')].targetUrl = 'https://npuls.nl/doorbouwen-aan-microcredentials'
    expectOneFinding(c, 'mbo', 'MBO-QA', 'warning', `${ACH}.alignment`)
  })

  it('warns when the framework URL is on an alignment of another type', () => {
    const c = validMbo()
    c.credentialSubject.achievement.alignment[alignmentIndex(c, 'ext:QualityAssurance')].targetType = 'ext:Framework'
    expectOneFinding(c, 'mbo', 'MBO-QA', 'warning', `${ACH}.alignment`)
  })
})
