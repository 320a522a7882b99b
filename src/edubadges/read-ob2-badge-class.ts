/** Internal: an edubadges OB 2.0 BadgeClass (plain or expanded with `?expand=micro`) → the spec's achievement. */
import type {
  AchievementSpec, AlignmentSpec, AssessmentSpec, CriteriaSpec, LevelSpec, QualityAgreementSpec, WorkloadSpec,
} from '../model/achievement-spec.js'
import type { IssuerSpec } from '../model/microcredential-spec.js'
import { EQF_LEVELS, type EqfLevel } from '../model/levels.js'
import { QUALITY_FRAMEWORKS } from '../model/quality-frameworks.js'
import type { AchievementKind } from '../model/vocabulary.js'
import { childPath, describeValue, isObject, type ImportContext, type Node } from './import-context.js'
import { useLinked, type LinkedDocument } from './linked-document.js'
import { kindFromBadgeClassType, readKeyedValues, supervisionFromBooleans } from './map-values.js'
import { readProgrammeCodes } from './programme-codes.js'
import { isMboAgreement, qualityAgreementOf } from './quality-agreement.js'
import { compact, numberValue, readImage, readLanguage, typesOf } from './read-helpers.js'
import { readContext, readOb2Issuer } from './read-ob2-issuer.js'
import { readOb2Extensions, type ExtensionValue } from './read-ob2-extensions.js'
import { splitLearningOutcomes } from './split-learning-outcomes.js'

/**
 * What a badge class says: the achievement, its issuer (when embedded or given), a grade (expanded assertion).
 *
 * @example
 * ```ts
 * const facts: Ob2BadgeClassFacts = { achievement: { name: 'Wondzorg' }, grade: '8' }
 * ```
 */
export interface Ob2BadgeClassFacts {
  achievement: Partial<AchievementSpec>
  issuer?: Partial<IssuerSpec>
  grade?: string
}


/**
 * Reads a badge class: the OB 2.0 fields, edubadges' badge-class extensions and the microcredential
 * fields of the expanded form (camelCase as in public JSON, or the snake_case of the model).
 *
 * @example
 * ```ts
 * readOb2BadgeClass(ctx, { value: badgeClass, path: '$' }, { value: issuerJson, root: 'issuer:$', used: false }).achievement.name
 * ```
 */
export function readOb2BadgeClass(ctx: ImportContext, node: Node, linkedIssuer: LinkedDocument | undefined): Ob2BadgeClassFacts {
  readContext(ctx, node)
  const types = typesOf(node.value)
  ctx.take(node, 'type')
  if (types.length > 0 && !types.includes('BadgeClass')) ctx.info(childPath(node.path, 'type'), `type ${describeValue(node.value.type)}: read as an OB 2.0 BadgeClass`)

  const id = ctx.string(node, 'id')
  const name = ctx.string(node, 'name')
  const description = ctx.string(node, 'description')
  const image = readImage(ctx, node, 'image')
  const criteria = readCriteria(ctx, node)
  const achievementType = ctx.take(node, 'achievementType')
  if (achievementType !== undefined) {
    ctx.info(childPath(node.path, 'achievementType'), `the OB 2.0 (Badgr) achievementType ${describeValue(achievementType)} is not imported: the kind comes from typeBadgeClass`)
  }
  const tags = ctx.list(node, 'tags').flatMap(({ value, path }) => {
    if (typeof value === 'string' && value.trim() !== '') { ctx.use(path); return [value] }
    ctx.warn(path, `tag ${describeValue(value)} is not a text: not imported`)
    return []
  })
  const issuer = readIssuerOf(ctx, node, linkedIssuer)

  const ext = readOb2Extensions(ctx, node, 'BadgeClass')
  const kind = readKind(ctx, node)
  const quality = readQuality(ctx, node)
  const studyLoad = ext.get('StudyLoadExtension')
  const mbo = studyLoad !== undefined || isMboAgreement(quality)
  if (mbo) {
    ctx.note('info', node.path, `sector "mbo" inferred from ${studyLoad !== undefined ? 'the StudyLoad (SBU) extension' : 'the mbo pilot quality framework'}`)
  }
  const participationRaw = pick(ctx, node, ['participation'])
  const participation = participationRaw === undefined ? [] : readKeyedValues(ctx, 'participation', participationRaw.value, participationRaw.path)
  const assessment = readAssessment(ctx, node, participation)
  const stackable = pick(ctx, node, ['stackable'])
  let stackability: AchievementSpec['stackability']
  if (stackable !== undefined) {
    if (typeof stackable.value === 'boolean') {
      stackability = { option: stackable.value ? 'stackable' : 'stand-alone' }
      ctx.info(stackable.path, `read stackable ${String(stackable.value)} as stackability "${stackability.option}" (edubadges has no "integrated" and no target)`)
    } else ctx.warn(stackable.path, `must be true or false (got ${describeValue(stackable.value)}): not imported`)
  }
  const gradeRequired = pick(ctx, node, ['gradeAchievedRequired', 'grade_achieved_required'])
  if (gradeRequired !== undefined) ctx.info(gradeRequired.path, `gradeAchievedRequired ${describeValue(gradeRequired.value)} is an awarding setting: not imported`)
  const grade = readGrade(ctx, node)
  const verified = pick(ctx, node, ['eqfNlqfLevelVerified', 'eqf_nlqf_level_verified'])
  if (verified !== undefined && typeof verified.value !== 'boolean') ctx.warn(verified.path, `must be true or false (got ${describeValue(verified.value)}): not imported`)

  const level = compact<LevelSpec>({
    eqf: readEqf(ctx, ext.get('EQFExtension')),
    verified: typeof verified?.value === 'boolean' ? verified.value : undefined,
  })
  const workload = compact<WorkloadSpec>({
    ects: positive(ctx, ext.get('ECTSExtension'), 'ECTS', false),
    sbu: positive(ctx, studyLoad, 'StudyLoad', true),
    hours: positive(ctx, ext.get('TimeInvestmentExtension'), 'TimeInvestment', true),
  })
  const language = readLanguageExt(ctx, ext.get('LanguageExtension'))
  const learningOutcomes = readOutcomes(ctx, ext.get('LearningOutcomeExtension'))
  const programmesRaw = ext.get('EducationProgramIdentifierExtension')
  const programmes = programmesRaw === undefined ? undefined : readProgrammeCodes(ctx, programmesRaw.value, programmesRaw.path, mbo)
  const { alignments, legacyQuality } = readAlignments(ctx, node, quality)

  const achievement = compact<Partial<AchievementSpec>>({
    id, name, description, criteria, image, kind, sector: mbo ? 'mbo' : undefined, language,
    learningOutcomes: learningOutcomes.length > 0 ? learningOutcomes : undefined,
    workload, level, assessment,
    participation: participation.length > 0 ? participation : undefined,
    qualityAgreement: quality ?? legacyQuality, stackability,
    programmes: programmes !== undefined && programmes.length > 0 ? programmes : undefined,
    alignments: alignments.length > 0 ? alignments : undefined,
    tags: tags.length > 0 ? tags : undefined,
  }) ?? {}
  return { achievement, ...(issuer === undefined ? {} : { issuer }), ...(grade === undefined ? {} : { grade }) }
}

/**
 * The first of several names of a field that is present (all are marked used; a differing duplicate is noted).
 *
 * @example
 * ```ts
 * pick(ctx, node, ['assessmentType', 'assessment_type'])?.value // 'written_exam'
 * ```
 */
export function pick(ctx: ImportContext, node: Node, names: readonly string[]): { value: unknown; path: string } | undefined {
  let found: { value: unknown; path: string } | undefined
  for (const name of names) {
    const value = ctx.take(node, name)
    const path = childPath(node.path, name)
    if (value === undefined) continue
    if (found === undefined) found = { value, path }
    else if (JSON.stringify(value) !== JSON.stringify(found.value)) ctx.warn(path, `differs from ${found.path} (${describeValue(found.value)}): not imported`)
  }
  return found
}

function readCriteria(ctx: ImportContext, node: Node): CriteriaSpec | undefined {
  const raw = node.value.criteria
  if (typeof raw === 'string') {
    ctx.use(childPath(node.path, 'criteria'))
    return { url: raw }
  }
  const criteria = ctx.object(node, 'criteria')
  if (criteria === undefined) return undefined
  ctx.take(criteria, 'type')
  return compact<CriteriaSpec>({ url: ctx.string(criteria, 'id'), narrative: ctx.string(criteria, 'narrative') }) ?? {}
}

function readIssuerOf(ctx: ImportContext, node: Node, linked: LinkedDocument | undefined): Partial<IssuerSpec> | undefined {
  const raw = node.value.issuer
  const path = childPath(node.path, 'issuer')
  if (isObject(raw)) {
    if (linked !== undefined) ctx.info(linked.root, 'options.issuer is not used: the badge class embeds its issuer')
    return readOb2Issuer(ctx, { value: raw, path })
  }
  const url = ctx.string(node, 'issuer')
  if (linked === undefined) {
    if (url !== undefined) ctx.warn(path, `the issuer is named by URL only (${url}): pass the issuer JSON as options.issuer, or complete spec.issuer`)
    return undefined
  }
  const issuer = useLinked(ctx, linked, path, url, { option: 'options.issuer', kind: 'an OB 2.0 Issuer', noun: 'issuer' })
  return issuer && readOb2Issuer(ctx, issuer)
}

function readKind(ctx: ImportContext, node: Node): AchievementKind | undefined {
  const type = pick(ctx, node, ['typeBadgeClass', 'badge_class_type'])
  const legacy = pick(ctx, node, ['is_micro_credentials', 'isMicroCredentials'])
  if (type !== undefined) {
    const kind = typeof type.value === 'string' ? kindFromBadgeClassType(type.value) : undefined
    if (kind !== undefined) return kind
    ctx.warn(type.path, `unknown badge class type ${describeValue(type.value)} (known: micro_credential, regular, extra_curricular): not imported`)
  }
  if (legacy?.value === true) {
    ctx.info(legacy.path, 'the legacy flag is_micro_credentials: read as kind "microcredential"')
    return 'microcredential'
  }
  if (legacy !== undefined && legacy.value !== false) ctx.warn(legacy.path, `must be true or false (got ${describeValue(legacy.value)}): not imported`)
  if (type === undefined) {
    ctx.note('warning', node.path, 'no badge class type (edubadges adds typeBadgeClass only with ?expand=micro or ?expand=badge): achievement.kind left unset, which buildCredential treats as a microcredential; set it')
  }
  return undefined
}

function readQuality(ctx: ImportContext, node: Node): QualityAgreementSpec | undefined {
  const fields = [['Name', 'name'], ['Url', 'url'], ['Description', 'description']] as const
  const values: Record<string, string | undefined> = {}
  let path = node.path
  for (const [camel, snake] of fields) {
    const found = pick(ctx, node, [`qualityAssurance${camel}`, `quality_assurance_${snake}`])
    if (found === undefined) continue
    if (typeof found.value === 'string') {
      if (found.value.trim() !== '') values[snake] = found.value
      path = found.path
    } else ctx.warn(found.path, `must be a text (got ${describeValue(found.value)}): not imported`)
  }
  if (values.name === undefined && values.url === undefined && values.description === undefined) return undefined
  const { agreement, note } = qualityAgreementOf(values.name, values.url, values.description)
  if (note !== undefined) ctx.info(path, note)
  return agreement
}

function readAssessment(ctx: ImportContext, node: Node, participation: readonly string[]): AssessmentSpec | undefined {
  const typesRaw = pick(ctx, node, ['assessmentType', 'assessment_type'])
  const types = typesRaw === undefined ? [] : readKeyedValues(ctx, 'assessment', typesRaw.value, typesRaw.path)
  const supervised = pick(ctx, node, ['assessmentSupervised', 'assessment_supervised'])
  const idVerified = pick(ctx, node, ['assessmentIdVerified', 'assessment_id_verified'])
  const bool = (f: { value: unknown; path: string } | undefined): boolean | undefined => {
    if (f === undefined || typeof f.value === 'boolean') return f?.value as boolean | undefined
    ctx.warn(f.path, `must be true or false (got ${describeValue(f.value)}): not imported`)
    return undefined
  }
  const s = bool(supervised)
  const v = bool(idVerified)
  const { supervision, identityChecked, unmatched } = supervisionFromBooleans(s, v, participation)
  const where = supervised?.path ?? idVerified?.path ?? node.path
  if (unmatched !== undefined) ctx.info(where, `assessmentSupervised ${String(s)} with assessmentIdVerified ${String(v)}: ${unmatched}`)
  else if (supervision !== undefined) ctx.info(where, `read assessmentSupervised ${String(s)} / assessmentIdVerified ${String(v ?? false)} as supervision "${supervision}"`)
  if (types.length === 0 && supervision === undefined && identityChecked === undefined) return undefined
  if (types.length === 0 && typesRaw === undefined) ctx.warn(where, 'supervision is given without an assessment type: kept; give achievement.assessment.types')
  return compact<AssessmentSpec>({ types, supervision, identityChecked }) as AssessmentSpec
}

function readGrade(ctx: ImportContext, node: Node): string | undefined {
  const grade = pick(ctx, node, ['grade_achieved', 'gradeAchieved'])
  if (grade === undefined) return undefined
  if (typeof grade.value === 'string' && grade.value.trim() !== '') return grade.value.trim()
  if (typeof grade.value === 'number') return String(grade.value)
  if (grade.value !== '') ctx.warn(grade.path, `must be a grade (got ${describeValue(grade.value)}): not imported`)
  return undefined
}

function readEqf(ctx: ImportContext, ext: ExtensionValue | undefined): EqfLevel | undefined {
  if (ext === undefined) return undefined
  const n = typeof ext.value === 'string' && /^\s*\d+\s*$/.test(ext.value) ? Number(ext.value) : ext.value
  if (typeof n === 'number' && (EQF_LEVELS as readonly number[]).includes(n)) {
    if (n !== ext.value) ctx.info(ext.path, `read the text ${describeValue(ext.value)} as EQF level ${n}`)
    return n as EqfLevel
  }
  ctx.warn(ext.path, `${describeValue(ext.value)} is not an EQF level 1-8: not imported`)
  return undefined
}

function positive(ctx: ImportContext, ext: ExtensionValue | undefined, what: string, integer: boolean): number | undefined {
  if (ext === undefined) return undefined
  const n = numberValue(ctx, ext.value, ext.path)
  if (n === undefined) return undefined
  if (n > 0 && (!integer || Number.isInteger(n))) return n
  ctx.warn(ext.path, `${what} ${describeValue(ext.value)} must be ${integer ? 'a whole number of hours' : 'a number'} above 0: not imported`)
  return undefined
}

function readLanguageExt(ctx: ImportContext, ext: ExtensionValue | undefined): string | undefined {
  if (ext === undefined) return undefined
  if (typeof ext.value !== 'string') {
    ctx.warn(ext.path, `must be a language code (got ${describeValue(ext.value)}): not imported`)
    return undefined
  }
  return readLanguage(ctx, ext.value, ext.path)
}

function readOutcomes(ctx: ImportContext, ext: ExtensionValue | undefined): string[] {
  if (ext === undefined) return []
  if (typeof ext.value !== 'string') {
    ctx.warn(ext.path, `must be Markdown text (got ${describeValue(ext.value)}): not imported`)
    return []
  }
  const { outcomes, other } = splitLearningOutcomes(ext.value)
  if (outcomes.length > 1) ctx.info(ext.path, `split the Markdown into ${outcomes.length} learning outcomes (one per list item)`)
  for (const text of other) ctx.info(ext.path, `text outside the list is not a learning outcome: not imported (${describeValue(text)})`)
  return outcomes
}

function readAlignments(ctx: ImportContext, node: Node, quality: QualityAgreementSpec | undefined): { alignments: AlignmentSpec[]; legacyQuality?: QualityAgreementSpec } {
  const alignments: AlignmentSpec[] = []
  let legacyQuality: QualityAgreementSpec | undefined
  const qualityName = quality === undefined ? undefined : typeof quality === 'string' ? QUALITY_FRAMEWORKS[quality].name : quality.name
  for (const item of ctx.list(node, 'alignment')) {
    if (!isObject(item.value)) {
      ctx.warn(item.path, `must be an alignment object (got ${describeValue(item.value)}): not imported`)
      continue
    }
    const a: Node = { value: item.value, path: item.path }
    ctx.take(a, 'type')
    const code = ctx.take(a, 'targetCode')
    const fields = {
      targetName: ctx.string(a, 'targetName'),
      targetUrl: ctx.string(a, 'targetUrl'),
      targetDescription: ctx.string(a, 'targetDescription'),
      targetFramework: ctx.string(a, 'targetFramework'),
      targetCode: typeof code === 'number' ? String(code) : typeof code === 'string' ? code : undefined,
    }
    if (code !== undefined && fields.targetCode === undefined) ctx.warn(childPath(item.path, 'targetCode'), `must be a text (got ${describeValue(code)}): not imported`)
    const name = fields.targetName ?? ''
    if (qualityName !== undefined && name === qualityName) {
      ctx.info(item.path, 'an alignment repeating the quality framework (qualityAssuranceName): not imported twice')
      continue
    }
    if (quality === undefined && legacyQuality === undefined && (/microcredentials voor professionals/i.test(name) || Object.values(QUALITY_FRAMEWORKS).some((f) => f.name === name))) {
      legacyQuality = qualityAgreementOf(fields.targetName, fields.targetUrl, fields.targetDescription).agreement
      ctx.info(item.path, 'the quality framework as an alignment (edubadges before July 2024): read as the quality agreement')
      continue
    }
    const alignment = compact(fields) as AlignmentSpec | undefined
    if (alignment !== undefined) alignments.push(alignment)
  }
  return legacyQuality === undefined ? { alignments } : { alignments, legacyQuality }
}
