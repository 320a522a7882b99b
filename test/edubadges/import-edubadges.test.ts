import { describe, expect, it } from 'vitest'
import { importEdubadges, type ImportNote } from '../../src/edubadges/index.js'
import { checkSpec, InvalidArgumentError, QUALITY_FRAMEWORKS } from '../../src/index.js'
import { FRAMEWORKS, localFixture, PRODUCTION, type Json } from './helpers.js'

const paths = (report: ImportNote[]): string[] => report.filter((n) => !n.message.includes('EU Annex I')).map((n) => n.path)
const annex = (report: ImportNote[]): string[] => report.filter((n) => n.message.includes('EU Annex I')).map((n) => n.path)
const note = (report: ImportNote[], path: string): ImportNote | undefined => report.find((n) => n.path === path)

describe('importEdubadges: the 2022 production samples', () => {
  it('badge class: the facts, language en_EN → en-EN, the learning outcome list split, the issuer missing', () => {
    const { spec, report } = importEdubadges(PRODUCTION.badgeClass())
    expect(spec.achievement).toEqual({
      id: 'https://api.edubadges.nl/public/badges/EqLuTedxSEaQneSmWWlF4g',
      name: 'Edubadge account complete',
      description: PRODUCTION.badgeClass().description,
      criteria: { narrative: PRODUCTION.badgeClass().criteria.narrative },
      image: 'https://api.edubadges.nl/public/badges/EqLuTedxSEaQneSmWWlF4g/image',
      language: 'en-EN',
      learningOutcomes: ['you have a basic understanding of edubadges,', 'you have a basic understanding how to use eduID.'],
    })
    expect(spec.issuer).toEqual({})
    expect(note(report, '$.issuer')?.message).toContain('pass the issuer JSON as options.issuer')
    expect(note(report, '$["extensions:LanguageExtension"].Language')).toMatchObject({ severity: 'info', message: expect.stringContaining('"en-EN"') })
    expect(report).toContainEqual(expect.objectContaining({
      path: '$["extensions:LearningOutcomeExtension"].LearningOutcome',
      message: expect.stringContaining('text outside the list is not a learning outcome'),
    }))
    expect(note(report, '$')).toMatchObject({ severity: 'warning', message: expect.stringContaining('no badge class type') })
    expect(note(report, '$.achievementType')?.severity).toBe('info')
    // The spec check names what is missing: the issuer's name and the learner; with no kind it is read as a
    // microcredential, which lacks these Annex I facts.
    expect(paths(report).filter((p) => p.startsWith('spec:'))).toEqual(['spec:$.issuer.name', 'spec:$.recipient'])
    expect(annex(report)).toEqual(['workload', 'level', 'assessment.types', 'participation', 'qualityAgreement'].map((f) => `spec:$.achievement.${f}`))
  })

  it('badge class with options.issuer: the institution is the issuer, the edubadges issuer its faculty', () => {
    const { spec, report } = importEdubadges(PRODUCTION.badgeClass(), { issuer: PRODUCTION.issuer() })
    expect(spec.issuer).toEqual({
      name: 'SURF',
      email: 'support@edubadges.nl',
      description: PRODUCTION.issuer().description,
      image: 'https://api.edubadges.nl/public/issuers/lQ67BQQQS-eBx5syJGpazg/image',
      identifiers: { brin: '0000' },
      faculty: { id: 'https://api.edubadges.nl/public/issuers/lQ67BQQQS-eBx5syJGpazg', name: 'SURF - Team edubadges', url: 'https://surf.nl/edubadges' },
    })
    expect(note(report, 'issuer:$["extensions:GradingTableExtension"].GradingTableURL')?.message).toContain('https://www.surf.nl/')
    expect(note(report, 'issuer:$.image_english')?.severity).toBe('info')
    expect(paths(report).filter((p) => p.startsWith('spec:'))).toEqual(['spec:$.recipient'])
  })

  it('issuer alone: the issuer, and the spec check asks for the achievement and learner', () => {
    const { spec, report } = importEdubadges(PRODUCTION.issuer())
    expect(spec.issuer.name).toBe('SURF')
    expect(spec.issuer.faculty?.name).toBe('SURF - Team edubadges')
    expect(spec.achievement).toEqual({})
    expect(paths(report).filter((p) => p.startsWith('spec:'))).toEqual(
      expect.arrayContaining(['spec:$.achievement.name', 'spec:$.achievement.description', 'spec:$.achievement.criteria', 'spec:$.recipient']),
    )
  })

  it('assertion with its badge class and issuer: dates, the hashed recipient reported, the assertion id', () => {
    const { spec, report } = importEdubadges(PRODUCTION.assertion(), { badgeClass: PRODUCTION.badgeClass(), issuer: PRODUCTION.issuer() })
    expect(spec.id).toBe('https://api.edubadges.nl/public/assertions/a41jSgmsSh6Sa1xcVUku5Q')
    expect(spec.dates).toEqual({ validFrom: '2022-12-05T14:21:04.517352+00:00', awardedDate: '2022-12-05T14:21:04.517352+00:00' })
    expect(spec.achievement.name).toBe('Edubadge account complete')
    expect(spec.issuer.name).toBe('SURF')
    expect(spec.recipient).toEqual({})
    expect(note(report, '$.recipient')).toMatchObject({ severity: 'warning', message: expect.stringContaining('sha256$fe7d52dd') })
    expect(note(report, '$.verification')?.severity).toBe('info')
    expect(note(report, '$.image')?.severity).toBe('info')
    expect(report.filter((n) => n.path.startsWith('badgeClass:$')).length).toBeGreaterThan(0)
    expect(paths(report).filter((p) => p.startsWith('spec:'))).toEqual(['spec:$.recipient'])
  })

  it('assertion alone: the badge class is reported missing, with how to pass it', () => {
    const { spec, report } = importEdubadges(PRODUCTION.assertion())
    expect(spec.achievement).toEqual({})
    expect(note(report, '$.badge')?.message).toContain('options.badgeClass')
  })

  it('warns when an option does not match the URL the input names', () => {
    const other = { ...PRODUCTION.badgeClass(), id: 'https://api.edubadges.nl/public/badges/OTHER' }
    const { report } = importEdubadges(PRODUCTION.assertion(), { badgeClass: other })
    expect(note(report, '$.badge')).toMatchObject({ severity: 'warning', message: expect.stringContaining('OTHER') })
  })
})

describe('importEdubadges: the expanded microcredential forms', () => {
  it('hbo badge class (?expand=micro): every microcredential field', () => {
    const { spec, report } = importEdubadges(localFixture('hbo-microcredential-badgeclass-expanded.json'))
    expect(spec.achievement).toMatchObject({
      kind: 'microcredential', language: 'nl-NL', workload: { ects: 5 }, level: { eqf: 6, verified: true },
      learningOutcomes: [
        'een zorgvraag van een cliënt thuis analyseren met de methode van klinisch redeneren;',
        'verpleegkundige interventies kiezen en onderbouwen met richtlijnen;',
        'de zorg evalueren en bijstellen samen met cliënt, naasten en huisarts.',
      ],
      participation: ['online', 'onsite or blended'],
      assessment: { types: ['testing', 'portfolio'], supervision: 'onsite with identity verification' },
      qualityAgreement: 'hbo-wo-pilot',
      stackability: { option: 'stackable' },
      programmes: [{ system: 'CROHO', code: '34476' }],
      alignments: [{ targetName: "monitor patient's health condition", targetUrl: 'http://data.europa.eu/esco/skill/7d2c3ad4-7f1e-4c7b-9c44-2d7e9d7c5a11', targetDescription: 'ESCO skill', targetFramework: 'ESCO', targetCode: 'S1.5.2' }],
      tags: ['wijkverpleging', 'klinisch redeneren'],
    })
    expect(spec.achievement.sector).toBeUndefined()
    expect(spec.issuer).toMatchObject({ name: 'Hogeschool Voorbeeld', country: 'NL', identifiers: { brin: '21PB' }, faculty: { name: 'Faculteit Gezondheid' } })
    expect(note(report, '$.issuer.name_english')?.message).toContain('Faculty of Health')
    expect(note(report, '$.gradeAchievedRequired')?.severity).toBe('info')
    expect(report.filter((n) => n.severity === 'warning').map((n) => n.path)).toEqual(['spec:$.recipient'])
  })

  it('mbo assertion (?expand=badge): grade, evidence, narrative, sector and CREBO from the StudyLoad', () => {
    const { spec, report } = importEdubadges(localFixture('mbo-microcredential-assertion-expanded.json'))
    expect(spec.achievement).toMatchObject({
      kind: 'microcredential', sector: 'mbo', workload: { sbu: 240 }, level: { eqf: 4, verified: false },
      participation: ['onsite or blended', 'work experience'],
      assessment: { types: ['application of a skill'], supervision: 'supervised with no identity verification' },
      qualityAgreement: 'mbo-pilot', stackability: { option: 'stand-alone' }, programmes: [{ system: 'CREBO', code: '25655' }],
      gradeScale: { name: 'Grade' },
      criteria: { url: 'https://www.roc-zuidwaard.example.nl/microcredentials/palliatieve-zorg-thuis/criteria', narrative: expect.any(String) },
    })
    // A continued list item is joined with a space.
    expect(spec.achievement.learningOutcomes?.[1]).toBe('Past comfortbevorderende interventies toe bij mondzorg, huidzorg en positionering.')
    expect(spec.result).toEqual({ value: '8' })
    expect(spec.dates).toEqual({ validFrom: '2025-06-27T14:21:04.517352+00:00', validUntil: '2030-06-27T14:21:04.517352+00:00', awardedDate: '2025-06-27T14:21:04.517352+00:00' })
    expect(spec.evidence).toEqual([
      { id: 'https://portfolio.roc-zuidwaard.example.nl/deelnemers/2024-118734/palliatieve-zorg', name: 'Portfolio palliatieve zorg', narrative: 'Zorgplan en beoordeling van de praktijkopleider.' },
      { narrative: 'Praktijkexamen afgenomen bij Thuiszorg De Linde.' },
    ])
    expect(spec.issuer).toEqual({
      name: 'ROC Zuidwaard', url: 'https://www.roc-zuidwaard.example.nl', email: 'examenbureau@roc-zuidwaard.example.nl',
      description: 'ROC Zuidwaard biedt mbo-opleidingen en microcredentials in zorg en welzijn.', country: 'NL', identifiers: { brin: '25ZW' },
    })
    expect(note(report, 'spec:$.achievement.gradeScale')?.severity).toBe('info')
    expect(note(report, '$.badge')?.message).toContain('sector "mbo" inferred from the StudyLoad')
    expect(report.filter((n) => n.severity === 'warning').map((n) => n.path)).toEqual(['$.recipient', 'spec:$.recipient'])
  })

  it('reads the snake_case model names and the legacy flag too', () => {
    const { spec } = importEdubadges({
      type: 'BadgeClass', name: 'n', description: 'd', criteria: { narrative: 'c' }, is_micro_credentials: true,
      assessment_type: 'knowledge_test', assessment_supervised: false, assessment_id_verified: false,
      quality_assurance_name: 'NVAO', quality_assurance_url: 'https://www.nvao.net/', eqf_nlqf_level_verified: true,
    })
    expect(spec.achievement).toMatchObject({
      kind: 'microcredential', assessment: { types: ['testing'], supervision: 'unsupervised with no identity verification' },
      qualityAgreement: { name: 'NVAO', url: 'https://www.nvao.net/' }, level: { verified: true },
    })
  })

  it('reads the quality framework of an alignment (edubadges before July 2024)', () => {
    const f = FRAMEWORKS.micro_credentials_framework
    const { spec, report } = importEdubadges({
      type: 'BadgeClass', name: 'n', description: 'd', criteria: { narrative: 'c' },
      alignment: [{ targetName: f.name, targetUrl: f.url, targetDescription: f.description }],
    })
    expect(spec.achievement.qualityAgreement).toBe('hbo-wo-pilot')
    expect(spec.achievement.alignments).toBeUndefined()
    expect(note(report, '$.alignment[0]')?.message).toContain('before July 2024')
  })

  it('keeps an older version of a preset framework as a custom agreement, and says so', () => {
    const f = QUALITY_FRAMEWORKS['hbo-wo-pilot']
    const old = 'https://www.versnellingsplan.nl/en/Kennisbank/pilot-microcredentials-2/'
    const { spec, report } = importEdubadges({
      type: 'BadgeClass', name: 'n', description: 'd', criteria: { narrative: 'c' },
      qualityAssuranceName: f.name, qualityAssuranceUrl: old, qualityAssuranceDescription: 'oude tekst',
    })
    expect(spec.achievement.qualityAgreement).toEqual({ name: f.name, url: old, text: 'oude tekst' })
    expect(note(report, '$.qualityAssuranceDescription')?.message).toContain('URL and text differ from the built-in "hbo-wo-pilot"')
  })

  it('supervised with identity verification and online only participation: supervised online', () => {
    const { spec } = importEdubadges({ type: 'BadgeClass', participation: 'online', assessmentType: 'oram_exam', assessmentSupervised: true, assessmentIdVerified: true })
    expect(spec.achievement.assessment).toEqual({ types: ['testing'], supervision: 'supervised online' })
  })

  it('identity verified without supervision: only identityChecked, with a note', () => {
    const { spec, report } = importEdubadges({ type: 'BadgeClass', assessmentType: 'written_exam', assessmentSupervised: false, assessmentIdVerified: true })
    expect(spec.achievement.assessment).toEqual({ types: ['testing'], identityChecked: true })
    expect(note(report, '$.assessmentSupervised')?.message).toContain('no Annex I value')
  })
})

describe('importEdubadges: the 11 extensions', () => {
  const examples = localFixture('extension-examples.json')
  const on = (name: string): boolean => /Institution|GradingTable/.test(name)

  it('each badge-class extension example lands on its spec field', () => {
    const badgeClass: Json = { type: 'BadgeClass', name: 'n', description: 'd', criteria: { narrative: 'c' } }
    for (const [key, value] of Object.entries(examples)) if (!on(key)) badgeClass[key] = value
    const { spec, report } = importEdubadges(badgeClass)
    expect(spec.achievement).toMatchObject({
      language: 'nl-NL', learningOutcomes: ['Will appreciate the role of clinical reasoning in home care.'],
      level: { eqf: 6 }, workload: { ects: 2.5, sbu: 240, hours: 84 }, programmes: [{ system: 'CREBO', code: '56823' }], sector: 'mbo',
    })
    expect(report.filter((n) => n.severity === 'warning' && !n.path.startsWith('spec:')).map((n) => n.path)).toEqual(['$'])
  })

  it('each issuer extension example lands on its spec field (the grading table is reported)', () => {
    const issuer: Json = { type: 'Issuer', name: 'SURF' }
    for (const [key, value] of Object.entries(examples)) if (on(key)) issuer[key] = value
    const { spec, report } = importEdubadges(issuer)
    expect(spec.issuer).toEqual({ name: 'SURF', country: 'NL', identifiers: { brin: '22OJ' } })
    expect(note(report, '$["extensions:GradingTableExtension"].GradingTableURL')?.message).toContain('https://www.surf.nl/')
  })

  it('reports an extension on the wrong document, an unknown one, and one without its value', () => {
    const { report } = importEdubadges({
      type: 'BadgeClass',
      'extensions:InstitutionIdentifierExtension': examples['extensions:InstitutionIdentifierExtension'],
      'extensions:BadgeColourExtension': { Colour: 'red' },
      'extensions:ECTSExtension': { type: ['Extension', 'extensions:ECTSExtension'] },
    })
    expect(note(report, '$["extensions:InstitutionIdentifierExtension"]')?.message).toContain('belongs on the Issuer')
    expect(note(report, '$["extensions:BadgeColourExtension"]')?.message).toContain('unknown extension')
    expect(note(report, '$["extensions:ECTSExtension"]')?.message).toContain('has no "ECTS" value')
  })

  it('tolerates the server validator\'s GradingTable key and a stringified programme list', () => {
    const { spec, report } = importEdubadges({
      type: 'BadgeClass', 'extensions:EducationProgramIdentifierExtension': { EducationProgramIdentifier: '[56823, 34476]' },
      issuer: { type: 'Issuer', name: 'X', 'extensions:GradingTableExtension': { GradingTable: 'https://x.nl/g' } },
    })
    expect(spec.achievement.programmes).toEqual([{ system: 'CROHO', code: '56823' }, { system: 'CROHO', code: '34476' }])
    expect(note(report, '$.issuer["extensions:GradingTableExtension"].GradingTable')?.severity).toBe('info')
  })
})

describe('importEdubadges: unknown and bad values are reported, never thrown', () => {
  it('unknown value-set keys, a bad EQF level, a bad language, a bad BRIN, EN as a country, unknown fields', () => {
    const { spec, report } = importEdubadges({
      type: 'BadgeClass', name: 'n', description: 'd', criteria: { narrative: 'c' }, typeBadgeClass: 'nano_credential',
      participation: 'blended,hybrid,organized', assessmentType: 'written_exam,personalized_assessment,vibes',
      'extensions:EQFExtension': { EQF: 9 }, 'extensions:LanguageExtension': { Language: 'Nederlands' },
      'extensions:ECTSExtension': { ECTS: 0 }, 'extensions:StudyLoadExtension': { StudyLoad: 80.5 },
      issuer: { type: 'Issuer', name: 'X', 'extensions:InstitutionIdentifierExtension': { InstitutionIdentifier: 'TOOLONG' }, 'extensions:InstitutionCountryExtension': { InstitutionCountry: 'EN' } },
      colour: 'red', formal: true,
    })
    expect(spec.achievement.participation).toEqual(['onsite or blended'])
    expect(spec.achievement.assessment?.types).toEqual(['testing'])
    expect(spec.achievement.level).toBeUndefined()
    expect(spec.achievement.language).toBeUndefined()
    expect(spec.achievement.workload).toBeUndefined()
    expect(spec.achievement.kind).toBeUndefined()
    expect(spec.issuer).toEqual({ name: 'X' })
    const messages = report.map((n) => `${n.path} ${n.message}`)
    for (const expected of [
      '$.participation unknown participation key "hybrid"', '$.participation participation "organized" has no EU Annex I counterpart',
      '$.assessmentType assessment type "personalized_assessment" has no EU Annex I counterpart', '$.assessmentType unknown assessment type key "vibes"',
      '$["extensions:EQFExtension"].EQF 9 is not an EQF level', '$["extensions:LanguageExtension"].Language "Nederlands" is not a language code',
      '$["extensions:ECTSExtension"].ECTS ECTS 0 must be', '$["extensions:StudyLoadExtension"].StudyLoad StudyLoad 80.5 must be',
      '$.typeBadgeClass unknown badge class type', '$.issuer["extensions:InstitutionIdentifierExtension"].InstitutionIdentifier "TOOLONG"',
      '$.issuer["extensions:InstitutionCountryExtension"].InstitutionCountry "EN" is no ISO 3166-1', '$.colour "red" has no place in the spec', '$.formal true has no place in the spec',
    ]) expect(messages.some((m) => m.startsWith(expected)), expected).toBe(true)
  })

  it('throws InvalidArgumentError only for a non-object input', () => {
    for (const bad of [null, undefined, 'x', 1, [], [{}]]) expect(() => importEdubadges(bad)).toThrow(InvalidArgumentError)
  })

  it('survives any value in any field', () => {
    const values: unknown[] = [null, 0, -1, 1.5, '', 'x', true, [], [1, 'a', null], {}, { a: { b: [] } }]
    const base = localFixture('mbo-microcredential-assertion-expanded.json')
    const fields = (o: Json, prefix: string[] = []): string[][] => Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null && !Array.isArray(v) ? [[...prefix, k], ...fields(v as Json, [...prefix, k])] : [[...prefix, k]])
    for (const path of fields(base)) {
      for (const value of values) {
        const doc = structuredClone(base)
        let node: Json = doc
        for (const k of path.slice(0, -1)) node = node[k] as Json
        node[path[path.length - 1] as string] = value
        const { spec, report } = importEdubadges(doc)
        expect(spec).toBeTypeOf('object')
        expect(report.every((n) => typeof n.path === 'string' && typeof n.message === 'string')).toBe(true)
      }
    }
  })

  it('reads OB 2.0 dates without a zone and as Unix time, with notes; reports a revoked assertion', () => {
    const { spec, report } = importEdubadges({ type: 'Assertion', issuedOn: '2024-03-01T10:00:00', expires: 1893456000, revoked: true, revocationReason: 'fraude', recipient: { hashed: false, type: 'email', identity: 'Jan@Example.org' } })
    expect(spec.dates).toEqual({ validFrom: '2024-03-01T10:00:00Z', awardedDate: '2024-03-01T10:00:00Z', validUntil: '2030-01-01T00:00:00.000Z' })
    expect(spec.recipient).toEqual({ email: 'Jan@Example.org' })
    expect(note(report, '$.issuedOn')?.message).toContain('no time zone')
    expect(note(report, '$.expires')?.message).toContain('Unix time')
    expect(note(report, '$.revoked')).toMatchObject({ severity: 'warning', message: expect.stringContaining('fraude') })
    expect(checkSpec(spec).some((p) => p.path === '$.dates.validFrom')).toBe(false)
  })

  it('treats prototype names as unknown extensions and keys', () => {
    const { spec, report } = importEdubadges(JSON.parse('{ "type": "BadgeClass", "extensions:constructor": { "x": 1 }, "extensions:__proto__": { "x": 1 }, "__proto__": { "polluted": true }, "participation": "constructor,toString" }'))
    expect(({} as Json).polluted).toBeUndefined()
    expect(spec.achievement.participation).toBeUndefined()
    expect(report.map((n) => n.path)).toEqual(expect.arrayContaining(['$["extensions:constructor"]', '$["extensions:__proto__"]', '$.__proto__.polluted', '$.participation']))
  })

  it('points an OB 3.0 credential to importEduCredential', () => {
    const { report } = importEdubadges({ type: ['VerifiableCredential', 'OpenBadgeCredential'], issuer: { name: 'X' }, credentialSubject: {} })
    expect(note(report, '$')).toMatchObject({ severity: 'warning', message: expect.stringContaining('use importEduCredential') })
  })

  it('a plain recipient of type id is the eduID', () => {
    const { spec } = importEdubadges({ type: 'Assertion', recipient: { hashed: false, type: 'id', identity: 'a1b2c3' } })
    expect(spec.recipient).toEqual({ eduId: 'a1b2c3' })
  })
})
