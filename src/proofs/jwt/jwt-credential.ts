/**
 * The credential a VC-JWT carries, and the OB 3.0 checks that its JWT claims repeat it.
 *
 * @module proofs
 */
import { parseDateTime } from '../../lib/date-time.js'
import { issuerIdOf } from '../../lib/issuer-id.js'

/**
 * How a VC-JWT carries its credential: `vcdm2`, the payload is the credential plus the JWT claims
 * (VCDM 2.0, OB 3.0); `vc-claim`, the credential is the payload's `vc` claim (VCDM 1.1 JWTs).
 *
 * @example
 * ```ts
 * import { issueCredential, type JwtForm } from 'microcredentials/issue'
 * const jwtForm: JwtForm = 'vc-claim' // for a wallet that reads VCDM 1.1 JWTs
 * const jwt = await issueCredential(credential, signer, { format: 'vc-jwt', jwtForm })
 * ```
 */
export type JwtForm = 'vcdm2' | 'vc-claim'

/** The registered JWT claims (RFC 7519); in the `vcdm2` form they are not part of the credential. */
const JWT_CLAIMS: readonly string[] = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti']

/** The payload without the JWT claims and the `extra` ones (the VCDM 2.0 form's document). Internal. */
export function withoutClaims(payload: Record<string, unknown>, extra: readonly string[] = []): Record<string, unknown> {
  const document: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(payload)) if (!JWT_CLAIMS.includes(key) && !extra.includes(key)) document[key] = value
  return document
}

/** The credential of a VC-JWT and the form it came in. */
export type JwtCredential = { ok: true; credential: Record<string, unknown>; form: JwtForm } | { ok: false; message: string }

/**
 * Takes the credential out of a VC-JWT payload: the `vc` claim (VCDM 1.1; `issuer`, `id`,
 * `credentialSubject.id` and the dates filled from `iss`, `jti`, `sub`, `nbf`, `exp` where the claim
 * leaves them out, as VCDM 1.1 §JWT decoding says), else the payload without the JWT claims.
 */
export function credentialOfJwt(payload: Record<string, unknown>): JwtCredential {
  if (payload.vc !== undefined) {
    const vc = payload.vc
    if (typeof vc !== 'object' || vc === null || Array.isArray(vc)) return { ok: false, message: 'the JWT "vc" claim must be a JSON object' }
    return { ok: true, credential: fillFromClaims(structuredClone(vc) as Record<string, unknown>, payload), form: 'vc-claim' }
  }
  if (payload['@context'] === undefined) return { ok: false, message: 'the JWT payload is neither a credential (no "@context") nor has a "vc" claim' }
  return { ok: true, credential: withoutClaims(payload), form: 'vcdm2' }
}

function fillFromClaims(vc: Record<string, unknown>, claims: Record<string, unknown>): Record<string, unknown> {
  const contexts = Array.isArray(vc['@context']) ? vc['@context'] : [vc['@context']]
  const v1 = contexts.includes('https://www.w3.org/2018/credentials/v1')
  if (vc.issuer === undefined && typeof claims.iss === 'string') vc.issuer = claims.iss
  if (vc.id === undefined && typeof claims.jti === 'string') vc.id = claims.jti
  const subject = vc.credentialSubject
  if (typeof claims.sub === 'string' && typeof subject === 'object' && subject !== null && !Array.isArray(subject) && (subject as Record<string, unknown>).id === undefined) {
    vc.credentialSubject = { id: claims.sub, ...(subject as Record<string, unknown>) }
  }
  const start = v1 ? 'issuanceDate' : 'validFrom'
  const end = v1 ? 'expirationDate' : 'validUntil'
  if (vc[start] === undefined && typeof claims.nbf === 'number') vc[start] = isoSeconds(claims.nbf)
  if (vc[end] === undefined && typeof claims.exp === 'number') vc[end] = isoSeconds(claims.exp)
  return vc
}

/** A claim that does not repeat the credential: message and the claim's path in the payload. */
export interface JwtClaimProblem {
  message: string
  path: string
}

/**
 * The OB 3.0 claim checks: `iss` = `issuer.id`, `jti` = `id`, `sub` = `credentialSubject.id`,
 * `nbf` = `validFrom` (`issuanceDate`), `exp` = `validUntil` (`expirationDate`), each compared in
 * both directions (a claim without its property is a mismatch too); `iat`, when present, a number.
 */
export function jwtClaimProblems(credential: Record<string, unknown>, payload: Record<string, unknown>): JwtClaimProblem[] {
  const at = (claim: string): string => `$.${claim}`
  const problems: JwtClaimProblem[] = []
  const same = (claim: string, expected: unknown, property: string): void => {
    const actual = payload[claim]
    if (actual === undefined && expected === undefined) return
    if (actual !== expected) problems.push({ message: `JWT claim "${claim}" is ${JSON.stringify(actual)} but the credential's ${property} is ${JSON.stringify(expected)}`, path: at(claim) })
  }
  const issuerId = issuerIdOf(credential)
  if (payload.iss === undefined) problems.push({ message: 'the JWT has no "iss" claim (it must be the issuer id)', path: at('iss') })
  else same('iss', issuerId, 'issuer id')
  same('jti', typeof credential.id === 'string' ? credential.id : undefined, 'id')
  same('sub', subjectId(credential), 'credentialSubject.id')
  sameTime(problems, payload, 'nbf', credential, credential.validFrom !== undefined ? 'validFrom' : 'issuanceDate', at)
  sameTime(problems, payload, 'exp', credential, credential.validUntil !== undefined ? 'validUntil' : 'expirationDate', at)
  if (payload.iat !== undefined && !isNumericDate(payload.iat)) problems.push({ message: `JWT claim "iat" must be a NumericDate, got ${JSON.stringify(payload.iat)}`, path: at('iat') })
  return problems
}

function sameTime(problems: JwtClaimProblem[], payload: Record<string, unknown>, claim: string, credential: Record<string, unknown>, property: string, at: (c: string) => string): void {
  const actual = payload[claim]
  const value = credential[property]
  if (actual === undefined && value === undefined) return
  if (actual !== undefined && !isNumericDate(actual)) {
    problems.push({ message: `JWT claim "${claim}" must be a NumericDate (seconds), got ${JSON.stringify(actual)}`, path: at(claim) })
    return
  }
  const time = parseDateTime(value)?.time
  const expected = time === undefined ? undefined : Math.floor(time / 1000)
  if (actual === undefined || expected === undefined || Math.floor(actual as number) !== expected) {
    problems.push({ message: `JWT claim "${claim}" is ${JSON.stringify(actual)} but the credential's ${property} is ${JSON.stringify(value)}${expected === undefined ? '' : ` (${expected})`}`, path: at(claim) })
  }
}

function subjectId(credential: Record<string, unknown>): string | undefined {
  const subject = credential.credentialSubject
  if (typeof subject !== 'object' || subject === null || Array.isArray(subject)) return undefined
  const id = (subject as Record<string, unknown>).id
  return typeof id === 'string' ? id : undefined
}

function isNumericDate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

function isoSeconds(seconds: number): string {
  return new Date(Math.floor(seconds) * 1000).toISOString().replace('.000Z', 'Z')
}

/**
 * The JWT payload for a credential (the inverse of {@link credentialOfJwt}): `vcdm2`, the credential
 * plus the claims; `vc-claim`, the claims and the credential under `vc`. Claims: `iss` = issuer id,
 * `jti` = `id`, `sub` = `credentialSubject.id`, `nbf` = `validFrom` (`issuanceDate`), `exp` =
 * `validUntil` (`expirationDate`), `iat` = the signing time; a claim whose property is absent is left out.
 */
export function jwtPayloadOf(credential: Record<string, unknown>, form: JwtForm, issuedAt: Date): Record<string, unknown> {
  const claims: Record<string, unknown> = { iss: issuerIdOf(credential) }
  if (typeof credential.id === 'string') claims.jti = credential.id
  const sub = subjectId(credential)
  if (sub !== undefined) claims.sub = sub
  const nbf = secondsOf(credential.validFrom ?? credential.issuanceDate)
  if (nbf !== undefined) claims.nbf = nbf
  const exp = secondsOf(credential.validUntil ?? credential.expirationDate)
  if (exp !== undefined) claims.exp = exp
  claims.iat = Math.floor(issuedAt.getTime() / 1000)
  return form === 'vc-claim' ? { ...claims, vc: credential } : { ...credential, ...claims }
}

function secondsOf(value: unknown): number | undefined {
  const time = parseDateTime(value)?.time
  return time === undefined ? undefined : Math.floor(time / 1000)
}
