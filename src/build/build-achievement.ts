/** Internal: `credentialSubject.achievement` with native OB 3.0 properties first, profile terms after. */
import type { Criteria, ResultDescription } from '../model/achievement.js'
import type { AchievementSpec, GradeScaleSpec } from '../model/achievement-spec.js'
import type { IdentifierEntry } from '../model/ob3-base.js'
import type { Profile } from '../model/profile.js'
import {
  EDUCREDENTIAL_ACHIEVEMENT_TYPE, PROFILE_TERMS, type MicrocredentialAchievement, type MicrocredentialProfileTerms,
} from '../model/profile-terms.js'
import { KIND_ACHIEVEMENT_TYPES, PROGRAMME_IDENTIFIER_TYPES, SUPERVISION_IDENTITY_CHECKED } from '../model/vocabulary.js'
import { buildAlignments } from './build-alignments.js'
import { toImage } from './build-issuer.js'

/**
 * Builds the achievement; `creator` is the faculty profile, if any.
 *
 * @example
 * ```ts
 * buildAchievement({ name: 'n', description: 'd', criteria: { narrative: 'c' }, workload: { sbu: 240 } }, 'urn:x', undefined).SBU // 240
 * ```
 */
export function buildAchievement(spec: AchievementSpec, id: string, creator: Profile | undefined): MicrocredentialAchievement {
  const ach: MicrocredentialAchievement = {
    id, type: ['Achievement'], name: spec.name, description: spec.description, criteria: buildCriteria(spec),
    achievementType: spec.achievementType ?? KIND_ACHIEVEMENT_TYPES[spec.kind ?? 'microcredential'],
  }
  if (spec.image !== undefined) ach.image = toImage(spec.image)
  if (creator !== undefined) ach.creator = creator
  if (spec.workload?.ects !== undefined) ach.creditsAvailable = spec.workload.ects
  if (spec.language !== undefined) ach.inLanguage = spec.language
  if (spec.fieldOfStudy !== undefined) ach.fieldOfStudy = spec.fieldOfStudy
  if (spec.humanCode !== undefined) ach.humanCode = spec.humanCode
  if (spec.tags !== undefined && spec.tags.length > 0) ach.tag = [...spec.tags]
  if (spec.version !== undefined) ach.version = spec.version
  const alignment = buildAlignments(spec, id)
  if (alignment.length > 0) ach.alignment = alignment
  const otherIdentifier = programmeIdentifiers(spec)
  if (otherIdentifier.length > 0) ach.otherIdentifier = otherIdentifier
  if (spec.gradeScale !== undefined) ach.resultDescription = [buildResultDescription(spec.gradeScale, id)]
  const terms = profileTerms(spec)
  if (PROFILE_TERMS.some((t) => terms[t] !== undefined)) {
    ach.type = ['Achievement', EDUCREDENTIAL_ACHIEVEMENT_TYPE]
    Object.assign(ach, terms)
  }
  return ach
}

function buildCriteria(spec: AchievementSpec): Criteria {
  const c: Criteria = {}
  if (spec.criteria.url !== undefined) c.id = spec.criteria.url
  if (spec.criteria.narrative !== undefined) c.narrative = spec.criteria.narrative
  return c
}

function programmeIdentifiers(spec: AchievementSpec): IdentifierEntry[] {
  return (spec.programmes ?? []).map((p) => ({
    type: 'IdentifierEntry', identifier: p.code, identifierType: PROGRAMME_IDENTIFIER_TYPES[p.system],
  }))
}

/**
 * The id a grade scale gets: given, or `<achievement id>#grade-scale`.
 *
 * @example
 * ```ts
 * gradeScaleId({ name: 'Cijfer' }, 'https://example.nl/a/1') // 'https://example.nl/a/1#grade-scale'
 * ```
 */
export function gradeScaleId(scale: Pick<GradeScaleSpec, 'id'>, achievementId: string): string {
  return scale.id ?? `${achievementId}#grade-scale`
}

function buildResultDescription(scale: GradeScaleSpec, achievementId: string): ResultDescription {
  const rd: ResultDescription = {
    id: gradeScaleId(scale, achievementId), type: ['ResultDescription'], name: scale.name, resultType: scale.resultType ?? 'Result',
  }
  if (scale.allowedValues !== undefined) rd.allowedValue = [...scale.allowedValues]
  if (scale.requiredValue !== undefined) rd.requiredValue = scale.requiredValue
  if (scale.valueMin !== undefined) rd.valueMin = scale.valueMin
  if (scale.valueMax !== undefined) rd.valueMax = scale.valueMax
  return rd
}

function profileTerms(spec: AchievementSpec): MicrocredentialProfileTerms {
  const t: MicrocredentialProfileTerms = {}
  if (spec.sector !== undefined) t.sector = spec.sector
  if (spec.workload?.ects !== undefined) t.ECTS = spec.workload.ects
  if (spec.workload?.sbu !== undefined) t.SBU = spec.workload.sbu
  if (spec.workload?.hours !== undefined) t.timeInvestment = spec.workload.hours
  if (spec.level?.verified !== undefined) t.levelVerified = spec.level.verified
  const a = spec.assessment
  if (a !== undefined) {
    t.assessmentType = [...a.types]
    if (a.supervision !== undefined) t.supervisionType = a.supervision
    const checked = a.identityChecked ?? (a.supervision === undefined ? undefined : SUPERVISION_IDENTITY_CHECKED[a.supervision] ?? true)
    if (checked !== undefined) t.identityChecked = checked
  }
  if (spec.participation !== undefined) t.participationType = [...spec.participation]
  if (spec.prerequisites !== undefined) t.prerequisites = spec.prerequisites
  if (spec.targetGroup !== undefined) t.targetGroup = spec.targetGroup
  if (spec.stackability !== undefined) {
    t.stackability = spec.stackability.option
    const towards = spec.stackability.towards ?? []
    if (towards.length > 0) t.stackableTowards = towards.map((x) => (x.url !== undefined ? { id: x.url, name: x.name } : { name: x.name }))
  }
  if (spec.programmes !== undefined && spec.programmes.length > 0) t.educationProgramIdentifier = spec.programmes.map((p) => p.code)
  return t
}
