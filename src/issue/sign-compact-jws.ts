/**
 * Internal: signs a JSON payload as a compact JWS through a `Signer` (so an HSM or KMS can sign), for
 * VC-JWT credentials and presentation JWTs.
 *
 * @module issue
 */
import { base64url } from 'jose'
import { SigningError } from '../errors/errors.js'
import type { Signer } from '../keys/key-pair.js'
import type { JwtAlgorithm } from '../proofs/jwt/jwt-header.js'

/** The JWS algorithm of each signer algorithm. */
export const JWT_ALGORITHM_OF: Readonly<Record<string, JwtAlgorithm>> = { Ed25519: 'EdDSA', EdDSA: 'EdDSA', ES256: 'ES256', RS256: 'RS256' }

/** Raw signature lengths the JWS encodings need (RS256 varies with the modulus). */
const SIGNATURE_BYTES: Partial<Record<JwtAlgorithm, number>> = { EdDSA: 64, ES256: 64 }

/**
 * `header.payload.signature` with header `{ alg, typ: 'JWT', kid: signer.id }`. Throws
 * `SigningError ERR_SIGNING_FAILED` when the signer fails or returns a signature of the wrong length
 * (a DER-encoded ES256 signature).
 */
export async function signCompactJws(signer: Signer, alg: JwtAlgorithm, payload: Record<string, unknown>): Promise<string> {
  const signingInput = `${encodeJson({ alg, typ: 'JWT', kid: signer.id })}.${encodeJson(payload)}`
  const signature = await signWith(signer, new TextEncoder().encode(signingInput))
  const expected = SIGNATURE_BYTES[alg]
  if (expected !== undefined && signature.length !== expected) {
    throw new SigningError('ERR_SIGNING_FAILED', `signer ${signer.id} returned ${signature.length} bytes; ${alg} needs a raw ${expected}-byte signature${alg === 'ES256' ? ' (r‖s, not DER)' : ''}`)
  }
  return `${signingInput}.${base64url.encode(signature)}`
}

async function signWith(signer: Signer, data: Uint8Array): Promise<Uint8Array> {
  try {
    return await signer.sign(data)
  } catch (cause) {
    throw new SigningError('ERR_SIGNING_FAILED', `signer ${signer.id} failed: ${(cause as Error)?.message ?? String(cause)}`, { cause })
  }
}

function encodeJson(value: unknown): string {
  return base64url.encode(new TextEncoder().encode(JSON.stringify(value)))
}
