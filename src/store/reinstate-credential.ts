import type { IssuanceRecord, IssuanceStore } from '../model/issuance-store.js'
import { changeStatus, type StatusChangeInput } from './change-status.js'

/**
 * Lifts a suspension. Throws `StoreError` (`ERR_NOT_FOUND`, `ERR_STATUS_TRANSITION` for a revoked
 * credential or one on a revocation list).
 *
 * @example
 * ```ts
 * import { reinstateCredential } from 'microcredentials/store'
 * await reinstateCredential(store, credentialId, { actor: 'exam-board', reason: 'investigation closed' })
 * ```
 */
export async function reinstateCredential(store: IssuanceStore, credentialId: string, options: StatusChangeInput = {}): Promise<IssuanceRecord> {
  return changeStatus(store, credentialId, 'reinstate', options)
}
