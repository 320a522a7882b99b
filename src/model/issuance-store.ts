/**
 * The issuance store contract: what `issueCredential` and the status operations need from a durable
 * store of issued credentials. `microcredentials/store` implements it on SQLite and PostgreSQL; any
 * other store that keeps these promises can be passed instead.
 *
 * @module model
 */

/**
 * What a status list says about its credentials. OB 3.0 allows one `credentialStatus` per credential,
 * so a store issues lists of one purpose: `revocation` (final) or `suspension` (reversible).
 *
 * @example
 * ```ts
 * import type { StatusPurpose } from 'microcredentials'
 * const purpose: StatusPurpose = 'revocation'
 * ```
 */
export type StatusPurpose = 'revocation' | 'suspension'

/**
 * The state of an issued credential in its store.
 *
 * @example
 * ```ts
 * import type { CredentialState } from 'microcredentials'
 * const state: CredentialState = record.state
 * ```
 */
export type CredentialState = 'active' | 'revoked' | 'suspended'

/**
 * A change of state: `revoke` is final; `suspend` and `reinstate` need a suspension list.
 *
 * @example
 * ```ts
 * import type { StatusAction } from 'microcredentials'
 * const action: StatusAction = 'suspend'
 * ```
 */
export type StatusAction = 'revoke' | 'suspend' | 'reinstate'

/**
 * The status list slot a credential was given: written into its `credentialStatus`.
 *
 * @example
 * ```ts
 * import type { StatusAllocation } from 'microcredentials'
 * const slot: StatusAllocation = { statusListCredential: 'https://school.example.nl/status/1', statusListIndex: 90211, statusPurpose: 'revocation' }
 * ```
 */
export interface StatusAllocation {
  /** URL of the status list credential the institution hosts. */
  statusListCredential: string
  /** The credential's bit in that list (random, never reused). */
  statusListIndex: number
  statusPurpose: StatusPurpose
}

/**
 * One issued credential as the store keeps it.
 *
 * @example
 * ```ts
 * import type { IssuanceRecord } from 'microcredentials'
 * const record: IssuanceRecord | undefined = await store.get('urn:uuid:...')
 * if (record) console.log(record.state, record.statusListCredential, record.statusListIndex)
 * ```
 */
export interface IssuanceRecord {
  /** The credential's `id`. */
  credentialId: string
  /** The caller's idempotency key, when one was given. */
  idempotencyKey?: string
  /** `credentialSubject.achievement.id`. */
  achievementId?: string
  /** The recipient, hashed: the credential's salted identity hash, or `sha256$` + hex of the subject id. */
  recipient?: string
  /** Lower-case hex SHA-256 of `credentialJson` (UTF-8). */
  sha256: string
  /** The signed credential, exactly as issued. */
  credentialJson: string
  statusListCredential: string
  statusListIndex: number
  statusPurpose: StatusPurpose
  state: CredentialState
  /** ISO date-times. */
  issuedAt: string
  updatedAt: string
  /** Who issued it (user, service or process name). */
  actor: string
}

/**
 * What a caller asks the store to record with a new credential.
 *
 * @example
 * ```ts
 * import type { IssueRequest } from 'microcredentials'
 * const request: IssueRequest = { credentialId: credential.id, idempotencyKey: 'sis-2026-000123', actor: 'sis-sync', now: new Date() }
 * ```
 */
export interface IssueRequest {
  credentialId: string
  idempotencyKey?: string
  achievementId?: string
  recipient?: string
  actor: string
  now: Date
}

/**
 * What {@link IssuanceStore.issue} returns: the record, and whether it was already there (a retry with
 * the same idempotency key).
 *
 * @example
 * ```ts
 * import type { IssueOutcome } from 'microcredentials'
 * const { record, reused }: IssueOutcome = await store.issue(request, sign)
 * ```
 */
export interface IssueOutcome {
  record: IssuanceRecord
  reused: boolean
}

/**
 * A status list the store has opened.
 *
 * @example
 * ```ts
 * import type { StatusListInfo } from 'microcredentials'
 * const lists: StatusListInfo[] = await store.statusLists()
 * ```
 */
export interface StatusListInfo {
  /** The list credential's URL (also its `id`). */
  url: string
  purpose: StatusPurpose
  /** Number of entries (bits). */
  length: number
  /** How many indexes are allocated. */
  allocated: number
  createdAt: string
  /** When it was last published, and until when that publication is valid. */
  publishedAt?: string
  validUntil?: string
}

/**
 * One audit event: issue, revoke, suspend, reinstate, publish. The log is append-only.
 *
 * @example
 * ```ts
 * import type { AuditEvent } from 'microcredentials'
 * const events: AuditEvent[] = await store.auditLog({ credentialId })
 * ```
 */
export interface AuditEvent {
  /** Increasing sequence number. */
  seq: number
  at: string
  actor: string
  action: 'issue' | StatusAction | 'publish'
  credentialId?: string
  statusListCredential?: string
  /** Free details (reason, index, SHA-256 of a published list). */
  details: Record<string, unknown>
}

/**
 * Options of a status change.
 *
 * @example
 * ```ts
 * import type { StatusChangeOptions } from 'microcredentials'
 * const options: StatusChangeOptions = { actor: 'exam-board', reason: 'exam result withdrawn', now: new Date() }
 * ```
 */
export interface StatusChangeOptions {
  actor: string
  reason?: string
  now: Date
}

/**
 * A durable, idempotent store of issued credentials with their status list slots and an audit log.
 * Every method is atomic: it either writes everything or nothing.
 *
 * @example
 * ```ts
 * import { openStore } from 'microcredentials/store'
 * import { issueCredential } from 'microcredentials/issue'
 * const store = await openStore('issued.db', { statusListBaseUrl: 'https://school.example.nl/status' })
 * const signed = await issueCredential(credential, signer, { store, idempotencyKey: 'sis-2026-000123' })
 * await store.close()
 * ```
 */
export interface IssuanceStore {
  /** `sqlite`, `postgres`, or the name of another implementation. */
  readonly kind: string
  /**
   * Issues once per idempotency key, in one transaction: when the key is known, returns its record
   * (`reused: true`) without calling `sign`; otherwise allocates a status list slot, calls `sign` with
   * it (which returns the signed credential's JSON text) and writes the record and an `issue` audit
   * event. When `sign` throws, nothing is written.
   */
  issue(request: IssueRequest, sign: (slot: StatusAllocation) => Promise<string>): Promise<IssueOutcome>
  /**
   * {@link IssuanceStore.issue} for many requests in one transaction (batch issuance): requests already
   * issued, and repeats of a key within the call, are `reused` without signing; `sign` is called once
   * with a slot per new request, in order, and the requests those slots belong to; it returns per slot
   * the signed JSON text or `{ error }` (that request is not recorded and its slot is released). A request that conflicts (idempotency key of
   * another achievement) gets `{ error }`. When `sign` throws, nothing is written.
   */
  issueMany(requests: readonly IssueRequest[], sign: (slots: StatusAllocation[], requests: IssueRequest[]) => Promise<Array<string | { error: unknown }>>): Promise<Array<IssueOutcome | { error: unknown }>>
  /** The record of a credential id, or undefined. */
  get(credentialId: string): Promise<IssuanceRecord | undefined>
  /** The record issued under an idempotency key, or undefined. */
  getByIdempotencyKey(idempotencyKey: string): Promise<IssuanceRecord | undefined>
  /** Revokes, suspends or reinstates; writes an audit event. Throws `StoreError` (`ERR_NOT_FOUND`, `ERR_STATUS_TRANSITION`). */
  changeStatus(credentialId: string, action: StatusAction, options: StatusChangeOptions): Promise<IssuanceRecord>
  /** Every status list, oldest first. */
  statusLists(): Promise<StatusListInfo[]>
  /** One list and the indexes whose bit is set (revoked, or suspended/revoked on a suspension list). */
  statusListBits(url: string): Promise<{ list: StatusListInfo; setIndexes: number[] }>
  /** Records that a list was published (audit event `publish`). */
  recordPublication(url: string, publication: { actor: string; now: Date; validUntil: string; sha256: string }): Promise<void>
  /** The audit log, oldest first, optionally for one credential or list. */
  auditLog(filter?: { credentialId?: string; statusListCredential?: string }): Promise<AuditEvent[]>
  /** Closes connections. */
  close(): Promise<void>
}
