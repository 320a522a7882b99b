import { reinstateCredential, revokeCredential, suspendCredential, type IssuanceRecord, type IssuanceStore, type StatusAction, type StatusChangeInput } from '../../../store/index.js'
import { CliError, json } from '../../io.js'
import { defaultActor } from '../../option-values.js'
import { openCliStore, requireStore, withStore } from '../../store-location.js'

const ACTIONS: Record<StatusAction, (store: IssuanceStore, id: string, input: StatusChangeInput) => Promise<IssuanceRecord>> = {
  revoke: revokeCredential,
  suspend: suspendCredential,
  reinstate: reinstateCredential,
}

/** Options of `mcred status revoke|suspend|reinstate`. */
export interface ChangeOptions {
  store?: string
  reason?: string
  actor?: string
  json?: boolean
}

/** `mcred status revoke|suspend|reinstate <credential-id>`: changes the state and prints it. */
export async function changeStatus(action: StatusAction, credentialId: string, options: ChangeOptions): Promise<number> {
  const location = requireStore(options.store)
  if (credentialId.trim().length === 0) throw new CliError('the credential id must not be empty')
  const store = await openCliStore(location, { mustExist: true })
  const { before, after } = await withStore(store, location, async (s) => {
    const previous = await s.get(credentialId)
    const record = await ACTIONS[action](s, credentialId, { actor: options.actor ?? defaultActor(), ...(options.reason === undefined ? {} : { reason: options.reason }) })
    return { before: previous, after: record }
  })
  const previousState = before?.state ?? after.state
  const changed = previousState !== after.state
  const summary = {
    credentialId: after.credentialId, state: after.state, previousState, changed,
    statusListCredential: after.statusListCredential, statusListIndex: after.statusListIndex, statusPurpose: after.statusPurpose,
  }
  process.stdout.write(`${options.json ? json(summary) : describeChange(summary)}\n`)
  return 0
}

function describeChange(s: { credentialId: string; state: string; previousState: string; changed: boolean; statusListCredential: string; statusListIndex: number }): string {
  if (!s.changed) return `${s.credentialId}: already ${s.state}; nothing changed`
  return [
    `${s.credentialId}: ${s.state} (was ${s.previousState})`,
    `Verifiers see it once the status list is republished: mcred status publish (list ${s.statusListCredential}, index ${s.statusListIndex})`,
  ].join('\n')
}
