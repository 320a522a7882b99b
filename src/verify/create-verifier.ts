import { createDocumentLoader, type DocumentLoader, type DocumentLoaderOptions } from '../loader/create-document-loader.js'
import { createOb3SchemaValidator, type Ob3SchemaValidator } from '../schema/validate-ob3-schema.js'
import { addError, toResult, type CheckContext } from './check-context.js'
import { checkContextStatic, checkSafeMode } from './checks/check-context.js'
import { checkIssuer } from './checks/check-issuer.js'
import { checkLimits } from './checks/check-limits.js'
import { checkParse } from './checks/check-parse.js'
import { checkCanonicalisationLimits, checkProofs, readProofs } from './checks/check-proof.js'
import { checkRecipient } from './checks/check-recipient.js'
import { checkSchema } from './checks/check-schema.js'
import { checkStatus } from './checks/check-status.js'
import { checkValidity } from './checks/check-validity.js'
import type { CheckId, VerificationError, VerificationResult, VerifyLimits, VerifyOptions } from './types.js'

/**
 * Default input limits: 1 MiB, nesting depth 64, 50,000 JSON values; canonicalisation: arrays of at
 * most 1,000 items, rdf-canonize `maxWorkFactor` 1, a 2,000 ms budget.
 *
 * @example
 * ```ts
 * import { DEFAULT_LIMITS, verifyCredential } from 'microcredentials/verify'
 * const result = await verifyCredential(input, { limits: { maxBytes: DEFAULT_LIMITS.maxBytes * 4 } })
 * ```
 */
export const DEFAULT_LIMITS: VerifyLimits = { maxBytes: 1024 * 1024, maxDepth: 64, maxNodes: 50_000, maxArrayItems: 1000, maxWorkFactor: 1, canonicalisationMs: 2000 }

/**
 * A reusable verifier: holds the loader and the compiled schema. Made by {@link createVerifier}.
 *
 * @example
 * ```ts
 * import { createVerifier, type Verifier } from 'microcredentials/verify'
 * const verifier: Verifier = createVerifier({ documents: { [issuerId]: controllerDoc } })
 * const results = await Promise.all(credentials.map((c) => verifier.verify(c, { now: '2026-01-01T00:00:00Z' })))
 * ```
 */
export interface Verifier {
  /** Verifies one credential; per-call options override the verifier's. Never throws for bad input. */
  verify(input: unknown, options?: VerifyOptions): Promise<VerificationResult>
}

/**
 * Creates a verifier that keeps its document loader and compiled schema between calls (verify many
 * credentials with one verifier).
 *
 * @example
 * ```ts
 * import { createVerifier } from 'microcredentials/verify'
 * const verifier = createVerifier({ clockSkewSeconds: 60 })
 * const result = await verifier.verify(credentialJson)
 * result.checks.map((c) => `${c.id}: ${c.status}`)
 * ```
 */
export function createVerifier(defaults: VerifyOptions = {}): Verifier {
  let loader: DocumentLoader | undefined
  let schema: Ob3SchemaValidator | undefined
  const defaultLoader = (): DocumentLoader => (loader ??= defaults.documentLoader ?? createDocumentLoader({ documents: defaults.documents ?? {}, ...networkOptions(defaults) }))
  return {
    async verify(input, options = {}) {
      const opts = { ...defaults, ...options }
      const perCall = options.documents !== undefined || options.fetch !== undefined || options.allowedHosts !== undefined || options.allowKeyInFragment !== undefined
      const docLoader = options.documentLoader ?? (perCall ? createDocumentLoader({ documents: { ...defaults.documents, ...options.documents }, ...networkOptions(opts) }) : defaultLoader())
      try {
        return await run(input, opts, docLoader, (schema ??= createOb3SchemaValidator()))
      } catch (error) {
        return internalFailure(error)
      }
    },
  }
}

/** The loader's network options taken from verify options (only those given). */
function networkOptions(o: VerifyOptions): Pick<DocumentLoaderOptions, 'fetch' | 'allowedHosts' | 'allowKeyInFragment'> {
  return {
    ...(o.fetch === undefined ? {} : { fetch: o.fetch }),
    ...(o.allowedHosts === undefined ? {} : { allowedHosts: o.allowedHosts }),
    ...(o.allowKeyInFragment === undefined ? {} : { allowKeyInFragment: o.allowKeyInFragment }),
  }
}

async function run(input: unknown, opts: VerifyOptions, loader: DocumentLoader, schema: Ob3SchemaValidator): Promise<VerificationResult> {
  const ctx: CheckContext = {
    credential: {},
    now: toDate(opts.now),
    skewMs: (opts.clockSkewSeconds ?? 300) * 1000,
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    errors: new Map(),
    skipped: new Map(),
  }
  const warnings: VerificationError[] = []
  const parsed = checkParse(input, ctx.limits)
  if (!parsed.ok) {
    addError(ctx, 'parse', 'PARSING_ERROR', parsed.message)
    return skipRest(ctx, ['limits', 'context', 'schema', 'proof', 'issuer', 'validity', 'status', 'recipient', 'endorsements'], 'input could not be parsed', warnings)
  }
  ctx.credential = parsed.credential
  if (!checkLimits(ctx, parsed.bytes) || !checkCanonicalisationLimits(ctx)) {
    return skipRest(ctx, ['context', 'schema', 'proof', 'issuer', 'validity', 'status', 'recipient', 'endorsements'], 'input exceeds the limits', warnings)
  }
  const contextOk = await checkContextStatic(ctx, loader)
  checkSchema(ctx, schema, warnings)
  const read = readProofs(ctx.credential)
  const proofs = 'proofs' in read ? read.proofs : []
  if ('missing' in read) {
    addError(ctx, 'proof', 'PROOF_MISSING', 'the credential has no proof', '$.proof')
    if (contextOk) await checkSafeMode(ctx, loader)
  } else if ('malformed' in read) {
    addError(ctx, 'proof', 'PARSING_ERROR', read.malformed, '$.proof')
  }
  if (contextOk) await checkIssuer(ctx, loader, proofs, opts.trustedIssuers)
  else ctx.skipped.set('issuer', 'the context check failed')
  await checkProofs(ctx, loader, proofs, { policy: opts.proofPolicy, warnings })
  checkValidity(ctx, proofs)
  await checkStatus(ctx, opts.statusChecker)
  checkRecipient(ctx, opts.expectedRecipient)
  checkEndorsements(ctx)
  return toResult(ctx, ctx.credential, warnings)
}

function checkEndorsements(ctx: CheckContext): void {
  const subject = ctx.credential.credentialSubject as { achievement?: { endorsement?: unknown } } | undefined
  const present = ctx.credential.endorsement !== undefined || subject?.achievement?.endorsement !== undefined
  ctx.skipped.set('endorsements', present ? 'embedded endorsements are not verified by this version' : 'no embedded endorsements')
}

function skipRest(ctx: CheckContext, ids: CheckId[], reason: string, warnings: VerificationError[]): VerificationResult {
  for (const id of ids) ctx.skipped.set(id, reason)
  return toResult(ctx, undefined, warnings)
}

function toDate(now: Date | string | undefined): Date {
  if (now === undefined) return new Date()
  const d = now instanceof Date ? now : new Date(now)
  return Number.isNaN(d.getTime()) ? new Date(NaN) : d
}

function internalFailure(error: unknown): VerificationResult {
  const e: VerificationError = { code: 'PROOF_VERIFICATION_ERROR', check: 'proof', message: `verification could not complete: ${(error as Error)?.message ?? String(error)}` }
  return { verified: false, checks: [{ id: 'proof', status: 'failed', errors: [e] }], errors: [e], warnings: [] }
}
