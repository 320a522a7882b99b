/**
 * Internal: the checks of one learner row, column by column, before it becomes a spec.
 *
 * @module batch
 */
import type { GradeScaleSpec } from '../model/achievement-spec.js'
import type { MicrocredentialSpec } from '../model/microcredential-spec.js'
import { COLUMN_OF, learnerRow } from './learner-columns.js'
import type { LearnerRow, RowProblem } from './types.js'

/** As the spec schema: something@something.something, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/
const NUMBER = /^-?\d+([.,]\d+)?$/
/** The store's limit on idempotency keys. */
const MAX_KEY_LENGTH = 200

/**
 * Checks a row (values trimmed, empty ones dropped) and normalises what it can: a grade to the
 * spelling of the scale's allowed value, a Dutch date (`30-06-2026`) to `2026-06-30`.
 */
export function checkRow(spec: MicrocredentialSpec, input: LearnerRow): { row: LearnerRow; problems: RowProblem[] } {
  const row = learnerRow(Object.entries(input) as Array<[keyof LearnerRow, string | undefined]>)
  const problems: RowProblem[] = []
  const problem = (field: keyof LearnerRow, code: string, message: string) => problems.push({ column: COLUMN_OF[field], code, message })
  if (row.learnerId === undefined && row.email === undefined && row.eduId === undefined) {
    problem('learnerId', 'MISSING_LEARNER_ID', 'no learner id, email or eduID: one of them must identify the learner')
  }
  if (row.email !== undefined && !EMAIL.test(row.email)) problem('email', 'INVALID_EMAIL', `not an email address: ${JSON.stringify(row.email)}`)
  if (row.grade !== undefined) {
    const grade = checkGrade(spec.achievement?.gradeScale, row.grade)
    if ('value' in grade) row.grade = grade.value
    else problem('grade', grade.code, grade.message)
  }
  if (row.awardedDate !== undefined) {
    const date = normaliseDate(row.awardedDate)
    if (date !== undefined) row.awardedDate = date
    else problem('awardedDate', 'INVALID_DATE', `not a date (YYYY-MM-DD, DD-MM-YYYY, or a date-time with time zone): ${JSON.stringify(row.awardedDate)}`)
  }
  if (row.evidenceUrl !== undefined && !isWebUrl(row.evidenceUrl)) problem('evidenceUrl', 'INVALID_URL', `not an http(s) URL: ${JSON.stringify(row.evidenceUrl)}`)
  if (row.idempotencyKey !== undefined && row.idempotencyKey.length > MAX_KEY_LENGTH) {
    problem('idempotencyKey', 'INVALID_IDEMPOTENCY_KEY', `longer than ${MAX_KEY_LENGTH} characters`)
  }
  return { row, problems }
}

type GradeCheck = { value: string } | { code: string; message: string }

/** A grade against the achievement's scale: one of its allowed values (any case), or a number in its range. */
function checkGrade(scale: GradeScaleSpec | undefined, grade: string): GradeCheck {
  if (scale === undefined) return { code: 'GRADE_WITHOUT_SCALE', message: `grade ${JSON.stringify(grade)} given, but the achievement has no grade scale (achievement.gradeScale)` }
  if (Array.isArray(scale.allowedValues)) {
    const match = scale.allowedValues.find((v) => v.toLowerCase() === grade.toLowerCase())
    return match !== undefined ? { value: match } : { code: 'GRADE_OUT_OF_SCALE', message: `${JSON.stringify(grade)} is not one of ${scale.allowedValues.map((v) => JSON.stringify(v)).join(', ')}` }
  }
  const min = toNumber(scale.valueMin)
  const max = toNumber(scale.valueMax)
  if (min === undefined && max === undefined) return { value: grade }
  const range = `${scale.valueMin ?? '…'}..${scale.valueMax ?? '…'}`
  const n = toNumber(grade)
  if (n === undefined) return { code: 'GRADE_OUT_OF_SCALE', message: `${JSON.stringify(grade)} is not a number (scale ${range})` }
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) return { code: 'GRADE_OUT_OF_SCALE', message: `${grade} is outside the grade scale ${range}` }
  return { value: grade }
}

function toNumber(value: string | undefined): number | undefined {
  return value !== undefined && NUMBER.test(value.trim()) ? Number(value.trim().replace(',', '.')) : undefined
}

/** `YYYY-MM-DD` or a date-time with zone as given; `D-M-YYYY` (also `/` or `.`) as `YYYY-MM-DD`; undefined when not a real date. */
function normaliseDate(value: string): string | undefined {
  const iso = ISO_DATE.exec(value) ?? DATE_TIME.exec(value)
  if (iso) return isCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) && !Number.isNaN(Date.parse(value)) ? value : undefined
  const dutch = DUTCH_DATE.exec(value)
  if (!dutch) return undefined
  const [d, m, y] = [Number(dutch[1]), Number(dutch[2]), Number(dutch[3])]
  return isCalendarDate(y, m, d) ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}
