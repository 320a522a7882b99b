import { describe, expect, it } from 'vitest'
import { EDUBADGES_VALUE_SETS, importEdubadges, splitLearningOutcomes, toEdubadgesExtensions } from '../../src/edubadges/index.js'
import { bcp47ToEdubadgesLanguage, edubadgesLanguageToBcp47 } from '../../src/edubadges/language-tags.js'
import { ACHIEVEMENT_KINDS, ASSESSMENT_TYPES, PARTICIPATION_TYPES, SUPERVISION_TYPES, type MicrocredentialSpec } from '../../src/index.js'

const badgeClass = (fields: Record<string, unknown>): Record<string, unknown> => ({ type: 'BadgeClass', name: 'n', description: 'd', criteria: { narrative: 'c' }, ...fields })
const specWith = (achievement: Partial<MicrocredentialSpec['achievement']>): MicrocredentialSpec =>
  ({ issuer: { name: 'X' }, recipient: {}, achievement: { name: 'n', description: 'd', criteria: { narrative: 'c' }, ...achievement } }) as MicrocredentialSpec

describe('the value-set table, edubadges → spec', () => {
  it.each(EDUBADGES_VALUE_SETS.participation.map((r) => [r.edubadges, r.spec] as const))('participation %s → %s', (key, value) => {
    const { spec, report } = importEdubadges(badgeClass({ participation: key }))
    expect(spec.achievement.participation).toEqual(value === null ? undefined : [value])
    if (value === null) expect(report).toContainEqual(expect.objectContaining({ path: '$.participation', severity: 'warning' }))
  })

  it.each(EDUBADGES_VALUE_SETS.assessment.map((r) => [r.edubadges, r.spec] as const))('assessment %s → %s', (key, value) => {
    const { spec, report } = importEdubadges(badgeClass({ assessmentType: key }))
    expect(spec.achievement.assessment?.types).toEqual(value === null ? undefined : [value])
    if (value === null) expect(report).toContainEqual(expect.objectContaining({ path: '$.assessmentType', severity: 'warning' }))
  })

  it.each(EDUBADGES_VALUE_SETS.badgeClassType.map((r) => [r.edubadges, r.spec] as const))('badge class type %s → %s', (key, kind) => {
    expect(importEdubadges(badgeClass({ typeBadgeClass: key })).spec.achievement.kind).toBe(kind)
  })

  it.each(EDUBADGES_VALUE_SETS.supervision.map((r) => [r.assessmentSupervised, r.assessmentIdVerified, r.spec] as const))(
    'supervised %s, identity verified %s → %s', (supervised, verified, supervision) => {
      const { spec } = importEdubadges(badgeClass({ assessmentType: 'written_exam', participation: 'onsite', assessmentSupervised: supervised, assessmentIdVerified: verified }))
      expect(spec.achievement.assessment?.supervision).toBe(supervision ?? undefined)
    },
  )

  it('reads several comma-joined keys, each spec value once, in the spec\'s order', () => {
    const { spec } = importEdubadges(badgeClass({ participation: 'blended,online,onsite', assessmentType: 'oram_exam, report_paper,written_exam' }))
    expect(spec.achievement.participation).toEqual(['online', 'onsite or blended'])
    expect(spec.achievement.assessment?.types).toEqual(['testing'])
  })

  it('accepts the EU phrases of the OB 3.0 design as they are', () => {
    const { spec, report } = importEdubadges(badgeClass({ participation: ['onsite or blended', 'work experience'], assessmentType: 'recognition of prior learning' }))
    expect(spec.achievement.participation).toEqual(['onsite or blended', 'work experience'])
    expect(spec.achievement.assessment?.types).toEqual(['recognition of prior learning'])
    expect(report.filter((n) => n.path === '$.participation' || n.path === '$.assessmentType')).toEqual([])
  })
})

describe('the value-set table, spec → edubadges → spec', () => {
  it('every spec value has exactly one exported key', () => {
    for (const [set, values] of [['participation', PARTICIPATION_TYPES], ['assessment', ASSESSMENT_TYPES], ['badgeClassType', ACHIEVEMENT_KINDS]] as const) {
      for (const value of values) {
        expect(EDUBADGES_VALUE_SETS[set].filter((r) => r.export && r.spec === value), `${set} ${value}`).toHaveLength(1)
      }
    }
    for (const value of SUPERVISION_TYPES) expect(EDUBADGES_VALUE_SETS.supervision.filter((r) => r.export.includes(value)), value).toHaveLength(1)
  })

  it.each(PARTICIPATION_TYPES.map((v) => [v]))('participation %s comes back', (value) => {
    const ob2 = toEdubadgesExtensions(specWith({ participation: [value] }))
    expect(ob2.participation).toBe(EDUBADGES_VALUE_SETS.participation.find((r) => r.export && r.spec === value)?.edubadges)
    expect(importEdubadges(badgeClass(ob2)).spec.achievement.participation).toEqual([value])
  })

  it.each(ASSESSMENT_TYPES.map((v) => [v]))('assessment %s comes back', (value) => {
    const ob2 = toEdubadgesExtensions(specWith({ assessment: { types: [value] } }))
    expect(importEdubadges(badgeClass(ob2)).spec.achievement.assessment?.types).toEqual([value])
  })

  it.each(ACHIEVEMENT_KINDS.map((v) => [v]))('kind %s comes back', (kind) => {
    const ob2 = toEdubadgesExtensions(specWith({ kind }))
    expect(importEdubadges(badgeClass(ob2)).spec.achievement.kind).toBe(kind)
  })

  it.each(SUPERVISION_TYPES.map((v) => [v]))('supervision %s comes back (online: with online participation)', (supervision) => {
    const participation = supervision === 'supervised online' ? ['online' as const] : ['onsite or blended' as const]
    const ob2 = toEdubadgesExtensions(specWith({ participation, assessment: { types: ['testing'], supervision } }))
    const back = importEdubadges(badgeClass(ob2)).spec.achievement.assessment
    expect(back).toEqual({ types: ['testing'], supervision })
  })

  it('writes keys comma-joined and sorted, as edubadges stores them', () => {
    const ob2 = toEdubadgesExtensions(specWith({ participation: ['work experience', 'online'], assessment: { types: ['portfolio', 'testing', 'application of a skill'] } }))
    expect(ob2.participation).toBe('online,work_experience')
    expect(ob2.assessmentType).toBe('portfolio_assessment,professional_product,written_exam')
  })
})

describe('language codes', () => {
  it.each([['nl_NL', 'nl-NL'], ['en_EN', 'en-EN'], ['Nl_Nl', 'nl-NL'], ['En_En', 'en-EN'], ['de_DE', 'de-DE'], ['fr', 'fr'], ['nl-nl', 'nl-NL']])('%s → %s', (edubadges, tag) => {
    expect(edubadgesLanguageToBcp47(edubadges)).toBe(tag)
    const { spec } = importEdubadges(badgeClass({ 'extensions:LanguageExtension': { Language: edubadges } }))
    expect(spec.achievement.language).toBe(tag)
  })

  it.each([['nl-NL', 'nl_NL'], ['nl', 'nl_NL'], ['en', 'en_EN'], ['en-GB', 'en_GB'], ['sr-Latn-RS', 'sr_RS'], ['fy', 'fy']])('%s → %s', (tag, edubadges) => {
    expect(bcp47ToEdubadgesLanguage(tag)).toBe(edubadges)
  })

  it('reports a value that is no language code', () => {
    expect(edubadgesLanguageToBcp47('Dutch (NL)')).toBeUndefined()
  })
})

describe('splitLearningOutcomes', () => {
  it('splits bullets (- * + •) and numbered lines, keeps the text, returns the introduction apart', () => {
    expect(splitLearningOutcomes('De deelnemer:\n- analyseert **data**;\n* rapporteert,\n+ evalueert\n• ontwerpt')).toEqual({
      outcomes: ['analyseert **data**;', 'rapporteert,', 'evalueert', 'ontwerpt'], other: ['De deelnemer:'],
    })
    expect(splitLearningOutcomes('1. Analyseert\n2) Ontwerpt\n10. Evalueert')).toEqual({ outcomes: ['Analyseert', 'Ontwerpt', 'Evalueert'], other: [] })
  })

  it('joins continuation lines, also of a loose list; keeps headings and closing text apart; handles \\r\\n', () => {
    const md = '### Leeruitkomsten\r\n\r\n- Past aseptische\r\n  technieken toe.\r\n\r\n- Rapporteert\r\n\r\n  in het dossier.\r\n\r\nBeoordeeld in de praktijk.'
    expect(splitLearningOutcomes(md)).toEqual({
      outcomes: ['Past aseptische technieken toe.', 'Rapporteert in het dossier.'],
      other: ['### Leeruitkomsten', 'Beoordeeld in de praktijk.'],
    })
  })

  it('a text without a list is one outcome, as written; bold markers and rules are no bullets', () => {
    expect(splitLearningOutcomes('  **Kan** een zorgplan opstellen.\nEn evalueren.  ')).toEqual({ outcomes: ['**Kan** een zorgplan opstellen.\nEn evalueren.'], other: [] })
    expect(splitLearningOutcomes('---\n*nadruk*')).toEqual({ outcomes: ['---\n*nadruk*'], other: [] })
    expect(splitLearningOutcomes('')).toEqual({ outcomes: [], other: [] })
    expect(splitLearningOutcomes('- \n-   \n')).toEqual({ outcomes: ['- \n-'], other: [] })
  })

  it('the export writes one outcome as itself and several as a list that splits back', () => {
    for (const outcomes of [['Past wondzorg toe.'], ['Stelt op:\n- een plan'], ['A', 'B, met komma', '3. C']]) {
      const ob2 = toEdubadgesExtensions(specWith({ learningOutcomes: outcomes }))
      const text = (ob2['extensions:LearningOutcomeExtension'] as Record<string, string>).LearningOutcome as string
      expect(splitLearningOutcomes(text).outcomes).toEqual(outcomes.length === 1 && outcomes[0]?.includes('\n') ? [outcomes[0].replace(/\s*\n\s*/g, ' ')] : outcomes)
    }
  })
})
