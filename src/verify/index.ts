/**
 * Verification: `microcredentials/verify`. This entry holds no signing or key code.
 *
 * @module verify
 */
export { verifyCredential } from './verify-credential.js'
export { verifyPresentation } from './verify-presentation.js'
export type { PresentationCheckId, PresentationCheckResult, PresentationError, PresentationVerificationResult, VerifyPresentationOptions } from './presentation/types.js'
export { createVerifier, DEFAULT_LIMITS } from './create-verifier.js'
export type { Verifier } from './create-verifier.js'
export type {
  CheckId, CheckResult, ExpectedRecipient, StatusChecker, VerificationError, VerificationErrorCode,
  VerificationResult, VerifyLimits, VerifyOptions, ProofPolicy,
} from './types.js'
export type { JwtAlgorithm } from '../proofs/jwt/jwt-header.js'
export { DEFAULT_JWT_ALGORITHMS } from '../proofs/jwt/jwt-header.js'
export { createStatusChecker } from '../status/create-status-checker.js'
export type { StatusCheckerOptions, StatusCheckFunction, StatusError } from '../status/create-status-checker.js'
export { createDocumentLoader } from '../loader/create-document-loader.js'
export type { DocumentLoader, DocumentLoaderOptions, RemoteDocument } from '../loader/create-document-loader.js'
export { DocumentLoadBlockedError } from '../net/errors.js'
export type { BlockReason } from '../net/errors.js'
export type { FetchLike } from '../net/guarded-fetch.js'
export { canonicalise, canonicalisationCounts, tryFastCanonicalise } from '../canonical/canonicalise.js'
export type { CanonicalisationCounts, CanonicalisationPolicy, CanonicaliseOptions, CanonicalMemo, FastPathOptions } from '../canonical/canonicalise.js'
