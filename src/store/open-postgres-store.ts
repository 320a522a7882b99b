import type { PoolConfig } from 'pg'
import type { IssuanceStore } from '../model/issuance-store.js'
import { prepare } from './prepare-store.js'
import { openPostgresDriver } from './postgres-driver.js'
import type { OpenStoreOptions } from './store-options.js'
import { checkSettingsInput } from './store-settings.js'

/**
 * Opens the PostgreSQL issuance store at `connection` (a `postgres://user:password@host/db` URL or a
 * pg pool configuration), creating its tables on first use. For institutions with several issuing
 * processes or machines: idempotency keys are serialised with advisory locks, slots by unique keys.
 * Throws `StoreError` (`ERR_STORE_OPEN` naming the URL without password, `ERR_STORE_VERSION`, `ERR_STORE_CONFIG`).
 *
 * @example
 * ```ts
 * import { openPostgresStore } from 'microcredentials/store'
 * const store = await openPostgresStore(process.env.MCRED_STORE_URL!, { statusListBaseUrl: 'https://school.example.nl/status' })
 * await store.close()
 * ```
 */
export async function openPostgresStore(connection: string | PoolConfig, options: OpenStoreOptions = {}): Promise<IssuanceStore> {
  checkSettingsInput(options)
  return prepare(await openPostgresDriver(connection), options)
}
