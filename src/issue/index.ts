/**
 * Issuing: `microcredentials/issue`.
 *
 * @module issue
 */
export { issueCredential } from './issue-credential.js'
export { issueCredentialWithReport } from './issue-credential-with-report.js'
export type { IssueOptions, IssueResult, JwtIssueResult, SignedCredential } from './types.js'
export type { JwtForm } from '../proofs/jwt/jwt-credential.js'
export type { JwtAlgorithm } from '../proofs/jwt/jwt-header.js'
export type { ProofFormat } from './signing-suite.js'
export type { QualityOverride } from './quality-gate.js'
export type { ListSchemas } from './list-schemas.js'
export { signPresentation } from './sign-presentation.js'
export type { SignPresentationOptions } from './sign-presentation.js'
export { issueStatusListCredential } from './issue-status-list-credential.js'
export type { StatusListSignOptions } from './issue-status-list-credential.js'
export type { CanonicalisationPolicy } from '../canonical/canonicalise.js'
