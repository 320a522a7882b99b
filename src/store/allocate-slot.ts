/**
 * Status list slot allocation: a random index per credential, never reused (the primary key of
 * `mcred_status_entries`), in the newest list; a full list opens the next one.
 *
 * @module store
 */
import { StoreError } from '../errors/errors.js'
import type { StatusAllocation } from '../model/issuance-store.js'
import type { SqlTx } from './sql-driver.js'
import type { StoreSettings } from './store-settings.js'

/** A uniform random integer in [0, n). */
export type RandomInt = (n: number) => number

type ListRow = { url: string; series: number; length: number }

const RANDOM_TRIES = 16
const MAX_LISTS_PER_ALLOCATION = 3

/**
 * Claims a slot for `credentialId` inside the caller's transaction. Throws `StoreError`
 * `ERR_STATUS_ALLOCATION` when no index can be claimed, so nothing unrevocable is issued.
 */
export async function allocateSlot(tx: SqlTx, settings: StoreSettings, credentialId: string, now: Date, randomInt: RandomInt): Promise<StatusAllocation> {
  const base = settings.statusListBaseUrl
  if (base === undefined) {
    throw new StoreError('ERR_STATUS_ALLOCATION', 'the store has no status list URL yet: open it with statusListBaseUrl (CLI: --status-url), the address where you will host the status list files')
  }
  let list = await newestList(tx, settings) ?? await openList(tx, settings, base, 1, now)
  for (let opened = 0; opened < MAX_LISTS_PER_ALLOCATION; opened++) {
    const index = await claimRandom(tx, list, credentialId, randomInt) ?? await claimFree(tx, list, credentialId, randomInt)
    if (index !== undefined) return { statusListCredential: list.url, statusListIndex: index, statusPurpose: settings.statusPurpose }
    list = await openList(tx, settings, base, list.series + 1, now)
  }
  throw new StoreError('ERR_STATUS_ALLOCATION', `no free status list index for ${credentialId} after opening ${MAX_LISTS_PER_ALLOCATION} lists`)
}

async function newestList(tx: SqlTx, settings: StoreSettings): Promise<ListRow | undefined> {
  const rows = await tx.query<ListRow>('SELECT url, series, length FROM mcred_status_lists WHERE purpose = ? ORDER BY series DESC LIMIT 1', [settings.statusPurpose])
  return rows[0] === undefined ? undefined : { url: rows[0].url, series: Number(rows[0].series), length: Number(rows[0].length) }
}

async function openList(tx: SqlTx, settings: StoreSettings, base: string, series: number, now: Date): Promise<ListRow> {
  const url = `${base}/${series}`
  await tx.query('INSERT INTO mcred_status_lists (url, series, purpose, length, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING', [
    url, series, settings.statusPurpose, settings.statusListLength, now.toISOString(),
  ])
  const rows = await tx.query<ListRow>('SELECT url, series, length FROM mcred_status_lists WHERE url = ?', [url])
  const row = rows[0]
  if (row === undefined) throw new StoreError('ERR_STATUS_ALLOCATION', `status list ${url} could not be opened`)
  return { url: row.url, series: Number(row.series), length: Number(row.length) }
}

async function claim(tx: SqlTx, list: ListRow, index: number, credentialId: string): Promise<boolean> {
  const rows = await tx.query('INSERT INTO mcred_status_entries (list_url, list_index, credential_id) VALUES (?, ?, ?) ON CONFLICT (list_url, list_index) DO NOTHING RETURNING list_index', [
    list.url, index, credentialId,
  ])
  return rows.length === 1
}

async function claimRandom(tx: SqlTx, list: ListRow, credentialId: string, randomInt: RandomInt): Promise<number | undefined> {
  for (let i = 0; i < RANDOM_TRIES; i++) {
    const index = randomInt(list.length)
    if (await claim(tx, list, index, credentialId)) return index
  }
  return undefined
}

/**
 * After many collisions: the free indexes from a random one on, wrapping around (a claim lost to a
 * concurrent transaction moves on to the next); undefined when the list is full.
 */
async function claimFree(tx: SqlTx, list: ListRow, credentialId: string, randomInt: RandomInt): Promise<number | undefined> {
  const rows = await tx.query<{ list_index: number }>('SELECT list_index FROM mcred_status_entries WHERE list_url = ?', [list.url])
  const used = new Uint8Array(list.length)
  for (const row of rows) used[Number(row.list_index)] = 1
  const free: number[] = []
  for (let index = 0; index < list.length; index++) if (used[index] === 0) free.push(index)
  if (free.length === 0) return undefined
  const start = randomInt(free.length)
  for (let i = 0; i < free.length; i++) {
    const index = free[(start + i) % free.length]!
    if (await claim(tx, list, index, credentialId)) return index
  }
  return undefined
}
