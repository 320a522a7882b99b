import { describe, expect, it } from 'vitest'
import { validHbo, validMbo } from '../helpers.js'
import { ACH, alignmentIndex, expectNoFinding, expectOneFinding } from './expect-finding.js'

const LO = 'ext:LearningOutcome'
const QA = 'ext:QualityAssurance'

describe('EU-M1 learner identified', () => {
  it('passes with an id, with identifiers only, and with an id only', () => {
    expectNoFinding(validHbo(), 'eu', 'EU-M1')
    const mbo = validMbo()
    expect(mbo.credentialSubject.id).toBeUndefined()
    expectNoFinding(mbo, 'mbo', 'EU-M1')
    const idOnly = validHbo()
    delete idOnly.credentialSubject.identifier
    expectNoFinding(idOnly, 'hbo', 'EU-M1')
  })

  it('fails once, on the subject, without id and identifier', () => {
    const c = validMbo()
    delete c.credentialSubject.identifier
    const f = expectOneFinding(c, 'mbo', 'EU-M1', 'error', '$.credentialSubject')
    expect(f.message).toContain('credentialSubject.id')
    expect(f.messageNl).toContain('lerende')
  })

  it('fails with an empty identifier list and no id', () => {
    const c = validMbo()
    c.credentialSubject.identifier = []
    expectOneFinding(c, 'eu', 'EU-M1', 'error', '$.credentialSubject')
  })

  it('reports a missing credentialSubject instead of crashing', () => {
    const c = validMbo()
    delete c.credentialSubject
    expectOneFinding(c, 'eu', 'EU-M1', 'error', '$.credentialSubject')
  })
})

describe('EU-M2 title', () => {
  it('passes with a name', () => {
    expectNoFinding(validMbo(), 'eu', 'EU-M2')
  })

  it('fails on an empty or blank name', () => {
    for (const name of ['', '   ']) {
      const c = validMbo()
      c.credentialSubject.achievement.name = name
      expectOneFinding(c, 'eu', 'EU-M2', 'error', `${ACH}.name`)
    }
  })

  it('fails on a missing name', () => {
    const c = validHbo()
    delete c.credentialSubject.achievement.name
    expectOneFinding(c, 'hbo', 'EU-M2', 'error', `${ACH}.name`)
  })

  it('reports a missing achievement on the achievement', () => {
    const c = validMbo()
    delete c.credentialSubject.achievement
    expectOneFinding(c, 'eu', 'EU-M2', 'error', ACH)
  })
})

describe('EU-M3 country of the issuer', () => {
  it('passes with NL and with another ISO code', () => {
    expectNoFinding(validMbo(), 'eu', 'EU-M3')
    const c = validMbo()
    c.issuer.address.addressCountryCode = 'BE'
    expectNoFinding(c, 'eu', 'EU-M3')
  })

  it('fails on a lower-case, three-letter or missing code', () => {
    for (const code of ['nl', 'NLD', 528]) {
      const c = validMbo()
      c.issuer.address.addressCountryCode = code
      expectOneFinding(c, 'eu', 'EU-M3', 'error', '$.issuer.address.addressCountryCode')
    }
    const c = validMbo()
    delete c.issuer.address.addressCountryCode
    expectOneFinding(c, 'eu', 'EU-M3', 'error', '$.issuer.address.addressCountryCode')
  })

  it('fails on a missing address and on a string issuer', () => {
    const noAddress = validHbo()
    delete noAddress.issuer.address
    expectOneFinding(noAddress, 'eu', 'EU-M3', 'error', '$.issuer.address')
    const stringIssuer = validHbo()
    stringIssuer.issuer = stringIssuer.issuer.id
    expectOneFinding(stringIssuer, 'eu', 'EU-M3', 'error', '$.issuer')
  })
})

describe('EU-M4 awarding body', () => {
  it('passes with an issuer name', () => {
    expectNoFinding(validHbo(), 'eu', 'EU-M4')
  })

  it('fails on an empty or missing issuer name', () => {
    const empty = validHbo()
    empty.issuer.name = ''
    expectOneFinding(empty, 'eu', 'EU-M4', 'error', '$.issuer.name')
    const missing = validHbo()
    delete missing.issuer.name
    expectOneFinding(missing, 'hbo', 'EU-M4', 'error', '$.issuer.name')
  })
})

describe('EU-M6 learning outcomes', () => {
  it('passes with learning outcomes', () => {
    expectNoFinding(validMbo(), 'eu', 'EU-M6')
    expectNoFinding(validHbo(), 'eu', 'EU-M6')
  })

  it('fails once, on the alignment list, without any learning-outcome alignment', () => {
    const c = validMbo()
    c.credentialSubject.achievement.alignment = c.credentialSubject.achievement.alignment.filter((a: { targetType: string }) => a.targetType !== LO)
    expectOneFinding(c, 'mbo', 'EU-M6', 'error', `${ACH}.alignment`)
  })

  it('fails on the alignment whose outcome is empty or missing', () => {
    const c = validHbo()
    const i = alignmentIndex(c, LO)
    c.credentialSubject.achievement.alignment[i].targetName = ' '
    expectOneFinding(c, 'hbo', 'EU-M6', 'error', `${ACH}.alignment[${i}]`)
    delete c.credentialSubject.achievement.alignment[i].targetName
    expectOneFinding(c, 'hbo', 'EU-M6', 'error', `${ACH}.alignment[${i}]`)
  })

  it('reports a missing or empty alignment list instead of crashing', () => {
    const missing = validMbo()
    delete missing.credentialSubject.achievement.alignment
    expectOneFinding(missing, 'eu', 'EU-M6', 'error', `${ACH}.alignment`)
    const empty = validMbo()
    empty.credentialSubject.achievement.alignment = []
    expectOneFinding(empty, 'eu', 'EU-M6', 'error', `${ACH}.alignment`)
    const junk = validMbo()
    junk.credentialSubject.achievement.alignment = ['x', null, 3]
    expectOneFinding(junk, 'eu', 'EU-M6', 'error', `${ACH}.alignment`)
  })
})

describe('EU-M7 workload', () => {
  it('passes with SBU, with ECTS, and with hours only', () => {
    expectNoFinding(validMbo(), 'eu', 'EU-M7')
    expectNoFinding(validHbo(), 'eu', 'EU-M7')
    const hours = validHbo()
    delete hours.credentialSubject.achievement.ECTS
    delete hours.credentialSubject.achievement.creditsAvailable
    expect(hours.credentialSubject.achievement.timeInvestment).toBeGreaterThan(0)
    expectNoFinding(hours, 'eu', 'EU-M7')
  })

  it('fails once, on the achievement, without a workload', () => {
    const c = validMbo()
    delete c.credentialSubject.achievement.SBU
    expectOneFinding(c, 'eu', 'EU-M7', 'error', ACH)
  })

  it('fails on a zero workload and on a number written as a string', () => {
    for (const sbu of [0, -80, '240']) {
      const c = validMbo()
      c.credentialSubject.achievement.SBU = sbu
      expectOneFinding(c, 'mbo', 'EU-M7', 'error', ACH)
    }
  })
})

describe('EU-M11 quality assurance', () => {
  it('passes with the pilot frameworks and with another http(s) framework', () => {
    expectNoFinding(validMbo(), 'eu', 'EU-M11')
    expectNoFinding(validHbo(), 'eu', 'EU-M11')
    const other = validHbo()
    const i = alignmentIndex(other, QA)
    other.credentialSubject.achievement.alignment[i].targetName = 'NVAO-accreditatie'
    other.credentialSubject.achievement.alignment[i].targetUrl = 'http://www.nvao.net/'
    expectNoFinding(other, 'eu', 'EU-M11')
  })

  it('fails once, on the alignment list, without a quality-assurance alignment', () => {
    const c = validHbo()
    c.credentialSubject.achievement.alignment = c.credentialSubject.achievement.alignment.filter((a: { targetType: string }) => a.targetType !== QA)
    expectOneFinding(c, 'eu', 'EU-M11', 'error', `${ACH}.alignment`)
  })

  it('fails on the alignment whose URL is not http(s) or whose name is empty', () => {
    for (const [key, value] of [['targetUrl', 'npuls.nl/microcredentials-mbo/'], ['targetUrl', 'ftp://npuls.nl/'], ['targetName', '']] as const) {
      const c = validMbo()
      const i = alignmentIndex(c, QA)
      c.credentialSubject.achievement.alignment[i][key] = value
      expectOneFinding(c, 'mbo', 'EU-M11', 'error', `${ACH}.alignment[${i}]`)
    }
  })

  it('reports a missing alignment list', () => {
    const c = validHbo()
    delete c.credentialSubject.achievement.alignment
    expectOneFinding(c, 'eu', 'EU-M11', 'error', `${ACH}.alignment`)
  })
})
