/**
 * The store's status list settings: chosen when the store is first opened and kept in
 * `mcred_settings`, so every process issues into the same lists.
 *
 * @module store
 */
import { InvalidArgumentError, StoreError } from '../errors/errors.js'
import type { StatusPurpose } from '../model/issuance-store.js'
import { MIN_STATUS_LIST_LENGTH } from '../status/bitstring.js'
import type { SqlDriver, SqlTx } from './sql-driver.js'

/** The settings a store keeps. */
export interface StoreSettings {
  /** Lists are published at `<base>/<n>` (n = 1, 2, ...). Needed before the first issuance. */
  statusListBaseUrl?: string
  statusPurpose: StatusPurpose
  statusListLength: number
}

/** What a caller may set when opening a store. */
export type SettingsInput = Partial<StoreSettings>

const NAMES = { statusListBaseUrl: 'status_list_base_url', statusPurpose: 'status_purpose', statusListLength: 'status_list_length' } as const

/** Checks the caller's settings (throws `InvalidArgumentError`). */
export function checkSettingsInput(input: SettingsInput): void {
  const { statusListBaseUrl, statusPurpose, statusListLength } = input
  if (statusListBaseUrl !== undefined) listBaseUrl(statusListBaseUrl)
  if (statusPurpose !== undefined && statusPurpose !== 'revocation' && statusPurpose !== 'suspension') {
    throw new InvalidArgumentError(`"statusPurpose" must be "revocation" or "suspension", got ${JSON.stringify(statusPurpose)}`)
  }
  if (statusListLength !== undefined && (!Number.isSafeInteger(statusListLength) || statusListLength < MIN_STATUS_LIST_LENGTH || statusListLength % 8 !== 0)) {
    throw new InvalidArgumentError(`"statusListLength" must be a multiple of 8 of at least ${MIN_STATUS_LIST_LENGTH} (verifiers refuse shorter lists), got ${String(statusListLength)}`)
  }
}

/** The base URL without a trailing slash; throws unless it is an absolute http(s) URL without query or fragment. */
export function listBaseUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InvalidArgumentError(`"statusListBaseUrl" must be an absolute URL, got ${JSON.stringify(value)}`)
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '' || value.includes('?') || value.includes('#')) {
    throw new InvalidArgumentError(`"statusListBaseUrl" must be an http(s) URL without query or fragment, got ${JSON.stringify(value)}`)
  }
  return value.replace(/\/+$/, '')
}

/**
 * Stores settings not yet kept and checks the given ones against those kept (`ERR_STORE_CONFIG` on
 * a difference); purpose and length take their defaults on first open.
 */
export async function applySettings(driver: SqlDriver, input: SettingsInput): Promise<void> {
  const wanted: Record<string, string | undefined> = {
    [NAMES.statusListBaseUrl]: input.statusListBaseUrl === undefined ? undefined : listBaseUrl(input.statusListBaseUrl),
    [NAMES.statusPurpose]: input.statusPurpose,
    [NAMES.statusListLength]: input.statusListLength === undefined ? undefined : String(input.statusListLength),
  }
  const defaults: Record<string, string> = { [NAMES.statusPurpose]: 'revocation', [NAMES.statusListLength]: String(MIN_STATUS_LIST_LENGTH) }
  await driver.transaction(async (tx) => {
    await tx.lock('mcred:settings')
    const kept = await readRaw(tx)
    for (const [name, value] of Object.entries(wanted)) {
      const current = kept.get(name)
      if (current === undefined) {
        const initial = value ?? defaults[name]
        if (initial !== undefined) await tx.query('INSERT INTO mcred_settings (name, value) VALUES (?, ?)', [name, initial])
      } else if (value !== undefined && value !== current) {
        throw new StoreError('ERR_STORE_CONFIG', `store ${driver.location} keeps ${name} = ${JSON.stringify(current)}; it cannot be changed to ${JSON.stringify(value)} (its lists and credentials depend on it)`)
      }
    }
  })
}

/** The settings kept in the store. */
export async function readSettings(tx: Pick<SqlTx, 'query'>): Promise<StoreSettings> {
  const kept = await readRaw(tx)
  const base = kept.get(NAMES.statusListBaseUrl)
  return {
    ...(base === undefined ? {} : { statusListBaseUrl: base }),
    statusPurpose: (kept.get(NAMES.statusPurpose) ?? 'revocation') as StatusPurpose,
    statusListLength: Number(kept.get(NAMES.statusListLength) ?? MIN_STATUS_LIST_LENGTH),
  }
}

async function readRaw(tx: Pick<SqlTx, 'query'>): Promise<Map<string, string>> {
  const rows = await tx.query<{ name: string; value: string }>('SELECT name, value FROM mcred_settings')
  return new Map(rows.map((r) => [r.name, r.value]))
}
