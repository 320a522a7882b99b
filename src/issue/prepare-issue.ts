import type { CanonicalisationPolicy, CanonicalMemo } from '../canonical/canonicalise.js'
import { ED25519_2020_CONTEXT } from '../contexts/urls.js'
import { InvalidArgumentError, InvalidCredentialError, IssuerKeyMismatchError } from '../errors/errors.js'
import type { Signer } from '../keys/key-pair.js'
import { controllerOf, issuerIdOf } from '../lib/issuer-id.js'
import { createDocumentLoader, type DocumentLoader } from '../loader/create-document-loader.js'
import type { EndorsementCredential, OpenBadgeCredential } from '../model/credential.js'
import { listSchemas } from './list-schemas.js'
import { qualityGate } from './quality-gate.js'
import { selfCheck } from './self-check.js'
import { signDocument } from './sign-document.js'
import { createSigningSuite, type ProofFormat } from './signing-suite.js'
import type { IssueOptions, IssueResult, SignedCredential } from './types.js'

/** What signing needs: the signer, its key's controller, the proof format and time, the loader. */
export interface SigningContext {
  signer: Signer
  controller: string
  format: ProofFormat | 'vc-jwt'
  created: Date
  loader: DocumentLoader
  documents: Record<string, unknown>
  canonicalisation: CanonicalisationPolicy
}

/** A credential that passed every check before signing, with what signing it needs. */
export interface PreparedIssue extends SigningContext {
  unsigned: Record<string, unknown>
  gate: Omit<IssueResult, 'credential'>
}

/**
 * The checks before signing: arguments, pinned contexts, the quality gate, the issuer/key binding and
 * `credentialSchema`. Throws typed errors; the input is not changed.
 */
export function prepareIssue(credential: OpenBadgeCredential | EndorsementCredential | Record<string, unknown>, signer: Signer, options: IssueOptions): PreparedIssue {
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
  return { unsigned, gate, signer, controller, format, created, loader, documents: options.documents ?? {}, canonicalisation: options.canonicalisation ?? 'auto' }
}

/** Signs `document` (the prepared credential, possibly with additions) and verifies the result. */
export async function signPrepared(prepared: SigningContext, document: Record<string, unknown>): Promise<SignedCredential> {
  // The self-check canonicalises the same document and proof options again: computed once.
  const memo: CanonicalMemo = new Map()
  if (prepared.format === 'vc-jwt') throw new InvalidArgumentError('a vc-jwt credential is signed with signJwt, not as an embedded proof')
  const signed = await signDocument(document, createSigningSuite(prepared.format, prepared.signer, prepared.created, prepared.canonicalisation, memo), prepared.loader)
  await selfCheck(signed, prepared.signer, prepared.controller, prepared.documents, prepared.canonicalisation, memo)
  return signed
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
