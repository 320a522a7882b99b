/** Internal: the end of an import: not-imported values, then the spec's own problems and missing Annex I facts. */
import { checkSpec } from '../build/check-spec.js'
import type { MicrocredentialSpec } from '../model/microcredential-spec.js'
import type { ImportContext } from './import-context.js'
import type { EdubadgesImport, ImportNote } from './types.js'

/**
 * Reports every unused value of the given documents, runs `checkSpec` on the spec and turns each problem
 * into a `warning` with a `spec:$…` path; for a microcredential, also each EU Annex I fact the input did
 * not give (which `validateCredential` would report as an error).
 *
 * @example
 * ```ts
 * finishImport(ctx, spec, [{ value: json, path: '$' }]).report
 * ```
 */
export function finishImport(ctx: ImportContext, spec: MicrocredentialSpec, documents: ReadonlyArray<{ value: unknown; path: string }>): EdubadgesImport {
  for (const d of documents) ctx.reportUnused(d.value, d.path)
  const report = [...ctx.notes]
  for (const p of checkSpec(spec)) report.push({ path: `spec:${p.path}`, severity: 'warning', message: p.message })
  report.push(...missingAnnexFacts(spec))
  return { spec, report }
}

/**
 * The EU Annex I facts a microcredential spec lacks (rules EU-M6 to EU-M11 of `validateCredential`).
 *
 * @example
 * ```ts
 * missingAnnexFacts(spec).map((n) => n.path) // ['spec:$.achievement.learningOutcomes']
 * ```
 */
function missingAnnexFacts(spec: MicrocredentialSpec): ImportNote[] {
  const a = (spec.achievement ?? {}) as Partial<MicrocredentialSpec['achievement']>
  const microcredential = (a.kind === undefined || a.kind === 'microcredential') && (a.achievementType === undefined || a.achievementType === 'MicroCredential')
  if (!microcredential) return []
  const missing: Array<[boolean, string, string, string]> = [
    [(a.learningOutcomes ?? []).length === 0, 'learningOutcomes', 'EU-M6', 'learning outcomes'],
    [a.workload === undefined || Object.keys(a.workload).length === 0, 'workload', 'EU-M7', 'the notional workload'],
    [a.level?.eqf === undefined && (a.level?.nlqf === undefined || a.level.nlqf === 'entry'), 'level', 'EU-M8', 'the EQF level'],
    [(a.assessment?.types ?? []).length === 0, 'assessment.types', 'EU-M9', 'the type of assessment'],
    [(a.participation ?? []).length === 0, 'participation', 'EU-M10', 'the form of participation'],
    [a.qualityAgreement === undefined || (Array.isArray(a.qualityAgreement) && a.qualityAgreement.length === 0), 'qualityAgreement', 'EU-M11', 'the type of quality assurance'],
  ]
  return missing.filter(([absent]) => absent).map(([, field, rule, what]) => ({
    path: `spec:$.achievement.${field}`, severity: 'warning',
    message: `a microcredential must state ${what} (EU Annex I, rule ${rule}), and the input does not: add it before issuing`,
  }))
}
