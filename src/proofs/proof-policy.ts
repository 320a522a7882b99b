/**
 * Proof-set policies over the per-proof outcomes of {@link verifyProofSet}.
 *
 * @module proofs
 */
import type { ProofReport } from './verify-proof-set.js'

/**
 * The proofs the `any-from-issuer` policy accepts: each verified, made with a key of the issuer
 * (`keyOfIssuer` decides, e.g. from the `issuer` check), and chaining (`previousProof`, transitively)
 * only to proofs that verified. A chain is only as good as the proofs it signs over.
 */
export function acceptedIssuerProofs(reports: readonly ProofReport[], keyOfIssuer: (report: ProofReport) => boolean): Set<number> {
  const chainOk = (r: ProofReport, seen: Set<number>): boolean => {
    if (!r.verified) return false
    if (seen.has(r.index)) return true
    seen.add(r.index)
    return r.previous.every((i) => {
      const prev = reports[i]
      return prev !== undefined && chainOk(prev, seen)
    })
  }
  const accepted = new Set<number>()
  for (const r of reports) if (keyOfIssuer(r) && chainOk(r, new Set())) accepted.add(r.index)
  return accepted
}
