import type { DocumentLoader } from '../../loader/create-document-loader.js'
import { issuerIdOf } from '../../lib/issuer-id.js'
import type { JwtAlgorithm } from '../../proofs/jwt/jwt-header.js'
import { verifyJwtProof } from '../../proofs/jwt/verify-jwt-proof.js'
import { addError, type CheckContext } from '../check-context.js'
import type { VerificationError } from '../types.js'
import { bindingProblem } from './check-issuer.js'
import type { ParsedJwt } from './check-parse.js'

/**
 * The proof and key binding of a VC-JWT: header, claims, key and signature go to the `proof` check;
 * the key's binding to the issuer (the `kid` method's controller is `iss` = `issuer.id`, listed under
 * `assertionMethod`; an embedded `jwk` is one of the issuer's keys) to the `issuer` check. Header
 * members a VC-JWT should not carry are warnings.
 */
export async function checkJwt(ctx: CheckContext, loader: DocumentLoader, jwt: ParsedJwt, warnings: VerificationError[], algorithms?: readonly JwtAlgorithm[]): Promise<void> {
  const outcome = await verifyJwtProof(jwt.jws, ctx.credential, loader, algorithms ? { algorithms } : {})
  for (const e of outcome.errors) addError(ctx, e.check, e.code, e.message, e.path)
  if (outcome.unknownHeaderMembers.length > 0) {
    warnings.push({ code: 'MALFORMED_VALUE_ERROR', check: 'proof', message: `JWS header members a VC-JWT does not use: ${outcome.unknownHeaderMembers.join(', ')}`, path: '$.header' })
  }
  const issuerId = issuerIdOf(ctx.credential)
  if (outcome.method === undefined || issuerId === undefined) return
  const problem = await bindingProblem(loader, outcome.method, issuerId)
  if (problem) addError(ctx, 'issuer', problem.code, problem.message, '$.header.kid')
}
