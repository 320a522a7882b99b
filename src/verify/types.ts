/**
 * Verification result types.
 *
 * @module verify
 */
import type { DocumentLoader } from '../loader/create-document-loader.js'

/** The ids of the verification checks, in the order they are reported. */
export type CheckId = 'parse' | 'limits' | 'context' | 'schema' | 'proof' | 'issuer' | 'validity' | 'status' | 'recipient' | 'endorsements'

/** Stable verification error codes (design.md). */
export type VerificationErrorCode =
  | 'PARSING_ERROR'
  | 'RESOURCE_LIMIT_EXCEEDED'
  | 'UNTRUSTED_CONTEXT'
  | 'DATA_LOSS_DETECTION_ERROR'
  | 'DOCUMENT_LOAD_BLOCKED'
  | 'SCHEMA_VIOLATION'
  | 'PROOF_MISSING'
  | 'PROOF_TRANSFORMATION_ERROR'
  | 'PROOF_VERIFICATION_ERROR'
  | 'CRYPTOGRAPHIC_SECURITY_ERROR'
  | 'UNSUPPORTED_ALGORITHM'
  | 'INVALID_VERIFICATION_METHOD'
  | 'ISSUER_KEY_MISMATCH'
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
  | (string & {})

/** One verification error: a stable code, the check that raised it, what and where. */
export interface VerificationError {
  code: VerificationErrorCode
  check: CheckId
  message: string
  /** JSON path of the offending value, when there is one. */
  path?: string
}

/** One check's outcome. */
export interface CheckResult {
  id: CheckId
  status: 'passed' | 'failed' | 'skipped'
  errors?: VerificationError[]
  /** Why a check was skipped. */
  reason?: string
}

/** The result of {@link verifyCredential}. */
export interface VerificationResult {
  /** True only if no check failed. */
  verified: boolean
  /** The credential, only when verified: the exact object whose proof was checked. */
  credential?: Record<string, unknown>
  checks: CheckResult[]
  errors: VerificationError[]
  warnings: VerificationError[]
}

/** A status checker injected by the caller: returns errors (REVOKED, ...) or none. */
export type StatusChecker = (credential: Record<string, unknown>, status: unknown) => Promise<VerificationError[]>

/** The recipient a verifier expects: a DID/URL, or an identifier (e-mail, ...) to match a hashed identity. */
export type ExpectedRecipient = { id: string } | { identity: string; identityType?: string }

/** Options of {@link verifyCredential}. Everything non-deterministic is injected. */
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
  /** Limits on the input before any JSON-LD work. */
  limits?: Partial<VerifyLimits>
}

/** Input limits enforced by the `limits` check. */
export interface VerifyLimits {
  /** Maximum input size in bytes. Default 1 MiB. */
  maxBytes: number
  /** Maximum JSON nesting depth. Default 64. */
  maxDepth: number
  /** Maximum number of JSON values (objects, arrays, scalars). Default 50,000. */
  maxNodes: number
}
