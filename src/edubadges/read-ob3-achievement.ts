/** Internal: an OB 3.0 Achievement with the eduCredentials / microcredentials profile terms → the spec's achievement. */
import type {
  AchievementSpec, AlignmentSpec, AssessmentSpec, GradeScaleSpec, LearningOutcomeSpec, LevelSpec, ProgrammeCodeSpec,
  QualityAgreementSpec, StackabilitySpec, WorkloadSpec,
} from '../model/achievement-spec.js'
import type { FacultySpec } from '../model/microcredential-spec.js'
import { gradeScaleId } from '../build/build-achievement.js'
import { learningOutcomeUrl } from '../build/build-alignments.js'
import { EQF_LEVELS, EQF_URI_BASE, LEVEL_FRAMEWORKS, NLQF_LEVELS, NLQF_URIS, type EqfLevel, type NlqfLevel } from '../model/levels.js'
import type { AchievementType, ResultType } from '../model/ob3-base.js'
import { QUALITY_FRAMEWORKS, type QualityFrameworkPreset } from '../model/quality-frameworks.js'
import {
  ALIGNMENT_TARGET_TYPES, KIND_ACHIEVEMENT_TYPES, PROGRAMME_IDENTIFIER_TYPES, SECTORS, STACKABILITY_OPTIONS, SUPERVISION_TYPES,
  type AchievementKind, type ProgrammeCodeSystem, type Sector, type Stackability, type SupervisionType,
} from '../model/vocabulary.js'
import { childPath, describeValue, isObject, type ImportContext, type Node } from './import-context.js'
import { readKeyedValues } from './map-values.js'
import { readProgrammeCodes } from './programme-codes.js'
import { isMboAgreement, qualityAgreementOf } from './quality-agreement.js'
import { compact, numberValue, readImage, readLanguage } from './read-helpers.js'

const { eqf: EQF_FRAMEWORK, nlqf: NLQF_FRAMEWORK } = LEVEL_FRAMEWORKS
const STRUCTURE_TYPES = ['Achievement', 'EducredentialAchievement']
const ALIGNMENT_TYPE = /^(ceasn:Competency|ceterms:Credential|CFItem|CFRubric|CFRubricCriterion|CFRubricCriterionLevel|CTDL|ext:[A-Za-z0-9.\-_]+)$/
const RESULT_TYPE = /^(GradePointAverage|LetterGrade|Percent|PerformanceLevel|PredictedScore|RawScore|Result|RubricCriterion|RubricCriterionLevel|RubricScore|ScaledScore|Status|ext:[A-Za-z0-9.\-_]+)$/
const ACHIEVEMENT_TYPE = /^([A-Z][A-Za-z]+|ext:[A-Za-z0-9.\-_]+)$/

/**
 * The achievement and the faculty (from `creator`).
 *
 * @example
 * ```ts
 * const facts: Ob3AchievementFacts = { achievement: { name: 'Wondzorg' }, faculty: { name: 'Zorg' } }
 * ```
 */
export interface Ob3AchievementFacts {
  achievement: Partial<AchievementSpec>
  faculty?: FacultySpec
}

/**
 * Reads an achievement: native OB 3.0 fields, alignments by `targetType` (`ext:LearningOutcome`,
 * `ext:EQF`, `ext:NLQF`, `ext:QualityAssurance`, others kept as alignments), programme codes, the grade
 * scale, and the profile terms. `issuerId` is checked against `creator.parentOrg.id`.
 *
 * @example
 * ```ts
 * readOb3Achievement(ctx, { value: credential.credentialSubject.achievement, path: '$.credentialSubject.achievement' }, issuerId).achievement.workload
 * ```
 */
export function readOb3Achievement(ctx: ImportContext, node: Node, issuerId: string | undefined): Ob3AchievementFacts {
  const types = ctx.take(node, 'type')
  const extraTypes = (Array.isArray(types) ? types : [types]).filter((t) => t !== undefined && !STRUCTURE_TYPES.includes(t as string))
  if (extraTypes.length > 0) ctx.info(childPath(node.path, 'type'), `the achievement types ${describeValue(extraTypes)} are not imported: buildCredential writes Achievement (and EducredentialAchievement)`)
  const id = ctx.string(node, 'id')
  const criteriaNode = ctx.object(node, 'criteria')
  let criteria: AchievementSpec['criteria'] | undefined
  if (criteriaNode !== undefined) {
    ctx.take(criteriaNode, 'type')
    criteria = compact({ url: ctx.string(criteriaNode, 'id'), narrative: ctx.string(criteriaNode, 'narrative') }) ?? {}
  }
  const { kind, achievementType } = readAchievementType(ctx, node)
  const languageRaw = ctx.string(node, 'inLanguage')
  const sector = readEnum<Sector>(ctx, node, 'sector', SECTORS)
  const workload = readWorkload(ctx, node)
  const alignments = readAlignments(ctx, node, id)
  const mbo = sector === 'mbo' || (sector === undefined && (workload?.sbu !== undefined || alignments.quality.some((q) => isMboAgreement(q))))
  if (sector === undefined && mbo) ctx.note('info', node.path, `sector "mbo" inferred from ${workload?.sbu !== undefined ? 'the SBU workload' : 'the mbo pilot quality framework'}`)
  const participation = readTerm(ctx, node, 'participationType', 'participation')
  const assessment = readAssessment(ctx, node)
  const verified = ctx.boolean(node, 'levelVerified')
  const level = compact<LevelSpec>({ eqf: alignments.eqf, nlqf: alignments.nlqf, verified })
  const stackability = readStackability(ctx, node)
  const faculty = readCreator(ctx, node, issuerId)
  const tags = ctx.list(node, 'tag').flatMap(({ value, path }) => {
    if (typeof value === 'string' && value !== '') { ctx.use(path); return [value] }
    ctx.warn(path, `tag ${describeValue(value)} is not a text: not imported`)
    return []
  })
  const achievement = compact<Partial<AchievementSpec>>({
    id, name: ctx.string(node, 'name'), description: ctx.string(node, 'description'), criteria,
    image: readImage(ctx, node, 'image'), kind, achievementType, sector: sector ?? (mbo ? 'mbo' : undefined),
    language: languageRaw === undefined ? undefined : readLanguage(ctx, languageRaw, childPath(node.path, 'inLanguage')),
    learningOutcomes: alignments.outcomes.length > 0 ? alignments.outcomes : undefined,
    workload, level, assessment,
    participation: participation.length > 0 ? participation as AchievementSpec['participation'] : undefined,
    qualityAgreement: alignments.quality.length === 0 ? undefined : alignments.quality.length === 1 ? alignments.quality[0] : alignments.quality,
    prerequisites: ctx.string(node, 'prerequisites'), targetGroup: ctx.string(node, 'targetGroup'), stackability,
    programmes: nonEmpty(readProgrammes(ctx, node, mbo)),
    alignments: nonEmpty(alignments.other),
    gradeScale: readGradeScale(ctx, node, id),
    fieldOfStudy: ctx.string(node, 'fieldOfStudy'), humanCode: ctx.string(node, 'humanCode'), tags: nonEmpty(tags),
    version: ctx.string(node, 'version'),
  }) ?? {}
  return faculty === undefined ? { achievement } : { achievement, faculty }
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined
}

function readAchievementType(ctx: ImportContext, node: Node): { kind?: AchievementKind; achievementType?: AchievementType } {
  const raw = ctx.string(node, 'achievementType')
  if (raw === undefined) return {}
  const kind = (Object.keys(KIND_ACHIEVEMENT_TYPES) as AchievementKind[]).find((k) => KIND_ACHIEVEMENT_TYPES[k] === raw)
  if (kind !== undefined) return { kind }
  if (ACHIEVEMENT_TYPE.test(raw)) return { achievementType: raw as AchievementType }
  ctx.warn(childPath(node.path, 'achievementType'), `${describeValue(raw)} is neither an OB 3.0 achievement type nor ext:Name: not imported`)
  return {}
}

function readEnum<T extends string>(ctx: ImportContext, node: Node, key: string, values: readonly T[]): T | undefined {
  const raw = ctx.string(node, key)
  if (raw === undefined) return undefined
  if ((values as readonly string[]).includes(raw)) return raw as T
  ctx.warn(childPath(node.path, key), `${describeValue(raw)} is not one of ${values.join(', ')}: not imported`)
  return undefined
}

function readWorkload(ctx: ImportContext, node: Node): WorkloadSpec | undefined {
  const ectsTerm = positive(ctx, node, 'ECTS', false)
  const credits = positive(ctx, node, 'creditsAvailable', false)
  if (ectsTerm !== undefined && credits !== undefined && ectsTerm !== credits) {
    ctx.warn(childPath(node.path, 'creditsAvailable'), `creditsAvailable ${credits} differs from ECTS ${ectsTerm}: ECTS is imported`)
  }
  return compact<WorkloadSpec>({ ects: ectsTerm ?? credits, sbu: positive(ctx, node, 'SBU', true), hours: positive(ctx, node, 'timeInvestment', true) })
}

function positive(ctx: ImportContext, node: Node, key: string, integer: boolean): number | undefined {
  const path = childPath(node.path, key)
  const raw = ctx.take(node, key)
  const n = numberValue(ctx, raw, path)
  if (n === undefined) return undefined
  if (n > 0 && (!integer || Number.isInteger(n))) return n
  ctx.warn(path, `${describeValue(raw)} must be ${integer ? 'a whole number' : 'a number'} above 0: not imported`)
  return undefined
}

function readTerm(ctx: ImportContext, node: Node, key: string, set: 'participation' | 'assessment'): string[] {
  const raw = ctx.take(node, key)
  return raw === undefined ? [] : readKeyedValues(ctx, set, raw, childPath(node.path, key), 'input')
}

function readAssessment(ctx: ImportContext, node: Node): AssessmentSpec | undefined {
  const types = readTerm(ctx, node, 'assessmentType', 'assessment') as AssessmentSpec['types']
  const supervision = readEnum<SupervisionType>(ctx, node, 'supervisionType', SUPERVISION_TYPES)
  const identityChecked = ctx.boolean(node, 'identityChecked')
  if (types.length === 0 && supervision === undefined && identityChecked === undefined) return undefined
  return compact<AssessmentSpec>({ types, supervision, identityChecked })
}

function readStackability(ctx: ImportContext, node: Node): StackabilitySpec | undefined {
  const option = readEnum<Stackability>(ctx, node, 'stackability', STACKABILITY_OPTIONS)
  const towards: Array<{ name: string; url?: string }> = []
  for (const item of ctx.list(node, 'stackableTowards')) {
    if (!isObject(item.value)) { ctx.warn(item.path, `must be { id?, name } (got ${describeValue(item.value)}): not imported`); continue }
    const t: Node = { value: item.value, path: item.path }
    const name = ctx.string(t, 'name')
    const url = ctx.string(t, 'id')
    if (name === undefined) { ctx.warn(item.path, 'a stacking target without a name: not imported'); continue }
    towards.push(url === undefined ? { name } : { name, url })
  }
  if (option === undefined) {
    if (towards.length > 0) ctx.warn(childPath(node.path, 'stackableTowards'), 'stacking targets without a stackability option: kept; set stackability.option')
    return towards.length > 0 ? { towards } as StackabilitySpec : undefined
  }
  return towards.length > 0 ? { option, towards } : { option }
}

function readCreator(ctx: ImportContext, node: Node, issuerId: string | undefined): FacultySpec | undefined {
  const c = ctx.object(node, 'creator')
  if (c === undefined) return undefined
  ctx.take(c, 'type')
  const parent = ctx.object(c, 'parentOrg')
  if (parent !== undefined) {
    ctx.take(parent, 'type')
    const parentId = ctx.string(parent, 'id')
    ctx.string(parent, 'name')
    if (parentId !== undefined && issuerId !== undefined && parentId !== issuerId) {
      ctx.warn(childPath(parent.path, 'id'), `the creator's parent organisation ${parentId} is not the issuer ${issuerId}: the faculty is imported under the issuer`)
    }
  } else ctx.note('info', c.path, 'a creator without parentOrg: read as the faculty of the issuer')
  const faculty = compact<FacultySpec>({ id: ctx.string(c, 'id'), name: ctx.string(c, 'name') as string, url: ctx.string(c, 'url') })
  if (faculty?.name === undefined) ctx.note('warning', c.path, 'the creator has no name: kept as issuer.faculty; give its name')
  return faculty ?? undefined
}

interface AlignmentFacts {
  outcomes: LearningOutcomeSpec[]
  eqf?: EqfLevel
  nlqf?: NlqfLevel
  quality: QualityAgreementSpec[]
  other: AlignmentSpec[]
}

function readAlignments(ctx: ImportContext, node: Node, achievementId: string | undefined): AlignmentFacts {
  const facts: AlignmentFacts = { outcomes: [], quality: [], other: [] }
  for (const item of ctx.list(node, 'alignment')) {
    if (!isObject(item.value)) { ctx.warn(item.path, `must be an Alignment (got ${describeValue(item.value)}): not imported`); continue }
    const a: Node = { value: item.value, path: item.path }
    ctx.take(a, 'type')
    const f = {
      targetType: ctx.string(a, 'targetType'), targetName: ctx.string(a, 'targetName'), targetUrl: ctx.string(a, 'targetUrl'),
      targetCode: ctx.string(a, 'targetCode'), targetDescription: ctx.string(a, 'targetDescription'), targetFramework: ctx.string(a, 'targetFramework'),
    }
    const at = (key: string): string => childPath(item.path, key)
    if (f.targetType === ALIGNMENT_TARGET_TYPES.learningOutcome) {
      const anchor = achievementId === undefined ? undefined : learningOutcomeUrl(achievementId, facts.outcomes.length)
      const o = compact({ text: f.targetName as string, url: f.targetUrl === anchor ? undefined : f.targetUrl, code: f.targetCode, framework: f.targetFramework, description: f.targetDescription })
      if (o === undefined || o.text === undefined) { ctx.warn(item.path, 'a learning outcome without text (targetName): not imported'); continue }
      facts.outcomes.push(Object.keys(o).length === 1 ? o.text : o)
    } else if (f.targetType === ALIGNMENT_TARGET_TYPES.eqf || f.targetType === 'ext:EQFLevel') {
      const n = Number(f.targetCode ?? /(\d)\s*$/.exec(f.targetName ?? '')?.[1] ?? f.targetUrl?.replace(EQF_URI_BASE, ''))
      if (!(EQF_LEVELS as readonly number[]).includes(n)) { ctx.warn(item.path, `${describeValue(f.targetCode ?? f.targetName)} is not an EQF level 1-8: not imported`); continue }
      if (facts.eqf !== undefined && facts.eqf !== n) { ctx.warn(item.path, `a second EQF level ${n}: not imported`); continue }
      facts.eqf = n as EqfLevel
      levelExtras(ctx, f, at, `EQF level ${n}`, `${EQF_URI_BASE}${n}`, EQF_FRAMEWORK, 'EQF')
    } else if (f.targetType === ALIGNMENT_TARGET_TYPES.nlqf) {
      const level = NLQF_LEVELS.find((l) => String(l) === f.targetCode)
      if (level === undefined) { ctx.warn(item.path, `${describeValue(f.targetCode)} is not an NLQF level (1-8, 4+, entry): not imported`); continue }
      facts.nlqf = level
      levelExtras(ctx, f, at, level === 'entry' ? 'NLQF entry level' : `NLQF level ${level}`, NLQF_URIS[String(level)] as string, NLQF_FRAMEWORK, 'NLQF')
    } else if (f.targetType === ALIGNMENT_TARGET_TYPES.qualityAssurance) {
      const { agreement, note } = qualityAgreementOf(f.targetName, f.targetUrl, f.targetDescription)
      if (note !== undefined) ctx.info(item.path, note)
      facts.quality.push(agreement)
      const preset = f.targetCode !== undefined && Object.hasOwn(QUALITY_FRAMEWORKS, f.targetCode) && agreement === f.targetCode as QualityFrameworkPreset
      if (f.targetCode !== undefined && !preset) ctx.info(at('targetCode'), `the quality decision code ${describeValue(f.targetCode)} has no place in the spec's quality agreement: not imported`)
      if (f.targetFramework !== undefined) ctx.info(at('targetFramework'), `${describeValue(f.targetFramework)} has no place in the spec's quality agreement: not imported`)
    } else {
      if (f.targetType !== undefined && !ALIGNMENT_TYPE.test(f.targetType)) {
        ctx.warn(at('targetType'), `${describeValue(f.targetType)} is neither an OB 3.0 alignment target type nor ext:Name: not imported`)
        f.targetType = undefined
      }
      facts.other.push(compact(f) as AlignmentSpec)
    }
  }
  return facts
}

/** The name, URL and framework of a level alignment are generated by buildCredential: other values are reported. */
function levelExtras(
  ctx: ImportContext, f: { targetName?: string; targetUrl?: string; targetFramework?: string; targetDescription?: string },
  at: (key: string) => string, name: string, url: string, framework: string, what: string,
): void {
  if (f.targetName !== undefined && f.targetName !== name) ctx.info(at('targetName'), `${describeValue(f.targetName)} is not imported: buildCredential names the ${what} alignment "${name}"`)
  if (f.targetUrl !== undefined && f.targetUrl !== url) ctx.info(at('targetUrl'), `${describeValue(f.targetUrl)} is not imported: buildCredential links the ${what} level to the EU vocabulary (${url})`)
  if (f.targetFramework !== undefined && f.targetFramework !== framework) ctx.info(at('targetFramework'), `${describeValue(f.targetFramework)} is not imported: buildCredential writes "${framework}"`)
  if (f.targetDescription !== undefined) ctx.info(at('targetDescription'), `${describeValue(f.targetDescription)} is not imported: the spec's level has no description`)
}

function readProgrammes(ctx: ImportContext, node: Node, mbo: boolean): ProgrammeCodeSpec[] {
  const out: ProgrammeCodeSpec[] = []
  const systems = Object.entries(PROGRAMME_IDENTIFIER_TYPES) as Array<[ProgrammeCodeSystem, string]>
  for (const item of ctx.list(node, 'otherIdentifier')) {
    if (!isObject(item.value)) { ctx.warn(item.path, `must be an IdentifierEntry (got ${describeValue(item.value)}): not imported`); continue }
    const entry: Node = { value: item.value, path: item.path }
    ctx.take(entry, 'type')
    const code = ctx.string(entry, 'identifier')
    const type = ctx.string(entry, 'identifierType')
    const system = systems.find(([, t]) => t === type)?.[0]
    if (system === undefined || code === undefined) {
      ctx.warn(item.path, `the identifier ${describeValue(code)} of type ${describeValue(type)} has no place in the spec: not imported`)
      continue
    }
    out.push({ system, code })
  }
  const raw = ctx.take(node, 'educationProgramIdentifier')
  if (raw === undefined) return out
  const path = childPath(node.path, 'educationProgramIdentifier')
  const codes = out.length > 0 ? (Array.isArray(raw) ? raw : [raw]).map(String) : undefined
  if (codes !== undefined && codes.every((c) => out.some((p) => p.code === c))) return out
  for (const p of readProgrammeCodes(ctx, raw, path, mbo)) if (!out.some((o) => o.code === p.code)) out.push(p)
  return out
}

function readGradeScale(ctx: ImportContext, node: Node, achievementId: string | undefined): GradeScaleSpec | undefined {
  const items = ctx.list(node, 'resultDescription')
  let scale: GradeScaleSpec | undefined
  for (const item of items) {
    if (scale !== undefined || !isObject(item.value)) {
      ctx.warn(item.path, `${scale === undefined ? 'must be a ResultDescription' : 'a second result description'}: not imported (the spec has one grade scale)`)
      continue
    }
    const r: Node = { value: item.value, path: item.path }
    ctx.take(r, 'type')
    let resultType = ctx.string(r, 'resultType')
    if (resultType !== undefined && !RESULT_TYPE.test(resultType)) {
      ctx.warn(childPath(r.path, 'resultType'), `${describeValue(resultType)} is neither an OB 3.0 result type nor ext:Name: not imported`)
      resultType = undefined
    }
    const allowed = ctx.list(r, 'allowedValue').flatMap(({ value, path }) => {
      if (typeof value === 'string') { ctx.use(path); return [value] }
      ctx.warn(path, `must be a text (got ${describeValue(value)}): not imported`)
      return []
    })
    const id = ctx.string(r, 'id')
    scale = compact<GradeScaleSpec>({
      // buildCredential's default id is left out, so the spec reads back as written.
      id: achievementId !== undefined && id === gradeScaleId({}, achievementId) ? undefined : id, name: ctx.string(r, 'name') as string, resultType: resultType as ResultType | undefined,
      valueMin: ctx.string(r, 'valueMin'), valueMax: ctx.string(r, 'valueMax'), requiredValue: ctx.string(r, 'requiredValue'),
      allowedValues: allowed.length > 0 ? allowed : undefined,
    }) ?? ({} as GradeScaleSpec)
  }
  return scale
}
