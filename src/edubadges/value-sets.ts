/**
 * The value-set table between edubadges and the spec: the keys edubadges' UI stores (comma-joined and
 * sorted, e.g. `blended,online`) and the EU Annex I phrases of the spec (`docs/spec-mapping.md`).
 * {@link importEdubadges} reads with it, {@link toEdubadgesExtensions} writes with it; docs/edubadges.md
 * prints the same table.
 *
 * Sources: edubadges-ui `BadgeclassForm.svelte` and `src/locale/en.js` (current keys since 2 May 2024,
 * legacy keys of April 2024), the edubadges OB3 design enums (educredentials/obv3-examples), and the
 * ELM v3 assessment vocabulary for the nearest EU concept of each key.
 *
 * @module edubadges
 */
import type { AchievementKind, AssessmentType, ParticipationType, SupervisionType } from '../model/vocabulary.js'

/**
 * Where an edubadges key comes from: the current UI, the UI of April 2024 (`legacy`; the UI shows
 * these as "Other" today), or the edubadges OB3 design's enum (`ob3`, accepted as is).
 *
 * @example
 * ```ts
 * const origin: EdubadgesKeyOrigin = 'legacy'
 * ```
 */
export type EdubadgesKeyOrigin = 'ui' | 'legacy' | 'ob3'

/**
 * One row of a value-set table.
 *
 * @example
 * ```ts
 * const row: EdubadgesValueRow<ParticipationType> = { edubadges: 'blended', spec: 'onsite or blended', export: false, origin: 'ui' }
 * ```
 */
export interface EdubadgesValueRow<V extends string> {
  /** The edubadges key. */
  readonly edubadges: string
  /** The spec value it imports as; `null`: no spec value says the same, so the key is reported, not imported. */
  readonly spec: V | null
  /** Whether `toEdubadgesExtensions` writes this key for `spec` (exactly one exported row per spec value). */
  readonly export: boolean
  /** Where the key comes from. */
  readonly origin: EdubadgesKeyOrigin
  /** Why, when the choice is not obvious. */
  readonly note?: string
}

/**
 * One row of the supervision table: edubadges' two booleans and the Annex I supervision value.
 *
 * @example
 * ```ts
 * const row: EdubadgesSupervisionRow = { assessmentSupervised: true, assessmentIdVerified: false, spec: 'supervised with no identity verification', export: ['supervised with no identity verification'] }
 * ```
 */
export interface EdubadgesSupervisionRow {
  readonly assessmentSupervised: boolean
  readonly assessmentIdVerified: boolean
  /** The supervision value read; `null`: none (only `identityChecked` is imported). */
  readonly spec: SupervisionType | null
  /** The supervision values `toEdubadgesExtensions` writes as these two booleans. */
  readonly export: readonly SupervisionType[]
  readonly note?: string
}

/**
 * The value-set tables: participation, assessment type, supervision and badge class type.
 *
 * - `participation` / `assessment`: edubadges stores several keys comma-joined and sorted; each key is
 *   looked up here, several keys may give the same spec value (it is kept once). An EU phrase found
 *   in the field (`onsite or blended`) is accepted as is. Unknown keys and keys with `spec: null` are
 *   reported and not imported.
 * - `supervision`: `assessmentSupervised` + `assessmentIdVerified`. The booleans do not say online or
 *   onsite: supervised with identity verification is read as `supervised online` when the only form of
 *   participation is `online`, else as `onsite with identity verification`.
 * - `badgeClassType`: edubadges `typeBadgeClass` / `badge_class_type` and the spec's `achievement.kind`.
 *
 * @example
 * ```ts
 * import { EDUBADGES_VALUE_SETS } from 'microcredentials/edubadges'
 * EDUBADGES_VALUE_SETS.participation.find((r) => r.edubadges === 'blended')?.spec // 'onsite or blended'
 * ```
 */
export const EDUBADGES_VALUE_SETS: {
  readonly participation: readonly EdubadgesValueRow<ParticipationType>[]
  readonly assessment: readonly EdubadgesValueRow<AssessmentType>[]
  readonly supervision: readonly EdubadgesSupervisionRow[]
  readonly badgeClassType: readonly EdubadgesValueRow<AchievementKind>[]
} = Object.freeze({
  participation: Object.freeze([
    { edubadges: 'online', spec: 'online', export: true, origin: 'ui' },
    { edubadges: 'onsite', spec: 'onsite or blended', export: true, origin: 'ui', note: 'On-site / Op locatie' },
    { edubadges: 'blended', spec: 'onsite or blended', export: false, origin: 'ui', note: 'imports like onsite; written back as onsite' },
    { edubadges: 'work_experience', spec: 'work experience', export: true, origin: 'ui' },
    { edubadges: 'voluntary_work', spec: 'volunteering', export: true, origin: 'legacy', note: 'the only key for volunteering; the current UI shows it as Other' },
    { edubadges: 'personalized', spec: 'personalized learning activities', export: true, origin: 'legacy', note: 'the current UI shows it as Other' },
    { edubadges: 'organized', spec: null, export: false, origin: 'legacy', note: '"organised learning activities" says neither online nor onsite: choose a form of participation' },
    { edubadges: 'practical', spec: null, export: false, origin: 'legacy', note: '"practical" says neither work experience nor onsite: choose a form of participation' },
  ] as const),
  assessment: Object.freeze([
    { edubadges: 'written_exam', spec: 'testing', export: true, origin: 'ui', note: '(Written) exam / Tentamen; ELM "written examination"' },
    { edubadges: 'oram_exam', spec: 'testing', export: false, origin: 'ui', note: 'sic: presentation / oral exam; ELM "oral examination"' },
    { edubadges: 'report_paper', spec: 'testing', export: false, origin: 'ui', note: 'report / paper; ELM "marked assignment"' },
    { edubadges: 'behavioural_assessment', spec: 'application of a skill', export: false, origin: 'ui', note: 'behaviour observed in practice; ELM "practical assessment"' },
    { edubadges: 'professional_product', spec: 'application of a skill', export: true, origin: 'ui', note: 'Beroepsproduct; ELM "artefact assessment"' },
    { edubadges: 'development_report', spec: 'portfolio', export: false, origin: 'ui', note: 'reflection / development report, a portfolio piece' },
    { edubadges: 'portfolio_assessment', spec: 'portfolio', export: true, origin: 'ui', note: 'ELM "portfolio"' },
    { edubadges: 'personalized_assessment', spec: null, export: false, origin: 'ui', note: 'a personalised assessment can be any of the Annex I types: choose one' },
    { edubadges: 'knowledge_test', spec: 'testing', export: false, origin: 'legacy' },
    { edubadges: 'application_skill', spec: 'application of a skill', export: false, origin: 'legacy' },
    { edubadges: 'recognition_acquired_competences', spec: 'recognition of prior learning', export: true, origin: 'legacy', note: 'the only key for recognition of prior learning; the current UI shows it as Other' },
  ] as const),
  supervision: Object.freeze([
    {
      assessmentSupervised: true, assessmentIdVerified: true, spec: 'onsite with identity verification',
      export: ['onsite with identity verification', 'supervised online'],
      note: 'read as "supervised online" when the only form of participation is online',
    },
    { assessmentSupervised: true, assessmentIdVerified: false, spec: 'supervised with no identity verification', export: ['supervised with no identity verification'] },
    { assessmentSupervised: false, assessmentIdVerified: false, spec: 'unsupervised with no identity verification', export: ['unsupervised with no identity verification'] },
    {
      assessmentSupervised: false, assessmentIdVerified: true, spec: null, export: [],
      note: 'identity verified without supervision has no Annex I value: only identityChecked is imported',
    },
  ] as const),
  badgeClassType: Object.freeze([
    { edubadges: 'micro_credential', spec: 'microcredential', export: true, origin: 'ui' },
    { edubadges: 'regular', spec: 'regular', export: true, origin: 'ui' },
    { edubadges: 'extra_curricular', spec: 'extracurricular', export: true, origin: 'ui' },
  ] as const),
})
