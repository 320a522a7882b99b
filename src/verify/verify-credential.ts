import { createVerifier, type Verifier } from './create-verifier.js'
import type { VerificationResult, VerifyOptions } from './types.js'

let shared: Verifier | undefined

/**
 * Verifies an Open Badges 3.0 credential offline and reports every check: `parse`, `limits`,
 * `context`, `schema`, `proof`, `issuer`, `validity`, `status`, `recipient`, `endorsements`.
 * Accepts an object, JSON text or UTF-8 bytes; never throws for bad input. `verified` is true only
 * when no check failed. Contexts come from the pinned bundle; DID keys resolve locally; other
 * controller documents must be passed in `options.documents`.
 *
 * @example
 * ```ts
 * import { verifyCredential } from 'microcredentials'
 * const result = await verifyCredential(signed, { now: '2026-01-01T00:00:00Z' })
 * if (!result.verified) for (const e of result.errors) console.log(e.check, e.code, e.message)
 * ```
 */
export async function verifyCredential(input: unknown, options: VerifyOptions = {}): Promise<VerificationResult> {
  shared ??= createVerifier()
  if (options.now !== undefined && Number.isNaN(new Date(options.now).getTime())) {
    const e = { code: 'MALFORMED_VALUE_ERROR', check: 'validity' as const, message: `options.now is not a date: ${String(options.now)}` }
    return { verified: false, checks: [{ id: 'validity', status: 'failed', errors: [e] }], errors: [e], warnings: [] }
  }
  return shared.verify(input, options)
}
