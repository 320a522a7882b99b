import { SigningError, UnsupportedFormatError } from '../errors/errors.js'
import type { Signer } from '../keys/key-pair.js'
import { decodeCompactJws } from '../proofs/jwt/decode-jws.js'
import { jwtPayloadOf, type JwtForm } from '../proofs/jwt/jwt-credential.js'
import type { JwtAlgorithm } from '../proofs/jwt/jwt-header.js'
import { verifyJwtProof } from '../proofs/jwt/verify-jwt-proof.js'
import type { SigningContext } from './prepare-issue.js'
import { selfCheckLoader } from './self-check.js'
import { JWT_ALGORITHM_OF, signCompactJws } from './sign-compact-jws.js'


/** Options of {@link signJwt}. */
export interface JwtSignOptions {
  alg?: JwtAlgorithm
  jwtForm?: JwtForm
}

/**
 * Signs `document` as a VC-JWT (compact JWS): header `{ alg, typ: 'JWT', kid: signer.id }`, payload
 * per `jwtForm` (default `vcdm2`: the credential plus `iss`, `jti`, `sub`, `nbf`, `exp`, `iat`), the
 * signing input signed by the signer (so an HSM or KMS can sign); then verifies the token the way a
 * verifier would. Throws typed errors.
 */
export async function signJwt(prepared: SigningContext, document: Record<string, unknown>, options: JwtSignOptions = {}): Promise<string> {
  const { signer } = prepared
  const alg = algorithmFor(signer, options.alg)
  const form = options.jwtForm ?? 'vcdm2'
  if (form !== 'vcdm2' && form !== 'vc-claim') throw new UnsupportedFormatError(`unknown jwtForm ${JSON.stringify(form)}; use vcdm2 or vc-claim`)
  const jwt = await signCompactJws(signer, alg, jwtPayloadOf(document, form, prepared.created))
  await selfCheckJwt(jwt, document, prepared)
  return jwt
}

function algorithmFor(signer: Signer, requested: JwtAlgorithm | undefined): JwtAlgorithm {
  const own = JWT_ALGORITHM_OF[signer.algorithm]
  if (!own) throw new UnsupportedFormatError(`signer ${signer.id} has algorithm ${JSON.stringify(signer.algorithm)}; VC-JWT needs Ed25519 (EdDSA), ES256 or RS256`)
  if (requested !== undefined && requested !== own) {
    throw new UnsupportedFormatError(`alg ${JSON.stringify(requested)} does not fit the signer's ${signer.algorithm} key (it signs ${own}); use a ${requested === 'ES256' ? 'P-256' : requested === 'RS256' ? 'RSA' : 'Ed25519'} key`)
  }
  return own
}

async function selfCheckJwt(jwt: string, document: Record<string, unknown>, prepared: SigningContext): Promise<void> {
  const decoded = decodeCompactJws(jwt)
  if (!decoded.ok) throw new SigningError('ERR_SELF_CHECK_FAILED', `the issued JWT does not decode: ${decoded.message}`)
  const loader = selfCheckLoader(prepared.signer, prepared.controller, prepared.documents)
  const outcome = await verifyJwtProof(decoded.jws, document, loader)
  const first = outcome.errors[0]
  if (first) {
    const hint = first.code === 'INVALID_VERIFICATION_METHOD' || first.code === 'PROOF_VERIFICATION_ERROR' ? ` (supply the controller document of ${prepared.controller} in options.documents)` : ''
    throw new SigningError('ERR_SELF_CHECK_FAILED', `the issued JWT does not verify: ${first.code}: ${first.message}${hint}`)
  }
}
