/**
 * Presentation verification types.
 *
 * @module verify
 */
import type { VerificationErrorCode, VerificationResult, VerifyOptions } from '../types.js'

/**
 * The checks of a presentation, in report order: `parse`, `limits`, `context` (pinned URLs),
 * `structure` (type, holder, credentials), `proof` (signature, challenge, domain), `holder` (the key
 * is the holder's, for authentication), `credentials` (each enclosed credential fully verified).
 *
 * @example
 * ```ts
 * import { verifyPresentation, type PresentationCheckId } from 'microcredentials/verify'
 * const r = await verifyPresentation(vp, { challenge, domain })
 * const failed: PresentationCheckId[] = r.checks.filter((c) => c.status === 'failed').map((c) => c.id)
 * ```
 */
export type PresentationCheckId = 'parse' | 'limits' | 'context' | 'structure' | 'proof' | 'holder' | 'credentials'

/**
 * One presentation error: a stable code (the credential codes plus `INVALID_CHALLENGE_ERROR`,
 * `INVALID_DOMAIN_ERROR`, `HOLDER_KEY_MISMATCH`, `CREDENTIAL_NOT_VERIFIED`), its check, message, path.
 *
 * @example
 * ```ts
 * import { verifyPresentation, type PresentationError } from 'microcredentials/verify'
 * const { errors } = await verifyPresentation(vp, { challenge, domain })
 * errors.forEach((e: PresentationError) => console.log(`${e.check} ${e.code}: ${e.message}`))
 * ```
 */
export interface PresentationError {
  code: VerificationErrorCode | 'INVALID_CHALLENGE_ERROR' | 'INVALID_DOMAIN_ERROR' | 'HOLDER_KEY_MISMATCH' | 'CREDENTIAL_NOT_VERIFIED'
  check: PresentationCheckId
  message: string
  path?: string
}

/**
 * One presentation check's outcome.
 *
 * @example
 * ```ts
 * import { verifyPresentation, type PresentationCheckResult } from 'microcredentials/verify'
 * const { checks } = await verifyPresentation(vp, { challenge, domain })
 * checks.forEach((c: PresentationCheckResult) => console.log(c.id, c.status))
 * ```
 */
export interface PresentationCheckResult {
  id: PresentationCheckId
  status: 'passed' | 'failed' | 'skipped'
  errors?: PresentationError[]
  reason?: string
}

/**
 * The result of {@link verifyPresentation}: `verified` only when every check passed and every
 * enclosed credential verified; `credentials` holds each credential's own result, in order.
 *
 * @example
 * ```ts
 * import { verifyPresentation, type PresentationVerificationResult } from 'microcredentials/verify'
 * const r: PresentationVerificationResult = await verifyPresentation(vp, { challenge, domain })
 * if (r.verified) r.credentials.forEach((c) => console.log(c.credential?.name))
 * ```
 */
export interface PresentationVerificationResult {
  verified: boolean
  /** The presentation, only when verified (for a JWT: the presentation its payload carries). */
  presentation?: Record<string, unknown>
  checks: PresentationCheckResult[]
  errors: PresentationError[]
  warnings: PresentationError[]
  /** Each enclosed credential's verification, in the order of `verifiableCredential`. */
  credentials: VerificationResult[]
}

/**
 * Options of {@link verifyPresentation}: the `challenge` and `domain` the verifier sent (required),
 * and the credential verification options, used for every enclosed credential.
 *
 * @example
 * ```ts
 * import { verifyPresentation, type VerifyPresentationOptions } from 'microcredentials/verify'
 * const options: VerifyPresentationOptions = { challenge: sentNonce, domain: 'werkgever.example.nl', now: new Date() }
 * const r = await verifyPresentation(vp, options)
 * ```
 */
export interface VerifyPresentationOptions extends Omit<VerifyOptions, 'expect' | 'expectedRecipient'> {
  /** The nonce the verifier sent; the presentation's proof must carry it. */
  challenge: string
  /** The verifier's domain; the presentation's proof must name it. */
  domain: string
}
