/**
 * Value sets of the Dutch microcredential profile: the EU Annex I phrases edubadges' OB 3.0 profile uses
 * for assessment, participation and supervision, the sector and kind of an achievement, EQF/NLQF
 * levels with their EU vocabulary URIs, and the `ext:` types this library writes into OB 3.0
 * `alignment[]`, `otherIdentifier[]` and `identifier[]`.
 *
 * Sources: edubadges OB3 design (educredentials/obv3-examples @ a5a6b6d5 : schemas/microcredential.json),
 * EU Council Recommendation 2022 Annex I, ELM v3 vocabularies (`eqf`, `nqf` Netherlands subset).
 *
 * @module model
 */

/**
 * Types of assessment (profile term `assessmentType`), EU Annex I phrases as used by edubadges.
 *
 * @example
 * ```ts
 * ASSESSMENT_TYPES.includes('portfolio') // true
 * ```
 */
export const ASSESSMENT_TYPES = ['testing', 'application of a skill', 'portfolio', 'recognition of prior learning'] as const
/** One of {@link ASSESSMENT_TYPES}. */
export type AssessmentType = (typeof ASSESSMENT_TYPES)[number]

/**
 * Forms of participation (profile term `participationType`), EU Annex I phrases as used by edubadges.
 *
 * @example
 * ```ts
 * const p: ParticipationType = PARTICIPATION_TYPES[1] // 'onsite or blended'
 * ```
 */
export const PARTICIPATION_TYPES = [
  'online',
  'onsite or blended',
  'volunteering',
  'work experience',
  'personalized learning activities',
] as const
/** One of {@link PARTICIPATION_TYPES}. */
export type ParticipationType = (typeof PARTICIPATION_TYPES)[number]

/**
 * Supervision and identity verification during assessment (profile term `supervisionType`), EU Annex I
 * phrases as split by edubadges ("supervised online or onsite with identity verification" is two values).
 *
 * @example
 * ```ts
 * SUPERVISION_TYPES[3] // 'onsite with identity verification'
 * ```
 */
export const SUPERVISION_TYPES = [
  'unsupervised with no identity verification',
  'supervised with no identity verification',
  'supervised online',
  'onsite with identity verification',
] as const
/** One of {@link SUPERVISION_TYPES}. */
export type SupervisionType = (typeof SUPERVISION_TYPES)[number]

/**
 * Whether the learner's identity is verified under each supervision value (`null`: the value does not say).
 *
 * @example
 * ```ts
 * SUPERVISION_IDENTITY_CHECKED['supervised with no identity verification'] // false
 * ```
 */
export const SUPERVISION_IDENTITY_CHECKED: Readonly<Record<SupervisionType, boolean | null>> = Object.freeze({
  'unsupervised with no identity verification': false,
  'supervised with no identity verification': false,
  'supervised online': null,
  'onsite with identity verification': true,
})

/**
 * Education sectors (profile term `sector`).
 *
 * @example
 * ```ts
 * SECTORS.includes('mbo') // true
 * ```
 */
export const SECTORS = ['mbo', 'hbo', 'wo'] as const
/** One of {@link SECTORS}. */
export type Sector = (typeof SECTORS)[number]

/**
 * Kinds of achievement, as in edubadges (`micro_credential`, `regular`, `extra_curricular`).
 *
 * @example
 * ```ts
 * const kind: AchievementKind = 'microcredential'
 * ```
 */
export const ACHIEVEMENT_KINDS = ['microcredential', 'regular', 'extracurricular'] as const
/** One of {@link ACHIEVEMENT_KINDS}. */
export type AchievementKind = (typeof ACHIEVEMENT_KINDS)[number]

/**
 * The OB 3.0 `achievementType` written for each kind when the spec does not set one.
 *
 * @example
 * ```ts
 * KIND_ACHIEVEMENT_TYPES.microcredential // 'MicroCredential'
 * ```
 */
export const KIND_ACHIEVEMENT_TYPES: Readonly<Record<AchievementKind, string>> = Object.freeze({
  microcredential: 'MicroCredential',
  regular: 'Course',
  extracurricular: 'CoCurricular',
})

/**
 * Integration / stackability options (EU Annex I optional element; profile term `stackability`).
 *
 * @example
 * ```ts
 * STACKABILITY_OPTIONS[2] // 'stackable'
 * ```
 */
export const STACKABILITY_OPTIONS = ['stand-alone', 'integrated', 'stackable'] as const
/** One of {@link STACKABILITY_OPTIONS}. */
export type Stackability = (typeof STACKABILITY_OPTIONS)[number]

/**
 * EQF levels.
 *
 * @example
 * ```ts
 * EQF_LEVELS.length // 8
 * ```
 */
export const EQF_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8] as const
/** One of {@link EQF_LEVELS}. */
export type EqfLevel = (typeof EQF_LEVELS)[number]

/**
 * NLQF levels: 1-8 as numbers, plus `'4+'` (vwo) and `'entry'` (instroomniveau, no EQF counterpart).
 *
 * @example
 * ```ts
 * NLQF_LEVELS.includes('4+') // true
 * ```
 */
export const NLQF_LEVELS = ['entry', 1, 2, 3, 4, '4+', 5, 6, 7, 8] as const
/** One of {@link NLQF_LEVELS}. */
export type NlqfLevel = (typeof NLQF_LEVELS)[number]

/**
 * The EQF level of each NLQF level (`null` for entry level). Source: Nuffic NLQF table.
 *
 * @example
 * ```ts
 * NLQF_TO_EQF['4+'] // 4
 * ```
 */
export const NLQF_TO_EQF: Readonly<Record<string, EqfLevel | null>> = Object.freeze({
  entry: null, 1: 1, 2: 2, 3: 3, 4: 4, '4+': 4, 5: 5, 6: 6, 7: 7, 8: 8,
})

/**
 * Base of the EU EQF level URIs: level n is `http://data.europa.eu/snb/eqf/<n>`.
 *
 * @example
 * ```ts
 * `${EQF_URI_BASE}4` // 'http://data.europa.eu/snb/eqf/4'
 * ```
 */
export const EQF_URI_BASE = 'http://data.europa.eu/snb/eqf/'

/**
 * EU vocabulary URIs of the NLQF levels (ELM v3 `nqf` scheme, Netherlands subset).
 *
 * @example
 * ```ts
 * NLQF_URIS['entry'] // 'http://data.europa.eu/snb/qdr/c_b42dd23b'
 * ```
 */
export const NLQF_URIS: Readonly<Record<string, string>> = Object.freeze({
  entry: 'http://data.europa.eu/snb/qdr/c_b42dd23b',
  1: 'http://data.europa.eu/snb/qdr/c_3e11a3fd',
  2: 'http://data.europa.eu/snb/qdr/c_c749fa23',
  3: 'http://data.europa.eu/snb/qdr/c_f97cdbb5',
  4: 'http://data.europa.eu/snb/qdr/c_ff656b33',
  '4+': 'http://data.europa.eu/snb/qdr/c_c2700f4e',
  5: 'http://data.europa.eu/snb/qdr/c_18c9e9fe',
  6: 'http://data.europa.eu/snb/qdr/c_1711a061',
  7: 'http://data.europa.eu/snb/qdr/c_478359fc',
  8: 'http://data.europa.eu/snb/qdr/c_2835a50f',
})

/**
 * `alignment[].targetType` values this library writes.
 *
 * @example
 * ```ts
 * achievement.alignment?.filter((a) => a.targetType === ALIGNMENT_TARGET_TYPES.eqf)
 * ```
 */
export const ALIGNMENT_TARGET_TYPES = Object.freeze({
  learningOutcome: 'ext:LearningOutcome',
  eqf: 'ext:EQF',
  nlqf: 'ext:NLQF',
  qualityAssurance: 'ext:QualityAssurance',
} as const)

/**
 * `otherIdentifier[].identifierType` values for Dutch institution identifiers on the issuer.
 *
 * @example
 * ```ts
 * INSTITUTION_IDENTIFIER_TYPES.brin // 'ext:BRIN'
 * ```
 */
export const INSTITUTION_IDENTIFIER_TYPES = Object.freeze({
  brin: 'ext:BRIN',
  rio: 'ext:RIO',
  oin: 'ext:OIN',
  kvk: 'ext:KvK',
} as const)

/**
 * Programme code systems and their `otherIdentifier[].identifierType` on the achievement.
 *
 * @example
 * ```ts
 * PROGRAMME_IDENTIFIER_TYPES.CREBO // 'ext:CREBO'
 * ```
 */
export const PROGRAMME_IDENTIFIER_TYPES = Object.freeze({
  CROHO: 'ext:CROHO',
  CREBO: 'ext:CREBO',
  RIO: 'ext:RIO',
} as const)
/** A programme code system: CROHO (hbo/wo), CREBO (mbo) or RIO (the current DUO register). */
export type ProgrammeCodeSystem = keyof typeof PROGRAMME_IDENTIFIER_TYPES

/**
 * `credentialSubject.identifier[].identityType` for each kind of recipient identifier.
 * A student number is the SIS identifier of the learner, hence OB's native `sisSourcedId`.
 *
 * @example
 * ```ts
 * RECIPIENT_IDENTITY_TYPES.eduId // 'ext:eduID'
 * ```
 */
export const RECIPIENT_IDENTITY_TYPES = Object.freeze({
  email: 'emailAddress',
  eduId: 'ext:eduID',
  studentNumber: 'sisSourcedId',
  name: 'name',
} as const)
