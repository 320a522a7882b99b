/**
 * Shared opening steps of the SQL stores.
 *
 * @module store
 */
import type { IssuanceStore } from '../model/issuance-store.js'
import { migrate } from './migrations.js'
import type { SqlDriver } from './sql-driver.js'
import { SqlIssuanceStore } from './sql-issuance-store.js'
import { randomIntFrom, type OpenStoreOptions } from './store-options.js'
import { applySettings } from './store-settings.js'

/** Migrates and applies settings; closes the driver when either fails. */
export async function prepare(driver: SqlDriver, options: OpenStoreOptions): Promise<IssuanceStore> {
  try {
    await migrate(driver, (options.now ?? (() => new Date()))())
    await applySettings(driver, options)
  } catch (error) {
    await driver.close().catch(() => undefined)
    throw error
  }
  return new SqlIssuanceStore(driver, randomIntFrom(options.randomBytes))
}
