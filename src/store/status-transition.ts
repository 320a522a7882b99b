/**
 * Which status changes are allowed. On a revocation list only `revoke` (final). On a suspension list
 * `suspend` and `reinstate`, and `revoke`, which keeps the bit set for good (verifiers see
 * `SUSPENDED`; reinstating is refused).
 *
 * @module store
 */
import { StoreError } from '../errors/errors.js'
import type { CredentialState, IssuanceRecord, StatusAction } from '../model/issuance-store.js'

const TARGET: Record<StatusAction, CredentialState> = { revoke: 'revoked', suspend: 'suspended', reinstate: 'active' }

/**
 * The state `action` leads to, or undefined when the credential is already there (nothing to do).
 * Throws `StoreError` `ERR_STATUS_TRANSITION` naming the credential when the change is not allowed.
 */
export function nextState(record: IssuanceRecord, action: StatusAction): CredentialState | undefined {
  const target = TARGET[action]
  if (target === undefined) throw new StoreError('ERR_STATUS_TRANSITION', `unknown status action ${JSON.stringify(action)} (revoke, suspend or reinstate)`)
  const id = record.credentialId
  if (record.statusPurpose === 'revocation' && action !== 'revoke') {
    throw new StoreError('ERR_STATUS_TRANSITION', `${id} is on a revocation list (${record.statusListCredential}): it can be revoked, not ${action === 'suspend' ? 'suspended' : 'reinstated'}. OB 3.0 allows one credentialStatus, so suspension needs a store opened with statusPurpose "suspension"`)
  }
  if (record.state === target) return undefined
  if (record.state === 'revoked') throw new StoreError('ERR_STATUS_TRANSITION', `${id} is revoked; revocation is final`)
  return target
}

/** Whether a record's bit is set in its published list. */
export function bitIsSet(state: CredentialState): boolean {
  return state !== 'active'
}
