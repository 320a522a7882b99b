/**
 * The JOSE header of a VC-JWT: algorithm allow-list and the members a verifier understands.
 *
 * @module proofs
 */
import { PRIVATE_JWK_MEMBERS } from '../../did/did-jwk.js'

/**
 * JWS algorithms for VC-JWT: `ES256` and `RS256` (the two the 1EdTech validator accepts) and `EdDSA`
 * (Ed25519).
 *
 * @example
 * ```ts
 * import { verifyCredential, type JwtAlgorithm } from 'microcredentials/verify'
 * const jwtAlgorithms: JwtAlgorithm[] = ['ES256', 'RS256'] // what the 1EdTech validator accepts
 * const result = await verifyCredential(jwt, { jwtAlgorithms })
 * ```
 */
export type JwtAlgorithm = 'ES256' | 'RS256' | 'EdDSA'

/**
 * The algorithms accepted by default. `none` and the HMAC algorithms are never accepted.
 *
 * @example
 * ```ts
 * import { DEFAULT_JWT_ALGORITHMS, verifyCredential } from 'microcredentials/verify'
 * const result = await verifyCredential(jwt, { jwtAlgorithms: DEFAULT_JWT_ALGORITHMS.filter((a) => a !== 'EdDSA') })
 * ```
 */
export const DEFAULT_JWT_ALGORITHMS: readonly JwtAlgorithm[] = ['ES256', 'RS256', 'EdDSA']

/** Header members a VC-JWT may carry; others are reported as warnings. */
const KNOWN_MEMBERS = new Set(['alg', 'kid', 'jwk', 'typ', 'cty'])

/** A header problem: its verification error code, message and path (`$.header.<member>`). */
export interface JwtHeaderProblem {
  code: 'UNSUPPORTED_ALGORITHM' | 'MALFORMED_VALUE_ERROR' | 'PROOF_VERIFICATION_ERROR'
  message: string
  path: string
}

/** What a checked header says: the algorithm and the key reference (a `kid`, an embedded `jwk`, or both). */
export interface CheckedJwtHeader {
  alg: JwtAlgorithm
  kid?: string
  jwk?: Record<string, unknown>
  /** Header members outside alg/kid/jwk/typ/cty, reported as warnings. */
  unknownMembers: string[]
}

/**
 * Checks a JOSE header: `alg` in `allowed` (never `none` or HS*) and a non-empty signature
 * (`UNSUPPORTED_ALGORITHM`); no `crit` (this verifier understands no extensions:
 * `MALFORMED_VALUE_ERROR`); a string `kid` and/or a public `jwk` object (`PROOF_VERIFICATION_ERROR`).
 */
export function checkJwtHeader(header: Record<string, unknown>, signature: Uint8Array, allowed: readonly JwtAlgorithm[] = DEFAULT_JWT_ALGORITHMS): { ok: true; header: CheckedJwtHeader } | { ok: false; problem: JwtHeaderProblem } {
  const alg = header.alg
  const algProblem = algorithmProblem(alg, signature, allowed)
  if (algProblem) return { ok: false, problem: { code: 'UNSUPPORTED_ALGORITHM', message: algProblem, path: '$.header.alg' } }
  if (header.crit !== undefined) {
    return { ok: false, problem: { code: 'MALFORMED_VALUE_ERROR', message: `"crit" names header extensions this verifier does not understand: ${JSON.stringify(header.crit)}`, path: '$.header.crit' } }
  }
  const keyProblem = keyReferenceProblem(header)
  if (keyProblem) return { ok: false, problem: keyProblem }
  const checked: CheckedJwtHeader = { alg: alg as JwtAlgorithm, unknownMembers: Object.keys(header).filter((k) => !KNOWN_MEMBERS.has(k)) }
  if (typeof header.kid === 'string') checked.kid = header.kid
  if (header.jwk !== undefined) checked.jwk = header.jwk as Record<string, unknown>
  return { ok: true, header: checked }
}

function algorithmProblem(alg: unknown, signature: Uint8Array, allowed: readonly JwtAlgorithm[]): string | undefined {
  if (typeof alg !== 'string') return `JWS header has no "alg" string (got ${JSON.stringify(alg)})`
  if (alg.toLowerCase() === 'none') return 'alg "none" (an unsecured JWT) is never accepted'
  if (/^HS\d+$/i.test(alg)) return `alg ${JSON.stringify(alg)} is a shared-secret MAC, never accepted for credentials (a public key is not a secret)`
  if (!(allowed as readonly string[]).includes(alg)) return `alg ${JSON.stringify(alg)} is not among the accepted algorithms (${allowed.join(', ')})`
  if (signature.length === 0) return 'the JWS has an empty signature'
  return undefined
}

function keyReferenceProblem(header: Record<string, unknown>): JwtHeaderProblem | undefined {
  const { kid, jwk } = header
  if (kid !== undefined && (typeof kid !== 'string' || kid.length === 0)) {
    return { code: 'PROOF_VERIFICATION_ERROR', message: `"kid" must be a non-empty string, got ${JSON.stringify(kid)}`, path: '$.header.kid' }
  }
  if (jwk !== undefined) {
    if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) return { code: 'PROOF_VERIFICATION_ERROR', message: '"jwk" must be a JSON object', path: '$.header.jwk' }
    const secret = PRIVATE_JWK_MEMBERS.filter((m) => m in jwk)
    if (secret.length > 0) return { code: 'PROOF_VERIFICATION_ERROR', message: `"jwk" holds private key material (${secret.join(', ')}); a JWS header carries a public key only`, path: '$.header.jwk' }
  }
  if (kid === undefined && jwk === undefined) return { code: 'PROOF_VERIFICATION_ERROR', message: 'the JWS header names no key: neither "kid" nor "jwk"', path: '$.header' }
  return undefined
}
