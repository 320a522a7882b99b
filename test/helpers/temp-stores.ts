/**
 * Issuance stores that live for one test: SQLite files in fresh temporary folders, or fresh
 * PostgreSQL databases on the test server. Closed and removed after each test.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { IssuanceStore, StatusPurpose } from '../../src/model/issuance-store.js'
import { openSqliteStore, openStore } from '../../src/store/index.js'
import { postgresDatabases } from './postgres.js'

/** Where {@link useTempStores} opens its stores. */
export interface TempStoreOptions {
  /** The stores' status list base URL. */
  statusListBaseUrl: string
  /** The start of each temporary folder's name, e.g. `mcred-publish-`. */
  prefix: string
  /** The store file inside the folder (folders on the way are created by the store). Default `issued.db`. */
  file?: string
}

/** Opens stores for the current test. */
export interface TempStores {
  /** A new SQLite store with a status list of `purpose` (default `revocation`). */
  sqliteStore(purpose?: StatusPurpose): Promise<IssuanceStore>
  /** A new PostgreSQL store (an empty database) with a status list of `purpose` (default `revocation`). */
  postgresStore(purpose?: StatusPurpose): Promise<IssuanceStore>
}

/** Registers an `afterEach` that closes the stores opened in the test and removes their folders and databases. */
export function useTempStores(options: TempStoreOptions): TempStores {
  const stores: IssuanceStore[] = []
  const dirs: string[] = []
  const databases = postgresDatabases()
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close()
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
    await databases.dropAll()
  })
  const settings = (statusPurpose: StatusPurpose) => ({ statusListBaseUrl: options.statusListBaseUrl, statusPurpose })
  const kept = (store: IssuanceStore): IssuanceStore => {
    stores.push(store)
    return store
  }
  return {
    async sqliteStore(purpose = 'revocation') {
      const dir = mkdtempSync(join(tmpdir(), options.prefix))
      dirs.push(dir)
      return kept(await openSqliteStore(join(dir, options.file ?? 'issued.db'), settings(purpose)))
    },
    async postgresStore(purpose = 'revocation') {
      return kept(await openStore(await databases.fresh(), settings(purpose)))
    },
  }
}
