/**
 * The SQLite driver (better-sqlite3): one connection per store, WAL journal, full fsync on commit,
 * writers serialised across processes by `BEGIN IMMEDIATE` (waiting up to `busyTimeoutMs`) and within
 * the process by a queue.
 *
 * @module store
 */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { StoreError } from '../errors/errors.js'
import type { SqlDriver, SqlRow, SqlTx, SqlValue } from './sql-driver.js'

/** Options of {@link openSqliteDriver}. */
export interface SqliteDriverOptions {
  /** How long a writer waits for another process's transaction. Default 30 s. */
  busyTimeoutMs?: number
}

/** Opens (creating when missing) the SQLite database at `path` (`:memory:` for a private in-memory one). */
export async function openSqliteDriver(path: string, options: SqliteDriverOptions = {}): Promise<SqlDriver> {
  const Database = await loadBetterSqlite3()
  let db: BetterSqlite3.Database
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
    db = new Database(path, { timeout: options.busyTimeoutMs ?? 30_000 })
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
  } catch (error) {
    throw new StoreError('ERR_STORE_OPEN', `cannot open SQLite store ${path}: ${(error as Error).message}`, { cause: error })
  }
  return new SqliteDriver(db, path)
}

async function loadBetterSqlite3(): Promise<typeof BetterSqlite3> {
  try {
    return (await import('better-sqlite3')).default
  } catch (error) {
    throw new StoreError('ERR_STORE_OPEN', `the SQLite store needs the better-sqlite3 package (npm install better-sqlite3): ${(error as Error).message}`, { cause: error })
  }
}

class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly db: BetterSqlite3.Database, readonly location: string) {}

  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.db.exec('BEGIN IMMEDIATE')
      try {
        const result = await fn({ query: async (sql, params) => this.run(sql, params), lock: async () => {} })
        this.db.exec('COMMIT')
        return result
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK')
        throw error
      }
    }
    const next = this.queue.then(run, run)
    this.queue = next.catch(() => undefined)
    return next
  }

  async query<R extends SqlRow = SqlRow>(sql: string, params: readonly SqlValue[] = []): Promise<R[]> {
    return this.run<R>(sql, params)
  }

  isUniqueViolation(error: unknown): boolean {
    const code = (error as { code?: unknown } | null)?.code
    return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  }

  async close(): Promise<void> {
    await this.queue
    if (this.db.open) this.db.close()
  }

  private run<R extends SqlRow>(sql: string, params: readonly SqlValue[] = []): R[] {
    const statement = this.db.prepare(sql)
    if (statement.reader) return statement.all(...params) as R[]
    statement.run(...params)
    return []
  }
}
