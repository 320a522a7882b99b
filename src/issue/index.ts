/**
 * Issuing: `microcredentials/issue`.
 *
 * @module issue
 */
export { issueCredential } from './issue-credential.js'
export { issueCredentialWithReport } from './issue-credential-with-report.js'
export type { IssueOptions, IssueResult, SignedCredential } from './types.js'
export type { ProofFormat } from './signing-suite.js'
export type { QualityOverride } from './quality-gate.js'
export type { ListSchemas } from './list-schemas.js'
export { issueStatusListCredential } from './issue-status-list-credential.js'
export type { StatusListSignOptions } from './issue-status-list-credential.js'
export type { CanonicalisationPolicy } from '../canonical/canonicalise.js'
