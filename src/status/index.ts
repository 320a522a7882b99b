/**
 * Status lists: `microcredentials/status` (W3C Bitstring Status List encoding and the status checker).
 *
 * @module status
 */
export * from './bitstring.js'
export { createStatusChecker } from './create-status-checker.js'
export type { StatusCheckFunction, StatusCheckerOptions, StatusError } from './create-status-checker.js'
export { buildStatusListCredential, statusListEntry } from './status-list-credential.js'
export type { StatusListSpec } from './status-list-credential.js'
