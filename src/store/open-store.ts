import type { IssuanceStore } from '../model/issuance-store.js'
import { isPostgresLocation } from './describe-location.js'
import { openPostgresStore } from './open-postgres-store.js'
import { openSqliteStore, type SqliteStoreOptions } from './open-sqlite-store.js'

/**
 * Opens an issuance store by location: a `postgres://` or `postgresql://` URL opens PostgreSQL,
 * anything else is a SQLite file path (the embedded default), created on first use.
 *
 * @example
 * ```ts
 * import { openStore } from 'microcredentials/store'
 * const store = await openStore(process.env.MCRED_STORE ?? 'issued.db', { statusListBaseUrl: 'https://school.example.nl/status' })
 * await store.close()
 * ```
 */
export async function openStore(location: string, options: SqliteStoreOptions = {}): Promise<IssuanceStore> {
  if (isPostgresLocation(location)) {
    const { busyTimeoutMs: _unused, ...rest } = options
    void _unused
    return openPostgresStore(location, rest)
  }
  return openSqliteStore(location, options)
}
