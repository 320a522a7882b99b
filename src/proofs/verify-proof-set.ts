/**
 * Verifies every proof of a document as a proof set, following `previousProof` chains (W3C Data
 * Integrity, "Verify Proof Sets and Chains"), and reports each proof's outcome separately so a
 * caller can apply its own policy.
 *
 * @module proofs
 */
import type { CanonicalisationPolicy } from '../canonical/canonicalise.js'
import type { DocumentLoader } from '../loader/create-document-loader.js'
import type { CanonicalisationBudget } from './canonicalisation-limits.js'
import { checkProofShape, type SupportedProof } from './proof-shape.js'
import { verifyProof } from './verify-proof.js'

/** One problem found with one proof, and the check it belongs to. */
export interface ProofIssue {
  /** `proof`, or `context` (safe-mode data loss, blocked loads) or `limits` (canonicalisation work). */
  check: 'proof' | 'context' | 'limits'
  code: string
  message: string
  path?: string
}

/** The outcome for one proof of the set. */
export interface ProofReport {
  index: number
  /** JSON path of the proof (`$.proof` or `$.proof[i]`). */
  path: string
  proof: Record<string, unknown>
  /** The suite, when the shape check recognised one. */
  suite?: SupportedProof
  /** Indexes of the proofs this one chains to through `previousProof`. */
  previous: number[]
  /** True when the signature verified (and the shape and chain are sound). */
  verified: boolean
  /** True when the proof was not checked cryptographically (canonicalisation was turned off). */
  skipped: boolean
  errors: ProofIssue[]
  warnings: ProofIssue[]
}

/** Options of {@link verifyProofSet}. */
export interface ProofSetOptions {
  /** JSON path of the i-th proof. Default `$.proof[i]`, or `$.proof` for a single proof object. */
  pathOf?: (index: number) => string
  /** Check signatures (false: shape and chain only, e.g. when the document's contexts are untrusted). Default true. */
  canonicalise?: boolean
  /** rdf-canonize `maxWorkFactor`. */
  maxWorkFactor?: number
  /** A wall-clock budget for all canonicalisation. */
  budget?: CanonicalisationBudget
  /** Canonicalisation policy (default `'auto'`: fast path, jsonld.js fallback). */
  canonicalisation?: CanonicalisationPolicy
}

/** The outcome for the whole set: `verified` only when there is a proof and every proof verified. */
export interface ProofSetResult {
  verified: boolean
  proofs: ProofReport[]
}

/**
 * Verifies each proof in `proofs` over `document` (its own `proof` member is ignored). A proof with a
 * `previousProof` (a string or an array of strings, each the `id` of another proof of the set) is
 * verified over the document carrying the proofs it names. Never throws.
 *
 * @example
 * ```ts
 * const { proof, ...document } = signed
 * const result = await verifyProofSet(document, Array.isArray(proof) ? proof : [proof], createDocumentLoader())
 * result.proofs.filter((p) => !p.verified).map((p) => p.errors)
 * ```
 */
export async function verifyProofSet(
  document: Record<string, unknown>,
  proofs: ReadonlyArray<Record<string, unknown>>,
  loader: DocumentLoader,
  options: ProofSetOptions = {},
): Promise<ProofSetResult> {
  const pathOf = options.pathOf ?? ((i: number) => (proofs.length === 1 && !Array.isArray(document.proof) && document.proof !== undefined ? '$.proof' : `$.proof[${i}]`))
  const canonicalise = options.canonicalise ?? true
  const reports: ProofReport[] = []
  for (const [index, proof] of proofs.entries()) {
    const path = pathOf(index)
    const report: ProofReport = { index, path, proof, previous: [], verified: false, skipped: !canonicalise, errors: [], warnings: [] }
    reports.push(report)
    const shape = checkProofShape(proof, path)
    if ('problem' in shape) {
      report.errors.push({ check: 'proof', ...shape.problem })
      continue
    }
    report.suite = shape.suite
    if (shape.suite === 'eddsa-2022') {
      report.warnings.push({
        check: 'proof', code: 'LEGACY_CRYPTOSUITE', path: `${path}.cryptosuite`,
        message: 'cryptosuite "eddsa-2022" is the pre-standard name of eddsa-rdfc-2022: accepted, but new credentials should use "eddsa-rdfc-2022"',
      })
    }
    const chain = resolvePreviousProofs(proofs, index, path)
    if ('problem' in chain) {
      report.errors.push({ check: 'proof', code: 'PROOF_VERIFICATION_ERROR', message: chain.problem, path: `${path}.previousProof` })
      continue
    }
    report.previous = chain.previous
    if (!canonicalise) continue
    const vmProblem = await resolvable(loader, proof.verificationMethod as string)
    if (vmProblem) {
      report.errors.push({
        check: 'proof', code: 'PROOF_VERIFICATION_ERROR', path: `${path}.verificationMethod`,
        message: `cannot verify: verification method ${proof.verificationMethod as string} could not be resolved (${vmProblem}); supply its controller document (documents), or allow its host (fetch, allowedHosts)`,
      })
      continue
    }
    const previousProofs = chain.previous.map((i) => proofs[i] as Record<string, unknown>)
    const outcome = await verifyProof(document, proof, shape.suite, loader, { previousProofs, maxWorkFactor: options.maxWorkFactor, budget: options.budget, canonicalisation: options.canonicalisation })
    if (outcome.verified) {
      report.verified = true
      continue
    }
    if (outcome.code === 'DATA_LOSS_DETECTION_ERROR' || outcome.code === 'DOCUMENT_LOAD_BLOCKED') {
      report.errors.push({ check: 'context', code: outcome.code, message: outcome.message })
      report.errors.push({ check: 'proof', code: 'PROOF_VERIFICATION_ERROR', message: 'the document cannot be canonicalised safely (see the context check)', path })
    } else if (outcome.code === 'RESOURCE_LIMIT_EXCEEDED') {
      report.errors.push({ check: 'limits', code: outcome.code, message: outcome.message })
      report.errors.push({ check: 'proof', code: 'PROOF_VERIFICATION_ERROR', message: 'the document could not be canonicalised within the limits (see the limits check)', path })
    } else if (outcome.code === 'INVALID_VERIFICATION_METHOD') {
      report.errors.push({ check: 'proof', code: 'PROOF_VERIFICATION_ERROR', message: outcome.message, path: `${path}.verificationMethod` })
    } else {
      report.errors.push({ check: 'proof', code: outcome.code, message: outcome.message, path })
    }
  }
  return { verified: reports.length > 0 && reports.every((r) => r.verified), proofs: reports }
}

/**
 * The proofs `proofs[index]` chains to: its `previousProof` must be absent, a string, or an array of
 * strings, each the `id` of another proof in the set.
 */
export function resolvePreviousProofs(proofs: ReadonlyArray<Record<string, unknown>>, index: number, path = `$.proof[${index}]`): { previous: number[] } | { problem: string } {
  const value = (proofs[index] as Record<string, unknown> | undefined)?.previousProof
  if (value === undefined) return { previous: [] }
  const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined
  if (ids === undefined || ids.length === 0 || !ids.every((id): id is string => typeof id === 'string')) {
    return { problem: `previousProof of ${path} must be a string or a non-empty array of strings, got ${JSON.stringify(value)}` }
  }
  const previous: number[] = []
  for (const id of ids) {
    const at = proofs.findIndex((p, i) => i !== index && p.id === id)
    if (at < 0) return { problem: `previousProof of ${path} names ${JSON.stringify(id)}, but no other proof in the set has that id` }
    if (!previous.includes(at)) previous.push(at)
  }
  return { previous }
}

async function resolvable(loader: DocumentLoader, url: string): Promise<string | undefined> {
  try {
    await loader(url)
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}
