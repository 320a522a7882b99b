import { base58btc } from 'multiformats/bases/base58'
import { parseDateTime } from '../lib/date-time.js'

/** A proof suite this library can verify. */
export type SupportedProof = 'eddsa-rdfc-2022' | 'Ed25519Signature2020' | 'eddsa-2022'

/** What is wrong with a proof's shape, as a verification error code and message. */
export interface ProofShapeProblem {
  code: 'PARSING_ERROR' | 'PROOF_TRANSFORMATION_ERROR' | 'PROOF_VERIFICATION_ERROR'
  message: string
  path: string
}

/**
 * Checks a proof object before any JSON-LD work: a `type` (missing: PROOF_VERIFICATION_ERROR, a malformed
 * proof), known type and cryptosuite (else PROOF_TRANSFORMATION_ERROR), `assertionMethod`
 * purpose (`authentication` for presentations), a verification method URL, a base58btc `proofValue` of 64 bytes, and date formats.
 */
export function checkProofShape(proof: unknown, path: string, purpose: 'assertionMethod' | 'authentication' = 'assertionMethod'): { suite: SupportedProof } | { problem: ProofShapeProblem } {
  if (typeof proof !== 'object' || proof === null || Array.isArray(proof)) {
    return bad('PARSING_ERROR', 'proof must be an object', path)
  }
  const p = proof as Record<string, unknown>
  if (p.type === undefined) return bad('PROOF_VERIFICATION_ERROR', 'proof.type is missing', `${path}.type`)
  const suite = suiteOf(p)
  if (!suite) {
    const label = p.type === 'DataIntegrityProof' ? `cryptosuite ${JSON.stringify(p.cryptosuite)}` : `proof type ${JSON.stringify(p.type)}`
    return bad('PROOF_TRANSFORMATION_ERROR', `unsupported ${label}`, `${path}.${p.type === 'DataIntegrityProof' ? 'cryptosuite' : 'type'}`)
  }
  if (p.proofPurpose !== purpose) {
    return bad('PROOF_VERIFICATION_ERROR', `proofPurpose must be "${purpose}", got ${JSON.stringify(p.proofPurpose)}`, `${path}.proofPurpose`)
  }
  if (typeof p.verificationMethod !== 'string' || !/^[a-z][a-z0-9+.-]*:[^\s]+#[^\s#]+$/i.test(p.verificationMethod)) {
    return bad('PROOF_VERIFICATION_ERROR', 'verificationMethod must be an absolute URL with a fragment', `${path}.verificationMethod`)
  }
  const sigProblem = checkProofValue(p.proofValue)
  if (sigProblem) return bad('PROOF_VERIFICATION_ERROR', sigProblem, `${path}.proofValue`)
  if (p.created !== undefined && !isDateTime(p.created)) {
    return bad('PROOF_VERIFICATION_ERROR', 'created must be an XML Schema dateTime', `${path}.created`)
  }
  if (p.expires !== undefined && !isDateTime(p.expires)) {
    return bad('PROOF_VERIFICATION_ERROR', 'expires must be an XML Schema dateTime', `${path}.expires`)
  }
  return { suite }
}

function suiteOf(p: Record<string, unknown>): SupportedProof | undefined {
  if (p.type === 'Ed25519Signature2020') return 'Ed25519Signature2020'
  if (p.type !== 'DataIntegrityProof') return undefined
  if (p.cryptosuite === 'eddsa-rdfc-2022') return 'eddsa-rdfc-2022'
  if (p.cryptosuite === 'eddsa-2022') return 'eddsa-2022'
  return undefined
}

function checkProofValue(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('z')) return 'proofValue must be a base58btc multibase string ("z…")'
  try {
    const bytes = base58btc.decode(value)
    if (bytes.length !== 64) return `proofValue must decode to 64 bytes, got ${bytes.length}`
  } catch {
    return 'proofValue is not valid base58btc'
  }
  return undefined
}

/** XML Schema dateTime (time zone optional here; the validity check is stricter for credential dates). */
export function isDateTime(value: unknown): value is string {
  return parseDateTime(value) !== undefined
}

function bad(code: ProofShapeProblem['code'], message: string, path: string): { problem: ProofShapeProblem } {
  return { problem: { code, message, path } }
}
