import { describe, expect, it } from 'vitest'
import { validateCredential, validateSpec } from '../../src/index.js'
import { loadExample } from '../build/helpers.js'
import { minimalBadge } from '../helpers/credentials.js'
import { QUALITY_NOW, validHbo, validMbo } from './helpers.js'

describe('validateCredential', () => {
  it('the example microcredentials are valid under their own profile, picked by auto', () => {
    const mbo = validateCredential(validMbo(), { now: QUALITY_NOW })
    expect(mbo.profile).toBe('mbo')
    expect(mbo.findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(mbo.valid).toBe(true)
    const hbo = validateCredential(validHbo(), { now: QUALITY_NOW })
    expect(hbo.profile).toBe('hbo')
    expect(hbo.valid).toBe(true)
  })

  it('auto falls back to eu for a plain badge; ob3 checks the Open Badges rules only', () => {
    const badge = minimalBadge('did:web:example.nl')
    const eu = validateCredential(badge, { now: QUALITY_NOW })
    expect(eu.profile).toBe('eu')
    expect(eu.valid).toBe(false)
    expect(eu.findings.map((f) => f.rule)).toContain('EU-M6')
    expect(validateCredential(badge, { profile: 'ob3', now: QUALITY_NOW })).toMatchObject({ profile: 'ob3', valid: true, findings: [] })
  })

  it('bad input gives findings, never an exception', () => {
    for (const input of [null, undefined, 'x', 42, [], {}, { type: 5, credentialSubject: 'me', issuer: [] }, { credentialSubject: { achievement: { alignment: 'x', SBU: '240' } } }]) {
      for (const profile of ['ob3', 'eu', 'mbo', 'hbo', 'wo', 'auto'] as const) {
        const report = validateCredential(input, { profile, now: QUALITY_NOW })
        expect(report.valid).toBe(false)
        expect(report.findings.length).toBeGreaterThan(0)
        for (const f of report.findings) expect(f.path.startsWith('$')).toBe(true)
      }
    }
  })

  it('findings are sorted by severity, then path, and the same input gives the same findings', () => {
    const c = validMbo()
    c.credentialSubject.achievement.SBU = 100
    delete c.awardedDate
    const a = validateCredential(c, { profile: 'mbo', now: QUALITY_NOW })
    expect(validateCredential(structuredClone(c), { profile: 'mbo', now: QUALITY_NOW })).toEqual(a)
    const rank = { error: 0, warning: 1, info: 2 }
    for (let i = 1; i < a.findings.length; i++) {
      const [p, q] = [a.findings[i - 1], a.findings[i]] as [typeof a.findings[0], typeof a.findings[0]]
      expect(rank[p.severity] < rank[q.severity] || (rank[p.severity] === rank[q.severity] && p.path <= q.path)).toBe(true)
    }
    expect(a.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['MBO-SBU-STEP', 'MBO-SBU-240', 'EU-M5']))
    for (const f of a.findings) expect(f.messageNl, f.rule).toBeTruthy()
  })
})

describe('validateSpec', () => {
  it('a well-formed example spec is valid under its profile', () => {
    const report = validateSpec(loadExample('mbo-zorg-microcredential'), { now: QUALITY_NOW })
    expect(report.profile).toBe('mbo')
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([])
  })

  it('structural problems come first, as SPEC findings with paths in the spec', () => {
    const report = validateSpec({ achievement: { name: 5 } })
    expect(report.valid).toBe(false)
    expect(report.findings.every((f) => f.rule === 'SPEC')).toBe(true)
    expect(report.findings.map((f) => f.path)).toEqual(expect.arrayContaining(['$.issuer', '$.achievement.name']))
    expect(validateSpec('nonsense').findings[0]).toMatchObject({ rule: 'SPEC', path: '$' })
  })

  it('a well-formed spec that breaks a pilot rule gets that rule\'s finding', () => {
    const spec = loadExample('mbo-zorg-microcredential') as unknown as Record<string, any>
    spec.achievement.workload = { sbu: 40 }
    const report = validateSpec(spec, { profile: 'mbo', now: QUALITY_NOW })
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toContain('MBO-SBU-MIN')
  })
})
