import { describe, expect, it } from 'vitest'
import { validHbo, validMbo } from '../helpers.js'
import { ACH, expectNoFinding, expectOneFinding } from './expect-finding.js'

describe('NL-COUNTRY', () => {
  it('passes for a Dutch issuer', () => {
    expectNoFinding(validMbo(), 'mbo', 'NL-COUNTRY')
    expectNoFinding(validHbo(), 'hbo', 'NL-COUNTRY')
  })

  it('warns for a foreign issuer under the Dutch profiles only', () => {
    const c = validMbo()
    c.issuer.address.addressCountryCode = 'BE'
    expectOneFinding(c, 'mbo', 'NL-COUNTRY', 'warning', '$.issuer.address.addressCountryCode')
    expectOneFinding(c, 'wo', 'NL-COUNTRY', 'warning', '$.issuer.address.addressCountryCode')
    expectNoFinding(c, 'eu', 'NL-COUNTRY')
  })

  it('leaves a missing country to EU-M3', () => {
    const c = validHbo()
    delete c.issuer.address.addressCountryCode
    expectNoFinding(c, 'hbo', 'NL-COUNTRY')
  })
})

describe('NL-LANGUAGE', () => {
  it('passes with BCP 47 tags', () => {
    expectNoFinding(validMbo(), 'mbo', 'NL-LANGUAGE')
    for (const tag of ['en', 'nl-NL', 'en-GB', 'fry', 'zh-Hant-TW']) {
      const c = validHbo()
      c.credentialSubject.achievement.inLanguage = tag
      expectNoFinding(c, 'hbo', 'NL-LANGUAGE')
    }
  })

  it('fails on a missing language', () => {
    const c = validHbo()
    delete c.credentialSubject.achievement.inLanguage
    const f = expectOneFinding(c, 'hbo', 'NL-LANGUAGE', 'error', `${ACH}.inLanguage`)
    expect(f.messageNl).toContain('onderwijstaal')
  })

  it('fails on edubadges-style and other malformed values', () => {
    for (const value of ['nl_NL', 'Nederlands', '', 'n', ['nl']]) {
      const c = validMbo()
      c.credentialSubject.achievement.inLanguage = value
      expectOneFinding(c, 'mbo', 'NL-LANGUAGE', 'error', `${ACH}.inLanguage`)
    }
  })

  it('is not part of the eu profile', () => {
    const c = validMbo()
    delete c.credentialSubject.achievement.inLanguage
    expectNoFinding(c, 'eu', 'NL-LANGUAGE')
  })
})

describe('NL-PROGRAMME-CODE', () => {
  it('passes with the examples (CREBO, CROHO) and without programme codes', () => {
    expectNoFinding(validMbo(), 'mbo', 'NL-PROGRAMME-CODE')
    expectNoFinding(validHbo(), 'hbo', 'NL-PROGRAMME-CODE')
    const none = validHbo()
    delete none.credentialSubject.achievement.otherIdentifier
    delete none.credentialSubject.achievement.educationProgramIdentifier
    expectNoFinding(none, 'hbo', 'NL-PROGRAMME-CODE')
  })

  it('passes with a RIO programme code and a single-string educationProgramIdentifier', () => {
    const c = validHbo()
    c.credentialSubject.achievement.otherIdentifier.push({ type: 'IdentifierEntry', identifier: '1010O8815', identifierType: 'ext:RIO' })
    c.credentialSubject.achievement.educationProgramIdentifier = ['34479', '1010O8815']
    expectNoFinding(c, 'hbo', 'NL-PROGRAMME-CODE')
    c.credentialSubject.achievement.educationProgramIdentifier = '34479'
    expectNoFinding(c, 'hbo', 'NL-PROGRAMME-CODE')
  })

  it('warns on a CREBO code that is not 5 digits, on the identifier entry', () => {
    for (const code of ['2565', '256555', 'AB123', 25655]) {
      const c = validMbo()
      c.credentialSubject.achievement.otherIdentifier[0].identifier = code
      c.credentialSubject.achievement.educationProgramIdentifier = ['25655']
      expectOneFinding(c, 'mbo', 'NL-PROGRAMME-CODE', 'warning', `${ACH}.otherIdentifier[0]`)
    }
  })

  it('warns on a malformed RIO programme code', () => {
    const c = validHbo()
    c.credentialSubject.achievement.otherIdentifier.push({ type: 'IdentifierEntry', identifier: '34479', identifierType: 'ext:RIO' })
    expectOneFinding(c, 'hbo', 'NL-PROGRAMME-CODE', 'warning', `${ACH}.otherIdentifier[1]`)
  })

  it('warns on an educationProgramIdentifier written as a number or malformed', () => {
    const number = validHbo()
    number.credentialSubject.achievement.educationProgramIdentifier = [34479]
    expectOneFinding(number, 'hbo', 'NL-PROGRAMME-CODE', 'warning', `${ACH}.educationProgramIdentifier[0]`)
    const single = validMbo()
    single.credentialSubject.achievement.educationProgramIdentifier = 'CREBO 25655'
    expectOneFinding(single, 'mbo', 'NL-PROGRAMME-CODE', 'warning', `${ACH}.educationProgramIdentifier`)
  })

  it('ignores identifier entries of other types', () => {
    const c = validHbo()
    c.credentialSubject.achievement.otherIdentifier.push({ type: 'IdentifierEntry', identifier: 'MC-DAP-01', identifierType: 'ext:courseCode' })
    expectNoFinding(c, 'hbo', 'NL-PROGRAMME-CODE')
  })
})
