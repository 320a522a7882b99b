/**
 * The issuance store suite on SQLite, and what is particular to a SQLite file store.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { InvalidArgumentError } from '../../src/errors/errors.js'
import { openStore } from '../../src/store/open-store.js'
import { openSqliteStore } from '../../src/store/open-sqlite-store.js'
import { BASE, countingSign, request, sqliteBackend } from './helpers.js'
import { describeIssuanceStore, expectStoreError } from './store-suite.js'

describeIssuanceStore('SQLite', sqliteBackend)

describe('SQLite store locations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mcred-sqlite-loc-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('a path that cannot be created is ERR_STORE_OPEN naming the path', async () => {
    const file = join(dir, 'a-regular-file')
    writeFileSync(file, 'not a folder')
    const path = join(file, 'issued.db')
    await expectStoreError(openSqliteStore(path, { statusListBaseUrl: BASE }), 'ERR_STORE_OPEN', path)
    await expectStoreError(openStore(path), 'ERR_STORE_OPEN', path)
  })

  it('creates the file and its folders on first open; openStore opens SQLite for a path', async () => {
    const path = join(dir, 'nested', 'deeper', 'issued.db')
    const store = await openStore(path, { statusListBaseUrl: BASE })
    try {
      expect(store.kind).toBe('sqlite')
      expect(existsSync(path)).toBe(true)
    } finally {
      await store.close()
    }
  })

  it('bad options create no file', async () => {
    const path = join(dir, 'never', 'issued.db')
    await expect(openSqliteStore(path, { statusListBaseUrl: 'ftp://x.example/status' })).rejects.toBeInstanceOf(InvalidArgumentError)
    expect(existsSync(path)).toBe(false)
  })
})

/** Another process that takes the write lock of `file` and holds it for `ms`; resolves once it holds it. */
async function lockHolder(file: string, ms: number): Promise<ChildProcess> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const script = `const Database = require(process.argv[1]); const db = new Database(process.argv[2]);
    db.exec('BEGIN IMMEDIATE'); process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, Number(process.argv[3]))`
  const child = spawn(process.execPath, ['-e', script, driver, file, String(ms)], { stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => { if (chunk.toString().includes('locked')) resolve() })
    child.once('exit', (code) => reject(new Error(`lock holder exited early (${code})`)))
  })
  return child
}

describe('SQLite store shared by processes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mcred-sqlite-proc-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('a writer waits for another process\'s write transaction, then issues', async () => {
    const path = join(dir, 'wait.db')
    const store = await openSqliteStore(path, { statusListBaseUrl: BASE })
    try {
      const child = await lockHolder(path, 500)
      const exited = new Promise((resolve) => child.once('exit', resolve))
      const started = Date.now()
      const { record, reused } = await store.issue(request('urn:uuid:proc-1'), countingSign('urn:uuid:proc-1'))
      expect(Date.now() - started).toBeGreaterThanOrEqual(200)
      expect(reused).toBe(false)
      expect(await store.get('urn:uuid:proc-1')).toEqual(record)
      await exited
    } finally {
      await store.close()
    }
  })

  it('gives up after busyTimeoutMs and writes nothing', async () => {
    const path = join(dir, 'busy.db')
    const store = await openSqliteStore(path, { statusListBaseUrl: BASE, busyTimeoutMs: 50 })
    try {
      const child = await lockHolder(path, 1500)
      const exited = new Promise((resolve) => child.once('exit', resolve))
      const sign = countingSign('urn:uuid:proc-2')
      await expect(store.issue(request('urn:uuid:proc-2'), sign)).rejects.toMatchObject({ name: 'StoreError', code: 'ERR_STORE_BUSY', message: expect.stringContaining(path) })
      expect(sign.calls).toHaveLength(0)
      await exited
      expect(await store.get('urn:uuid:proc-2')).toBeUndefined()
      expect(await store.statusLists()).toEqual([])
    } finally {
      await store.close()
    }
  })
})
