import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importEdubadges, importEduCredential, toEdubadgesExtensions } from '../../src/edubadges/index.js'
import type { MicrocredentialSpec } from '../../src/index.js'
import { ROOT } from '../helpers/fixtures.js'
import { badgeClassBaseOf, badgeClassWith, eduCredentials, edubadgesFacts, localFixture, PRODUCTION, supervisionContradicts, type Json } from './helpers.js'

/** Sorted copies of the multi-valued fields, whose order edubadges does not keep. */
function sortedFacts(spec: MicrocredentialSpec, supervision = true): Json {
  const facts = edubadgesFacts(spec, { supervision })
  for (const key of ['participation', 'assessmentTypes']) if (Array.isArray(facts.achievement[key])) facts.achievement[key].sort()
  return facts
}

describe('toEdubadgesExtensions: the OB 2.0 objects', () => {
  it('writes each extension with the production @context URL and type, plus the microcredential fields', () => {
    const spec = importEdubadges(localFixture('mbo-microcredential-assertion-expanded.json')).spec
    const ob2 = toEdubadgesExtensions(spec)
    expect(ob2['extensions:StudyLoadExtension']).toEqual({
      '@context': 'https://api.edubadges.nl/extensions/StudyLoadExtension/context.json', type: ['Extension', 'extensions:StudyLoadExtension'], StudyLoad: 240,
    })
    expect(ob2['extensions:LanguageExtension']).toMatchObject({ Language: 'nl_NL' })
    expect(ob2['extensions:EQFExtension']).toMatchObject({ EQF: 4 })
    expect(ob2['extensions:EducationProgramIdentifierExtension']).toMatchObject({ EducationProgramIdentifier: [25655] })
    expect(ob2).toMatchObject({
      typeBadgeClass: 'micro_credential', participation: 'onsite,work_experience', assessmentType: 'professional_product',
      assessmentSupervised: true, assessmentIdVerified: false, stackable: false, eqfNlqfLevelVerified: false,
      qualityAssuranceName: 'Kwaliteitskader voor pilot microcredentials mbo 2024 - 2025', qualityAssuranceUrl: 'https://npuls.nl/microcredentials-mbo/',
    })
    expect(ob2.issuer).toMatchObject({
      type: 'Issuer', name: 'ROC Zuidwaard',
      'extensions:InstitutionIdentifierExtension': { '@context': 'https://api.edubadges.nl/extensions/InstitutionIdentifierExtension/context.json', type: ['Extension', 'extensions:InstitutionIdentifierExtension'], InstitutionIdentifier: '25ZW' },
      'extensions:InstitutionCountryExtension': { InstitutionCountry: 'NL' },
    })
  })

  it('takes another extensions root', () => {
    const spec = importEdubadges(localFixture('hbo-microcredential-badgeclass-expanded.json')).spec
    const ob2 = toEdubadgesExtensions(spec, { extensionsRoot: 'https://w3id.org/openbadges/extensions/' })
    expect((ob2['extensions:ECTSExtension'] as Json)['@context']).toBe('https://w3id.org/openbadges/extensions/ECTSExtension/context.json')
  })

  it('writes an EQF level for an NLQF-only spec, and nothing for an empty one', () => {
    const spec = { issuer: { name: 'X' }, recipient: {}, achievement: { name: 'n', description: 'd', criteria: {}, level: { nlqf: '4+' } } } as MicrocredentialSpec
    expect(toEdubadgesExtensions(spec)['extensions:EQFExtension']).toMatchObject({ EQF: 4 })
    expect(Object.keys(toEdubadgesExtensions({ issuer: { name: 'X' }, recipient: {}, achievement: { name: 'n', description: 'd', criteria: {} } }))).toEqual(['issuer'])
  })
})

describe('round trip: importEdubadges(badgeClassWith(toEdubadgesExtensions(spec))) gives the same facts', () => {
  const badgeClasses: Array<[string, Json, Json | undefined]> = [
    ['production badge class + issuer', PRODUCTION.badgeClass(), PRODUCTION.issuer()],
    ['hbo badge class (expanded)', localFixture('hbo-microcredential-badgeclass-expanded.json'), undefined],
    ['mbo badge class (embedded in the assertion)', localFixture('mbo-microcredential-assertion-expanded.json').badge, undefined],
  ]

  it.each(badgeClasses)('%s: the whole achievement and issuer', (_name, badgeClass, issuer) => {
    const first = importEdubadges(badgeClass, issuer === undefined ? {} : { issuer }).spec
    const again = importEdubadges(badgeClassWith(badgeClass, toEdubadgesExtensions(first))).spec
    expect(again.achievement).toEqual(first.achievement)
    expect(again.issuer).toEqual(first.issuer)
  })

  it('production assertion: the whole spec', () => {
    const first = importEdubadges(PRODUCTION.assertion(), { badgeClass: PRODUCTION.badgeClass(), issuer: PRODUCTION.issuer() }).spec
    const assertion = { ...PRODUCTION.assertion(), badge: badgeClassWith(PRODUCTION.badgeClass(), toEdubadgesExtensions(first)) }
    expect(importEdubadges(assertion).spec).toEqual(first)
  })

  it('mbo assertion (expanded): the whole spec', () => {
    const fixture = localFixture('mbo-microcredential-assertion-expanded.json')
    const first = importEdubadges(fixture).spec
    const badge = { ...badgeClassWith(fixture.badge, toEdubadgesExtensions(first)), grade_achieved: fixture.badge.grade_achieved }
    expect(importEdubadges({ ...fixture, badge }).spec).toEqual(first)
  })

  it('production issuer', () => {
    const first = importEdubadges(PRODUCTION.issuer()).spec
    const again = importEdubadges(badgeClassWith({}, toEdubadgesExtensions(first))).spec
    expect(again.issuer).toEqual(first.issuer)
  })

  it('the extension examples', () => {
    const examples = localFixture('extension-examples.json')
    const issuer: Json = { type: 'Issuer', name: 'SURF' }
    const badgeClass: Json = { type: 'BadgeClass', name: 'n', description: 'd', criteria: { narrative: 'c' }, issuer }
    for (const [key, value] of Object.entries(examples)) (/Institution|GradingTable/.test(key) ? issuer : badgeClass)[key] = value
    const first = importEdubadges(badgeClass).spec
    const again = importEdubadges(badgeClassWith(badgeClass, toEdubadgesExtensions(first))).spec
    expect(again.achievement).toEqual(first.achievement)
    expect(again.issuer).toEqual(first.issuer)
  })

  it.each(eduCredentials())('eduCredentials %s: the facts edubadges can hold', (_file, credential) => {
    const first = importEduCredential(credential).spec
    const again = importEdubadges(badgeClassWith(badgeClassBaseOf(first), toEdubadgesExtensions(first))).spec
    // A supervision value that contradicts identityChecked comes back as what the two booleans say.
    const supervision = !supervisionContradicts(first)
    expect(sortedFacts(again, supervision)).toEqual(sortedFacts(first, supervision))
  })

  it.each(['mbo-zorg-microcredential.spec.json', 'hbo-data-microcredential.spec.json'])('the example spec %s: the facts edubadges can hold', (file) => {
    const first = JSON.parse(readFileSync(join(ROOT, 'examples', file), 'utf8')) as MicrocredentialSpec
    const again = importEdubadges(badgeClassWith(badgeClassBaseOf(first), toEdubadgesExtensions(first))).spec
    expect(sortedFacts(again)).toEqual(sortedFacts(first))
  })

  it('"supervised online" comes back as "onsite with identity verification" unless participation is only online (documented)', () => {
    const first = JSON.parse(readFileSync(join(ROOT, 'examples', 'hbo-data-microcredential.spec.json'), 'utf8')) as MicrocredentialSpec
    const again = importEdubadges(badgeClassWith(badgeClassBaseOf(first), toEdubadgesExtensions(first))).spec
    expect(first.achievement.assessment?.supervision).toBe('supervised online')
    expect(again.achievement.assessment).toEqual({ types: ['testing', 'application of a skill'], supervision: 'onsite with identity verification' })
  })
})
