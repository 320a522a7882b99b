/**
 * Verification result types.
 *
 * @module verify
 */
import type { CanonicalisationPolicy } from '../canonical/canonicalise.js'
import type { DocumentLoader } from '../loader/create-document-loader.js'
import type { FetchLike } from '../net/guarded-fetch.js'
import type { JwtAlgorithm } from '../proofs/jwt/jwt-header.js'

/**
 * The ids of the verification checks, in the order they are reported.
 *
 * @example
 * ```ts
 * import { verifyCredential, type CheckId } from 'microcredentials/verify'
 * const result = await verifyCredential(signed)
 * const failed: CheckId[] = result.checks.filter((c) => c.status === 'failed').map((c) => c.id)
 * ```
 */
export type CheckId = 'parse' | 'limits' | 'context' | 'schema' | 'proof' | 'issuer' | 'validity' | 'status' | 'recipient' | 'endorsements'

/**
 * Stable verification error codes (design.md). Open for growth: switch on the ones you know.
 *
 * @example
 * ```ts
 * import { verifyCredential, type VerificationErrorCode } from 'microcredentials/verify'
 * const codes: VerificationErrorCode[] = (await verifyCredential(signed)).errors.map((e) => e.code)
 * if (codes.includes('EXPIRED')) console.log('credential has expired')
 * ```
 */
export type VerificationErrorCode =
  | 'PARSING_ERROR'
  | 'RESOURCE_LIMIT_EXCEEDED'
  | 'UNTRUSTED_CONTEXT'
  | 'UNSUPPORTED_JSON_LD'
  | 'DATA_LOSS_DETECTION_ERROR'
  | 'DOCUMENT_LOAD_BLOCKED'
  | 'SCHEMA_VIOLATION'
  | 'SCHEMA_NORMALISED'
  | 'PROOF_MISSING'
  | 'PROOF_TRANSFORMATION_ERROR'
  | 'PROOF_VERIFICATION_ERROR'
  | 'CRYPTOGRAPHIC_SECURITY_ERROR'
  | 'UNSUPPORTED_ALGORITHM'
  | 'INVALID_VERIFICATION_METHOD'
  | 'ISSUER_KEY_MISMATCH'
  | 'UNTRUSTED_ISSUER'
  | 'NOT_YET_VALID'
  | 'EXPIRED'
  | 'PROOF_EXPIRED'
  | 'MALFORMED_VALUE_ERROR'
  | 'REVOKED'
  | 'SUSPENDED'
  | 'STATUS_RETRIEVAL_ERROR'
  | 'STATUS_VERIFICATION_ERROR'
  | 'STATUS_UNCHECKED'
  | 'RECIPIENT_NOT_MATCHED'
  | 'LEGACY_CRYPTOSUITE'
  | (string & {})

/**
 * One verification error: a stable code, the check that raised it, what and where.
 *
 * @example
 * ```ts
 * import { verifyCredential, type VerificationError } from 'microcredentials/verify'
 * const { errors } = await verifyCredential(signed)
 * errors.forEach((e: VerificationError) => console.log(`${e.check} ${e.code} at ${e.path ?? '$'}: ${e.message}`))
 * ```
 */
export interface VerificationError {
  code: VerificationErrorCode
  check: CheckId
  message: string
  /** JSON path of the offending value, when there is one. */
  path?: string
}

/**
 * One check's outcome: `passed`, `failed` (with `errors`) or `skipped` (with a `reason`).
 *
 * @example
 * ```ts
 * import { verifyCredential, type CheckResult } from 'microcredentials/verify'
 * const { checks } = await verifyCredential(signed)
 * checks.forEach((c: CheckResult) => console.log(c.id, c.status, c.reason ?? ''))
 * ```
 */
export interface CheckResult {
  id: CheckId
  status: 'passed' | 'failed' | 'skipped'
  errors?: VerificationError[]
  /** Why a check was skipped. */
  reason?: string
}

/**
 * The result of {@link verifyCredential}.
 *
 * @example
 * ```ts
 * import { verifyCredential, type VerificationResult } from 'microcredentials/verify'
 * const result: VerificationResult = await verifyCredential(signed, { now: '2026-01-01T00:00:00Z' })
 * if (result.verified) console.log(result.credential?.name)
 * else console.log(result.errors.map((e) => e.code))
 * ```
 */
export interface VerificationResult {
  /** True only if no check failed. */
  verified: boolean
  /** The credential, only when verified: the exact object whose proof was checked. */
  credential?: Record<string, unknown>
  checks: CheckResult[]
  errors: VerificationError[]
  warnings: VerificationError[]
}

/**
 * A status checker injected by the caller: returns errors (REVOKED, ...) or none. A throw becomes
 * `STATUS_RETRIEVAL_ERROR`.
 *
 * @example
 * ```ts
 * import { verifyCredential, type StatusChecker } from 'microcredentials/verify'
 * const statusChecker: StatusChecker = async (credential) =>
 *   revokedIds.has(String(credential.id)) ? [{ code: 'REVOKED', check: 'status', message: 'credential was revoked' }] : []
 * const result = await verifyCredential(signed, { statusChecker })
 * ```
 */
export type StatusChecker = (credential: Record<string, unknown>, status: unknown) => Promise<VerificationError[]>

/**
 * The recipient a verifier expects: a DID/URL, or an identifier (e-mail, ...) to match a hashed identity.
 *
 * @example
 * ```ts
 * import { verifyCredential, type ExpectedRecipient } from 'microcredentials/verify'
 * const expectedRecipient: ExpectedRecipient = { identity: 'student@example.nl', identityType: 'emailAddress' }
 * const result = await verifyCredential(signed, { expectedRecipient })
 * ```
 */
export type ExpectedRecipient = { id: string } | { identity: string; identityType?: string }

/**
 * Options of {@link verifyCredential}. Everything non-deterministic is injected.
 *
 * @example
 * ```ts
 * import { verifyCredential, type VerifyOptions } from 'microcredentials/verify'
 * const options: VerifyOptions = { now: '2026-01-01T00:00:00Z', documents: { [issuerId]: controllerDoc }, trustedIssuers: [issuerId] }
 * const result = await verifyCredential(signed, options)
 * ```
 */
export interface VerifyOptions {
  /** The time to check validity against. Default: the current time. */
  now?: Date | string
  /** Allowed clock skew in seconds. Default 300. */
  clockSkewSeconds?: number
  /** The loader for contexts, DID documents and controller documents. Default: the offline bundle. */
  documentLoader?: DocumentLoader
  /** Extra documents (controller documents, did:web documents) served offline by URL. */
  documents?: Record<string, unknown>
  /** Checks `credentialStatus`. Without it a credential with a status fails closed (`STATUS_UNCHECKED`). */
  statusChecker?: StatusChecker
  /** When given, the issuer must be one of these ids. */
  trustedIssuers?: readonly string[]
  /** When given, the subject must match it (`RECIPIENT_NOT_MATCHED` otherwise). */
  expectedRecipient?: ExpectedRecipient
  /**
   * A WHATWG `fetch`, for `did:web` documents and https controller documents on `allowedHosts` only
   * (https, no private or loopback addresses, no redirects, JSON, 256 KiB, 5 s). Default: nothing is
   * fetched. Ignored when `documentLoader` is given.
   */
  fetch?: FetchLike
  /** Hosts `fetch` may reach (`school.example.nl`, `school.example.nl:8443`). Default none. */
  allowedHosts?: readonly string[]
  /**
   * Accept a verification method `<controller>#<publicKeyMultibase>` with no controller document (the
   * 1EdTech validator's shortcut). It binds the key to nothing. Default false.
   */
  allowKeyInFragment?: boolean
  /** Limits on the input before any JSON-LD work, and on canonicalisation work. */
  limits?: Partial<VerifyLimits>
  /**
   * Proof-set policy. `all` (default): every proof present must verify (W3C Data Integrity).
   * `any-from-issuer`: at least one valid proof by a key of the issuer; the other proofs' errors are
   * reported as warnings.
   */
  proofPolicy?: ProofPolicy
  /**
   * How proofs' documents are canonicalised: `'auto'` (default) through the fast JSON-LD path for the
   * pinned contexts, falling back to jsonld.js for anything outside it; `'fast'` refuses documents
   * outside it (`PROOF_TRANSFORMATION_ERROR`); `'jsonld'` always uses jsonld.js. The result is the same
   * byte for byte; only the time differs.
   */
  canonicalisation?: CanonicalisationPolicy
  /**
   * What the input must be: `'open-badge'` (default) an OpenBadgeCredential / AchievementCredential
   * (anything else fails `schema` with `MALFORMED_VALUE_ERROR`); `'endorsement'` an
   * EndorsementCredential, checked against the EndorsementCredential schema.
   */
  expect?: 'open-badge' | 'endorsement'
  /**
   * JWS algorithms accepted for a VC-JWT. Default `ES256`, `RS256`, `EdDSA`; `['ES256', 'RS256']` is
   * what the 1EdTech validator accepts. `none` and the HMAC algorithms are never accepted
   * (`UNSUPPORTED_ALGORITHM`).
   */
  jwtAlgorithms?: readonly JwtAlgorithm[]
}

/**
 * Input limits enforced by the `limits` check; pass a part of them in `VerifyOptions.limits`.
 *
 * @example
 * ```ts
 * import { DEFAULT_LIMITS, verifyCredential, type VerifyLimits } from 'microcredentials/verify'
 * const limits: VerifyLimits = { ...DEFAULT_LIMITS, maxBytes: 64 * 1024 }
 * const result = await verifyCredential(input, { limits })
 * ```
 */
export interface VerifyLimits {
  /** Maximum input size in bytes. Default 1 MiB. */
  maxBytes: number
  /** Maximum JSON nesting depth. Default 64. */
  maxDepth: number
  /** Maximum number of JSON values (objects, arrays, scalars). Default 50,000. */
  maxNodes: number
  /** Longest JSON array accepted (canonicalisation is quadratic in array length). Default 1,000. */
  maxArrayItems?: number
  /** rdf-canonize `maxWorkFactor` for blank-node hashing (1 = O(n), 2 = O(n²)). Default 1. */
  maxWorkFactor?: number
  /**
   * Wall-clock budget in milliseconds for canonicalising during the proof check, shared by the
   * credential's proofs and those of its embedded endorsements. Default 2,000.
   */
  canonicalisationMs?: number
  /** Most embedded endorsements verified in one verification, nested ones included. Default 50. */
  maxEndorsements?: number
  /** Deepest endorsement verified (1: on the credential; 2: in such an endorsement). Default 2. */
  maxEndorsementDepth?: number
}

/**
 * How the proofs of a proof set combine (see {@link VerifyOptions.proofPolicy}).
 *
 * @example
 * ```ts
 * import { verifyCredential, type ProofPolicy } from 'microcredentials/verify'
 * const proofPolicy: ProofPolicy = 'any-from-issuer'
 * const result = await verifyCredential(endorsedCredential, { proofPolicy })
 * ```
 */
export type ProofPolicy = 'all' | 'any-from-issuer'
