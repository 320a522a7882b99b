/**
 * Issuing: sign an OB 3.0 credential with an embedded Data Integrity proof.
 *
 * @module issue
 */
import * as vc from '@digitalbazaar/vc'
import { ED25519_2020_CONTEXT } from '../contexts/urls.js'
import { InvalidArgumentError, InvalidCredentialError, IssuerKeyMismatchError, McredError, SigningError } from '../errors/errors.js'
import type { Signer } from '../keys/key-pair.js'
import type { OpenBadgeCredential } from '../model/credential.js'
import { controllerOf, issuerIdOf } from '../lib/issuer-id.js'
import { createDocumentLoader, type DocumentLoader } from '../loader/create-document-loader.js'
import { classify } from '../proofs/verify-proof.js'
import { createOb3SchemaValidator, type Ob3SchemaValidator } from '../schema/validate-ob3-schema.js'
import { selfCheck } from './self-check.js'
import { createSigningSuite, type ProofFormat } from './signing-suite.js'

/**
 * Options of {@link issueCredential}.
 *
 * @example
 * ```ts
 * import { issueCredential, type IssueOptions } from 'microcredentials/issue'
 * const options: IssueOptions = { format: 'Ed25519Signature2020', now: '2026-01-01T00:00:00Z', documents: { [issuerId]: controllerDoc } }
 * const signed = await issueCredential(credential, signer, options)
 * ```
 */
export interface IssueOptions {
  /** Proof format. Default `eddsa-rdfc-2022` (DataIntegrityProof). */
  format?: ProofFormat
  /** Time written to `proof.created`. Default: now. */
  now?: Date | string
  /** Loader for contexts and documents. Default: the pinned offline bundle plus `documents`. */
  documentLoader?: DocumentLoader
  /** Controller documents (did:web, https issuers) used for the self-check. */
  documents?: Record<string, unknown>
  /** Issue even when the credential fails the 1EdTech schema. Default false. */
  allowSchemaErrors?: boolean
}

/**
 * A credential with its proof: what {@link issueCredential} returns (`proof` is written as an array).
 *
 * @example
 * ```ts
 * import { issueCredential, type SignedCredential } from 'microcredentials/issue'
 * const signed: SignedCredential = await issueCredential(credential, signer)
 * await writeFile('credential.json', JSON.stringify(signed, null, 2))
 * ```
 */
export type SignedCredential = Record<string, unknown> & { proof: Record<string, unknown> | Array<Record<string, unknown>> }

let schema: Ob3SchemaValidator | undefined

/**
 * Signs a credential: checks it against the 1EdTech schema and the pinned contexts, checks that the
 * signer's key is controlled by `issuer.id`, adds an `assertionMethod` proof (`eddsa-rdfc-2022` by
 * default, or `Ed25519Signature2020`) in JSON-LD safe mode, and verifies the result before returning.
 * Throws typed errors ({@link InvalidCredentialError}, {@link IssuerKeyMismatchError},
 * {@link SigningError}); the input object is not changed.
 *
 * @example
 * ```ts
 * import { buildCredential } from 'microcredentials'
 * import { issueCredential } from 'microcredentials/issue'
 * import { generateKeyPair, createSigner } from 'microcredentials/keys'
 * const keyPair = await generateKeyPair()
 * const signed = await issueCredential(buildCredential(spec, { issuerId: keyPair.controller }), createSigner(keyPair))
 * ```
 */
export async function issueCredential(credential: OpenBadgeCredential | Record<string, unknown>, signer: Signer, options: IssueOptions = {}): Promise<SignedCredential> {
  assertArguments(credential, signer)
  const format = options.format ?? 'eddsa-rdfc-2022'
  const loader = options.documentLoader ?? createDocumentLoader({ documents: options.documents ?? {} })
  const unsigned = structuredClone(credential) as Record<string, unknown>
  gate(unsigned, loader, options.allowSchemaErrors ?? false)
  const controller = signer.controller ?? controllerOf(signer.id)
  const issuerId = issuerIdOf(unsigned)
  if (controller !== issuerId) {
    throw new IssuerKeyMismatchError(`signing key ${signer.id} is controlled by ${controller}, but the credential's issuer is ${String(issuerId)}`)
  }
  if (format === 'Ed25519Signature2020') addContext(unsigned, ED25519_2020_CONTEXT)
  const created = options.now === undefined ? new Date() : new Date(options.now)
  if (Number.isNaN(created.getTime())) throw new InvalidArgumentError(`"now" is not a date: ${String(options.now)}`)
  const signed = await sign(unsigned, createSigningSuite(format, signer, created), loader)
  await selfCheck(signed, signer, controller, options.documents ?? {})
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

function gate(credential: Record<string, unknown>, loader: DocumentLoader, allowSchemaErrors: boolean): void {
  const contexts = Array.isArray(credential['@context']) ? credential['@context'] : [credential['@context']]
  const untrusted = contexts.filter((c) => typeof c !== 'string' || !loader.trustedContexts.has(c))
  if (untrusted.length > 0) {
    throw new InvalidCredentialError('credential uses contexts outside the pinned bundle', untrusted.map((c) => ({ path: '$["@context"]', message: `not a pinned context: ${JSON.stringify(c)}` })))
  }
  if (allowSchemaErrors) return
  const { findings } = (schema ??= createOb3SchemaValidator())(credential, { normaliseSingleValues: false })
  if (findings.length > 0) throw new InvalidCredentialError('credential fails the 1EdTech OB 3.0 schema', findings.map((f) => ({ path: f.path, message: f.message })))
}

function addContext(credential: Record<string, unknown>, url: string): void {
  const contexts = credential['@context'] as unknown[]
  if (!contexts.includes(url)) credential['@context'] = [...contexts, url]
}

async function sign(credential: Record<string, unknown>, suite: unknown, loader: DocumentLoader): Promise<SignedCredential> {
  try {
    const signed = (await vc.issue({ credential, suite, documentLoader: loader })) as SignedCredential
    // The 1EdTech schema wants `proof` as an array, like every multi-valued property.
    return Array.isArray(signed.proof) ? signed : { ...signed, proof: [signed.proof] }
  } catch (error) {
    if (error instanceof McredError) throw error
    const cause = (error as { cause?: unknown }).cause
    if (cause instanceof McredError) throw cause
    const outcome = classify(error)
    const code = outcome.verified ? 'unknown' : outcome.code
    if (code === 'DATA_LOSS_DETECTION_ERROR') throw new InvalidCredentialError(`credential uses terms or values no context defines: ${outcome.verified ? '' : outcome.message}`)
    throw new SigningError('ERR_SIGNING_FAILED', `signing failed: ${(error as Error).message}`, { cause: error })
  }
}
