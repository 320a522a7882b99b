import { StoreError, describeStoreLocation } from '../../../store/index.js'
import { json } from '../../io.js'
import { openCliStore, requireStore, withStore } from '../../store-location.js'
import { listsText, recordText, summarise } from './record-text.js'

/** `mcred status show <credential-id>`: the record (without the credential) and its audit events. */
export async function showStatus(credentialId: string, options: { store?: string; json?: boolean }): Promise<number> {
  const location = requireStore(options.store)
  const store = await openCliStore(location, { mustExist: true })
  const { record, events } = await withStore(store, location, async (s) => {
    const found = await s.get(credentialId)
    if (!found) throw new StoreError('ERR_NOT_FOUND', `no credential ${credentialId} in store ${describeStoreLocation(location)}`)
    return { record: summarise(found), events: await s.auditLog({ credentialId }) }
  })
  process.stdout.write(`${options.json ? json({ record, events }) : recordText(record, events)}\n`)
  return 0
}

/** `mcred status lists`: the store's status lists with their allocation and publication. */
export async function showLists(options: { store?: string; json?: boolean }): Promise<number> {
  const location = requireStore(options.store)
  const store = await openCliStore(location, { mustExist: true })
  const lists = await withStore(store, location, (s) => s.statusLists())
  process.stdout.write(`${options.json ? json({ lists }) : listsText(lists, new Date())}\n`)
  return 0
}
