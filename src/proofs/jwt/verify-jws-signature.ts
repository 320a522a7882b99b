/**
 * The JWS signature check of a VC-JWT, with `jose`.
 *
 * @module proofs
 */
import { compactVerify, errors, importJWK, type JWK } from 'jose'
import type { JwtAlgorithm } from './jwt-header.js'

/** The outcome of {@link verifyJwsSignature}. */
export type JwsSignatureOutcome = { verified: true } | { verified: false; code: 'CRYPTOGRAPHIC_SECURITY_ERROR' | 'PROOF_VERIFICATION_ERROR'; message: string }

/** The key type each algorithm needs. */
const KEY_FOR: Record<JwtAlgorithm, (jwk: JWK) => boolean> = {
  ES256: (jwk) => jwk.kty === 'EC' && jwk.crv === 'P-256',
  RS256: (jwk) => jwk.kty === 'RSA',
  EdDSA: (jwk) => jwk.kty === 'OKP' && jwk.crv === 'Ed25519',
}

/**
 * Verifies a compact JWS with a public JWK under exactly one algorithm (the header's, already checked
 * against the allow-list). The key must be of that algorithm's type (EC P-256, RSA of at least 2,048
 * bits, OKP Ed25519). Never throws.
 */
export async function verifyJwsSignature(compact: string, jwk: JWK, alg: JwtAlgorithm): Promise<JwsSignatureOutcome> {
  if (!KEY_FOR[alg](jwk)) {
    return { verified: false, code: 'PROOF_VERIFICATION_ERROR', message: `alg ${alg} does not fit the issuer's key (${jwk.kty}${jwk.crv ? ` ${jwk.crv}` : ''})` }
  }
  try {
    const key = await importJWK(jwk, alg)
    await compactVerify(compact, key, { algorithms: [alg] })
    return { verified: true }
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) return { verified: false, code: 'CRYPTOGRAPHIC_SECURITY_ERROR', message: 'JWS signature does not match the signed header and payload' }
    return { verified: false, code: 'PROOF_VERIFICATION_ERROR', message: `JWS could not be verified: ${(error as Error)?.message ?? String(error)}` }
  }
}
