/**
 * The proof of a presentation JWT: header, the verifier's nonce and audience, times, the holder's key
 * and the signature.
 *
 * @module proofs
 */
import type { DocumentLoader } from '../../loader/create-document-loader.js'
import type { DecodedJws } from './decode-jws.js'
import { withoutClaims } from './jwt-credential.js'
import { checkJwtHeader, DEFAULT_JWT_ALGORITHMS, type JwtAlgorithm } from './jwt-header.js'
import { keyAndSignature, type JwtProofError, type JwtProofOutcome } from './verify-jwt-proof.js'


/** The presentation a JWT carries: the `vp` claim (VCDM 1.1), else the payload without the JWT claims. */
export function presentationOfJwt(payload: Record<string, unknown>): { ok: true; presentation: Record<string, unknown> } | { ok: false; message: string } {
  if (payload.vp !== undefined) {
    const vp = payload.vp
    if (typeof vp !== 'object' || vp === null || Array.isArray(vp)) return { ok: false, message: 'the JWT "vp" claim must be a JSON object' }
    const presentation = structuredClone(vp) as Record<string, unknown>
    if (presentation.holder === undefined && typeof payload.iss === 'string') presentation.holder = payload.iss
    return { ok: true, presentation }
  }
  if (payload['@context'] === undefined) return { ok: false, message: 'the JWT payload is neither a presentation (no "@context") nor has a "vp" claim' }
  return { ok: true, presentation: withoutClaims(payload, ['nonce']) }
}

/** What the verifier expects of a presentation JWT. */
export interface JwtPresentationExpectations {
  holder: string | undefined
  challenge: string
  domain: string
  now: Date
  skewMs: number
  algorithms?: readonly JwtAlgorithm[]
}

/**
 * Verifies a presentation JWT: header (as for credentials), `nonce` = the challenge
 * (`INVALID_CHALLENGE_ERROR`), `aud` names the domain (`INVALID_DOMAIN_ERROR`), `iss` = holder
 * (`MALFORMED_VALUE_ERROR`), `exp`/`nbf`/`iat` against now with skew, the holder's key (an
 * `authentication` key) and the signature. Never throws.
 */
export async function verifyJwtPresentationProof(jws: DecodedJws, loader: DocumentLoader, expect: JwtPresentationExpectations): Promise<JwtProofOutcome> {
  const header = checkJwtHeader(jws.header, jws.signature, expect.algorithms ?? DEFAULT_JWT_ALGORITHMS)
  if (!header.ok) return { errors: [{ check: 'proof', ...header.problem }], unknownHeaderMembers: [] }
  return keyAndSignature(jws, header.header, expect.holder, loader, 'authentication', claimErrors(jws.payload, expect))
}

function claimErrors(payload: Record<string, unknown>, expect: JwtPresentationExpectations): JwtProofError[] {
  const errors: JwtProofError[] = []
  const add = (code: string, message: string, path: string) => errors.push({ check: 'proof', code, message, path })
  if (payload.nonce !== expect.challenge) add('INVALID_CHALLENGE_ERROR', payload.nonce === undefined ? 'the presentation has no "nonce" (the challenge)' : `"nonce" ${JSON.stringify(payload.nonce)} is not the challenge sent`, '$.nonce')
  const audience = Array.isArray(payload.aud) ? payload.aud : [payload.aud]
  if (!audience.includes(expect.domain)) add('INVALID_DOMAIN_ERROR', payload.aud === undefined ? 'the presentation has no "aud" (the domain)' : `"aud" ${JSON.stringify(payload.aud)} does not name the domain ${JSON.stringify(expect.domain)}`, '$.aud')
  if (payload.iss !== undefined && payload.iss !== expect.holder) add('MALFORMED_VALUE_ERROR', `"iss" ${JSON.stringify(payload.iss)} is not the holder ${JSON.stringify(expect.holder)}`, '$.iss')
  const now = expect.now.getTime()
  for (const claim of ['exp', 'nbf', 'iat'] as const) {
    const value = payload[claim]
    if (value === undefined) continue
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      add('MALFORMED_VALUE_ERROR', `"${claim}" must be a NumericDate, got ${JSON.stringify(value)}`, `$.${claim}`)
      continue
    }
    if (claim === 'exp' && value * 1000 < now - expect.skewMs) add('EXPIRED', `the presentation expired at ${new Date(value * 1000).toISOString()}`, '$.exp')
    if (claim !== 'exp' && value * 1000 > now + expect.skewMs) add('NOT_YET_VALID', `"${claim}" ${new Date(value * 1000).toISOString()} is in the future`, `$.${claim}`)
  }
  return errors
}
