/**
 * Checks one input offline: verification (with the added documents and, when there are any, a status
 * checker over them) and the validation findings of its quality profile. Nothing is fetched: no
 * `fetch` is given to the library, so it can only use the bundled contexts, `did:key` and the documents.
 *
 * @module verifier-web
 */
import { validateCredential, type QualityReport } from 'microcredentials'
import { createStatusChecker, verifyCredential, type VerificationResult, type VerifyOptions } from 'microcredentials/verify'
import { statusListUrls } from './documents.js'
import { credentialForDisplay, type CredentialInput, type DisplayCredential } from './read-input.js'

/** Everything the page shows about one input. */
export interface Outcome {
  input: CredentialInput
  result: VerificationResult
  /** The credential to display: the verified one, else the one read from the input (unverified). */
  display: DisplayCredential
  /** The findings of the credential's quality profile (`profile: 'auto'`), when there is a credential. */
  quality?: QualityReport
  /** The status lists the credential points to, and which of them are not among the documents. */
  statusLists: { all: string[]; missing: string[] }
}

/**
 * The options the page verifies with: the documents, and a status checker over them when there are
 * any. Without documents a credential with `credentialStatus` fails closed (`STATUS_UNCHECKED`).
 */
export function verifyOptions(documents: Record<string, unknown>): VerifyOptions {
  if (Object.keys(documents).length === 0) return {}
  return { documents, statusChecker: createStatusChecker({ documents }) }
}

/** Verifies and validates one input at the current time. Never throws for bad input. */
export async function checkCredential(input: CredentialInput, documents: Record<string, unknown>): Promise<Outcome> {
  const result = await verifyCredential(input.data, verifyOptions(documents))
  const display: DisplayCredential = result.credential !== undefined ? { credential: result.credential } : credentialForDisplay(input)
  const credential = 'credential' in display ? display.credential : undefined
  const all = statusListUrls(credential)
  return {
    input,
    result,
    display,
    ...(credential === undefined ? {} : { quality: validateCredential(credential, { profile: 'auto' }) }),
    statusLists: { all, missing: all.filter((url) => !Object.hasOwn(documents, url)) },
  }
}
