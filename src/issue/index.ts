/**
 * Issuing: `microcredentials/issue`.
 *
 * @module issue
 */
export { issueCredential } from './issue-credential.js'
export type { IssueOptions, SignedCredential } from './issue-credential.js'
export type { ProofFormat } from './signing-suite.js'
