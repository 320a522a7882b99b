import { createDocumentLoader, type DocumentLoader, type DocumentLoaderOptions } from '../loader/create-document-loader.js'
import { CanonicalisationBudget } from '../proofs/canonicalisation-limits.js'
import { createEndorsementSchemaValidator, createOb3SchemaValidator, type Ob3SchemaValidator } from '../schema/validate-ob3-schema.js'
import { addError, toResult, type CheckContext } from './check-context.js'
import { checkContextStatic, checkSafeMode } from './checks/check-context.js'
import { checkEndorsements, DEFAULT_MAX_ENDORSEMENT_DEPTH, DEFAULT_MAX_ENDORSEMENTS } from './checks/check-endorsements.js'
import { checkIssuer } from './checks/check-issuer.js'
import { checkJwt } from './checks/check-jwt.js'
import { checkLimits } from './checks/check-limits.js'
import { checkParse } from './checks/check-parse.js'
import { canonicalisationLimits, checkCanonicalisationLimits, checkProofs, readProofs } from './checks/check-proof.js'
import { checkRecipient } from './checks/check-recipient.js'
import { checkSchema } from './checks/check-schema.js'
import { checkStatus } from './checks/check-status.js'
import { checkValidity } from './checks/check-validity.js'
import type { CheckId, VerificationError, VerificationResult, VerifyLimits, VerifyOptions } from './types.js'

/**
 * Default input limits: 1 MiB, nesting depth 64, 50,000 JSON values; canonicalisation: arrays of at
 * most 1,000 items, rdf-canonize `maxWorkFactor` 1, a 2,000 ms budget; embedded endorsements: at most
 * 50, nested at most 2 deep.
 *
 * @example
 * ```ts
 * import { DEFAULT_LIMITS, verifyCredential } from 'microcredentials/verify'
 * const result = await verifyCredential(input, { limits: { maxBytes: DEFAULT_LIMITS.maxBytes * 4 } })
 * ```
 */
export const DEFAULT_LIMITS: VerifyLimits = {
  maxBytes: 1024 * 1024,
  maxDepth: 64,
  maxNodes: 50_000,
  maxArrayItems: 1000,
  maxWorkFactor: 1,
  canonicalisationMs: 2000,
  maxEndorsements: DEFAULT_MAX_ENDORSEMENTS,
  maxEndorsementDepth: DEFAULT_MAX_ENDORSEMENT_DEPTH,
}

/**
 * A reusable verifier: holds the loader and the compiled schemas. Made by {@link createVerifier}.
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
 * Creates a verifier that keeps its document loader and compiled schemas (AchievementCredential, and
 * EndorsementCredential once an endorsement is met) between calls (verify many credentials with one
 * verifier).
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
  let validators: Validators | undefined
  const defaultLoader = (): DocumentLoader => (loader ??= defaults.documentLoader ?? createDocumentLoader({ documents: defaults.documents ?? {}, ...networkOptions(defaults) }))
  return {
    async verify(input, options = {}) {
      const opts = { ...defaults, ...options }
      const perCall = options.documents !== undefined || options.fetch !== undefined || options.allowedHosts !== undefined || options.allowKeyInFragment !== undefined
      const docLoader = options.documentLoader ?? (perCall ? createDocumentLoader({ documents: { ...defaults.documents, ...options.documents }, ...networkOptions(opts) }) : defaultLoader())
      try {
        validators ??= { credential: createOb3SchemaValidator(), endorsement: createEndorsementSchemaValidator() }
        return await run(input, opts, docLoader, validators)
      } catch (error) {
        return internalFailure(error)
      }
    },
  }
}

/** The loader's network options taken from verify options (only those given). Internal to src/verify. */
export function networkOptions(o: VerifyOptions): Pick<DocumentLoaderOptions, 'fetch' | 'allowedHosts' | 'allowKeyInFragment'> {
  return {
    ...(o.fetch === undefined ? {} : { fetch: o.fetch }),
    ...(o.allowedHosts === undefined ? {} : { allowedHosts: o.allowedHosts }),
    ...(o.allowKeyInFragment === undefined ? {} : { allowKeyInFragment: o.allowKeyInFragment }),
  }
}

/** The compiled schema validators of a verifier (each compiles on first use). */
interface Validators {
  credential: Ob3SchemaValidator
  endorsement: Ob3SchemaValidator
}

/** State shared by a credential's run and the runs of its embedded endorsements. */
interface Shared {
  /** Endorsements verified so far (nested ones included). */
  count: number
  /** True once `maxEndorsements` was reported. */
  exceeded: boolean
  /** The canonicalisation time budget of the whole verification (made at the first proof check). */
  budget?: CanonicalisationBudget
}

/**
 * What a run verifies: the credential given, or an endorsement embedded in it at `path` (JSON path in
 * the top-level credential), `depth` levels down (1 = embedded in the credential itself).
 */
type Scope = { kind: 'credential' } | { kind: 'endorsement'; depth: number; path: string; shared: Shared }

async function run(input: unknown, opts: VerifyOptions, loader: DocumentLoader, validators: Validators, scope: Scope = { kind: 'credential' }): Promise<VerificationResult> {
  const shared: Shared = scope.kind === 'endorsement' ? scope.shared : { count: 0, exceeded: false }
  try {
    return await runChecks(input, opts, loader, validators, scope, shared)
  } finally {
    if (scope.kind === 'credential') shared.budget?.dispose()
  }
}

/**
 * The pipeline, for a credential or (same steps, same options) an embedded endorsement. For an
 * endorsement (embedded, or verified on its own with `expect: 'endorsement'`) the schema is the
 * EndorsementCredential one; for an embedded one `trustedIssuers` and `expectedRecipient`
 * do not apply (the endorser is not the credential's issuer, the endorsement not about the learner).
 */
async function runChecks(input: unknown, opts: VerifyOptions, loader: DocumentLoader, validators: Validators, scope: Scope, shared: Shared): Promise<VerificationResult> {
  const endorsement = scope.kind === 'endorsement'
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
  // An EndorsementCredential verified on its own (`expect: 'endorsement'`) is checked against its own schema.
  const schemaKind = endorsement || opts.expect === 'endorsement' ? 'endorsement' : 'credential'
  checkSchema(ctx, validators[schemaKind], warnings, schemaKind)
  const read = readProofs(ctx.credential)
  const proofs = 'proofs' in read ? read.proofs : []
  if ('missing' in read) {
    // A VC-JWT's proof is its JWS; an embedded proof is optional.
    if (!parsed.jwt) addError(ctx, 'proof', 'PROOF_MISSING', `the ${endorsement ? 'endorsement' : 'credential'} has no proof`, '$.proof')
    if (contextOk) await checkSafeMode(ctx, loader)
  } else if ('malformed' in read) {
    addError(ctx, 'proof', 'PARSING_ERROR', read.malformed, '$.proof')
  }
  if (contextOk) await checkIssuer(ctx, loader, proofs, endorsement ? undefined : opts.trustedIssuers)
  else ctx.skipped.set('issuer', 'the context check failed')
  if (parsed.jwt) await checkJwt(ctx, loader, parsed.jwt, warnings, opts.jwtAlgorithms)
  shared.budget ??= new CanonicalisationBudget(canonicalisationLimits(ctx.limits).canonicalisationMs)
  await checkProofs(ctx, loader, proofs, { policy: opts.proofPolicy, warnings, budget: shared.budget, canonicalisation: opts.canonicalisation })
  checkValidity(ctx, proofs)
  // Only an explicit `statusChecker` checks status (e.g. createStatusChecker({ documents })); `documents`
  // or `fetch` alone do not turn it on: a credential with a status then fails closed (STATUS_UNCHECKED).
  await checkStatus(ctx, opts.statusChecker)
  if (endorsement) ctx.skipped.set('recipient', 'not checked for an endorsement')
  else checkRecipient(ctx, opts.expectedRecipient)
  await checkEndorsements(ctx, warnings, scope.kind === 'endorsement' ? scope : { depth: 0, path: '$' }, shared, (entry, at) =>
    run(entry, opts, loader, validators, { kind: 'endorsement', ...at, shared }),
  )
  return toResult(ctx, ctx.credential, warnings)
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
