/**
 * The PostgreSQL driver (pg): a connection pool; each transaction runs on one client, with
 * `pg_advisory_xact_lock` for keys that must be serialised across processes and machines.
 *
 * @module store
 */
import type { Pool, PoolClient, PoolConfig } from 'pg'
import { StoreError } from '../errors/errors.js'
import { describeStoreLocation } from './describe-location.js'
import type { SqlDriver, SqlRow, SqlTx, SqlValue } from './sql-driver.js'

/** Opens a pool on `connection` (a `postgres://` URL or a pg pool configuration) and checks it answers. */
export async function openPostgresDriver(connection: string | PoolConfig): Promise<SqlDriver> {
  const config: PoolConfig = typeof connection === 'string' ? { connectionString: connection } : connection
  const location = describe(connection)
  let pool: Pool | undefined
  try {
    const pg = (await import('pg')).default
    // A transaction left open by a vanished process (or a signer that hangs) would hold its
    // idempotency-key lock: the server ends such sessions after two minutes idle in a transaction.
    pool = new pg.Pool({ max: 4, connectionTimeoutMillis: 10_000, keepAlive: true, idle_in_transaction_session_timeout: 120_000, ...config })
    pool.on('error', () => { /* idle client errors surface on the next query */ })
    await pool.query('SELECT 1')
  } catch (error) {
    await pool?.end().catch(() => undefined)
    throw new StoreError('ERR_STORE_OPEN', `cannot open PostgreSQL store ${location}: ${(error as Error).message}`, { cause: error })
  }
  return new PostgresDriver(pool, location)
}

/** The connection without its password, for messages. */
function describe(connection: string | PoolConfig): string {
  if (typeof connection !== 'string') return `postgres://${connection.host ?? 'localhost'}:${connection.port ?? 5432}/${connection.database ?? ''}`
  return describeStoreLocation(connection)
}

/** `?` placeholders to `$1, $2, ...` (our SQL has no `?` inside literals). */
function numbered(sql: string): string {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}

class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres' as const

  constructor(private readonly pool: Pool, readonly location: string) {}

  async transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T> {
    const client = await this.pool.connect()
    try {
      await client.query('BEGIN')
      const result = await fn(txOn(client))
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      client.release()
    }
  }

  async query<R extends SqlRow = SqlRow>(sql: string, params: readonly SqlValue[] = []): Promise<R[]> {
    return (await this.pool.query(numbered(sql), [...params])).rows as R[]
  }

  isUniqueViolation(error: unknown): boolean {
    return (error as { code?: unknown } | null)?.code === '23505'
  }

  async close(): Promise<void> {
    await this.pool.end()
  }
}

function txOn(client: PoolClient): SqlTx {
  return {
    query: async <R extends SqlRow>(sql: string, params: readonly SqlValue[] = []) => (await client.query(numbered(sql), [...params])).rows as R[],
    lock: async (key: string) => { await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]) },
  }
}
