/**
 * Issuing options and results.
 *
 * @module issue
 */
import type { CanonicalisationPolicy } from '../canonical/canonicalise.js'
import type { QualityReport } from '../quality/evaluate-quality.js'
import type { QualityProfile } from '../quality/rule.js'
import type { DocumentLoader } from '../loader/create-document-loader.js'
import type { QualityOverride } from './quality-gate.js'
import type { ProofFormat } from './signing-suite.js'
import type { JwtForm } from '../proofs/jwt/jwt-credential.js'
import type { JwtAlgorithm } from '../proofs/jwt/jwt-header.js'
import type { ListSchemas } from './list-schemas.js'
import type { Finding } from '../findings/finding.js'
import type { IssuanceRecord, IssuanceStore } from '../model/issuance-store.js'

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
  /**
   * Proof format. Default `eddsa-rdfc-2022` (DataIntegrityProof); `Ed25519Signature2020`; or `vc-jwt`,
   * a compact JWS (then {@link issueCredential} returns the token as a string).
   */
  format?: ProofFormat | 'vc-jwt'
  /**
   * With `vc-jwt`: the JWS algorithm. Default: the signer's (`EdDSA` for Ed25519 keys, `ES256` for
   * P-256, `RS256` for RSA); a value that does not fit the signer's key is refused.
   */
  alg?: JwtAlgorithm
  /**
   * With `vc-jwt`: `vcdm2` (default, OB 3.0: the payload is the credential plus the JWT claims) or
   * `vc-claim` (VCDM 1.1: the credential under the `vc` claim).
   */
  jwtForm?: JwtForm
  /**
   * How the credential is canonicalised for signing and the self-check: `'auto'` (default) through
   * the fast JSON-LD path for the pinned contexts, falling back to jsonld.js for anything outside it;
   * `'fast'` refuses such credentials (`CanonicalisationError`, `ERR_FAST_PATH_UNSUPPORTED`);
   * `'jsonld'` always uses jsonld.js. The signature is the same either way.
   */
  canonicalisation?: CanonicalisationPolicy
  /** Time written to `proof.created`. Default: now. */
  now?: Date | string
  /** Loader for contexts and documents. Default: the pinned offline bundle plus `documents`. */
  documentLoader?: DocumentLoader
  /** Controller documents (did:web, https issuers) used for the self-check. */
  documents?: Record<string, unknown>
  /**
   * The quality profile the credential must pass (`validateCredential`). Default: `auto` for
   * microcredentials, `ob3` (Open Badges 3.0 rules only) for other badges.
   */
  profile?: QualityProfile
  /** Issue despite error findings, for this recorded reason (see `issueCredentialWithReport`). */
  qualityOverride?: QualityOverride
  /** Which schemas to list in `credentialSchema`. Default `official` (the 1EdTech schema). */
  listSchemas?: ListSchemas
  /**
   * Keep the credential in this store (`microcredentials/store`): it gets a `BitstringStatusListEntry`
   * and a durable record, written in the same transaction that reserves the idempotency key.
   */
  store?: IssuanceStore
  /**
   * With a `store`: issue at most once per key; a retry returns the stored credential, byte for byte.
   * Without a key, the credential `id` plays that part.
   */
  idempotencyKey?: string
  /** Who issues, for the store's record and audit log. Default `microcredentials`. */
  actor?: string
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

/**
 * What {@link issueCredentialWithReport} returns for `format: 'vc-jwt'`: the compact JWS, the
 * credential it carries (no embedded proof), and the quality report.
 *
 * @example
 * ```ts
 * import { issueCredentialWithReport, type JwtIssueResult } from 'microcredentials/issue'
 * const { jwt, credential }: JwtIssueResult = await issueCredentialWithReport(unsigned, signer, { format: 'vc-jwt', alg: 'ES256' })
 * await writeFile(`${credential.id}.jwt`, jwt)
 * ```
 */
export interface JwtIssueResult extends Omit<IssueResult, 'credential' | 'record' | 'reused'> {
  jwt: string
  credential: Record<string, unknown>
}

/**
 * What {@link issueCredentialWithReport} returns: the signed credential, the quality report it was
 * checked with, and the override when error findings were overridden.
 *
 * @example
 * ```ts
 * const { credential, quality, override } = await issueCredentialWithReport(unsigned, signer, { qualityOverride: { reason: 'pilot exception' } })
 * if (override) auditLog.write({ id: credential.id, reason: override.reason, findings: override.findings })
 * ```
 */
export interface IssueResult {
  credential: SignedCredential
  quality: QualityReport
  override?: QualityOverride & { findings: Finding[] }
  /** With a store: the stored record. */
  record?: IssuanceRecord
  /** With a store: true when the credential was already issued under this idempotency key (or id). */
  reused?: boolean
}
