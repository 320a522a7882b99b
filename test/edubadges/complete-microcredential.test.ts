import { describe, expect, it } from 'vitest'
import { importEdubadges, importEduCredential } from '../../src/edubadges/index.js'
import { buildCredential, checkSpec, validateCredential, type MicrocredentialSpec, type QualityProfile } from '../../src/index.js'
import { eduCredentials, localFixture } from './helpers.js'

const NOW = new Date('2026-01-01T00:00:00Z')
const ISSUER = 'did:web:school.example.nl'

/** What the caller adds: the learner, whom OB 2.0 only gives as a salted hash. */
function completed(spec: MicrocredentialSpec): MicrocredentialSpec {
  return { ...spec, recipient: { eduId: 'urn:example:eduid:5f1c0e3a' } }
}

describe('a complete edubadges microcredential', () => {
  const cases: Array<[string, string, QualityProfile]> = [
    ['hbo badge class (?expand=micro)', 'hbo-microcredential-badgeclass-expanded.json', 'hbo'],
    ['mbo assertion (?expand=badge)', 'mbo-microcredential-assertion-expanded.json', 'mbo'],
  ]

  it.each(cases)('%s: the report explains the one missing required fact, the learner', (_name, file) => {
    const { spec, report } = importEdubadges(localFixture(file))
    expect(checkSpec(spec)).toEqual([{ path: '$.recipient', message: 'must give the learner\'s id (DID) or at least one of email, eduId, studentNumber' }])
    expect(report).toContainEqual({ path: 'spec:$.recipient', severity: 'warning', message: 'must give the learner\'s id (DID) or at least one of email, eduId, studentNumber' })
  })

  it.each(cases)('%s: completed with the learner, it passes checkSpec and buildCredential and validates under its profile without errors', (_name, file, profile) => {
    const spec = completed(importEdubadges(localFixture(file)).spec)
    expect(checkSpec(spec)).toEqual([])
    const credential = buildCredential(spec, { issuerId: ISSUER, now: () => NOW })
    for (const p of [profile, 'auto'] as const) {
      const report = validateCredential(credential, { profile: p, now: NOW })
      expect(report.profile).toBe(profile)
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([])
      expect(report.valid).toBe(true)
    }
    const ach = credential.credentialSubject.achievement as unknown as Record<string, unknown>
    expect(ach.achievementType).toBe('MicroCredential')
    expect(ach.inLanguage).toBe('nl-NL')
  })

  it.each(eduCredentials().filter(([f]) => f.includes('microcredential')))('eduCredentials %s: it builds, and each error validation finds is a missing fact the report names', (_file, c) => {
    const { spec, report } = importEduCredential(c)
    expect(checkSpec(spec)).toEqual([])
    const credential = buildCredential(spec, { issuerId: spec.issuer.id as string, now: () => NOW })
    const errors = validateCredential(credential, { profile: 'eu', now: NOW }).findings.filter((f) => f.severity === 'error')
    const named = report.filter((n) => n.path.startsWith('spec:')).map((n) => /rule (EU-M\d+)/.exec(n.message)?.[1])
    expect(errors.map((f) => f.rule).sort()).toEqual(named.sort())
    // eduCredentials' examples state no learning outcome at all.
    expect(named).toContain('EU-M6')
  })
})
