import type { CanonicalisationPolicy, CanonicalMemo } from '../canonical/canonicalise.js'
import { DID_V1_CONTEXT, JWK_CONTEXT, MULTIKEY_CONTEXT } from '../contexts/urls.js'
import { SigningError } from '../errors/errors.js'
import type { Signer } from '../keys/key-pair.js'
import { createDocumentLoader, type DocumentLoader } from '../loader/create-document-loader.js'
import { checkProofShape } from '../proofs/proof-shape.js'
import { verifyProof } from '../proofs/verify-proof.js'

/**
 * Verifies the proof just added, with the caller's documents, or with a controller document made from
 * the signer's public key when the signer has one and the key is not a did:key. Throws
 * {@link SigningError} (`ERR_SELF_CHECK_FAILED`) when the output does not verify.
 */
export async function selfCheck(signed: Record<string, unknown>, signer: Signer, controller: string, documents: Record<string, unknown>, canonicalisation: CanonicalisationPolicy = 'auto', memo?: CanonicalMemo): Promise<void> {
  const proofs = Array.isArray(signed.proof) ? signed.proof : [signed.proof]
  const proof = proofs[proofs.length - 1] as Record<string, unknown>
  const shape = checkProofShape(proof, '$.proof')
  if ('problem' in shape) throw new SigningError('ERR_SELF_CHECK_FAILED', `issued proof is malformed: ${shape.problem.message}`)
  const { proof: _omit, ...document } = signed
  void _omit
  const outcome = await verifyProof(document, proof, shape.suite, selfCheckLoader(signer, controller, documents), { canonicalisation, memo })
  if (!outcome.verified) {
    const hint = outcome.code === 'INVALID_VERIFICATION_METHOD' || outcome.code === 'PROOF_VERIFICATION_ERROR'
      ? ` (supply the controller document of ${controller} in options.documents)` : ''
    throw new SigningError('ERR_SELF_CHECK_FAILED', `the issued credential does not verify: ${outcome.code}: ${outcome.message}${hint}`)
  }
}

/**
 * The loader an issuer checks its own output with: the caller's documents, plus, for a controller that
 * is not a self-describing DID (did:key, did:jwk) and has no supplied document, one made from the
 * signer's public key (Multikey, or JsonWebKey for P-256 and RSA).
 */
export function selfCheckLoader(signer: Signer, controller: string, documents: Record<string, unknown>): DocumentLoader {
  const own = { ...documents }
  const selfDescribing = controller.startsWith('did:key:') || controller.startsWith('did:jwk:')
  const method = signer.publicKeyMultibase
    ? { id: signer.id, type: 'Multikey', controller, publicKeyMultibase: signer.publicKeyMultibase }
    : signer.publicKeyJwk ? { id: signer.id, type: 'JsonWebKey', controller, publicKeyJwk: signer.publicKeyJwk } : undefined
  if (!selfDescribing && method && own[controller] === undefined) {
    own[controller] = {
      '@context': [DID_V1_CONTEXT, method.type === 'Multikey' ? MULTIKEY_CONTEXT : JWK_CONTEXT],
      id: controller,
      verificationMethod: [method],
      assertionMethod: [signer.id],
      authentication: [signer.id],
    }
  }
  return createDocumentLoader({ documents: own })
}
