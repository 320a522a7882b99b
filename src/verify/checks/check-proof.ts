import type { DocumentLoader } from '../../loader/create-document-loader.js'
import { checkProofShape } from '../../proofs/proof-shape.js'
import { verifyProof } from '../../proofs/verify-proof.js'
import { addError, hasFailed, type CheckContext } from '../check-context.js'
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

/**
 * The `proof` check: every proof present must verify (proof-set policy "all"). Safe-mode data loss
 * found while canonicalising is reported under `context`.
 */
export async function checkProofs(ctx: CheckContext, loader: DocumentLoader, proofs: Array<Record<string, unknown>>): Promise<void> {
  const { proof: _omit, ...document } = ctx.credential
  void _omit
  for (const [i, proof] of proofs.entries()) {
    const path = proofPath(ctx.credential, i)
    const shape = checkProofShape(proof, path)
    if ('problem' in shape) {
      addError(ctx, 'proof', shape.problem.code, shape.problem.message, shape.problem.path)
      continue
    }
    if (hasFailed(ctx, 'context')) continue
    const vmProblem = await resolvable(loader, proof.verificationMethod as string)
    if (vmProblem) {
      addError(ctx, 'proof', 'PROOF_VERIFICATION_ERROR', `cannot verify: verification method ${proof.verificationMethod as string} is not resolvable offline (${vmProblem}); supply its controller document`, `${path}.verificationMethod`)
      continue
    }
    const outcome = await verifyProof(document, proof, shape.suite, loader)
    if (outcome.verified) continue
    if (outcome.code === 'DATA_LOSS_DETECTION_ERROR' || outcome.code === 'DOCUMENT_LOAD_BLOCKED') {
      addError(ctx, 'context', outcome.code, outcome.message)
      addError(ctx, 'proof', 'PROOF_VERIFICATION_ERROR', 'the document cannot be canonicalised safely (see the context check)', path)
    } else if (outcome.code === 'INVALID_VERIFICATION_METHOD') {
      addError(ctx, 'proof', 'PROOF_VERIFICATION_ERROR', outcome.message, `${path}.verificationMethod`)
    } else {
      addError(ctx, 'proof', outcome.code, outcome.message, path)
    }
  }
  if (proofs.length > 0 && hasFailed(ctx, 'context') && !hasFailed(ctx, 'proof')) {
    ctx.skipped.set('proof', 'the context check failed: the document cannot be processed as JSON-LD safely')
  }
}

async function resolvable(loader: DocumentLoader, url: string): Promise<string | undefined> {
  try {
    await loader(url)
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}
