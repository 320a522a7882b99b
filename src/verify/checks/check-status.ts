import { addError, type CheckContext } from '../check-context.js'
import type { StatusChecker } from '../types.js'

/**
 * The `status` check: without `credentialStatus` it is skipped; with one and no status checker it
 * fails closed (`STATUS_UNCHECKED`); otherwise the injected checker decides.
 */
export async function checkStatus(ctx: CheckContext, statusChecker?: StatusChecker): Promise<void> {
  const status = ctx.credential.credentialStatus
  if (status === undefined) {
    ctx.skipped.set('status', 'no credentialStatus')
    return
  }
  if (!statusChecker) {
    addError(ctx, 'status', 'STATUS_UNCHECKED', 'credentialStatus is present but no status checker was given (fail closed)', '$.credentialStatus')
    return
  }
  try {
    for (const e of await statusChecker(ctx.credential, status)) addError(ctx, 'status', e.code, e.message, e.path ?? '$.credentialStatus')
  } catch (error) {
    addError(ctx, 'status', 'STATUS_RETRIEVAL_ERROR', `status check failed: ${(error as Error).message}`, '$.credentialStatus')
  }
}
