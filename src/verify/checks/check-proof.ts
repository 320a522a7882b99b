import type { CanonicalisationPolicy } from '../../canonical/canonicalise.js'
import type { DocumentLoader } from '../../loader/create-document-loader.js'
import {
  CanonicalisationBudget,
  DEFAULT_CANONICALISATION_LIMITS,
  findOversizedArray,
  type CanonicalisationLimits,
} from '../../proofs/canonicalisation-limits.js'
import { acceptedIssuerProofs } from '../../proofs/proof-policy.js'
import { verifyProofSet, type ProofIssue, type ProofReport } from '../../proofs/verify-proof-set.js'
import { addError, hasFailed, type CheckContext } from '../check-context.js'
import type { ProofPolicy, VerificationError, VerifyLimits } from '../types.js'
import { proofPath } from './check-issuer.js'

/** The proofs of a credential as a list, or a reason they cannot be read. */
export function readProofs(credential: Record<string, unknown>): { proofs: Array<Record<string, unknown>> } | { missing: true } | { malformed: string } {
  const proof = credential.proof
  if (proof === undefined) return { missing: true }
  const list = Array.isArray(proof) ? proof : [proof]
  if (list.length === 0) return { missing: true }
  if (!list.every((p) => typeof p === 'object' && p !== null && !Array.isArray(p))) return { malformed: 'proof must be an object or an array of objects' }
  return { proofs: list as Array<Record<string, unknown>> }
}

/** The canonicalisation bounds in force: the caller's `limits` over the defaults. */
export function canonicalisationLimits(limits: Partial<VerifyLimits>): CanonicalisationLimits {
  return {
    maxArrayItems: limits.maxArrayItems ?? DEFAULT_CANONICALISATION_LIMITS.maxArrayItems,
    maxWorkFactor: limits.maxWorkFactor ?? DEFAULT_CANONICALISATION_LIMITS.maxWorkFactor,
    canonicalisationMs: limits.canonicalisationMs ?? DEFAULT_CANONICALISATION_LIMITS.canonicalisationMs,
  }
}

/**
 * Part of the `limits` check, before any JSON-LD work: no JSON array longer than `limits.maxArrayItems`
 * (jsonld.js's node map is quadratic in the length of one array). Returns false when exceeded.
 */
export function checkCanonicalisationLimits(ctx: CheckContext): boolean {
  const { maxArrayItems } = canonicalisationLimits(ctx.limits)
  const hit = findOversizedArray(ctx.credential, maxArrayItems)
  if (!hit) return true
  addError(ctx, 'limits', 'RESOURCE_LIMIT_EXCEEDED', `array at ${hit.path} has ${hit.length} items; the limit is ${maxArrayItems} (limits.maxArrayItems: canonicalisation work grows with the square of an array's length)`, hit.path)
  return false
}

/** Options of {@link checkProofs}. */
export interface ProofCheckOptions {
  /** `all` (default): every proof must verify. `any-from-issuer`: one valid proof by an issuer key suffices. */
  policy?: ProofPolicy
  /** Where warnings go (legacy cryptosuite, proofs set aside by the `any-from-issuer` policy). */
  warnings?: VerificationError[]
  /**
   * A canonicalisation time budget shared with other documents of the same verification (a credential
   * and its embedded endorsements); the caller disposes it. Default: a new budget of
   * `limits.canonicalisationMs` for this document alone.
   */
  budget?: CanonicalisationBudget
  /** Canonicalisation policy (default `'auto'`). */
  canonicalisation?: CanonicalisationPolicy
}

/**
 * The `proof` check. Every proof is verified as a member of a proof set, `previousProof` chains
 * included (a chained proof is verified over the document carrying the proofs it names).
 *
 * - Policy `all` (default, W3C Data Integrity): every proof present must verify.
 * - Policy `any-from-issuer` (OB 3.0 "MAY use any one proof"): at least one proof must verify, pass the
 *   `issuer` check (its key belongs to the issuer) and chain only to proofs that verify; the errors of
 *   the other proofs (proof, issuer and their safe-mode/limit findings) become warnings. Without such
 *   a proof every error stands.
 *
 * Safe-mode data loss found while canonicalising is reported under `context`, canonicalisation over
 * its work or time budget under `limits`. Runs after the `issuer` check (it reads its errors).
 */
export async function checkProofs(ctx: CheckContext, loader: DocumentLoader, proofs: Array<Record<string, unknown>>, options: ProofCheckOptions = {}): Promise<void> {
  const policy = options.policy ?? 'all'
  const warnings = options.warnings ?? []
  const limits = canonicalisationLimits(ctx.limits)
  const budget = options.budget ?? new CanonicalisationBudget(limits.canonicalisationMs)
  let reports: ProofReport[]
  try {
    const set = await verifyProofSet(ctx.credential, proofs, loader, {
      pathOf: (i) => proofPath(ctx.credential, i),
      canonicalise: !hasFailed(ctx, 'context'),
      maxWorkFactor: limits.maxWorkFactor,
      budget,
      canonicalisation: options.canonicalisation,
    })
    reports = set.proofs
  } finally {
    if (!options.budget) budget.dispose()
  }
  const accepted = policy === 'any-from-issuer' ? acceptedByIssuerCheck(ctx, reports) : new Set<number>()
  const setAside = (r: ProofReport): boolean => accepted.size > 0 && !accepted.has(r.index)
  for (const report of reports) {
    for (const w of report.warnings) warnings.push(toError(w))
    if (setAside(report)) {
      for (const e of report.errors) warnings.push(toError(e, `${report.path} set aside (proofPolicy "any-from-issuer"): `))
      moveIssuerErrors(ctx, report.path, warnings)
      continue
    }
    for (const e of report.errors) {
      if (e.check === 'limits' && ctx.errors.get('limits')?.some((x) => x.message === e.message)) continue
      addError(ctx, e.check, e.code, e.message, e.path)
    }
  }
  if (proofs.length > 0 && hasFailed(ctx, 'context') && !hasFailed(ctx, 'proof')) {
    ctx.skipped.set('proof', 'the context check failed: the document cannot be processed as JSON-LD safely')
  }
}

/** `any-from-issuer`: proofs that verified, chain only to verified proofs, and passed the `issuer` check. */
function acceptedByIssuerCheck(ctx: CheckContext, reports: ProofReport[]): Set<number> {
  if (ctx.skipped.has('issuer')) return new Set()
  const issuerErrors = ctx.errors.get('issuer') ?? []
  return acceptedIssuerProofs(reports, (r) => !issuerErrors.some((e) => isUnder(e.path, r.path)))
}

function moveIssuerErrors(ctx: CheckContext, path: string, warnings: VerificationError[]): void {
  const list = ctx.errors.get('issuer')
  if (!list) return
  const keep = list.filter((e) => !isUnder(e.path, path))
  for (const e of list) if (isUnder(e.path, path)) warnings.push({ ...e, message: `${path} set aside (proofPolicy "any-from-issuer"): ${e.message}` })
  if (keep.length > 0) ctx.errors.set('issuer', keep)
  else ctx.errors.delete('issuer')
}

function isUnder(path: string | undefined, base: string): boolean {
  return path !== undefined && (path === base || path.startsWith(`${base}.`) || path.startsWith(`${base}[`))
}

function toError(issue: ProofIssue, prefix = ''): VerificationError {
  const e: VerificationError = { code: issue.code, check: issue.check, message: `${prefix}${issue.message}` }
  return issue.path === undefined ? e : { ...e, path: issue.path }
}
