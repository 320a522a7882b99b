import { ED25519_2020_CONTEXT } from '../contexts/urls.js'
import { InvalidArgumentError, InvalidCredentialError, IssuerKeyMismatchError } from '../errors/errors.js'
import type { Signer } from '../keys/key-pair.js'
import { controllerOf, issuerIdOf } from '../lib/issuer-id.js'
import { createDocumentLoader, type DocumentLoader } from '../loader/create-document-loader.js'
import type { OpenBadgeCredential } from '../model/credential.js'
import { listSchemas } from './list-schemas.js'
import { qualityGate } from './quality-gate.js'
import { selfCheck } from './self-check.js'
import { signDocument } from './sign-document.js'
import { createSigningSuite } from './signing-suite.js'
import type { IssueOptions, IssueResult } from './types.js'

/**
 * Signs a credential and reports how it was checked: pinned contexts, the quality profile (error
 * findings stop issuance with `QualityGateError` unless `qualityOverride` gives a reason, which is then
 * recorded in the result), the issuer/key binding, an `assertionMethod` proof (`eddsa-rdfc-2022` by
 * default, or `Ed25519Signature2020`) in JSON-LD safe mode, and a verification of the output.
 * The input object is not changed.
 *
 * @example
 * ```ts
 * import { issueCredentialWithReport } from 'microcredentials/issue'
 * const { credential, quality } = await issueCredentialWithReport(unsigned, signer, { profile: 'mbo' })
 * quality.findings.filter((f) => f.severity === 'warning')
 * ```
 */
export async function issueCredentialWithReport(credential: OpenBadgeCredential | Record<string, unknown>, signer: Signer, options: IssueOptions = {}): Promise<IssueResult> {
  assertArguments(credential, signer)
  const format = options.format ?? 'eddsa-rdfc-2022'
  const loader = options.documentLoader ?? createDocumentLoader({ documents: options.documents ?? {} })
  const unsigned = structuredClone(credential) as Record<string, unknown>
  assertPinnedContexts(unsigned, loader)
  const created = options.now === undefined ? new Date() : new Date(options.now)
  if (Number.isNaN(created.getTime())) throw new InvalidArgumentError(`"now" is not a date: ${String(options.now)}`)
  const gate = qualityGate(unsigned, { ...(options.profile ? { profile: options.profile } : {}), ...(options.qualityOverride ? { override: options.qualityOverride } : {}), now: created })
  const controller = signer.controller ?? controllerOf(signer.id)
  const issuerId = issuerIdOf(unsigned)
  if (controller !== issuerId) {
    throw new IssuerKeyMismatchError(`signing key ${signer.id} is controlled by ${controller}, but the credential's issuer is ${String(issuerId)}`)
  }
  listSchemas(unsigned, options.listSchemas ?? 'official', gate.quality.profile)
  if (format === 'Ed25519Signature2020') addContext(unsigned, ED25519_2020_CONTEXT)
  const signed = await signDocument(unsigned, createSigningSuite(format, signer, created), loader)
  await selfCheck(signed, signer, controller, options.documents ?? {})
  return { credential: signed, ...gate }
}

function assertArguments(credential: unknown, signer: unknown): void {
  if (typeof credential !== 'object' || credential === null || Array.isArray(credential)) throw new InvalidArgumentError('"credential" must be an object')
  const s = signer as Partial<Signer> | null
  if (!s || typeof s.id !== 'string' || typeof s.sign !== 'function' || typeof s.algorithm !== 'string') {
    throw new InvalidArgumentError('"signer" must be { id, algorithm, sign(bytes) } (see createSigner)')
  }
  if ((credential as Record<string, unknown>).proof !== undefined) throw new InvalidArgumentError('credential already has a proof; adding proofs to signed credentials is not supported')
}

function assertPinnedContexts(credential: Record<string, unknown>, loader: DocumentLoader): void {
  const contexts = Array.isArray(credential['@context']) ? credential['@context'] : [credential['@context']]
  const untrusted = contexts.filter((c) => typeof c !== 'string' || !loader.trustedContexts.has(c))
  if (untrusted.length > 0) {
    throw new InvalidCredentialError('credential uses contexts outside the pinned bundle', untrusted.map((c) => ({ path: '$["@context"]', message: `not a pinned context: ${JSON.stringify(c)}` })))
  }
}

function addContext(credential: Record<string, unknown>, url: string): void {
  const contexts = credential['@context'] as unknown[]
  if (!contexts.includes(url)) credential['@context'] = [...contexts, url]
}
