/**
 * The OB 3.0 `Achievement` class and the classes it holds: `Criteria`, `Alignment`, `Related`,
 * `ResultDescription`, `RubricCriterionLevel`.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#achievement
 * @module model
 */
import type { EndorsementCredential } from './credential.js'
import type {
  AchievementType, AlignmentTargetType, ClassTypes, IdentifierEntry, Image, ResultType,
} from './ob3-base.js'
import type { Profile } from './profile.js'

/**
 * What a learner must do to earn the achievement: a page (`id`) and/or a Markdown `narrative`.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#criteria
 * @example
 * ```ts
 * const c: Criteria = { narrative: 'Praktijkopdracht met voldoende afgerond.' }
 * ```
 */
export interface Criteria {
  /** URL of a page describing the criteria. */
  id?: string
  /** Markdown narrative of the criteria. */
  narrative?: string
}

/**
 * An alignment to a node of a framework: a learning outcome, an EQF/NLQF level, a quality framework.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#alignment
 * @example
 * ```ts
 * const eqf: Alignment = {
 *   type: ['Alignment'], targetType: 'ext:EQF', targetName: 'EQF level 4', targetCode: '4',
 *   targetUrl: 'http://data.europa.eu/snb/eqf/4', targetFramework: 'European Qualifications Framework',
 * }
 * ```
 */
export interface Alignment {
  /** MUST contain `'Alignment'`. */
  type: ClassTypes<'Alignment'>
  /** Name of the target (e.g. the learning outcome text). */
  targetName: string
  /** URL of the target's official description. */
  targetUrl: string
  targetCode?: string
  targetDescription?: string
  targetFramework?: string
  targetType?: AlignmentTargetType
}

/**
 * Another achievement that should be considered the same for most purposes (a translation, a previous
 * version). Not for stacking: the profile term `stackableTowards` says what an achievement stacks into.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#related
 * @example
 * ```ts
 * const r: Related = { id: 'https://example.nl/achievements/zorg-en', type: ['Related'], inLanguage: 'en' }
 * ```
 */
export interface Related {
  id: string
  /** MUST contain `'Related'`. */
  type: ClassTypes<'Related'>
  inLanguage?: string
  version?: string
}

/**
 * A level of a rubric criterion.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#rubriccriterionlevel
 * @example
 * ```ts
 * const l: RubricCriterionLevel = { id: 'urn:uuid:1b0f6a1e-0000-4000-8000-000000000001', type: ['RubricCriterionLevel'], name: 'Goed' }
 * ```
 */
export interface RubricCriterionLevel {
  id: string
  /** MUST contain `'RubricCriterionLevel'`. */
  type: ClassTypes<'RubricCriterionLevel'>
  name: string
  alignment?: Alignment[]
  description?: string
  level?: string
  points?: string
}

/**
 * Describes a possible result (a grade scale): linked from `Result.resultDescription` by `id`.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#resultdescription
 * @example
 * ```ts
 * const scale: ResultDescription = {
 *   id: 'https://example.nl/achievements/1#grade-scale', type: ['ResultDescription'], name: 'Cijfer',
 *   resultType: 'ext:DutchGrade', valueMin: '1', valueMax: '10', requiredValue: '5.5',
 * }
 * ```
 */
export interface ResultDescription {
  id: string
  /** MUST contain `'ResultDescription'`. */
  type: ClassTypes<'ResultDescription'>
  name: string
  resultType: ResultType
  alignment?: Alignment[]
  /** Allowed values, ordered from low to high. */
  allowedValue?: string[]
  requiredLevel?: string
  requiredValue?: string
  rubricCriterionLevel?: RubricCriterionLevel[]
  valueMax?: string
  valueMin?: string
}

/**
 * The achievement a credential asserts.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#achievement
 * @example
 * ```ts
 * const a: Achievement = {
 *   id: 'https://example.nl/achievements/1', type: ['Achievement'], name: 'Wondzorg',
 *   description: 'Complexe wondzorg in de thuiszorg.', criteria: { narrative: 'Praktijkexamen behaald.' },
 *   achievementType: 'MicroCredential', creditsAvailable: 5, inLanguage: 'nl',
 * }
 * ```
 */
export interface Achievement {
  /** Unique URI of the achievement; the same for every credential awarding it. */
  id: string
  /** MUST contain `'Achievement'`; the Dutch profile adds `'EducredentialAchievement'`. */
  type: ClassTypes<'Achievement'>
  name: string
  description: string
  criteria: Criteria
  achievementType?: AchievementType
  alignment?: Alignment[]
  /** The creator, e.g. a faculty with `parentOrg` set to its institution. */
  creator?: Profile
  /** Credits available (the Dutch profile writes ECTS here). */
  creditsAvailable?: number
  endorsement?: EndorsementCredential[]
  endorsementJwt?: string[]
  fieldOfStudy?: string
  humanCode?: string
  image?: Image
  /** BCP 47 language tag of the achievement, e.g. `nl` or `en-GB`. */
  inLanguage?: string
  otherIdentifier?: IdentifierEntry[]
  related?: Related[]
  resultDescription?: ResultDescription[]
  specialization?: string
  tag?: string[]
  version?: string
}
