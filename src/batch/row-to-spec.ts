/**
 * Filling a batch's template spec with one learner row.
 *
 * @module batch
 */
import { checkSpec } from '../build/check-spec.js'
import type { EvidenceSpec, MicrocredentialSpec, RecipientSpec } from '../model/microcredential-spec.js'
import { batchAchievementId, batchCredentialId } from './batch-ids.js'
import { checkRow } from './row-checks.js'
import { specProblem } from './row-problems.js'
import { rowId } from './row-id.js'
import type { LearnerRow, RowProblem } from './types.js'

/**
 * What {@link rowToSpec} returns: the learner's spec, or what is wrong with the row.
 *
 * @example
 * ```ts
 * import { rowToSpec, type RowSpec } from 'microcredentials/batch'
 * const filled: RowSpec = rowToSpec(template, { email: 'jan@' })
 * if ('problems' in filled) console.log(filled.problems[0]?.code) // 'INVALID_EMAIL'
 * ```
 */
export type RowSpec = { spec: MicrocredentialSpec } | { problems: RowProblem[] }

/**
 * The spec of one learner: the batch's template spec (issuer, achievement, dates) with the row's
 * recipient (learner id as student number, email, eduID, given + family name), grade
 * (`result.value`, checked against `achievement.gradeScale`: an allowed value in any case, written as
 * the scale spells it, or a number within `valueMin..valueMax`, `,` or `.` as decimal sign), awarded date
 * (`YYYY-MM-DD`, `DD-MM-YYYY` or a date-time with zone) and evidence URL (described by the template's
 * first evidence entry, without its id). The template's own recipient, grade and evidence are per
 * learner and never used. `id` becomes a stable `urn:uuid:` from the achievement and {@link rowId};
 * a template without `achievement.id` gets a stable one. Problems name the column and a code:
 * `MISSING_LEARNER_ID`, `INVALID_EMAIL`, `GRADE_WITHOUT_SCALE`, `GRADE_OUT_OF_SCALE`, `INVALID_DATE`,
 * `INVALID_URL`, `INVALID_IDEMPOTENCY_KEY`; a problem of the template itself has code `INVALID_SPEC`
 * and its JSON path.
 *
 * @example
 * ```ts
 * import { rowToSpec } from 'microcredentials/batch'
 * import { buildCredential } from 'microcredentials'
 * const filled = rowToSpec(template, { learnerId: '123456', email: 'jan@example.nl', grade: '8', awardedDate: '30-06-2026' })
 * if ('spec' in filled) buildCredential(filled.spec, { issuerId })
 * else for (const p of filled.problems) console.log(`${p.column}: ${p.message}`)
 * ```
 */
export function rowToSpec(spec: MicrocredentialSpec, row: LearnerRow): RowSpec {
  const checked = checkRow(spec, row)
  if (checked.problems.length > 0) return { problems: checked.problems }
  const filled = fillTemplate(spec, checked.row)
  const problems = checkSpec(filled).map(specProblem)
  return problems.length > 0 ? { problems } : { spec: filled }
}

function fillTemplate(template: MicrocredentialSpec, row: LearnerRow): MicrocredentialSpec {
  const { recipient: _recipient, result, evidence, dates, id: _id, ...rest } = template
  const status = result?.status
  const filledDates = { ...dates, ...(row.awardedDate === undefined ? {} : { awardedDate: row.awardedDate }) }
  return {
    ...rest,
    id: batchCredentialId(template, rowId(template, row)),
    achievement: { ...template.achievement, id: batchAchievementId(template) },
    recipient: recipientOf(row),
    ...(row.grade !== undefined ? { result: { ...(status ? { status } : {}), value: row.grade } } : status ? { result: { status } } : {}),
    ...(Object.keys(filledDates).length > 0 ? { dates: filledDates } : {}),
    ...(row.evidenceUrl !== undefined ? { evidence: [evidenceOf(evidence?.[0], row.evidenceUrl)] } : {}),
  }
}

function recipientOf(row: LearnerRow): RecipientSpec {
  const name = [row.givenName, row.familyName].filter((n) => n !== undefined).join(' ')
  return {
    ...(row.learnerId !== undefined ? { studentNumber: row.learnerId } : {}),
    ...(row.email !== undefined ? { email: row.email } : {}),
    ...(row.eduId !== undefined ? { eduId: row.eduId } : {}),
    ...(name !== '' ? { name } : {}),
  }
}

function evidenceOf(described: EvidenceSpec | undefined, url: string): EvidenceSpec {
  const { id: _id, ...description } = described ?? {}
  return { ...description, id: url }
}
