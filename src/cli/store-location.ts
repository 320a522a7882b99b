/**
 * Opening the issuance store named by `--store` (or `MCRED_STORE`): a SQLite file path or a
 * `postgres://` URL. Errors name the location, never a PostgreSQL password.
 *
 * @module cli
 */
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { McredError } from '../index.js'
import { describeStoreLocation, isPostgresLocation, openStore, type IssuanceStore, type OpenStoreOptions, type StatusPurpose } from '../store/index.js'
import { CliError } from './io.js'

/** Whether `location` names a SQLite store file that does not exist yet (a new store needs its status URL). */
export function isNewSqliteStore(location: string): boolean {
  return !isPostgresLocation(location) && location !== ':memory:' && !existsSync(location)
}

/**
 * Opens the store for issuing (with the status settings of a first use: `--status-url`,
 * `--status-purpose`), runs `action` and closes it. A SQLite store this run created is removed again
 * when the action failed before anything was issued into it (every issued credential has a status
 * list, so a store without lists has none), so a failed first run leaves no store with wrong settings.
 */
export async function withIssuingStore<T>(location: string, status: { statusUrl?: string | undefined; statusPurpose?: string | undefined }, action: (store: IssuanceStore) => Promise<T>): Promise<T> {
  const created = isNewSqliteStore(location)
  const store = await openCliStore(location, {
    settings: {
      ...(status.statusUrl === undefined ? {} : { statusListBaseUrl: status.statusUrl }),
      ...(status.statusPurpose === undefined ? {} : { statusPurpose: status.statusPurpose as StatusPurpose }),
    },
  })
  let finished = false
  try {
    const result = await action(store)
    finished = true
    return result
  } finally {
    const empty = created && !finished && (await store.statusLists().catch(() => [undefined])).length === 0
    await store.close().catch(() => undefined)
    if (empty) await removeSqliteStore(location).catch(() => undefined)
  }
}

/** The `--store` value, or a usage error when neither it nor `MCRED_STORE` is given. */
export function requireStore(store: string | undefined): string {
  if (typeof store !== 'string' || store.length === 0) throw new CliError('--store is required: a SQLite file path or a postgres:// URL (or set MCRED_STORE)')
  return store
}

/**
 * Opens the store. With `mustExist`, a SQLite file that is not there is an error instead of a new,
 * empty store (status commands work on a store credentials were issued into).
 */
export async function openCliStore(location: string, options: { settings?: OpenStoreOptions; mustExist?: boolean } = {}): Promise<IssuanceStore> {
  if (options.mustExist && !isPostgresLocation(location) && !existsSync(location)) {
    throw new CliError(`store ${location} does not exist (mcred issue --store creates it)`)
  }
  try {
    return await openStore(location, options.settings ?? {})
  } catch (e) {
    throw storeFailure(location, e)
  }
}

/** A library error as a CLI error: its message (which names the store, id or list) and code, password removed. */
export function storeFailure(location: string, error: unknown): CliError {
  if (error instanceof CliError) return error
  const message = error instanceof McredError ? `${error.message} [${error.code}]` : (error as Error)?.message ?? String(error)
  const named = message.includes(describeStoreLocation(location)) ? message : `store ${describeStoreLocation(location)}: ${message}`
  return new CliError(hidePassword(location, named))
}

/** Removes a SQLite store file (with its WAL and shared-memory files). */
export async function removeSqliteStore(path: string): Promise<void> {
  await Promise.all(['', '-wal', '-shm', '-journal'].map((suffix) => rm(`${path}${suffix}`, { force: true })))
}

/** Runs `action` on an open store and closes it afterwards, whatever happens. */
export async function withStore<T>(store: IssuanceStore, location: string, action: (store: IssuanceStore) => Promise<T>): Promise<T> {
  try {
    return await action(store)
  } catch (e) {
    throw storeFailure(location, e)
  } finally {
    await store.close().catch(() => undefined)
  }
}

function hidePassword(location: string, text: string): string {
  if (!isPostgresLocation(location)) return text
  let password = ''
  try {
    password = decodeURIComponent(new URL(location).password)
  } catch {
    return text
  }
  // Short passwords are left alone: replacing them would garble the message (and no driver message quotes one).
  return password.length >= 4 ? text.split(password).join('***') : text
}
