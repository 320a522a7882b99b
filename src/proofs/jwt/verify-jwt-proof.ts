/**
 * The proof of a VC-JWT: header, claims, key and signature, each failure a verification error.
 *
 * @module proofs
 */
import type { DocumentLoader } from '../../loader/create-document-loader.js'
import { issuerIdOf } from '../../lib/issuer-id.js'
import type { DecodedJws } from './decode-jws.js'
import { jwtClaimProblems } from './jwt-credential.js'
import { checkJwtHeader, DEFAULT_JWT_ALGORITHMS, type CheckedJwtHeader, type JwtAlgorithm } from './jwt-header.js'
import { resolveJwtKey } from './jwt-key.js'
import { verifyJwsSignature } from './verify-jws-signature.js'

/** One problem with a VC-JWT's proof, and the check it belongs to (`proof`, or `issuer` for key binding). */
export interface JwtProofError {
  check: 'proof' | 'issuer'
  code: string
  message: string
  path: string
}

/** The outcome of {@link verifyJwtProof}. */
export interface JwtProofOutcome {
  errors: JwtProofError[]
  /** Header members outside alg/kid/jwk/typ/cty. */
  unknownHeaderMembers: string[]
  /** The verification method URL the key came from, when it came from one (its binding is the caller's check). */
  method?: string
}

/** Options of {@link verifyJwtProof}. */
export interface VerifyJwtProofOptions {
  /** Accepted algorithms. Default ES256, RS256, EdDSA. */
  algorithms?: readonly JwtAlgorithm[]
}

/**
 * Verifies the proof of a VC-JWT over `credential` (taken from its payload): the header (algorithm
 * allow-list, no `crit`, a key reference), the OB 3.0 claims (`iss`, `jti`, `sub`, `nbf`, `exp` repeat
 * the credential: `MALFORMED_VALUE_ERROR`), the key (see `resolveJwtKey`) and the signature. The
 * signature is checked even when a claim is wrong, so a tampered token reports the signature error.
 * Never throws.
 */
export async function verifyJwtProof(jws: DecodedJws, credential: Record<string, unknown>, loader: DocumentLoader, options: VerifyJwtProofOptions = {}): Promise<JwtProofOutcome> {
  const header = checkJwtHeader(jws.header, jws.signature, options.algorithms ?? DEFAULT_JWT_ALGORITHMS)
  if (!header.ok) return { errors: [{ check: 'proof', ...header.problem }], unknownHeaderMembers: [] }
  const claims: JwtProofError[] = jwtClaimProblems(credential, jws.payload).map((p) => ({ check: 'proof', code: 'MALFORMED_VALUE_ERROR', ...p }))
  return keyAndSignature(jws, header.header, issuerIdOf(credential), loader, 'assertionMethod', claims)
}

/**
 * The key (see `resolveJwtKey`, for `controller`'s keys of that relationship) and the signature of a
 * JWT whose header passed; `claims` are the claim errors found so far. A key or signature failure is
 * put first: it dominates.
 */
export async function keyAndSignature(jws: DecodedJws, header: CheckedJwtHeader, controller: string | undefined, loader: DocumentLoader, relationship: 'assertionMethod' | 'authentication', claims: JwtProofError[]): Promise<JwtProofOutcome> {
  const errors = [...claims]
  const out: JwtProofOutcome = { errors, unknownHeaderMembers: header.unknownMembers }
  const key = await resolveJwtKey(header, controller, loader, relationship)
  if (!key.ok) {
    errors.unshift({ check: 'proof', code: 'PROOF_VERIFICATION_ERROR', message: `the signature cannot be checked: ${key.message}`, path: key.path })
    errors.push({ check: 'issuer', code: key.code, message: key.message, path: key.path })
    return out
  }
  if (key.method !== undefined) out.method = key.method
  const signature = await verifyJwsSignature(jws.compact, key.jwk, header.alg)
  if (!signature.verified) errors.unshift({ check: 'proof', code: signature.code, message: signature.message, path: '$.signature' })
  return out
}
