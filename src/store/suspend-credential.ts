import type { IssuanceRecord, IssuanceStore } from '../model/issuance-store.js'
import { changeStatus, type StatusChangeInput } from './change-status.js'

/**
 * Suspends an issued credential (stores with `statusPurpose: 'suspension'`); `reinstateCredential`
 * lifts it. Throws `StoreError` (`ERR_NOT_FOUND`, `ERR_STATUS_TRANSITION` on a revocation list or a
 * revoked credential).
 *
 * @example
 * ```ts
 * import { suspendCredential } from 'microcredentials/store'
 * await suspendCredential(store, credentialId, { actor: 'exam-board', reason: 'under investigation' })
 * ```
 */
export async function suspendCredential(store: IssuanceStore, credentialId: string, options: StatusChangeInput = {}): Promise<IssuanceRecord> {
  return changeStatus(store, credentialId, 'suspend', options)
}
