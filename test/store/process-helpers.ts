/**
 * Helpers of the multi-process store tests: child processes running the BUILT library (scripts in
 * ./processes, `dist/` entries), a seeded PRNG, a signing key file, raw SQL access to what a store
 * holds on disk, and the built library itself for the parent's own checks.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import Database from 'better-sqlite3'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import pg from 'pg'
import { ROOT } from '../helpers/fixtures.js'
import { postgresDatabases } from '../helpers/postgres.js'
import { numbered } from './helpers.js'

/** The child scripts. */
export const PROCESSES = join(ROOT, 'test', 'store', 'processes')

/** The status list base URL the children open their stores with. */
export const LIST_BASE = 'https://school.example.nl/status'

/** One JSON line a child printed. */
export interface ChildEvent {
  pid: number
  event: string
  [name: string]: unknown
}

/** How a child ended, with everything it printed. */
export interface ChildExit {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  events: ChildEvent[]
}

const live = new Set<ChildProcess>()

/** A running child process of the built library. */
export class Child {
  readonly events: ChildEvent[] = []
  readonly exited: Promise<ChildExit>
  private stdout = ''
  private stderr = ''
  private readonly waiters: Array<() => void> = []

  constructor(readonly script: string, private readonly process: ChildProcess) {
    live.add(process)
    let pending = ''
    process.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      this.stdout += chunk
      pending += chunk
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) this.take(line)
    })
    process.stderr?.setEncoding('utf8').on('data', (chunk: string) => { this.stderr += chunk })
    process.stdin?.on('error', () => { /* the child may die before reading */ })
    this.exited = new Promise((resolve) => {
      process.on('close', (code, signal) => {
        live.delete(process)
        if (pending.trim() !== '') this.take(pending)
        this.notify()
        resolve({ code, signal, stdout: this.stdout, stderr: this.stderr, events: this.events })
      })
    })
  }

  get pid(): number | undefined {
    return this.process.pid
  }

  /** Resolves with the first event matching `test` (also one already seen); rejects when the child ends first or after `timeoutMs`. */
  waitFor(test: (event: ChildEvent) => boolean, timeoutMs = 60_000): Promise<ChildEvent> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.describe()}: no such event within ${timeoutMs} ms`)), timeoutMs)
      const check = (): boolean => {
        const found = this.events.find(test)
        if (found) {
          clearTimeout(timer)
          resolve(found)
          return true
        }
        if (this.process.exitCode !== null || this.process.signalCode !== null) {
          clearTimeout(timer)
          reject(new Error(`${this.describe()}: ended before the awaited event`))
          return true
        }
        return false
      }
      if (check()) return
      const waiter = (): void => { if (!check()) this.waiters.push(waiter) }
      this.waiters.push(waiter)
    })
  }

  /** Writes one line to the child's stdin. */
  send(line: string): void {
    this.process.stdin?.write(`${line}\n`)
  }

  /** Sends SIGKILL (no-op when it already ended). */
  kill(): void {
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill('SIGKILL')
  }

  /** The script, pid and everything printed so far, for failure messages. */
  describe(): string {
    return `${this.script} (pid ${this.process.pid}) stdout:\n${tail(this.stdout)}\nstderr:\n${tail(this.stderr)}`
  }

  private take(line: string): void {
    if (line.trim() === '') return
    try {
      this.events.push(JSON.parse(line) as ChildEvent)
    } catch {
      this.events.push({ pid: this.process.pid ?? 0, event: 'text', text: line })
    }
    this.notify()
  }

  private notify(): void {
    for (const waiter of this.waiters.splice(0)) waiter()
  }
}

function tail(text: string, max = 4000): string {
  return text.length > max ? `…${text.slice(-max)}` : text
}

/** Starts `node processes/<script> <json config>` with the current Node binary. */
export function startChild(script: string, config: Record<string, unknown>, env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, [join(PROCESSES, script), JSON.stringify(config)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  return new Child(script, child)
}

/** Waits for a child to end and fails (with its output) unless it exited 0. */
export async function expectSuccess(child: Child): Promise<ChildExit> {
  const exit = await child.exited
  if (exit.code !== 0) throw new Error(`${child.describe()}\nexited with code ${exit.code}, signal ${exit.signal}`)
  return exit
}

/** Starts children that wait at a barrier, waits until all are ready, then releases them together. */
export async function startTogether(children: Child[]): Promise<void> {
  await Promise.all(children.map((c) => c.waitFor((e) => e.event === 'ready')))
  for (const child of children) child.send('GO')
}

/** SIGKILLs every child still running and waits for them to end (afterEach/afterAll). */
export async function killLeftovers(): Promise<void> {
  const running = [...live]
  await Promise.all(running.map((p) => new Promise<void>((resolve) => {
    if (p.exitCode !== null || p.signalCode !== null) return resolve()
    p.once('close', () => resolve())
    p.kill('SIGKILL')
  })))
}

/** A seeded PRNG (mulberry32): floats in [0, 1). */
export function prng(seed: number): { next(): number; int(n: number): number } {
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, int: (n: number) => Math.floor(next() * n) }
}

/** The seed of a randomised test: `MCRED_TEST_SEED` to reproduce a run, else a fresh one. */
export function testSeed(): number {
  const given = process.env.MCRED_TEST_SEED
  return given ? Number(given) >>> 0 : (Date.now() ^ (process.pid << 16)) >>> 0
}

/** A fresh temporary folder. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** A folder (created) under `parent`. */
export function subDir(parent: string, name: string): string {
  const dir = join(parent, name)
  mkdirSync(dir, { recursive: true })
  return dir
}

/** The built library, typed from its sources (the children run the same files). */
export interface BuiltLibrary {
  store: typeof import('../../src/store/index.js')
  issue: typeof import('../../src/issue/index.js')
  keys: typeof import('../../src/keys/index.js')
  index: typeof import('../../src/index.js')
}

/** Imports `dist/` (run `npm run build` first; `npm test` does). */
export async function loadBuilt(): Promise<BuiltLibrary> {
  if (!existsSync(join(ROOT, 'dist', 'store.js'))) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)')
  const load = async <T>(entry: string): Promise<T> => (await import(pathToFileURL(join(ROOT, 'dist', `${entry}.js`)).href)) as T
  const [store, issue, keys, index] = await Promise.all([
    load<BuiltLibrary['store']>('store'), load<BuiltLibrary['issue']>('issue'), load<BuiltLibrary['keys']>('keys'), load<BuiltLibrary['index']>('index'),
  ])
  return { store, issue, keys, index }
}

/** A signer made by the built library. */
export type BuiltSigner = ReturnType<BuiltLibrary['keys']['createSigner']>

/** A store opened by the built library. */
export type BuiltStore = Awaited<ReturnType<BuiltLibrary['store']['openStore']>>

/** A fresh signing key written as a Multikey file (with its secret) for the children, and its signer. */
export async function writeKeyFile(lib: BuiltLibrary, dir: string): Promise<{ keyFile: string; signer: BuiltSigner }> {
  const keyPair = await lib.keys.generateKeyPair()
  const keyFile = join(dir, 'issuer-key.json')
  writeFileSync(keyFile, JSON.stringify(lib.keys.exportKeyPair(keyPair, { includeSecret: true })))
  return { keyFile, signer: lib.keys.createSigner(keyPair) }
}

/** Raw SQL on a store's database, on its own connection: to check what is on disk. */
export interface RawDb {
  postgres: boolean
  query<R = Record<string, unknown>>(sql: string, params?: ReadonlyArray<string | number>): Promise<R[]>
  close(): Promise<void>
}

/** Opens `location` (SQLite path or postgres:// URL) for raw queries with `?` placeholders. */
export async function openRaw(location: string): Promise<RawDb> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    const client = new pg.Client({ connectionString: location })
    await client.connect()
    return {
      postgres: true,
      query: async <R>(sql: string, params: ReadonlyArray<string | number> = []) => (await client.query(numbered(sql), [...params])).rows as R[],
      close: () => client.end(),
    }
  }
  const db = new Database(location, { timeout: 30_000 })
  return {
    postgres: false,
    query: async <R>(sql: string, params: ReadonlyArray<string | number> = []) => {
      const statement = db.prepare(sql)
      return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as R[]
    },
    close: async () => { db.close() },
  }
}

/** What a store holds, read with raw SQL. */
export interface StoreRows {
  credentials: Array<{ credential_id: string; idempotency_key: string | null; credential_json: string; status_list_url: string; status_list_index: number; state: string }>
  entries: Array<{ list_url: string; list_index: number; credential_id: string }>
  audit: Array<{ action: string; credential_id: string | null; details: string }>
}

/** Reads every credential, status entry and audit event of the store at `location` (none before its tables exist). */
export async function readStoreRows(location: string): Promise<StoreRows> {
  const raw = await openRaw(location)
  try {
    const tables = raw.postgres
      ? await raw.query("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'mcred_credentials'")
      : await raw.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'mcred_credentials'")
    if (tables.length === 0) return { credentials: [], entries: [], audit: [] }
    const credentials = (await raw.query<StoreRows['credentials'][number]>(
      'SELECT credential_id, idempotency_key, credential_json, status_list_url, status_list_index, state FROM mcred_credentials ORDER BY credential_id'))
      .map((r) => ({ ...r, status_list_index: Number(r.status_list_index) }))
    const entries = (await raw.query<StoreRows['entries'][number]>('SELECT list_url, list_index, credential_id FROM mcred_status_entries ORDER BY list_url, list_index'))
      .map((r) => ({ ...r, list_index: Number(r.list_index) }))
    const audit = await raw.query<StoreRows['audit'][number]>('SELECT action, credential_id, details FROM mcred_audit_events ORDER BY seq')
    return { credentials, entries, audit }
  } finally {
    await raw.close()
  }
}

/** `PRAGMA integrity_check` and `PRAGMA foreign_key_check` of a SQLite store file. */
export async function sqliteChecks(path: string): Promise<{ integrity: string[]; foreignKeyProblems: number }> {
  const db = new Database(path, { timeout: 30_000 })
  try {
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check)
    const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length
    return { integrity, foreignKeyProblems }
  } finally {
    db.close()
  }
}

/** The two store kinds every test here runs on. */
export const STORE_KINDS = ['sqlite', 'postgres'] as const

/** One of {@link STORE_KINDS}. */
export type StoreKind = (typeof STORE_KINDS)[number]

/** Fresh store locations of one kind: SQLite files under `dir`, or new databases on the test server. */
export interface StoreLocations {
  fresh(name: string): Promise<string>
  /** Drops the databases made (SQLite files go with `dir`). */
  dispose(): Promise<void>
}

/** {@link StoreLocations} of `kind`. */
export function storeLocations(kind: StoreKind, dir: string): StoreLocations {
  const databases = postgresDatabases()
  return {
    fresh: async (name) => (kind === 'sqlite' ? join(subDir(dir, name), 'issued.db') : databases.fresh()),
    dispose: () => databases.dropAll(),
  }
}

/** The credential files (`<key>.json`) a child wrote to `dir`: key -> text. Leftover `.tmp` files are not outputs. */
export function readOutputs(dir: string): Map<string, string> {
  const outputs = new Map<string, string>()
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json')) outputs.set(name.slice(0, -'.json'.length), readFileSync(join(dir, name), 'utf8'))
  }
  return outputs
}

/** A seeded Fisher–Yates shuffle (a new array). */
export function shuffle<T>(items: readonly T[], random: ReturnType<typeof prng>): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** The records by idempotency key; fails on a record without a key or a key used twice. */
export function recordsByKey(rows: StoreRows): Map<string, StoreRows['credentials'][number]> {
  const byKey = new Map<string, StoreRows['credentials'][number]>()
  for (const record of rows.credentials) {
    expect(record.idempotency_key, record.credential_id).toBeTypeOf('string')
    expect(byKey.has(record.idempotency_key!), `key ${record.idempotency_key} has one record`).toBe(false)
    byKey.set(record.idempotency_key!, record)
  }
  return byKey
}

/** `count` records with distinct ids and slots, each with its one status entry and one issue event. */
export function expectConsistentSlots(rows: StoreRows, count: number): void {
  expect(rows.credentials).toHaveLength(count)
  expect(new Set(rows.credentials.map((c) => c.credential_id)).size).toBe(count)
  expect(new Set(rows.credentials.map((c) => `${c.status_list_url}#${c.status_list_index}`)).size).toBe(count)
  expect(rows.entries.map((e) => `${e.credential_id} ${e.list_url}#${e.list_index}`).sort())
    .toEqual(rows.credentials.map((c) => `${c.credential_id} ${c.status_list_url}#${c.status_list_index}`).sort())
  const issueEvents = rows.audit.filter((a) => a.action === 'issue').map((a) => a.credential_id)
  expect(issueEvents).toHaveLength(count)
  expect(new Set(issueEvents)).toEqual(new Set(rows.credentials.map((c) => c.credential_id)))
}


/** What the tests of one `describe` block over one store kind share. */
export interface ProcessFixture {
  lib: BuiltLibrary
  /** A temporary folder (removed after all tests). */
  dir: string
  /** The issuer key file the children sign with. */
  keyFile: string
  /** The same key's signer, for the parent. */
  signer: BuiltSigner
  /** Fresh stores of the block's kind (databases dropped after all tests). */
  locations: StoreLocations
}

/**
 * Registers the hooks of a multi-process `describe` block on `kind` stores: before all, it loads
 * `dist/` and makes a temporary folder (`prefix` + random), a key file and store locations; after each
 * test it kills the children still running; after all, it also drops the databases and removes the
 * folder. The fields of the returned object can be read from the first test on.
 */
export function useProcessFixture(kind: StoreKind, prefix: string): ProcessFixture {
  const set: Partial<ProcessFixture> = {}
  beforeAll(async () => {
    set.lib = await loadBuilt()
    set.dir = tempDir(prefix)
    Object.assign(set, await writeKeyFile(set.lib, set.dir))
    set.locations = storeLocations(kind, set.dir)
  })
  afterEach(killLeftovers)
  afterAll(async () => {
    await killLeftovers()
    await set.locations?.dispose()
    if (set.dir) rmSync(set.dir, { recursive: true, force: true })
  })
  const get = <K extends keyof ProcessFixture>(name: K): ProcessFixture[K] => {
    const value = set[name]
    if (value === undefined) throw new Error(`the process fixture's ${name} is only set once its beforeAll ran`)
    return value as ProcessFixture[K]
  }
  return {
    get lib() { return get('lib') },
    get dir() { return get('dir') },
    get keyFile() { return get('keyFile') },
    get signer() { return get('signer') },
    get locations() { return get('locations') },
  }
}

/** Every status list of a store, published: as status checker documents, and each list's bits by URL (in list order). */
export interface PublishedLists {
  documents: Record<string, unknown>
  bits: Map<string, Uint8Array>
}

/** Publishes every status list of `store` with `signer` (the built library's publishStatusList). */
export async function publishAllLists(lib: BuiltLibrary, store: BuiltStore, signer: BuiltSigner): Promise<PublishedLists> {
  const documents: Record<string, unknown> = {}
  const bits = new Map<string, Uint8Array>()
  for (const list of await store.statusLists()) {
    const published = await lib.store.publishStatusList(store, signer, { url: list.url })
    documents[published.url] = published.credential
    const subject = published.credential.credentialSubject as { encodedList: string }
    bits.set(published.url, lib.index.decodeList(subject.encodedList))
  }
  return { documents, bits }
}

/** The indexes whose bit is set, ascending. */
export function setBitIndexes(lib: BuiltLibrary, bits: Uint8Array): number[] {
  const indexes: number[] = []
  for (let i = 0; i < bits.length * 8; i++) if (lib.index.getBit(bits, i)) indexes.push(i)
  return indexes
}

/** Verifies a credential (JSON text) with the built library, its status checked against `documents`. */
export async function verifyBuilt(lib: BuiltLibrary, credentialJson: string, documents: Record<string, unknown>): Promise<{ verified: boolean; codes: string[] }> {
  const result = await lib.index.verifyCredential(JSON.parse(credentialJson) as Record<string, unknown>, {
    statusChecker: lib.index.createStatusChecker({ documents }),
  })
  return { verified: result.verified, codes: result.errors.map((e) => e.code) }
}
