/**
 * Verifies one embedded proof with the Digital Bazaar Data Integrity stack and classifies failures
 * into stable codes.
 *
 * @module proofs
 */
import jsigs from 'jsonld-signatures'
import type { CanonicalisationPolicy, CanonicalMemo } from '../canonical/canonicalise.js'
import type { DocumentLoader } from '../loader/create-document-loader.js'
import type { SupportedProof } from './proof-shape.js'
import { CanonicalisationLimitError, type CanonicalisationBudget } from './canonicalisation-limits.js'
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
  | 'RESOURCE_LIMIT_EXCEEDED'

/** Options of {@link verifyProof}. */
export interface VerifyProofOptions {
  /**
   * The proofs this proof chains to (its `previousProof` targets): the document is canonicalised with
   * them as its `proof` (W3C Data Integrity, Verify Proof Sets and Chains).
   */
  previousProofs?: ReadonlyArray<Record<string, unknown>>
  /** rdf-canonize `maxWorkFactor`. Default: rdf-canonize's (1). */
  maxWorkFactor?: number
  /** A wall-clock budget (shared between proofs); exceeding it is `RESOURCE_LIMIT_EXCEEDED`. */
  budget?: CanonicalisationBudget
  /** Fast JSON-LD path with fallback (default `'auto'`), fast path only, or jsonld.js only. */
  canonicalisation?: CanonicalisationPolicy
  /** Canonical forms computed earlier in the same operation (the issuer's self-check). */
  memo?: CanonicalMemo
  /**
   * The proof purpose: `assertionMethod` (default, credentials) or, for presentations,
   * `authentication` with the `challenge` and `domain` the verifier sent.
   */
  purpose?: { authentication: { challenge: string; domain: string } }
}

/**
 * Verifies `proof` over `document` (the document's own `proof` is ignored; with `previousProofs`, those
 * are its `proof` while canonicalising), purpose `assertionMethod` (or `authentication` with a
 * challenge and domain, for presentations), safe-mode canonicalisation, with
 * the given loader. Never throws.
 */
export async function verifyProof(
  document: Record<string, unknown>,
  proof: Record<string, unknown>,
  kind: SupportedProof,
  loader: DocumentLoader,
  options: VerifyProofOptions = {},
): Promise<ProofOutcome> {
  try {
    const { budget, previousProofs = [] } = options
    const suite = verificationSuite(kind, { maxWorkFactor: options.maxWorkFactor, signal: budget?.signal, policy: options.canonicalisation, memo: options.memo })
    if (previousProofs.length > 0) includePreviousProofs(suite, previousProofs)
    const { proof: _omit, ...unsecured } = document
    void _omit
    const verify = () => jsigs.verify({ ...unsecured, proof }, {
      suite,
      purpose: options.purpose ? new jsigs.purposes.AuthenticationProofPurpose(options.purpose.authentication) : new jsigs.purposes.AssertionProofPurpose(),
      documentLoader: loader,
    }) as Promise<{ verified: boolean; error?: unknown; results?: Array<{ error?: unknown }> }>
    const result = budget ? await budget.run(verify) : await verify()
    if (result.verified) return { verified: true }
    return classify(firstError(result))
  } catch (error) {
    return classify(error)
  }
}

/**
 * jsonld-signatures removes `proof` from the document before handing it to the suite; a chained proof
 * signs the document *with* the proofs it names, so they are put back for this suite only.
 */
function includePreviousProofs(suite: unknown, previous: ReadonlyArray<Record<string, unknown>>): void {
  const s = suite as { verifyProof: (args: { document: Record<string, unknown> }) => Promise<unknown> }
  const inner = s.verifyProof.bind(s)
  s.verifyProof = (args) => inner({ ...args, document: { ...args.document, proof: [...previous] } })
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
  if (error instanceof CanonicalisationLimitError || name === 'CanonicalisationLimitError') return fail('RESOURCE_LIMIT_EXCEEDED', message)
  if (/Maximum deep iterations exceeded/i.test(message)) {
    return fail('RESOURCE_LIMIT_EXCEEDED', `canonicalisation needs more work than allowed (rdf-canonize: ${message.replace(/\.$/, '')}); raise limits.maxWorkFactor to accept it`)
  }
  if (/Abort signal received/i.test(message)) return fail('RESOURCE_LIMIT_EXCEEDED', `canonicalisation was aborted: over its time budget (limits.canonicalisationMs)`)
  if (name === 'jsonld.ValidationError' || /safe mode validation/i.test(message)) {
    const code = e.details?.event?.code
    return fail('DATA_LOSS_DETECTION_ERROR', `JSON-LD safe mode: ${code ?? message}${describeEvent(e.details?.event?.details)}`)
  }
  if (/protected term redefinition/i.test(message) || name === 'jsonld.SyntaxError' || name === 'CanonicalisationError') return fail('PROOF_TRANSFORMATION_ERROR', message)
  if (/^Invalid signature/i.test(message)) return fail('CRYPTOGRAPHIC_SECURITY_ERROR', 'signature does not match the signed data')
  if (/not authorized by controller/i.test(message)) return fail('INVALID_VERIFICATION_METHOD', message)
  if (name === 'jsonld.InvalidUrl' || /Cannot load document|loading (remote )?(context|document) failed/i.test(message)) {
    return fail('DOCUMENT_LOAD_BLOCKED', message)
  }
  if (!hasWebCrypto()) {
    return fail('PROOF_VERIFICATION_ERROR', `WebCrypto (crypto.subtle) is not available here, so the signature cannot be checked: browsers give it only to secure contexts (https, http://localhost, file:) (${message})`)
  }
  return fail('PROOF_VERIFICATION_ERROR', message)
}

/** Browsers leave `crypto.subtle` undefined outside secure contexts (a page served over plain http). */
function hasWebCrypto(): boolean {
  return (globalThis as { crypto?: { subtle?: unknown } }).crypto?.subtle !== undefined
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
