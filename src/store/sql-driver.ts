/**
 * The small SQL surface the issuance store is written against, so SQLite and PostgreSQL share one
 * store implementation. SQL uses `?` placeholders; drivers translate.
 *
 * @module store
 */

/** A row as the database returns it. */
export type SqlRow = Record<string, unknown>

/** A value bound to a placeholder. */
export type SqlValue = string | number | null

/** Statements inside one transaction. */
export interface SqlTx {
  query<R extends SqlRow = SqlRow>(sql: string, params?: readonly SqlValue[]): Promise<R[]>
  /** Serialises transactions that lock the same key until commit (PostgreSQL advisory lock; SQLite writers are serialised anyway). */
  lock(key: string): Promise<void>
}

/** One database: a write transaction, reads outside it, close. */
export interface SqlDriver {
  readonly dialect: 'sqlite' | 'postgres'
  /** Where the store lives, for messages (file path, or URL without password). */
  readonly location: string
  /** Runs `fn` in a write transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T>
  query<R extends SqlRow = SqlRow>(sql: string, params?: readonly SqlValue[]): Promise<R[]>
  /** True when `error` is a unique-constraint violation. */
  isUniqueViolation(error: unknown): boolean
  close(): Promise<void>
}
