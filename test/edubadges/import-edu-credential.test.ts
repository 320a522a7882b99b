import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importEduCredential, type ImportNote } from '../../src/edubadges/index.js'
import { buildCredential, checkSpec, InvalidArgumentError, type MicrocredentialSpec } from '../../src/index.js'
import { ROOT } from '../helpers/fixtures.js'
import { eduCredentials, leaves, type Json } from './helpers.js'

/** The `type` values buildCredential writes itself (structure, not facts). */
const STRUCTURE_TYPES = new Set([
  'VerifiableCredential', 'OpenBadgeCredential', 'Profile', 'Address', 'IdentifierEntry', 'AchievementSubject', 'Achievement',
  'EducredentialAchievement', 'Image', 'Alignment', 'ResultDescription', 'Result', 'Evidence',
])

const covers = (note: ImportNote, path: string): boolean => path === note.path || path.startsWith(`${note.path}.`) || path.startsWith(`${note.path}[`)

/** A copy of the spec that builds: the problems checkSpec names are repaired or removed (their values stay in the original). */
function buildable(spec: MicrocredentialSpec): MicrocredentialSpec {
  const copy = structuredClone(spec) as Json
  copy.recipient = { ...copy.recipient, name: 'Test' }
  if (copy.achievement.description === '') copy.achievement.description = 'repaired'
  if (checkSpec(copy).some((p) => p.path === '$.achievement.assessment.identityChecked')) delete copy.achievement.assessment.identityChecked
  return copy as MicrocredentialSpec
}

describe('importEduCredential: every eduCredentials example', () => {
  const examples = eduCredentials()

  it('has all 30 examples', () => {
    expect(examples).toHaveLength(30)
  })

  it.each(examples)('%s: the facts land in the spec', (file, c) => {
    const { spec, report } = importEduCredential(c)
    const ach = c.credentialSubject.achievement
    expect(spec.id).toBe(c.id)
    expect(spec.issuer.id).toBe(c.issuer.id)
    expect(spec.issuer.name).toBe(c.issuer.name)
    expect(spec.issuer.country).toBe(c.issuer.address.addressCountryCode)
    expect(spec.issuer.address).toEqual({
      countryName: c.issuer.address.addressCountry, locality: c.issuer.address.addressLocality,
      street: c.issuer.address.streetAddress, postalCode: c.issuer.address.postalCode,
    })
    const brin = (c.issuer.otherIdentifier ?? []).find((o: Json) => o.identifierType === 'ext:BRIN')?.identifier
    expect(spec.issuer.identifiers?.brin).toBe(brin !== undefined && /^[0-9A-Z]{4}$/.test(brin) ? brin : undefined)
    expect(spec.recipient).toEqual({ id: c.credentialSubject.id })
    expect(spec.dates).toEqual({ validFrom: c.validFrom, ...(c.validUntil === undefined ? {} : { validUntil: c.validUntil }) })

    const a = spec.achievement
    expect(a.id).toBe(ach.id)
    expect(a.name).toBe(ach.name)
    expect(a.description).toBe(ach.description)
    expect(a.criteria).toEqual({ narrative: ach.criteria.narrative })
    expect(a.image).toBe(ach.image.id)
    expect(a.language).toBe(ach.inLanguage)
    expect(a.kind).toBe(/microcredential/.test(file) ? 'microcredential' : /regular/.test(file) ? 'regular' : 'extracurricular')
    const workload = JSON.parse(JSON.stringify({ ects: ach.ECTS, sbu: ach.SBU, hours: ach.timeInvestment }))
    expect(a.workload).toEqual(Object.keys(workload).length === 0 ? undefined : workload)
    expect(a.sector).toBe(ach.SBU === undefined ? undefined : 'mbo')
    const eqf = (ach.alignment ?? []).find((x: Json) => x.targetType === 'ext:EQF')
    expect(a.level?.eqf).toBe(eqf === undefined ? undefined : Number(eqf.targetCode))
    const qa = (ach.alignment ?? []).find((x: Json) => x.targetType === 'ext:QualityAssurance')
    expect(a.qualityAgreement).toEqual(qa === undefined ? undefined : { name: qa.targetName, url: qa.targetUrl, text: qa.targetDescription })
    expect(a.participation).toEqual(ach.participationType === undefined ? undefined : [ach.participationType])
    expect(a.assessment).toEqual(ach.assessmentType === undefined ? undefined : {
      types: [ach.assessmentType], supervision: ach.supervisionType, identityChecked: ach.identityChecked,
    })
    expect(a.programmes).toEqual(ach.educationProgramIdentifier === undefined ? undefined : [{ system: 'RIO', code: String(ach.educationProgramIdentifier) }])
    const rd = ach.resultDescription[0]
    expect(a.gradeScale).toEqual({ id: rd.id, name: rd.name, resultType: rd.resultType, valueMin: rd.valueMin, valueMax: rd.valueMax, requiredValue: rd.requiredValue })
    expect(spec.result).toEqual({ value: c.credentialSubject.result[0].value })
    expect(spec.evidence?.length).toBe(c.evidence?.length)

    // Every value the spec cannot take is named, and the report says why checkSpec refuses a spec.
    expect(report.every((n) => n.message.length > 0 && (n.severity === 'info' || n.severity === 'warning'))).toBe(true)
    const specProblems = checkSpec(spec).map((p) => `spec:${p.path}`)
    expect(report.filter((n) => n.path.startsWith('spec:') && !n.message.includes('EU Annex I')).map((n) => n.path)).toEqual(specProblems)
    // A microcredential without learning outcomes (none of eduCredentials' examples has one) is named too.
    const annex = report.filter((n) => n.message.includes('EU Annex I')).map((n) => n.path)
    expect(annex.includes('spec:$.achievement.learningOutcomes')).toBe(spec.achievement.kind === 'microcredential')
  })

  it.each(examples)('%s: no loss: every value lands in the spec (or the credential it builds) or the report names it', (_file, c) => {
    const { spec, report } = importEduCredential(c)
    const built = buildCredential(buildable(spec), { issuerId: spec.issuer.id ?? 'did:example:issuer' })
    const inSpec = new Set(leaves(spec).map((l) => String(l.value)))
    const inBuilt = new Set(leaves(built).map((l) => String(l.value)))
    const lost = leaves(c).filter(({ path, value }) => {
      if (value === '' || value === null) return false
      if (report.some((n) => covers(n, path))) return false
      if (/\.type(\[\d+\])?$/.test(path)) return !STRUCTURE_TYPES.has(String(value))
      return !inSpec.has(String(value)) && !inBuilt.has(String(value))
    })
    expect(lost).toEqual([])
  })

  it('names the values the spec cannot hold: schacHome, malformed BRIN, quality decision code, foreign EQF page, digestMultibase', () => {
    const byFile = Object.fromEntries(examples)
    const theed = importEduCredential(byFile['theed_microcredential_full_ho.json']).report
    expect(theed).toContainEqual(expect.objectContaining({ path: '$.issuer.otherIdentifier[1]', severity: 'warning', message: expect.stringContaining('"university.naboo"') }))
    expect(theed).toContainEqual(expect.objectContaining({ path: '$.credentialSubject.achievement.alignment[0].targetCode', message: expect.stringContaining('AV-4223') }))
    expect(theed).toContainEqual(expect.objectContaining({ path: '$.credentialSubject.achievement.alignment[1].targetUrl', message: expect.stringContaining('http://data.europa.eu/snb/eqf/4') }))
    const uvh = importEduCredential(byFile['uvh_at_microcredential_full_1.json']).report
    expect(uvh).toContainEqual(expect.objectContaining({ path: '$.issuer.otherIdentifier[0]', severity: 'warning', message: expect.stringContaining('"UN1VH" is not a 4-character instellingscode') }))
    const mbo = importEduCredential(byFile['mbob_zw_ssb_microcredential_full.json']).report
    expect(mbo).toContainEqual(expect.objectContaining({ path: '$.evidence[0].digestMultibase', severity: 'warning' }))
  })

  it('reports the eduCredentials contradiction (onsite with identity verification, identityChecked false) as a spec problem', () => {
    const { spec, report } = importEduCredential(Object.fromEntries(examples)['mbob_eo_eov_extracurricular_full.json'])
    expect(spec.achievement.assessment).toEqual({ types: ['application of a skill'], supervision: 'onsite with identity verification', identityChecked: false })
    expect(report).toContainEqual({ path: 'spec:$.achievement.assessment.identityChecked', severity: 'warning', message: 'is false but supervision is "onsite with identity verification"' })
  })

  it('reports a result that points at another result description', () => {
    const { report } = importEduCredential(Object.fromEntries(examples)['theed_regular_full_ho.json'])
    expect(report).toContainEqual(expect.objectContaining({ path: '$.credentialSubject.result[0].resultDescription', severity: 'warning' }))
  })
})

describe('importEduCredential: this library\'s own credentials read back', () => {
  it.each(['mbo-zorg-microcredential.spec.json', 'hbo-data-microcredential.spec.json'])('%s: build, import, same facts (recipient hashes aside)', (file) => {
    const spec = JSON.parse(readFileSync(join(ROOT, 'examples', file), 'utf8')) as MicrocredentialSpec & { $schema?: string }
    const issuerId = spec.issuer.id ?? 'did:web:school.example.nl'
    const credential = buildCredential(spec, { issuerId, now: () => new Date('2025-07-01T00:00:00Z') })
    const { spec: back, report } = importEduCredential(credential)
    const { $schema: _, ...expected } = spec
    const eqf = expected.achievement.level?.eqf
    // What buildCredential derives or hashes: issuer id (from options), defaulted dates, and the hashed identifiers.
    expect(back.achievement).toEqual({ ...expected.achievement, level: { ...expected.achievement.level, eqf } })
    expect(back.issuer).toEqual({ ...expected.issuer, id: issuerId, country: expected.issuer.country ?? 'NL' })
    const { id, name } = expected.recipient
    expect(back.recipient).toEqual(JSON.parse(JSON.stringify({ id, name })))
    expect(back.result).toEqual(expected.result)
    expect(back.evidence).toEqual(expected.evidence)
    const hashed = report.filter((n) => n.message.includes('salted hash'))
    expect(hashed.length).toBe(['email', 'eduId', 'studentNumber'].filter((k) => (expected.recipient as Json)[k] !== undefined).length)
  })
})

describe('importEduCredential: untrusted input', () => {
  it('throws InvalidArgumentError only for a non-object', () => {
    for (const bad of [null, 'text', 42, [], true]) expect(() => importEduCredential(bad)).toThrow(InvalidArgumentError)
  })

  it('never throws for bad values, and reports them', () => {
    const weird: Json = {
      '@context': 5, type: 'Thing', id: 7, issuer: ['x'], validFrom: 'yesterday', credentialSubject: [{ achievement: { name: 3, alignment: 'x', ECTS: -2, SBU: 1.5, assessmentType: 'guessing', supervisionType: 'maybe', identityChecked: 'yes', resultDescription: [1, 2], educationProgramIdentifier: { a: 1 } }, result: ['x'], identifier: [{ hashed: false, identityType: 'phone', identityHash: '06' }] }, 'second'],
      evidence: ['x'], credentialSchema: 'x', proof: {},
    }
    const { spec, report } = importEduCredential(weird)
    expect(spec.achievement.workload).toBeUndefined()
    const paths = report.map((n) => n.path)
    for (const p of ['$.id', '$.issuer', '$.validFrom', '$.credentialSubject[1]', '$.credentialSubject[0].achievement.ECTS', '$.credentialSubject[0].achievement.SBU',
      '$.credentialSubject[0].achievement.assessmentType', '$.credentialSubject[0].achievement.supervisionType', '$.credentialSubject[0].achievement.identityChecked',
      '$.credentialSubject[0].identifier[0]', '$.evidence[0]', '$.proof']) {
      expect(paths, p).toContain(p)
    }
  })

  it('survives any value in any field (objects and list items)', () => {
    const base = Object.fromEntries(eduCredentials())['theed_microcredential_full_ho.json'] as Json
    const paths = (v: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> => {
      if (Array.isArray(v)) return v.flatMap((x, i) => [[...prefix, i], ...paths(x, [...prefix, i])])
      if (typeof v === 'object' && v !== null) return Object.entries(v).flatMap(([k, x]) => [[...prefix, k], ...paths(x, [...prefix, k])])
      return []
    }
    const values: unknown[] = [null, 0, -3, 2.5, '', 'x', false, [], ['a', 1], {}, { id: 5 }, 'constructor']
    for (const path of paths(base)) {
      for (const value of values) {
        const doc = structuredClone(base)
        let node: any = doc
        for (const k of path.slice(0, -1)) node = node[k]
        node[path[path.length - 1] as string | number] = value
        const { spec, report } = importEduCredential(doc)
        expect(spec).toBeTypeOf('object')
        expect(Array.isArray(report)).toBe(true)
      }
    }
  })

  it('treats prototype names as unknown values', () => {
    const { spec, report } = importEduCredential(JSON.parse(`{
      "type": ["VerifiableCredential", "OpenBadgeCredential"], "__proto__": { "polluted": true },
      "issuer": { "id": "did:web:x.nl", "name": "X", "otherIdentifier": [{ "identifier": "1", "identifierType": "constructor" }, { "identifier": "2", "identifierType": "toString" }] },
      "credentialSubject": { "identifier": [{ "hashed": false, "identityType": "constructor", "identityHash": "x" }],
        "achievement": { "name": "n", "description": "d", "criteria": { "narrative": "c" }, "alignment": [{ "targetType": "ext:QualityAssurance", "targetName": "Q", "targetUrl": "https://q.nl", "targetCode": "toString" }] } }
    }`))
    expect(({} as Json).polluted).toBeUndefined()
    expect(spec.issuer.identifiers).toBeUndefined()
    expect(spec.recipient).toEqual({})
    expect(report.map((n) => n.path)).toEqual(expect.arrayContaining([
      '$.issuer.otherIdentifier[0]', '$.issuer.otherIdentifier[1]', '$.credentialSubject.identifier[0]',
      '$.credentialSubject.achievement.alignment[0].targetCode', '$.__proto__.polluted',
    ]))
  })

  it('reads VCDM 1.1 dates and achievementType', () => {
    const { spec, report } = importEduCredential({
      type: ['VerifiableCredential', 'OpenBadgeCredential'], issuer: { id: 'did:web:x.nl', name: 'X' }, issuanceDate: '2024-01-01T00:00:00Z', expirationDate: '2025-01-01T00:00:00Z',
      credentialSubject: { id: 'did:example:1', achievement: { name: 'n', description: 'd', criteria: { narrative: 'c' }, achievementType: 'Course' } },
    })
    expect(spec.dates).toEqual({ validFrom: '2024-01-01T00:00:00Z', validUntil: '2025-01-01T00:00:00Z' })
    expect(spec.achievement.kind).toBe('regular')
    expect(report.map((n) => n.path)).toEqual(expect.arrayContaining(['$.issuanceDate', '$.expirationDate']))
    expect(report.filter((n) => n.path.startsWith('spec:'))).toEqual([])
  })
})
