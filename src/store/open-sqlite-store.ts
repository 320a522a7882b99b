import type { IssuanceStore } from '../model/issuance-store.js'
import { prepare } from './prepare-store.js'
import { openSqliteDriver } from './sqlite-driver.js'
import type { OpenStoreOptions } from './store-options.js'
import { checkSettingsInput } from './store-settings.js'

/**
 * Options of {@link openSqliteStore}.
 *
 * @example
 * ```ts
 * import { openSqliteStore, type SqliteStoreOptions } from 'microcredentials/store'
 * const options: SqliteStoreOptions = { statusListBaseUrl: 'https://school.example.nl/status', busyTimeoutMs: 60_000 }
 * const store = await openSqliteStore('issued.db', options)
 * ```
 */
export interface SqliteStoreOptions extends OpenStoreOptions {
  /** How long a writer waits for another process's transaction. Default 30 s. */
  busyTimeoutMs?: number
}

/**
 * Opens the embedded SQLite issuance store at `path`, creating the file (and its folder) and the
 * schema on first use. Several processes may share the file: writers take turns. WAL journal, full
 * fsync on commit. Throws `StoreError` (`ERR_STORE_OPEN`, `ERR_STORE_VERSION`, `ERR_STORE_CONFIG`).
 *
 * @example
 * ```ts
 * import { openSqliteStore } from 'microcredentials/store'
 * const store = await openSqliteStore('data/issued.db', { statusListBaseUrl: 'https://school.example.nl/status' })
 * console.log(await store.statusLists())
 * await store.close()
 * ```
 */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<IssuanceStore> {
  checkSettingsInput(options)
  const driver = await openSqliteDriver(path, options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs })
  return prepare(driver, options)
}
