import type { CheckId, VerificationError, VerificationResult, VerifyLimits } from './types.js'

/** Per-run state shared by the checks of one verification. */
export interface CheckContext {
  /** The parsed credential (set by the parse check). */
  credential: Record<string, unknown>
  now: Date
  skewMs: number
  limits: VerifyLimits
  errors: Map<CheckId, VerificationError[]>
  skipped: Map<CheckId, string>
}

/** Records an error against a check. */
export function addError(ctx: CheckContext, check: CheckId, code: string, message: string, path?: string): void {
  const list = ctx.errors.get(check) ?? []
  list.push(path === undefined ? { code, check, message } : { code, check, message, path })
  ctx.errors.set(check, list)
}

/** True when the check has recorded an error. */
export function hasFailed(ctx: CheckContext, check: CheckId): boolean {
  return (ctx.errors.get(check)?.length ?? 0) > 0
}

const ORDER: CheckId[] = ['parse', 'limits', 'context', 'schema', 'proof', 'issuer', 'validity', 'status', 'recipient', 'endorsements']
/** Errors of these checks come first: a signature failure dominates every other finding. */
const PRIORITY: CheckId[] = ['parse', 'limits', 'proof', 'context', 'issuer', 'schema', 'validity', 'status', 'recipient', 'endorsements']

/** Assembles the result: one entry per check in design order, errors with proof failures first. */
export function toResult(ctx: CheckContext, credential: Record<string, unknown> | undefined, warnings: VerificationError[]): VerificationResult {
  const checks = ORDER.map((id) => {
    const errors = ctx.errors.get(id)
    if (errors && errors.length > 0) return { id, status: 'failed' as const, errors }
    const reason = ctx.skipped.get(id)
    return reason === undefined ? { id, status: 'passed' as const } : { id, status: 'skipped' as const, reason }
  })
  const errors = PRIORITY.flatMap((id) => ctx.errors.get(id) ?? [])
  const verified = errors.length === 0
  return verified && credential ? { verified, credential, checks, errors, warnings } : { verified, checks, errors, warnings }
}
