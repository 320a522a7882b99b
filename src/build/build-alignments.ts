/** Internal: `ach.alignment[]` for learning outcomes, EQF/NLQF level, quality agreements and extra alignments. */
import type { Alignment } from '../model/achievement.js'
import type { AchievementSpec, LevelSpec, QualityAgreementSpec } from '../model/achievement-spec.js'
import { QUALITY_FRAMEWORKS } from '../model/quality-frameworks.js'
import { EQF_URI_BASE, LEVEL_FRAMEWORKS, NLQF_TO_EQF, NLQF_URIS, type EqfLevel, type NlqfLevel } from '../model/levels.js'
import { ALIGNMENT_TARGET_TYPES } from '../model/vocabulary.js'

const { eqf: EQF_FRAMEWORK, nlqf: NLQF_FRAMEWORK } = LEVEL_FRAMEWORKS

/**
 * Every generated alignment, in a fixed order: outcomes, EQF, NLQF, quality agreements, extra ones.
 *
 * @example
 * ```ts
 * buildAlignments({ name: 'n', description: 'd', criteria: {}, level: { eqf: 4 } }, 'urn:x')[0]?.targetUrl // 'http://data.europa.eu/snb/eqf/4'
 * ```
 */
export function buildAlignments(spec: AchievementSpec, achievementId: string): Alignment[] {
  return [
    ...learningOutcomeAlignments(spec, achievementId),
    ...levelAlignments(spec.level),
    ...qualityAlignments(spec.qualityAgreement),
    ...(spec.alignments ?? []).map((a): Alignment => ({ type: ['Alignment'], ...a })),
  ]
}

/** The default `targetUrl` of the learning outcome at `index` (0-based): `<achievement id>#learning-outcome-<n>`. Internal. */
export function learningOutcomeUrl(achievementId: string, index: number): string {
  return `${achievementId}#learning-outcome-${index + 1}`
}

function learningOutcomeAlignments(spec: AchievementSpec, achievementId: string): Alignment[] {
  return (spec.learningOutcomes ?? []).map((lo, i) => {
    const o = typeof lo === 'string' ? { text: lo } : lo
    const a: Alignment = {
      type: ['Alignment'],
      targetType: ALIGNMENT_TARGET_TYPES.learningOutcome,
      targetName: o.text,
      targetUrl: o.url ?? learningOutcomeUrl(achievementId, i),
    }
    if (o.code !== undefined) a.targetCode = o.code
    if (o.framework !== undefined) a.targetFramework = o.framework
    if (o.description !== undefined) a.targetDescription = o.description
    return a
  })
}

/**
 * The EQF level: given, or derived from the NLQF level (entry level has none).
 *
 * @example
 * ```ts
 * effectiveEqf({ nlqf: '4+' }) // 4
 * ```
 */
export function effectiveEqf(level: LevelSpec | undefined): EqfLevel | undefined {
  if (level === undefined) return undefined
  if (level.eqf !== undefined) return level.eqf
  return level.nlqf === undefined ? undefined : (NLQF_TO_EQF[String(level.nlqf)] ?? undefined)
}

function levelAlignments(level: LevelSpec | undefined): Alignment[] {
  const out: Alignment[] = []
  const eqf = effectiveEqf(level)
  if (eqf !== undefined) {
    out.push({
      type: ['Alignment'], targetType: ALIGNMENT_TARGET_TYPES.eqf, targetName: `EQF level ${eqf}`,
      targetCode: String(eqf), targetUrl: `${EQF_URI_BASE}${eqf}`, targetFramework: EQF_FRAMEWORK,
    })
  }
  if (level?.nlqf !== undefined) out.push(nlqfAlignment(level.nlqf))
  return out
}

function nlqfAlignment(nlqf: NlqfLevel): Alignment {
  const code = String(nlqf)
  const url = NLQF_URIS[code]
  if (url === undefined) throw new TypeError(`unknown NLQF level ${code}`)
  return {
    type: ['Alignment'], targetType: ALIGNMENT_TARGET_TYPES.nlqf,
    targetName: nlqf === 'entry' ? 'NLQF entry level' : `NLQF level ${code}`,
    targetCode: code, targetUrl: url, targetFramework: NLQF_FRAMEWORK,
  }
}

function qualityAlignments(spec: QualityAgreementSpec | QualityAgreementSpec[] | undefined): Alignment[] {
  if (spec === undefined) return []
  return (Array.isArray(spec) ? spec : [spec]).map((q): Alignment => {
    if (typeof q === 'string') {
      const f = QUALITY_FRAMEWORKS[q]
      return {
        type: ['Alignment'], targetType: ALIGNMENT_TARGET_TYPES.qualityAssurance,
        targetName: f.name, targetUrl: f.url, targetDescription: f.text, targetCode: q,
      }
    }
    const a: Alignment = { type: ['Alignment'], targetType: ALIGNMENT_TARGET_TYPES.qualityAssurance, targetName: q.name, targetUrl: q.url }
    if (q.text !== undefined) a.targetDescription = q.text
    return a
  })
}
