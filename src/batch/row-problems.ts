/**
 * Internal: problems of a row from spec problems (by JSON path) and from signing failures.
 *
 * @module batch
 */
import type { ErrorProblem } from '../errors/errors.js'
import { toSignFailure } from './sign-task.js'
import type { RowProblem } from './types.js'

/** Spec paths filled from the row, and the column and code a problem there is reported with. */
const ROW_PATHS: Array<[prefix: string, column: string, code: string]> = [
  ['$.recipient.email', 'email', 'INVALID_EMAIL'],
  ['$.recipient.eduId', 'eduid', 'INVALID_EDUID'],
  ['$.recipient.studentNumber', 'learner_id', 'INVALID_LEARNER_ID'],
  ['$.recipient.name', 'given_name', 'INVALID_NAME'],
  ['$.recipient', 'learner_id', 'MISSING_LEARNER_ID'],
  ['$.result.value', 'grade', 'GRADE_OUT_OF_SCALE'],
  ['$.dates.awardedDate', 'awarded_date', 'INVALID_DATE'],
  ['$.evidence', 'evidence_url', 'INVALID_URL'],
]

/** Credential paths filled from the row: a quality finding there names the column. */
const CREDENTIAL_PATHS: Array<[prefix: string, column: string]> = [
  ['$.awardedDate', 'awarded_date'],
  ['$.credentialSubject.result', 'grade'],
  ['$.evidence', 'evidence_url'],
]

/** A spec problem as a row problem: the column it comes from, or code `INVALID_SPEC` for the template's own. */
export function specProblem(p: ErrorProblem): RowProblem {
  const match = ROW_PATHS.find(([prefix]) => under(p.path, prefix))
  return match ? { column: match[1], code: match[2], message: p.message, path: p.path } : { code: 'INVALID_SPEC', message: p.message, path: p.path }
}

/**
 * The problems of an error: one per finding for a quality gate failure (code = rule id; the column when
 * the finding is about a value from the row), else the
 * error's code (`ERR_…`) and message; spec errors one per problem.
 */
export function errorProblems(error: unknown): RowProblem[] {
  const problems = (error as { code?: unknown; problems?: unknown } | null)
  if (problems?.code === 'ERR_INVALID_SPEC' && Array.isArray(problems.problems) && problems.problems.length > 0) {
    return (problems.problems as ErrorProblem[]).map(specProblem)
  }
  const failure = toSignFailure(error)
  if (failure.findings !== undefined && failure.findings.length > 0) {
    return failure.findings.map((f) => {
      const column = CREDENTIAL_PATHS.find(([prefix]) => under(f.path, prefix))?.[1]
      return { ...(column === undefined ? {} : { column }), code: f.rule, path: f.path, message: f.message }
    })
  }
  return [{ code: failure.code, message: failure.message }]
}

/** Whether a JSON path is `prefix` or below it. */
function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)
}
