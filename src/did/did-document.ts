/**
 * The DID document shape this library produces and consumes.
 *
 * @module did
 */

/** A verification method as served to the signature suites (Multikey form). */
export interface VerificationMethod {
  id: string
  type: string
  controller: string
  publicKeyMultibase?: string
  [key: string]: unknown
}

/** A DID (or controller) document, reduced to what verification needs. */
export interface DIDDocument {
  '@context'?: string | string[]
  id: string
  verificationMethod?: VerificationMethod[]
  assertionMethod?: Array<string | VerificationMethod>
  authentication?: Array<string | VerificationMethod>
  capabilityInvocation?: Array<string | VerificationMethod>
  capabilityDelegation?: Array<string | VerificationMethod>
  [key: string]: unknown
}
