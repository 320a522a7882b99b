/**
 * Signing a status list credential.
 *
 * @module issue
 */
import { InvalidArgumentError, InvalidCredentialError, IssuerKeyMismatchError } from '../errors/errors.js'
import type { Signer } from '../keys/key-pair.js'
import { controllerOf, issuerIdOf } from '../lib/issuer-id.js'
import { createDocumentLoader } from '../loader/create-document-loader.js'
import { signPrepared } from './prepare-issue.js'
import type { SignedCredential } from './types.js'

/**
 * Options of {@link issueStatusListCredential}.
 *
 * @example
 * ```ts
 * import type { StatusListSignOptions } from 'microcredentials/issue'
 * const options: StatusListSignOptions = { now: '2026-11-23T00:00:00Z' }
 * ```
 */
export interface StatusListSignOptions {
  /** Time written to `proof.created`. Default: now. */
  now?: Date | string
  /** Controller documents (did:web, https issuers) for the self-check. */
  documents?: Record<string, unknown>
}

/**
 * Signs a `BitstringStatusListCredential` (from `buildStatusListCredential`) with an
 * `eddsa-rdfc-2022` proof, checks that the key is controlled by its issuer, and verifies the result.
 *
 * @example
 * ```ts
 * import { buildStatusListCredential } from 'microcredentials/status'
 * import { issueStatusListCredential } from 'microcredentials/issue'
 * const list = await issueStatusListCredential(buildStatusListCredential({ url, issuer: signer.controller!, purpose: 'revocation', setIndexes: [], validFrom }), signer)
 * ```
 */
export async function issueStatusListCredential(list: Record<string, unknown>, signer: Signer, options: StatusListSignOptions = {}): Promise<SignedCredential> {
  const types = Array.isArray(list?.type) ? list.type : []
  if (!types.includes('BitstringStatusListCredential')) throw new InvalidCredentialError('not a BitstringStatusListCredential (build one with buildStatusListCredential)')
  if (list.proof !== undefined) throw new InvalidArgumentError('the status list credential already has a proof')
  const controller = signer.controller ?? controllerOf(signer.id)
  if (controller !== issuerIdOf(list)) throw new IssuerKeyMismatchError(`signing key ${signer.id} is controlled by ${controller}, but the status list's issuer is ${String(issuerIdOf(list))}`)
  const created = options.now === undefined ? new Date() : new Date(options.now)
  if (Number.isNaN(created.getTime())) throw new InvalidArgumentError(`"now" is not a date: ${String(options.now)}`)
  const documents = options.documents ?? {}
  const unsigned = structuredClone(list)
  return signPrepared({ signer, controller, format: 'eddsa-rdfc-2022', created, loader: createDocumentLoader({ documents }), documents, canonicalisation: 'auto' }, unsigned)
}
