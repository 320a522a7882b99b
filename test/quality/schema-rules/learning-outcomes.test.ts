import { describe, expect, it } from 'vitest'
import { validHbo, validMbo } from '../helpers.js'
import { ACH, expectNoFinding, expectOneFinding } from './expect-finding.js'

/** Index of the mbo example's ESCO-linked learning outcome. */
function escoIndex(c: Record<string, any>): number {
  const i = (c.credentialSubject.achievement.alignment as Array<{ targetUrl?: string }>).findIndex((a) => a.targetUrl?.startsWith('http://data.europa.eu/esco/'))
  if (i < 0) throw new Error('the mbo example has no ESCO link')
  return i
}

describe('LO-ESCO', () => {
  it('passes with a well-formed ESCO skill link (the mbo example) and without ESCO links', () => {
    expectNoFinding(validMbo(), 'mbo', 'LO-ESCO')
    expectNoFinding(validHbo(), 'hbo', 'LO-ESCO')
  })

  it('passes with an ESCO occupation link', () => {
    const c = validMbo()
    c.credentialSubject.achievement.alignment[escoIndex(c)].targetUrl = 'http://data.europa.eu/esco/occupation/b8a4fcd8-1d9c-4a4c-8d6c-1a2b3c4d5e6f'
    expectNoFinding(c, 'mbo', 'LO-ESCO')
  })

  it('fails on a malformed ESCO link, on its targetUrl', () => {
    const bad = [
      'http://data.europa.eu/esco/skill/326809fc',
      'http://data.europa.eu/esco/skill/326809FC-238D-40C2-881E-40042F7F2F0D',
      'http://data.europa.eu/esco/isco/C2221',
      'http://data.europa.eu/esco/skill/326809fc-238d-40c2-881e-40042f7f2f0d/',
      'https://data.europa.eu/esco/skill/326809fc-238d-40c2-881e-40042f7f2f0d',
    ]
    for (const url of bad) {
      const c = validMbo()
      const i = escoIndex(c)
      c.credentialSubject.achievement.alignment[i].targetUrl = url
      const f = expectOneFinding(c, 'mbo', 'LO-ESCO', 'error', `${ACH}.alignment[${i}].targetUrl`)
      expect(f.message).toContain('ESCO')
    }
  })

  it('applies under hbo and wo too, but not under eu', () => {
    const c = validHbo()
    c.credentialSubject.achievement.alignment[0].targetUrl = 'http://data.europa.eu/esco/skill/nope'
    expectOneFinding(c, 'hbo', 'LO-ESCO', 'error', `${ACH}.alignment[0].targetUrl`)
    expectOneFinding(c, 'wo', 'LO-ESCO', 'error', `${ACH}.alignment[0].targetUrl`)
    expectNoFinding(c, 'eu', 'LO-ESCO')
  })
})
