/**
 * Issuance records and status lists, issuer side: `microcredentials/store`. The embedded SQLite
 * store (default) and PostgreSQL, revoke/suspend/reinstate, and publishing signed status lists.
 *
 * @module store
 */
export { openStore } from './open-store.js'
export { describeStoreLocation, isPostgresLocation } from './describe-location.js'
export { openSqliteStore } from './open-sqlite-store.js'
export type { SqliteStoreOptions } from './open-sqlite-store.js'
export { openPostgresStore } from './open-postgres-store.js'
export type { OpenStoreOptions } from './store-options.js'
export { revokeCredential } from './revoke-credential.js'
export { suspendCredential } from './suspend-credential.js'
export { reinstateCredential } from './reinstate-credential.js'
export type { StatusChangeInput } from './change-status.js'
export { publishStatusList, DEFAULT_LIST_VALIDITY_SECONDS } from './publish-status-list.js'
export type { PublishOptions, PublishedStatusList } from './publish-status-list.js'
export { SCHEMA_VERSION } from './migrations.js'
export type {
  AuditEvent, CredentialState, IssuanceRecord, IssuanceStore, IssueOutcome, IssueRequest, StatusAction,
  StatusAllocation, StatusChangeOptions, StatusListInfo, StatusPurpose,
} from '../model/issuance-store.js'
export { StoreError } from '../errors/errors.js'
export type { StoreErrorCode } from '../errors/errors.js'
