/**
 * The shape of a verification outcome the credential page can show, defined structurally so that
 * rendering does not depend on the verifier: a `VerificationResult` of `verifyCredential` fits it.
 *
 * @module render
 */

/**
 * One check of a {@link VerificationSummary}: its id (`proof`, `status`, ...), its outcome and, when it
 * failed, the errors with their stable codes. `reason` (why a check was skipped) is optional.
 *
 * @example
 * ```ts
 * import type { VerificationCheckSummary } from 'microcredentials/render'
 * const check: VerificationCheckSummary = { id: 'status', status: 'failed', errors: [{ code: 'REVOKED', message: 'credential was revoked' }] }
 * ```
 */
export interface VerificationCheckSummary {
  /** Check id, e.g. `parse`, `context`, `schema`, `proof`, `issuer`, `validity`, `status`. */
  id: string
  status: 'passed' | 'failed' | 'skipped'
  errors?: Array<{ code: string; message: string }>
  /** Why the check was skipped, when it was. */
  reason?: string
}

/**
 * What {@link renderCredentialHtml} needs to show a verification verdict: the `VerificationResult`
 * of `verifyCredential` fits it as it is.
 *
 * @example
 * ```ts
 * import { verifyCredential } from 'microcredentials/verify'
 * import { renderCredentialHtml, type VerificationSummary } from 'microcredentials/render'
 * const verification: VerificationSummary = await verifyCredential(signed)
 * const html = renderCredentialHtml(signed, { verification })
 * ```
 */
export interface VerificationSummary {
  /** True only if no check failed. */
  verified: boolean
  checks: VerificationCheckSummary[]
}
