/**
 * Shared argument handling of revoke, suspend and reinstate.
 *
 * @module store
 */
import { InvalidArgumentError } from '../errors/errors.js'
import type { IssuanceRecord, IssuanceStore, StatusAction } from '../model/issuance-store.js'

/**
 * Options of `revokeCredential`, `suspendCredential` and `reinstateCredential`.
 *
 * @example
 * ```ts
 * import type { StatusChangeInput } from 'microcredentials/store'
 * const options: StatusChangeInput = { actor: 'exam-board', reason: 'exam result withdrawn' }
 * ```
 */
export interface StatusChangeInput {
  /** Who decides, for the audit log. Default `microcredentials`. */
  actor?: string
  /** Why, for the audit log. */
  reason?: string
  /** Default: now. */
  now?: Date
}

/** Checks the arguments and calls `store.changeStatus`. */
export async function changeStatus(store: IssuanceStore, credentialId: string, action: StatusAction, input: StatusChangeInput = {}): Promise<IssuanceRecord> {
  if (typeof credentialId !== 'string' || credentialId.length === 0) throw new InvalidArgumentError('"credentialId" must be the id of an issued credential')
  const now = input.now ?? new Date()
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new InvalidArgumentError('"now" must be a valid Date')
  return store.changeStatus(credentialId, action, { actor: input.actor ?? 'microcredentials', now, ...(input.reason === undefined ? {} : { reason: input.reason }) })
}
