/**
 * Verifies one embedded proof with the Digital Bazaar Data Integrity stack and classifies failures
 * into stable codes.
 *
 * @module proofs
 */
import jsigs from 'jsonld-signatures'
import type { DocumentLoader } from '../loader/create-document-loader.js'
import type { SupportedProof } from './proof-shape.js'
import { verificationSuite } from './verification-suites.js'

/** The outcome of verifying one proof. */
export type ProofOutcome =
  | { verified: true }
  | { verified: false; code: ProofFailureCode; message: string }

/** Codes a proof verification can fail with. */
export type ProofFailureCode =
  | 'CRYPTOGRAPHIC_SECURITY_ERROR'
  | 'DATA_LOSS_DETECTION_ERROR'
  | 'PROOF_TRANSFORMATION_ERROR'
  | 'PROOF_VERIFICATION_ERROR'
  | 'INVALID_VERIFICATION_METHOD'
  | 'DOCUMENT_LOAD_BLOCKED'

/**
 * Verifies `proof` over `document` (the document's own `proof` is ignored), purpose `assertionMethod`,
 * safe-mode canonicalisation, with the given loader. Never throws.
 */
export async function verifyProof(
  document: Record<string, unknown>,
  proof: Record<string, unknown>,
  kind: SupportedProof,
  loader: DocumentLoader,
): Promise<ProofOutcome> {
  try {
    const single = { ...document, proof }
    const result = await jsigs.verify(single, {
      suite: verificationSuite(kind),
      purpose: new jsigs.purposes.AssertionProofPurpose(),
      documentLoader: loader,
    })
    if (result.verified) return { verified: true }
    return classify(firstError(result))
  } catch (error) {
    return classify(error)
  }
}

function firstError(result: { error?: unknown; results?: Array<{ error?: unknown }> }): unknown {
  const fromResults = result.results?.find((r) => r.error)?.error
  const err = fromResults ?? result.error
  return Array.isArray(err) ? err[0] : err
}

/** Maps an error from jsonld / jsonld-signatures to a stable code. */
export function classify(error: unknown): ProofOutcome {
  const e = (error ?? {}) as { name?: string; message?: string; details?: { event?: { code?: string; details?: unknown } } }
  const message = String(e.message ?? error ?? 'proof did not verify')
  const name = String(e.name ?? '')
  if (name === 'jsonld.ValidationError' || /safe mode validation/i.test(message)) {
    const code = e.details?.event?.code
    return fail('DATA_LOSS_DETECTION_ERROR', `JSON-LD safe mode: ${code ?? message}${describeEvent(e.details?.event?.details)}`)
  }
  if (/protected term redefinition/i.test(message) || name === 'jsonld.SyntaxError') return fail('PROOF_TRANSFORMATION_ERROR', message)
  if (/^Invalid signature/i.test(message)) return fail('CRYPTOGRAPHIC_SECURITY_ERROR', 'signature does not match the signed data')
  if (/not authorized by controller/i.test(message)) return fail('INVALID_VERIFICATION_METHOD', message)
  if (name === 'jsonld.InvalidUrl' || /Cannot load document|loading (remote )?(context|document) failed/i.test(message)) {
    return fail('DOCUMENT_LOAD_BLOCKED', message)
  }
  return fail('PROOF_VERIFICATION_ERROR', message)
}

function describeEvent(details: unknown): string {
  if (!details || typeof details !== 'object') return ''
  const d = details as Record<string, unknown>
  const what = d.property ?? d.type ?? d.id ?? d.value
  return what === undefined ? '' : ` (${JSON.stringify(what)})`
}

function fail(code: ProofFailureCode, message: string): ProofOutcome {
  return { verified: false, code, message }
}
