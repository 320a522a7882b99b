import type { CanonicalisationPolicy } from '../../canonical/canonicalise.js'
import type { DocumentLoader } from '../../loader/create-document-loader.js'
import type { DecodedJws } from '../../proofs/jwt/decode-jws.js'
import { verifyJwtPresentationProof, type JwtPresentationExpectations } from '../../proofs/jwt/verify-jwt-presentation-proof.js'
import { checkProofShape } from '../../proofs/proof-shape.js'
import { verifyProof } from '../../proofs/verify-proof.js'
import { bindingProblem } from '../checks/check-issuer.js'
import { proofTimeErrors } from '../checks/check-validity.js'
import { report, type PresentationRun } from './presentation-checks.js'

/** What the presentation's proof must show (a JWT's, and a Data Integrity proof's canonicalisation policy). */
export interface PresentationExpectations extends JwtPresentationExpectations {
  canonicalisation?: CanonicalisationPolicy
}

/**
 * The `proof` and `holder` checks of a Data Integrity presentation: every proof is an
 * `authentication` proof carrying the challenge (`INVALID_CHALLENGE_ERROR`) and naming the domain
 * (`INVALID_DOMAIN_ERROR`), not created in the future nor expired, and its signature verifies; its key
 * is one of the holder's `authentication` keys (`HOLDER_KEY_MISMATCH` when another party's).
 */
export async function checkPresentationProofs(run: PresentationRun, presentation: Record<string, unknown>, loader: DocumentLoader, expect: PresentationExpectations): Promise<void> {
  const raw = presentation.proof
  if (raw === undefined) {
    report(run, 'proof', 'PROOF_MISSING', 'the presentation has no proof', '$.proof')
    run.skipped.set('holder', 'no proof')
    return
  }
  const proofs = (Array.isArray(raw) ? raw : [raw]) as Array<Record<string, unknown>>
  for (const [i, proof] of proofs.entries()) {
    const path = Array.isArray(raw) ? `$.proof[${i}]` : '$.proof'
    const shape = checkProofShape(proof, path, 'authentication')
    if ('problem' in shape) {
      report(run, 'proof', shape.problem.code, shape.problem.message, shape.problem.path)
      continue
    }
    const expected = challengeProblems(run, proof, path, expect)
    if (!expected) continue
    const outcome = await verifyProof(presentation, proof, shape.suite, loader, { purpose: { authentication: { challenge: expect.challenge, domain: expect.domain } }, ...(expect.canonicalisation ? { canonicalisation: expect.canonicalisation } : {}) })
    if (!outcome.verified) report(run, 'proof', outcome.code, outcome.message, path)
    await checkHolderKey(run, loader, proof.verificationMethod, expect.holder, `${path}.verificationMethod`)
  }
}

/** Challenge, domain and times of one proof; false when the signature need not be checked. */
function challengeProblems(run: PresentationRun, proof: Record<string, unknown>, path: string, expect: PresentationExpectations): boolean {
  let ok = true
  if (proof.challenge !== expect.challenge) {
    report(run, 'proof', 'INVALID_CHALLENGE_ERROR', proof.challenge === undefined ? 'the proof has no challenge' : `challenge ${JSON.stringify(proof.challenge)} is not the one sent`, `${path}.challenge`)
    ok = false
  }
  const domains = Array.isArray(proof.domain) ? proof.domain : [proof.domain]
  if (!domains.includes(expect.domain)) {
    report(run, 'proof', 'INVALID_DOMAIN_ERROR', proof.domain === undefined ? 'the proof has no domain' : `domain ${JSON.stringify(proof.domain)} does not name ${JSON.stringify(expect.domain)}`, `${path}.domain`)
    ok = false
  }
  for (const e of proofTimeErrors(proof, path, expect.now.getTime(), expect.skewMs)) report(run, 'proof', e.code, e.message, e.path)
  return ok
}

/** The `holder` check of one key: a method of the holder, listed under `authentication`. */
async function checkHolderKey(run: PresentationRun, loader: DocumentLoader, method: unknown, holder: string | undefined, path: string): Promise<void> {
  if (holder === undefined) {
    report(run, 'holder', 'HOLDER_KEY_MISMATCH', 'the presentation names no holder to bind the key to', path)
    return
  }
  const problem = await bindingProblem(loader, method, holder, 'authentication')
  if (!problem) return
  const code = problem.code === 'ISSUER_KEY_MISMATCH' ? 'HOLDER_KEY_MISMATCH' : problem.code
  report(run, 'holder', code, problem.message.replace('not by the issuer', 'not by the holder'), path)
}

/** The `proof` and `holder` checks of a presentation JWT. */
export async function checkJwtPresentation(run: PresentationRun, jws: DecodedJws, loader: DocumentLoader, expect: PresentationExpectations): Promise<void> {
  const outcome = await verifyJwtPresentationProof(jws, loader, expect)
  for (const e of outcome.errors) {
    const check = e.check === 'issuer' ? 'holder' : 'proof'
    report(run, check, e.code === 'ISSUER_KEY_MISMATCH' ? 'HOLDER_KEY_MISMATCH' : e.code, e.message, e.path)
  }
  if (outcome.method !== undefined) await checkHolderKey(run, loader, outcome.method, expect.holder, '$.header.kid')
}
