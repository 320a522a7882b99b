import * as vc from '@digitalbazaar/vc'
import { InvalidCredentialError, McredError, SigningError } from '../errors/errors.js'
import type { DocumentLoader } from '../loader/create-document-loader.js'
import { classify } from '../proofs/verify-proof.js'
import type { SignedCredential } from './types.js'

/** Signs with `@digitalbazaar/vc` and writes `proof` as an array (the 1EdTech schema wants arrays). */
export async function signDocument(credential: Record<string, unknown>, suite: unknown, loader: DocumentLoader): Promise<SignedCredential> {
  try {
    const signed = (await vc.issue({ credential, suite, documentLoader: loader })) as SignedCredential
    return Array.isArray(signed.proof) ? signed : { ...signed, proof: [signed.proof] }
  } catch (error) {
    if (error instanceof McredError) throw error
    const cause = (error as { cause?: unknown }).cause
    if (cause instanceof McredError) throw cause
    const outcome = classify(error)
    if (!outcome.verified && outcome.code === 'DATA_LOSS_DETECTION_ERROR') {
      throw new InvalidCredentialError(`credential uses terms or values no context defines: ${outcome.message}`)
    }
    throw new SigningError('ERR_SIGNING_FAILED', `signing failed: ${(error as Error).message}`, { cause: error })
  }
}
