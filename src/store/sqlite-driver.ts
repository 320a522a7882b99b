/**
 * The SQLite driver (better-sqlite3): one connection per store, WAL journal, full fsync on commit,
 * writers serialised across processes by `BEGIN IMMEDIATE` (waiting up to `busyTimeoutMs`) and within
 * the process by one queue per file (shared by every store this process opened on that file).
 *
 * @module store
 */
import { mkdirSync, realpathSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
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
  return new SqliteDriver(db, path, queueKey(path))
}

/**
 * Write transactions of every connection this process has on one file take turns in one queue: a
 * second connection's `BEGIN IMMEDIATE` would otherwise wait in SQLite's busy handler, which blocks
 * the event loop, so the first connection could never commit (a 30 s freeze, then "database is locked").
 */
const fileQueues = new Map<string, Promise<unknown>>()
let privateDatabases = 0

function queueKey(path: string): string {
  if (path === ':memory:' || path === '') return `private:${++privateDatabases}`
  try {
    return realpathSync(path)
  } catch {
    return resolve(path)
  }
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
  /** This connection's last transaction, settled. */
  private pending: Promise<unknown> = Promise.resolve()

  constructor(private readonly db: BetterSqlite3.Database, readonly location: string, private readonly queueKey: string) {}

  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      this.begin()
      try {
        const result = await fn({ query: async (sql, params) => this.run(sql, params), lock: async () => {} })
        this.db.exec('COMMIT')
        return result
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK')
        throw error
      }
    })
  }

  /** Reads wait for this process's open transactions, so they never see uncommitted rows. */
  async query<R extends SqlRow = SqlRow>(sql: string, params: readonly SqlValue[] = []): Promise<R[]> {
    return this.enqueue(async () => this.run<R>(sql, params))
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = (fileQueues.get(this.queueKey) ?? Promise.resolve()).then(work, work)
    const settled = next.catch(() => undefined)
    fileQueues.set(this.queueKey, settled)
    this.pending = settled
    void settled.then(() => { if (fileQueues.get(this.queueKey) === settled) fileQueues.delete(this.queueKey) })
    return next
  }

  /** `BEGIN IMMEDIATE`; another process holding the write lock past the busy timeout is `ERR_STORE_BUSY`. */
  private begin(): void {
    try {
      this.db.exec('BEGIN IMMEDIATE')
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code
      if (code === 'SQLITE_BUSY') throw new StoreError('ERR_STORE_BUSY', `store ${this.location} stayed locked by another process longer than the busy timeout; nothing was written, try again`, { cause: error })
      throw error
    }
  }

  isUniqueViolation(error: unknown): boolean {
    const code = (error as { code?: unknown } | null)?.code
    return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  }

  async close(): Promise<void> {
    await this.pending
    if (this.db.open) this.db.close()
  }

  private run<R extends SqlRow>(sql: string, params: readonly SqlValue[] = []): R[] {
    const statement = this.db.prepare(sql)
    if (statement.reader) return statement.all(...params) as R[]
    statement.run(...params)
    return []
  }
}
