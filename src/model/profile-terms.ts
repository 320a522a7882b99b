/**
 * The Dutch microcredential profile terms on the achievement, defined by the profile context
 * `https://w3id.org/microcredentials/v1` (`contexts/microcredentials-v1.json`) and scoped to the
 * achievement type `EducredentialAchievement`. Term names and IRIs of edubadges' eduCredentials OB3
 * profile are kept (`https://edubadges.nl/static/obv3-glossary.html#...`); the library's own terms live
 * under `https://w3id.org/microcredentials/vocab#...`.
 *
 * @module model
 */
import type { Achievement } from './achievement.js'
import type { AssessmentType, ParticipationType, Sector, Stackability, SupervisionType } from './vocabulary.js'

/**
 * The achievement type that brings the profile terms into scope.
 *
 * @example
 * ```ts
 * achievement.type.includes(EDUCREDENTIAL_ACHIEVEMENT_TYPE)
 * ```
 */
export const EDUCREDENTIAL_ACHIEVEMENT_TYPE = 'EducredentialAchievement'

/**
 * Something an achievement stacks towards or is integrated in (profile term `stackableTowards`).
 *
 * @example
 * ```ts
 * const t: StackingTarget = { id: 'https://example.nl/opleidingen/ad-zorg', name: 'Associate degree Zorg' }
 * ```
 */
export interface StackingTarget {
  /** URL of the larger credential or programme, when it has one. */
  id?: string
  /** Its name. */
  name: string
}

/**
 * The profile terms, all optional. Multi-valued terms are arrays (the context declares them `@set`);
 * edubadges' own examples write a single string for `assessmentType`/`participationType`, which the
 * context reads the same way.
 *
 * @example
 * ```ts
 * const terms: MicrocredentialProfileTerms = {
 *   sector: 'mbo', SBU: 240, assessmentType: ['application of a skill'],
 *   participationType: ['onsite or blended'], supervisionType: 'onsite with identity verification', identityChecked: true,
 * }
 * ```
 */
export interface MicrocredentialProfileTerms {
  /** Types of assessment (EU Annex I). IRI `https://edubadges.nl/static/obv3-glossary.html#assessmentType`. */
  assessmentType?: AssessmentType[]
  /** Forms of participation (EU Annex I). IRI `...obv3-glossary.html#participationType`. */
  participationType?: ParticipationType[]
  /** Supervision and identity verification during assessment. IRI `...obv3-glossary.html#supervisionType`. */
  supervisionType?: SupervisionType
  /** Whether the learner's identity was verified at assessment. IRI `...obv3-glossary.html#identityChecked`. */
  identityChecked?: boolean
  /** Workload in ECTS credits (1 EC = 28 hours). IRI `...obv3-glossary.html#ects`. */
  ECTS?: number
  /** Workload in SBU (studiebelastingsuren, mbo study-load hours). IRI `...obv3-glossary.html#sbu`. */
  SBU?: number
  /** Workload in hours. IRI `...obv3-glossary.html#timeInvestment`. */
  timeInvestment?: number
  /** Programme codes (CROHO, CREBO, RIO) as strings. IRI `...obv3-glossary.html#educationProgramIdentifier`. */
  educationProgramIdentifier?: string[]
  /** Education sector. IRI `https://w3id.org/microcredentials/vocab#sector`. */
  sector?: Sector
  /** Whether the EQF/NLQF level is officially confirmed (edubadges `eqf_nlqf_level_verified`). IRI `...vocab#levelVerified`. */
  levelVerified?: boolean
  /** Prerequisites / entry requirements (EU Annex I optional). IRI `...vocab#prerequisites`. */
  prerequisites?: string
  /** Intended target group. IRI `...vocab#targetGroup`. */
  targetGroup?: string
  /** Integration / stackability option (EU Annex I optional). IRI `...vocab#stackability`. */
  stackability?: Stackability
  /** What it stacks towards or is integrated in. IRI `...vocab#stackableTowards`. */
  stackableTowards?: StackingTarget[]
}

/**
 * An OB 3.0 Achievement that may carry the Dutch microcredential profile terms. When any term is present,
 * `type` contains `'EducredentialAchievement'` and `@context` includes the profile context.
 *
 * @example
 * ```ts
 * const ects = (credential.credentialSubject.achievement as MicrocredentialAchievement).ECTS
 * ```
 */
export type MicrocredentialAchievement = Achievement & MicrocredentialProfileTerms

/**
 * The names of the profile terms, for checks and tests.
 *
 * @example
 * ```ts
 * PROFILE_TERMS.includes('SBU') // true
 * ```
 */
export const PROFILE_TERMS = [
  'assessmentType', 'participationType', 'supervisionType', 'identityChecked', 'ECTS', 'SBU', 'timeInvestment',
  'educationProgramIdentifier', 'sector', 'levelVerified', 'prerequisites', 'targetGroup', 'stackability',
  'stackableTowards',
] as const satisfies ReadonlyArray<keyof MicrocredentialProfileTerms>
