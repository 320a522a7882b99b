/**
 * Versioned schema migrations of the issuance store. Each migration runs once, in a transaction, and
 * is recorded in `mcred_schema_migrations`; a store written by a newer version is refused.
 *
 * @module store
 */
import { StoreError } from '../errors/errors.js'
import type { SqlDriver, SqlTx } from './sql-driver.js'

interface Migration {
  version: number
  name: string
  sqlite: string[]
  postgres: string[]
}

const shared = (autoId: string): string[] => [
  `CREATE TABLE mcred_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  `CREATE TABLE mcred_status_lists (
    url TEXT PRIMARY KEY, series INTEGER NOT NULL UNIQUE, purpose TEXT NOT NULL CHECK (purpose IN ('revocation', 'suspension')),
    length INTEGER NOT NULL CHECK (length > 0), created_at TEXT NOT NULL,
    published_at TEXT, valid_until TEXT, published_sha256 TEXT)`,
  `CREATE TABLE mcred_status_entries (
    list_url TEXT NOT NULL REFERENCES mcred_status_lists (url), list_index INTEGER NOT NULL CHECK (list_index >= 0),
    credential_id TEXT NOT NULL UNIQUE, PRIMARY KEY (list_url, list_index))`,
  `CREATE TABLE mcred_credentials (
    credential_id TEXT PRIMARY KEY, idempotency_key TEXT UNIQUE, achievement_id TEXT, recipient TEXT,
    sha256 TEXT NOT NULL, credential_json TEXT NOT NULL,
    status_list_url TEXT NOT NULL, status_list_index INTEGER NOT NULL, status_purpose TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('active', 'revoked', 'suspended')),
    issued_at TEXT NOT NULL, updated_at TEXT NOT NULL, actor TEXT NOT NULL,
    FOREIGN KEY (status_list_url, status_list_index) REFERENCES mcred_status_entries (list_url, list_index))`,
  `CREATE INDEX mcred_credentials_list ON mcred_credentials (status_list_url, state)`,
  `CREATE TABLE mcred_audit_events (
    seq ${autoId}, at TEXT NOT NULL, actor TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('issue', 'revoke', 'suspend', 'reinstate', 'publish')),
    credential_id TEXT, list_url TEXT, details TEXT NOT NULL)`,
  `CREATE INDEX mcred_audit_credential ON mcred_audit_events (credential_id)`,
]

/** Every migration, in order. Append only: never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'issuance records, status lists, append-only audit log',
    sqlite: [
      ...shared('INTEGER PRIMARY KEY AUTOINCREMENT'),
      `CREATE TRIGGER mcred_audit_no_update BEFORE UPDATE ON mcred_audit_events BEGIN SELECT RAISE(ABORT, 'mcred_audit_events is append-only'); END`,
      `CREATE TRIGGER mcred_audit_no_delete BEFORE DELETE ON mcred_audit_events BEGIN SELECT RAISE(ABORT, 'mcred_audit_events is append-only'); END`,
    ],
    postgres: [
      ...shared('INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY'),
      `CREATE FUNCTION mcred_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'mcred_audit_events is append-only'; END $$`,
      `CREATE TRIGGER mcred_audit_no_change BEFORE UPDATE OR DELETE ON mcred_audit_events FOR EACH ROW EXECUTE FUNCTION mcred_audit_append_only()`,
      `CREATE TRIGGER mcred_audit_no_truncate BEFORE TRUNCATE ON mcred_audit_events FOR EACH STATEMENT EXECUTE FUNCTION mcred_audit_append_only()`,
    ],
  },
]

/**
 * The schema version this library writes; stores written by a newer version are refused.
 *
 * @example
 * ```ts
 * import { SCHEMA_VERSION } from 'microcredentials/store'
 * console.log(`issuance store schema v${SCHEMA_VERSION}`)
 * ```
 */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version

/**
 * Brings the store's schema up to {@link SCHEMA_VERSION}, one transaction per migration (concurrent
 * openers wait for each other). Throws `StoreError` `ERR_STORE_VERSION` for a newer store.
 */
export async function migrate(driver: SqlDriver, now: Date): Promise<void> {
  for (const migration of MIGRATIONS) {
    await driver.transaction(async (tx) => {
      await tx.lock('mcred:migrations')
      await tx.query(`CREATE TABLE IF NOT EXISTS mcred_schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`)
      const current = await currentVersion(tx)
      if (current > SCHEMA_VERSION) {
        throw new StoreError('ERR_STORE_VERSION', `store ${driver.location} has schema version ${current}; this version of microcredentials knows up to ${SCHEMA_VERSION}: upgrade the library`)
      }
      if (current >= migration.version) return
      for (const statement of migration[driver.dialect]) await tx.query(statement)
      await tx.query('INSERT INTO mcred_schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, now.toISOString()])
    })
  }
}

async function currentVersion(tx: SqlTx): Promise<number> {
  const rows = await tx.query<{ version: number | null }>('SELECT MAX(version) AS version FROM mcred_schema_migrations')
  return Number(rows[0]?.version ?? 0)
}
