/**
 * The OB 3.0 `AchievementSubject` (the learner and what they achieved), `Result` and `Evidence`.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#achievementsubject
 * @module model
 */
import type { Achievement, Alignment } from './achievement.js'
import type { ClassTypes, IdentityObject, Image, ResultStatusType } from './ob3-base.js'
import type { Profile } from './profile.js'
import type { MicrocredentialAchievement } from './profile-terms.js'

/**
 * A result the learner achieved, e.g. a grade, linked to a `ResultDescription` by its `id`.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#result
 * @example
 * ```ts
 * const r: Result = { type: ['Result'], resultDescription: 'https://example.nl/achievements/1#grade-scale', value: '8.5' }
 * ```
 */
export interface Result {
  /** MUST contain `'Result'`. */
  type: ClassTypes<'Result'>
  /** `id` of the achieved RubricCriterionLevel. */
  achievedLevel?: string
  alignment?: Alignment[]
  /** `id` of the ResultDescription this result belongs to. */
  resultDescription?: string
  /** Required when the linked ResultDescription has `resultType: 'Status'`. */
  status?: ResultStatusType
  /** The value, as a string (e.g. `'8.5'`, `'A'`). */
  value?: string
}

/**
 * Evidence of the achievement: a URL or data URI and/or a description.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#evidence
 * @example
 * ```ts
 * const e: Evidence = { id: 'https://example.nl/portfolio/123', type: ['Evidence'], name: 'Portfolio' }
 * ```
 */
export interface Evidence {
  /** URL of a page presenting the evidence, or the evidence as a data URI. */
  id?: string
  /** MUST contain `'Evidence'`. */
  type: ClassTypes<'Evidence'>
  narrative?: string
  name?: string
  description?: string
  genre?: string
  audience?: string
}

/**
 * The learner (`id` and/or `identifier[]`, at least one) and the achievement they earned.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#achievementsubject
 * @example
 * ```ts
 * const s: AchievementSubject = { id: 'did:key:z6Mk...', type: ['AchievementSubject'], achievement }
 * ```
 */
export interface AchievementSubject<A extends Achievement = MicrocredentialAchievement> {
  /** The learner's DID or other URI. */
  id?: string
  /** MUST contain `'AchievementSubject'`. */
  type: ClassTypes<'AchievementSubject'>
  achievement: A
  /** Other identities of the learner, usually hashed (email, eduID, student number). */
  identifier?: IdentityObject[]
  activityStartDate?: string
  activityEndDate?: string
  creditsEarned?: number
  image?: Image
  licenseNumber?: string
  narrative?: string
  result?: Result[]
  role?: string
  source?: Profile
  term?: string
}
