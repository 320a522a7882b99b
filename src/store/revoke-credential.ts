import type { IssuanceRecord, IssuanceStore } from '../model/issuance-store.js'
import { changeStatus, type StatusChangeInput } from './change-status.js'

/**
 * Revokes an issued credential, for good: its bit is set in the next published status list.
 * Revoking a revoked credential changes nothing. Throws `StoreError` (`ERR_NOT_FOUND` naming the id).
 *
 * @example
 * ```ts
 * import { openStore, revokeCredential } from 'microcredentials/store'
 * const store = await openStore('issued.db')
 * await revokeCredential(store, 'urn:uuid:8f6c...', { actor: 'exam-board', reason: 'fraud' })
 * ```
 */
export async function revokeCredential(store: IssuanceStore, credentialId: string, options: StatusChangeInput = {}): Promise<IssuanceRecord> {
  return changeStatus(store, credentialId, 'revoke', options)
}
