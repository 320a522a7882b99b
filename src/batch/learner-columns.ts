/**
 * Internal: the columns of a learner file (CSV header names, JSONL keys) and their aliases.
 *
 * @module batch
 */
import type { LearnerRow } from './types.js'

/** A field of {@link LearnerRow}. */
export type LearnerField = keyof LearnerRow

/** The canonical column name of each field, as problems and the template name it. */
export const COLUMN_OF: Readonly<Record<LearnerField, string>> = {
  learnerId: 'learner_id',
  email: 'email',
  eduId: 'eduid',
  givenName: 'given_name',
  familyName: 'family_name',
  grade: 'grade',
  awardedDate: 'awarded_date',
  evidenceUrl: 'evidence_url',
  idempotencyKey: 'idempotency_key',
}

/** Normalised names (lower case, letters and digits only) and the field each gives. */
const ALIASES: ReadonlyMap<string, LearnerField> = new Map([
  ...names('learnerId', 'learner_id', 'learnerid', 'student_number', 'studentnumber', 'studentnummer'),
  ...names('email', 'email'),
  ...names('eduId', 'eduid', 'edu_id'),
  ...names('givenName', 'given_name', 'first_name', 'voornaam'),
  ...names('familyName', 'family_name', 'last_name', 'achternaam'),
  ...names('grade', 'grade', 'cijfer'),
  ...names('awardedDate', 'awarded_date'),
  ...names('evidenceUrl', 'evidence_url'),
  ...names('idempotencyKey', 'idempotency_key'),
])

/** The fields that identify a learner: a file needs at least one of these columns. */
export const IDENTIFYING_FIELDS: readonly LearnerField[] = ['learnerId', 'email', 'eduId']

function names(field: LearnerField, ...aliases: string[]): Array<[string, LearnerField]> {
  return aliases.map((a) => [normaliseName(a), field])
}

/** `Learner ID`, `learner_id`, `learnerId` and `LEARNER-ID` all become `learnerid`. */
export function normaliseName(name: string): string {
  return name.replace(/^\uFEFF/, '').toLowerCase().replace(/[^a-z0-9]/g, '')
}

/** The field a column or key name gives, or undefined for an unknown column. */
export function fieldOf(name: string): LearnerField | undefined {
  return ALIASES.get(normaliseName(name))
}

/** A trimmed cell value, or undefined when it is empty. */
export function cell(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed === undefined || trimmed === '' ? undefined : trimmed
}

/** A row from field/value pairs: values trimmed, empty values left out. */
export function learnerRow(pairs: Iterable<[LearnerField, string | undefined]>): LearnerRow {
  const row: LearnerRow = {}
  for (const [field, value] of pairs) {
    const v = cell(value)
    if (v !== undefined) row[field] = v
  }
  return row
}
