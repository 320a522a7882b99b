/**
 * Value sets of the Dutch microcredential profile: the EU Annex I phrases edubadges' OB 3.0 profile uses
 * for assessment, participation and supervision, the sector and kind of an achievement (levels: see
 * `levels.ts`), and the `ext:` types this library writes into OB 3.0
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
/**
 * One of {@link ASSESSMENT_TYPES}.
 *
 * @example
 * ```ts
 * const a: AssessmentType = 'testing'
 * ```
 */
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
/**
 * One of {@link PARTICIPATION_TYPES}.
 *
 * @example
 * ```ts
 * const p: ParticipationType = 'online'
 * ```
 */
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
/**
 * One of {@link SUPERVISION_TYPES}.
 *
 * @example
 * ```ts
 * const s: SupervisionType = 'supervised online'
 * ```
 */
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
/**
 * One of {@link SECTORS}.
 *
 * @example
 * ```ts
 * const s: Sector = 'hbo'
 * ```
 */
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
/**
 * One of {@link ACHIEVEMENT_KINDS}.
 *
 * @example
 * ```ts
 * const k: AchievementKind = 'regular'
 * ```
 */
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
/**
 * One of {@link STACKABILITY_OPTIONS}.
 *
 * @example
 * ```ts
 * const s: Stackability = 'integrated'
 * ```
 */
export type Stackability = (typeof STACKABILITY_OPTIONS)[number]

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
/**
 * A programme code system: CROHO (hbo/wo), CREBO (mbo) or RIO (the current DUO register).
 *
 * @example
 * ```ts
 * const system: ProgrammeCodeSystem = 'CROHO'
 * ```
 */
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
