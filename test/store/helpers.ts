/**
 * Helpers of the issuance store tests: store backends (SQLite files, PostgreSQL databases on the test
 * server) with a raw SQL escape hatch for test setup, a counting stub `sign`, and seeded random bytes.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { postgresDatabases } from '../helpers/postgres.js'
import type { IssuanceStore, IssueRequest, StatusAllocation } from '../../src/model/issuance-store.js'
import { openPostgresStore } from '../../src/store/open-postgres-store.js'
import { openSqliteStore } from '../../src/store/open-sqlite-store.js'
import type { OpenStoreOptions } from '../../src/store/store-options.js'

/** A value bound to a `?` placeholder of {@link StoreLocation.exec}. */
export type RawValue = string | number | null

/** One store location (a SQLite file or a PostgreSQL database), fresh and empty. */
export interface StoreLocation {
  /** The path or URL the store opens. */
  location: string
  /** Opens a store there; closed after the test. */
  open(options?: OpenStoreOptions): Promise<IssuanceStore>
  /**
   * Runs raw SQL on its own connection (test setup only). `?` placeholders; without parameters the
   * text may hold several statements (e.g. `BEGIN; ...; COMMIT`).
   */
  exec(sql: string, params?: readonly RawValue[]): Promise<Record<string, unknown>[]>
}

/** How a test suite gets fresh stores of one kind. */
export interface StoreBackend {
  kind: 'sqlite' | 'postgres'
  /** A fresh empty location. */
  fresh(): Promise<StoreLocation>
  /** Closes every store and connection opened since the last call. */
  closeAll(): Promise<void>
  /** Removes what the backend created (files, databases). */
  dispose(): Promise<void>
}

/** The status list base URL of the tests. */
export const BASE = 'https://school.example.nl/status'

/** Fixed instants. */
export const T0 = new Date('2026-01-01T10:00:00.000Z')
export const T1 = new Date('2026-02-01T10:00:00.000Z')
export const T2 = new Date('2026-03-01T10:00:00.000Z')

/** Lower-case hex SHA-256 of UTF-8 text. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** An issue request with defaults (credential `urn:uuid:test-<n>` style ids are the caller's). */
export function request(credentialId: string, extra: Partial<IssueRequest> = {}): IssueRequest {
  return { credentialId, actor: 'test-actor', now: T0, ...extra }
}

/** A stub `sign`: returns JSON text naming the credential and slot, and counts its calls. */
export interface CountingSign {
  (slot: StatusAllocation): Promise<string>
  /** The slots it was called with, in order. */
  calls: StatusAllocation[]
  /** The texts it returned, in order. */
  results: string[]
}

/** A {@link CountingSign} for `credentialId`. `delayMs` makes it slow, to widen race windows. */
export function countingSign(credentialId: string, delayMs = 0): CountingSign {
  const calls: StatusAllocation[] = []
  const results: string[] = []
  const sign = async (slot: StatusAllocation): Promise<string> => {
    calls.push(slot)
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs))
    const text = JSON.stringify({ id: credentialId, credentialStatus: { ...slot, type: 'BitstringStatusListEntry' }, name: 'Basiszorg – één', n: calls.length })
    results.push(text)
    return text
  }
  return Object.assign(sign, { calls, results })
}

/** A `sign` that throws `error` after counting the call. */
export function failingSign(error: Error): CountingSign {
  const calls: StatusAllocation[] = []
  const sign = async (slot: StatusAllocation): Promise<string> => {
    calls.push(slot)
    throw error
  }
  return Object.assign(sign, { calls, results: [] })
}

/** Deterministic random bytes from a seed (SHA-256 in counter mode). */
export function seededRandomBytes(seed: string): (size: number) => Uint8Array {
  let counter = 0
  let pool = new Uint8Array(0)
  return (size: number) => {
    while (pool.length < size) {
      const block = createHash('sha256').update(`${seed}:${counter++}`).digest()
      pool = Uint8Array.from([...pool, ...block])
    }
    const out = pool.slice(0, size)
    pool = pool.slice(size)
    return out
  }
}

/** Random bytes that are always `value` (every random pick is the same index). */
export function constantRandomBytes(value = 0): (size: number) => Uint8Array {
  return (size: number) => new Uint8Array(size).fill(value)
}

/** `?` placeholders to `$1, $2, ...` (the test SQL has no `?` inside literals). */
export function numbered(sql: string): string {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}

/** A backend from how its kind makes, opens, queries and removes locations. */
function trackingBackend(kind: StoreBackend['kind'], how: {
  locate(): Promise<string>
  open(location: string, options: OpenStoreOptions): Promise<IssuanceStore>
  exec(location: string, sql: string, params: readonly RawValue[]): Promise<Record<string, unknown>[]>
  dispose(): Promise<void>
}): StoreBackend {
  let stores: IssuanceStore[] = []
  return {
    kind,
    async fresh() {
      const location = await how.locate()
      return {
        location,
        async open(options = {}) {
          const store = await how.open(location, options)
          stores.push(store)
          return store
        },
        exec: (sql, params = []) => how.exec(location, sql, params),
      }
    },
    async closeAll() {
      const open = stores
      stores = []
      await Promise.all(open.map((s) => s.close().catch(() => undefined)))
    },
    dispose: () => how.dispose(),
  }
}

/** SQLite stores in files under a temporary folder. */
export function sqliteBackend(): StoreBackend {
  const dir = mkdtempSync(join(tmpdir(), 'mcred-store-'))
  let n = 0
  return trackingBackend('sqlite', {
    locate: async () => join(dir, `store-${++n}`, 'issued.db'),
    open: openSqliteStore,
    async exec(location, sql, params) {
      const db = new Database(location, { timeout: 10_000 })
      try {
        if (params.length === 0 && /;\s*\S/.test(sql)) {
          db.exec(sql)
          return []
        }
        const statement = db.prepare(sql)
        if (statement.reader) return statement.all(...params) as Record<string, unknown>[]
        statement.run(...params)
        return []
      } finally {
        db.close()
      }
    },
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  })
}

/** PostgreSQL stores, one fresh database per location, on the test server. */
export function postgresBackend(): StoreBackend {
  const databases = postgresDatabases()
  return trackingBackend('postgres', {
    locate: () => databases.fresh(),
    open: openPostgresStore,
    async exec(location, sql, params) {
      const client = new pg.Client({ connectionString: location })
      await client.connect()
      try {
        const result = params.length === 0 ? await client.query(sql) : await client.query(numbered(sql), [...params])
        const last = Array.isArray(result) ? result[result.length - 1] : result
        return (last?.rows ?? []) as Record<string, unknown>[]
      } finally {
        await client.end()
      }
    },
    dispose: () => databases.dropAll(),
  })
}

/**
 * Claims every free index of list `url` (which must exist) for filler credentials, in one statement.
 * Parameters: the list URL, its length.
 */
export function fillListSql(kind: StoreBackend['kind']): string {
  return kind === 'postgres'
    ? `INSERT INTO mcred_status_entries (list_url, list_index, credential_id)
       SELECT ?, i, 'filler-' || i FROM generate_series(0, ? - 1) AS i ON CONFLICT DO NOTHING`
    : `WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < ? - 1)
       INSERT INTO mcred_status_entries (list_url, list_index, credential_id)
       SELECT ?, i, 'filler-' || i FROM s WHERE true ON CONFLICT DO NOTHING`
}

/** The parameters of {@link fillListSql}, in the dialect's order. */
export function fillListParams(kind: StoreBackend['kind'], url: string, length: number): RawValue[] {
  return kind === 'postgres' ? [url, length] : [length, url]
}
