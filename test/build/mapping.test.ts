import { createHash } from 'node:crypto'
import { describe, it, expect } from 'vitest'
import { buildCredential, hashIdentifier } from '../../src/build/index.js'
import { MICROCREDENTIALS_CONTEXT, OB_EXTENSIONS_CONTEXT } from '../../src/contexts/urls.js'
import { QUALITY_FRAMEWORKS, type Alignment, type MicrocredentialSpec, type OpenBadgeCredential, type Profile } from '../../src/model/index.js'
import { buildExample, deterministicOptions, minimalSpec } from './helpers.js'

const build = (spec: MicrocredentialSpec, seed = 1) => buildCredential(spec, deterministicOptions(seed))
const ach = (c: OpenBadgeCredential) => c.credentialSubject.achievement
const byType = (c: OpenBadgeCredential, t: string): Alignment[] => (ach(c).alignment ?? []).filter((a) => a.targetType === t)
const issuerOf = (c: OpenBadgeCredential): Profile => {
  if (typeof c.issuer === 'string') throw new Error('issuer is a string')
  return c.issuer
}
const withAchievement = (extra: Partial<MicrocredentialSpec['achievement']>): MicrocredentialSpec => {
  const spec = minimalSpec()
  spec.achievement = { ...spec.achievement, ...extra }
  return spec
}

describe('level', () => {
  it('maps EQF onto an ext:EQF alignment with the EU URI', () => {
    const [eqf, ...rest] = byType(build(withAchievement({ level: { eqf: 6 } })), 'ext:EQF')
    expect(rest).toEqual([])
    expect(eqf).toMatchObject({ type: ['Alignment'], targetCode: '6', targetUrl: 'http://data.europa.eu/snb/eqf/6', targetName: 'EQF level 6' })
  })

  it('derives EQF 4 from NLQF 4+ and links the NLQF 4+ concept', () => {
    const c = build(withAchievement({ level: { nlqf: '4+' } }))
    expect(byType(c, 'ext:EQF').map((a) => a.targetUrl)).toEqual(['http://data.europa.eu/snb/eqf/4'])
    expect(byType(c, 'ext:NLQF')).toEqual([expect.objectContaining({ targetCode: '4+', targetUrl: 'http://data.europa.eu/snb/qdr/c_c2700f4e' })])
  })

  it('gives NLQF entry level no EQF alignment', () => {
    const c = build(withAchievement({ level: { nlqf: 'entry' } }))
    expect(byType(c, 'ext:EQF')).toEqual([])
    expect(byType(c, 'ext:NLQF')[0]?.targetUrl).toBe('http://data.europa.eu/snb/qdr/c_b42dd23b')
  })

  it('writes levelVerified as a profile term', () => {
    expect(ach(build(withAchievement({ level: { eqf: 4, verified: true } }))).levelVerified).toBe(true)
  })
})

describe('workload', () => {
  it('writes SBU as a profile term and no creditsAvailable', () => {
    const a = ach(build(withAchievement({ workload: { sbu: 240 } })))
    expect(a.SBU).toBe(240)
    expect(a.creditsAvailable).toBeUndefined()
    expect(a.ECTS).toBeUndefined()
  })

  it('writes ECTS natively (creditsAvailable) and as the ECTS term; hours as timeInvestment', () => {
    const a = ach(build(withAchievement({ workload: { ects: 2.5, hours: 70 } })))
    expect(a.creditsAvailable).toBe(2.5)
    expect(a.ECTS).toBe(2.5)
    expect(a.timeInvestment).toBe(70)
  })
})

describe('recipient', () => {
  it('hashes the normalised email with a salt from the injected randomness', () => {
    const spec = minimalSpec()
    spec.recipient = { email: '  Jan.Jansen@Example.ORG ' }
    const [entry, ...rest] = build(spec, 16).credentialSubject.identifier ?? []
    expect(rest).toEqual([])
    const salt = Buffer.from(Array.from({ length: 16 }, (_, i) => 16 + i)).toString('hex')
    const expected = createHash('sha256').update(`jan.jansen@example.org${salt}`, 'utf8').digest('hex')
    expect(entry).toEqual({ type: 'IdentityObject', hashed: true, identityType: 'emailAddress', salt, identityHash: `sha256$${expected}` })
    expect(build(spec, 16).credentialSubject.id).toBeUndefined()
  })

  it('matches the OB 3.0 spec vector', () => {
    expect(hashIdentifier('a@example.com', 'Kosher')).toBe('sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399')
  })

  it('uses a fresh salt per identifier and keeps the DID and plain name', () => {
    const spec = minimalSpec()
    spec.recipient = { id: 'did:example:123', eduId: 'eduid-1', studentNumber: ' 12345 ', name: 'Jan Jansen' }
    const subject = build(spec).credentialSubject
    expect(subject.id).toBe('did:example:123')
    const ids = subject.identifier ?? []
    expect(ids.map((i) => i.identityType)).toEqual(['ext:eduID', 'sisSourcedId', 'name'])
    expect(ids[0]?.salt).not.toBe(ids[1]?.salt)
    expect(ids[1]?.identityHash).toBe(hashIdentifier('12345', ids[1]?.salt ?? ''))
    expect(ids[2]).toEqual({ type: 'IdentityObject', hashed: false, identityHash: 'Jan Jansen', identityType: 'name' })
  })

  it('draws new salts for every credential by default', () => {
    const spec = minimalSpec()
    spec.recipient = { email: 'jan@example.org' }
    const a = buildCredential(spec).credentialSubject.identifier?.[0]
    const b = buildCredential(spec).credentialSubject.identifier?.[0]
    expect(a?.salt).toMatch(/^[0-9a-f]{32}$/)
    expect(a?.salt).not.toBe(b?.salt)
    expect(a?.identityHash).not.toBe(b?.identityHash)
  })
})

describe('quality agreement', () => {
  it('maps a preset onto an ext:QualityAssurance alignment carrying the framework text', () => {
    const [qa] = byType(build(withAchievement({ qualityAgreement: 'mbo-pilot' })), 'ext:QualityAssurance')
    const f = QUALITY_FRAMEWORKS['mbo-pilot']
    expect(qa).toEqual({ type: ['Alignment'], targetType: 'ext:QualityAssurance', targetName: f.name, targetUrl: f.url, targetDescription: f.text, targetCode: 'mbo-pilot' })
    expect(qa?.targetDescription).toContain('240 SBU')
  })

  it('accepts custom agreements next to a preset', () => {
    const c = build(withAchievement({ qualityAgreement: ['hbo-wo-pilot', { name: 'NVAO-accreditatie', url: 'https://www.nvao.net/' }] }))
    expect(byType(c, 'ext:QualityAssurance').map((a) => a.targetName)).toEqual([QUALITY_FRAMEWORKS['hbo-wo-pilot'].name, 'NVAO-accreditatie'])
  })
})

describe('learning outcomes and alignments', () => {
  it('makes one alignment per outcome, anchored under the achievement id unless linked', () => {
    const c = build(withAchievement({
      id: 'https://example.nl/a/1',
      learningOutcomes: ['Analyseert data.', { text: 'Ontwerpt een dashboard.', url: 'http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a', framework: 'ESCO' }],
      alignments: [{ targetName: 'Extra', targetUrl: 'https://example.nl/x', targetType: 'ext:Other' }],
    }))
    expect(byType(c, 'ext:LearningOutcome').map((a) => [a.targetName, a.targetUrl, a.targetFramework])).toEqual([
      ['Analyseert data.', 'https://example.nl/a/1#learning-outcome-1', undefined],
      ['Ontwerpt een dashboard.', 'http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a', 'ESCO'],
    ])
    expect(byType(c, 'ext:Other')).toEqual([{ type: ['Alignment'], targetName: 'Extra', targetUrl: 'https://example.nl/x', targetType: 'ext:Other' }])
  })
})

describe('issuer', () => {
  it('writes institution identifiers, country and the faculty as creator with parentOrg', () => {
    const spec = minimalSpec()
    spec.issuer = { ...spec.issuer, identifiers: { brin: '22OJ', rio: '123A456', oin: '00000001812345678000', kvk: '12345678' }, faculty: { name: 'Faculteit X' } }
    const c = build(spec)
    const issuer = issuerOf(c)
    expect(issuer.address).toEqual({ type: ['Address'], addressCountryCode: 'NL' })
    expect(issuer.otherIdentifier?.map((i) => [i.identifierType, i.identifier])).toEqual([
      ['ext:BRIN', '22OJ'], ['ext:RIO', '123A456'], ['ext:OIN', '00000001812345678000'], ['ext:KvK', '12345678'],
    ])
    expect(ach(c).creator).toMatchObject({ type: ['Profile'], name: 'Faculteit X', parentOrg: { id: 'did:web:example.nl', name: 'Voorbeeld College' } })
    expect(ach(c).creator?.id).toMatch(/^urn:uuid:/)
  })

  it('takes the issuer id from options when the spec has none', () => {
    const spec = minimalSpec()
    delete spec.issuer.id
    expect(issuerOf(buildCredential(spec, deterministicOptions(1, { issuerId: 'did:key:z6MkTest' }))).id).toBe('did:key:z6MkTest')
  })
})

describe('achievement kind, profile terms and contexts', () => {
  it('marks a microcredential natively and leaves the profile out when no profile term is used', () => {
    const c = build(minimalSpec())
    expect(ach(c).achievementType).toBe('MicroCredential')
    expect(ach(c).type).toEqual(['Achievement'])
    expect(c['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'])
  })

  it('maps regular and extracurricular kinds and honours an explicit achievementType', () => {
    expect(ach(build(withAchievement({ kind: 'regular' }))).achievementType).toBe('Course')
    expect(ach(build(withAchievement({ kind: 'extracurricular' }))).achievementType).toBe('CoCurricular')
    expect(ach(build(withAchievement({ achievementType: 'Certificate' }))).achievementType).toBe('Certificate')
  })

  it('adds the profile type and context with the assessment terms; derives identityChecked', () => {
    const c = build(withAchievement({
      sector: 'wo', participation: ['online'],
      assessment: { types: ['testing'], supervision: 'supervised with no identity verification' },
    }))
    expect(ach(c).type).toEqual(['Achievement', 'EducredentialAchievement'])
    expect(c['@context']).toContain(MICROCREDENTIALS_CONTEXT)
    expect(ach(c)).toMatchObject({ sector: 'wo', assessmentType: ['testing'], participationType: ['online'], supervisionType: 'supervised with no identity verification', identityChecked: false })
  })

  it('adds the extensions context only for 1EdTech extension types', () => {
    expect(buildCredential(minimalSpec(), deterministicOptions(1, { includeCredentialSchema: true }))['@context']).toContain(OB_EXTENSIONS_CONTEXT)
    expect(build(minimalSpec())['@context']).not.toContain(OB_EXTENSIONS_CONTEXT)
  })

  it('writes programme codes natively and as educationProgramIdentifier', () => {
    const a = ach(build(withAchievement({ programmes: [{ system: 'CROHO', code: '34479' }, { system: 'RIO', code: '1009O1234' }] })))
    expect(a.otherIdentifier).toEqual([
      { type: 'IdentifierEntry', identifier: '34479', identifierType: 'ext:CROHO' },
      { type: 'IdentifierEntry', identifier: '1009O1234', identifierType: 'ext:RIO' },
    ])
    expect(a.educationProgramIdentifier).toEqual(['34479', '1009O1234'])
  })

  it('writes stackability and what it stacks towards', () => {
    const a = ach(build(withAchievement({ stackability: { option: 'stackable', towards: [{ name: 'Ad Zorg', url: 'https://example.nl/ad' }, { name: 'Keuzedeel' }] } })))
    expect(a.stackability).toBe('stackable')
    expect(a.stackableTowards).toEqual([{ id: 'https://example.nl/ad', name: 'Ad Zorg' }, { name: 'Keuzedeel' }])
  })
})

describe('dates, ids, grade and evidence', () => {
  it('defaults validFrom and awardedDate to now, in UTC with Z', () => {
    const c = build(minimalSpec())
    expect(c.validFrom).toBe('2025-09-01T12:34:56Z')
    expect(c.awardedDate).toBe(c.validFrom)
    expect(c.validUntil).toBeUndefined()
  })

  it('converts offsets and date-only values to UTC', () => {
    const spec = minimalSpec()
    spec.dates = { validFrom: '2025-06-30T10:00:00+02:00', validUntil: '2030-06-30', awardedDate: '2025-06-27' }
    const c = build(spec)
    expect([c.validFrom, c.validUntil, c.awardedDate]).toEqual(['2025-06-30T08:00:00Z', '2030-06-30T00:00:00Z', '2025-06-27T00:00:00Z'])
  })

  it('uses urn:uuid ids from the injected generator when none are given', () => {
    const c = build(minimalSpec())
    expect(ach(c).id).toBe('urn:uuid:00000000-0000-4000-8000-000000000001')
    expect(c.id).toBe('urn:uuid:00000000-0000-4000-8000-000000000002')
  })

  it('generates RFC 9562 version 4 uuids by default', () => {
    expect(buildCredential(minimalSpec()).id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('links the result to the grade scale', () => {
    const c = buildExample('hbo-data-microcredential')
    const [scale] = ach(c).resultDescription ?? []
    expect(scale).toMatchObject({ id: 'https://www.hogeschool-lindenhaven.example.nl/microcredentials/data-analyse-python#grade-scale', valueMin: '1', valueMax: '10', requiredValue: '5.5' })
    expect(c.credentialSubject.result).toEqual([{ type: ['Result'], resultDescription: scale?.id, value: '7.8' }])
  })

  it('writes evidence with an array type', () => {
    const c = buildExample('mbo-zorg-microcredential')
    expect(c.evidence?.[0]).toMatchObject({ type: ['Evidence'], genre: 'Portfolio' })
  })
})
