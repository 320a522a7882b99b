/**
 * Verifying a verifiable presentation: the holder's proof for this verifier, and every credential in it.
 *
 * @module verify
 */
import { InvalidArgumentError } from '../errors/errors.js'
import { createDocumentLoader } from '../loader/create-document-loader.js'
import type { CheckContext } from './check-context.js'
import { checkLimits } from './checks/check-limits.js'
import { createVerifier, DEFAULT_LIMITS, networkOptions } from './create-verifier.js'
import { checkPresentationContext, checkPresentationStructure, report, type EnclosedCredential, type PresentationRun } from './presentation/presentation-checks.js'
import { readPresentation } from './presentation/presentation-input.js'
import { checkJwtPresentation, checkPresentationProofs, type PresentationExpectations } from './presentation/presentation-proof.js'
import type { PresentationCheckId, PresentationVerificationResult, VerifyPresentationOptions } from './presentation/types.js'
import type { VerificationResult, VerifyOptions } from './types.js'

/** The verifier of the enclosed credentials: its compiled schemas are kept between calls (per-call options apply). */
let shared: ReturnType<typeof createVerifier> | undefined

const ORDER: PresentationCheckId[] = ['parse', 'limits', 'context', 'structure', 'proof', 'holder', 'credentials']
const PRIORITY: PresentationCheckId[] = ['parse', 'limits', 'proof', 'holder', 'context', 'structure', 'credentials']

/**
 * Verifies a presentation (object, JSON text, or a presentation JWT): pinned contexts; a
 * `VerifiablePresentation` with a holder and credentials; the holder's proof (an `authentication`
 * Data Integrity proof, or a JWT) carrying the `challenge` and `domain` the verifier sent
 * (`INVALID_CHALLENGE_ERROR`, `INVALID_DOMAIN_ERROR`), by one of the holder's keys
 * (`HOLDER_KEY_MISMATCH`); then every enclosed credential (objects and enveloped VC-JWTs) verified in
 * full with the same options (`credentials`: `CREDENTIAL_NOT_VERIFIED` naming each that failed; each
 * credential's own result is in `credentials`). `challenge` and `domain` are required (a caller
 * mistake throws `InvalidArgumentError`); bad input never throws.
 *
 * @example
 * ```ts
 * import { verifyPresentation } from 'microcredentials/verify'
 * const result = await verifyPresentation(receivedVp, { challenge: sentNonce, domain: 'werkgever.example.nl' })
 * if (result.verified) result.credentials.map((c) => c.credential?.name)
 * else result.errors.map((e) => `${e.check}: ${e.code}`)
 * ```
 */
export async function verifyPresentation(input: unknown, options: VerifyPresentationOptions): Promise<PresentationVerificationResult> {
  for (const name of ['challenge', 'domain'] as const) {
    if (typeof options?.[name] !== 'string' || options[name].length === 0) throw new InvalidArgumentError(`"${name}" is required: the ${name === 'challenge' ? 'nonce' : 'domain'} you sent the holder, as a non-empty string`)
  }
  const run: PresentationRun = { errors: new Map(), skipped: new Map() }
  const credentials: VerificationResult[] = []
  try {
    const presentation = await checkPresentation(run, input, options, credentials)
    return result(run, presentation, credentials)
  } catch (error) {
    report(run, 'proof', 'PROOF_VERIFICATION_ERROR', `verification could not complete: ${(error as Error)?.message ?? String(error)}`)
    return result(run, undefined, credentials)
  }
}

async function checkPresentation(run: PresentationRun, input: unknown, options: VerifyPresentationOptions, results: VerificationResult[]): Promise<Record<string, unknown> | undefined> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const read = readPresentation(input, limits)
  if (!read.ok) {
    if (read.tooLarge !== undefined) report(run, 'limits', 'RESOURCE_LIMIT_EXCEEDED', read.message)
    else report(run, 'parse', 'PARSING_ERROR', read.message)
    return skipRest(run, read.tooLarge !== undefined ? 'input exceeds the limits' : 'input could not be parsed')
  }
  const { presentation } = read
  const now = options.now === undefined ? new Date() : new Date(options.now)
  const ctx: CheckContext = { credential: presentation, now, skewMs: (options.clockSkewSeconds ?? 300) * 1000, limits, errors: new Map(), skipped: new Map() }
  if (!checkLimits(ctx, read.bytes)) {
    for (const e of ctx.errors.get('limits') ?? []) report(run, 'limits', e.code, e.message)
    return skipRest(run, 'input exceeds the limits')
  }
  const loader = options.documentLoader ?? createDocumentLoader({ documents: options.documents ?? {}, ...networkOptions(options) })
  checkPresentationContext(run, presentation, loader)
  const { holder, credentials } = checkPresentationStructure(run, presentation)
  const expect: PresentationExpectations = { holder, challenge: options.challenge, domain: options.domain, now, skewMs: ctx.skewMs, ...(options.jwtAlgorithms ? { algorithms: options.jwtAlgorithms } : {}), ...(options.canonicalisation ? { canonicalisation: options.canonicalisation } : {}) }
  if (read.jws) await checkJwtPresentation(run, read.jws, loader, expect)
  else if (!run.errors.has('context')) await checkPresentationProofs(run, presentation, loader, expect)
  else for (const id of ['proof', 'holder'] as const) run.skipped.set(id, 'the context check failed')
  await checkCredentials(run, credentials, { ...options, documentLoader: loader }, results)
  return presentation
}

async function checkCredentials(run: PresentationRun, credentials: EnclosedCredential[], options: VerifyPresentationOptions & { documentLoader: VerifyOptions['documentLoader'] }, results: VerificationResult[]): Promise<void> {
  const { challenge: _c, domain: _d, ...credentialOptions } = options
  void _c
  void _d
  shared ??= createVerifier()
  for (const { credential, path } of credentials) {
    const r = await shared.verify(credential, credentialOptions)
    results.push(r)
    if (!r.verified) report(run, 'credentials', 'CREDENTIAL_NOT_VERIFIED', `the credential does not verify: ${r.errors.map((e) => `${e.check} ${e.code}`).join(', ')}`, path)
  }
  if (credentials.length === 0) run.skipped.set('credentials', 'no credentials')
}

function skipRest(run: PresentationRun, reason: string): undefined {
  for (const id of ORDER) if (!run.errors.has(id)) run.skipped.set(id, reason)
  return undefined
}

function result(run: PresentationRun, presentation: Record<string, unknown> | undefined, credentials: VerificationResult[]): PresentationVerificationResult {
  const checks = ORDER.map((id) => {
    const errors = run.errors.get(id)
    if (errors && errors.length > 0) return { id, status: 'failed' as const, errors }
    const reason = run.skipped.get(id)
    return reason === undefined ? { id, status: 'passed' as const } : { id, status: 'skipped' as const, reason }
  })
  const errors = PRIORITY.flatMap((id) => run.errors.get(id) ?? [])
  const verified = errors.length === 0 && presentation !== undefined
  return verified ? { verified, presentation, checks, errors, warnings: [], credentials } : { verified, checks, errors, warnings: [], credentials }
}
