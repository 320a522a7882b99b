/**
 * issueBatch through an issuance store (SQLite, and one PostgreSQL case): status list entries,
 * idempotency per row id, reruns and partial reruns, a journal beside the store, store failures.
 * Signing runs in worker threads from the built `dist/batch-worker.js` (run `npm run build` first).
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDirectoryJournal, issueBatch, rowId, type BatchResult } from '../../src/batch/index.js'
import type { IssuanceStore } from '../../src/model/issuance-store.js'
import { createStatusChecker } from '../../src/status/create-status-checker.js'
import { openStore, publishStatusList, revokeCredential } from '../../src/store/index.js'
import { verifyCredential } from '../../src/verify/index.js'
import { testKey } from '../helpers/credentials.js'
import { useTempStores } from '../helpers/temp-stores.js'
import { collect, DAY_LATER, learner, numbered, statuses, succeeded, T0, template, useTempDirs } from './helpers.js'

const BASE = 'https://school.example.nl/status'
const { keyPair, signer } = await testKey()
const { sqliteStore, postgresStore } = useTempStores({ statusListBaseUrl: BASE, prefix: 'mcred-batch-store-' })
const tempDir = useTempDirs('mcred-batch-store-journal-')

type Json = Record<string, any>

/** Publishes list 1 at T0 and verifies each credential against it a day later; returns the error codes per credential. */
async function verifyAll(store: IssuanceStore, results: BatchResult[]): Promise<string[][]> {
  const published = await publishStatusList(store, signer, { url: `${BASE}/1`, now: T0 })
  const statusChecker = createStatusChecker({ documents: { [published.url]: published.credential }, now: () => DAY_LATER })
  const out: string[][] = []
  for (const r of succeeded(results)) {
    const result = await verifyCredential(JSON.parse(r.credentialJson) as Json, { now: DAY_LATER, statusChecker })
    out.push(result.errors.map((e) => e.code))
  }
  return out
}

async function issueEvents(store: IssuanceStore): Promise<number> {
  return (await store.auditLog()).filter((e) => e.action === 'issue').length
}

describe('issueBatch with a SQLite store', () => {
  it('records every good row under its row id with a status list entry; bad rows are reported; everything verifies, a revoked one is REVOKED', async () => {
    const store = await sqliteStore()
    const rows = numbered([learner(1), learner(2, { grade: '11' }), learner(3), learner(4), learner(5, { learnerId: undefined, email: undefined })])
    const results = await collect(issueBatch(rows, { spec: template(), keyPair, store, actor: 'examenbureau', now: T0, concurrency: 2 }))
    expect(statuses(results)).toEqual({ 1: 'issued', 2: 'failed', 3: 'issued', 4: 'issued', 5: 'failed' })
    const indexes = new Set<string>()
    for (const r of succeeded(results)) {
      const record = await store.getByIdempotencyKey(r.id)
      expect(record).toMatchObject({ credentialId: r.credentialId, credentialJson: r.credentialJson, actor: 'examenbureau', state: 'active', achievementId: template().achievement.id })
      const credential = JSON.parse(r.credentialJson) as Json
      expect(credential.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusListCredential: `${BASE}/1`, statusListIndex: String(record!.statusListIndex) })
      indexes.add(credential.credentialStatus.statusListIndex)
    }
    expect(indexes.size).toBe(3)
    expect(await issueEvents(store)).toBe(3)
    await revokeCredential(store, succeeded(results)[1]!.credentialId, { reason: 'exam result withdrawn', now: T0 })
    expect(await verifyAll(store, results)).toEqual([[], ['REVOKED'], []])
  })

  it('a rerun issues nothing new: every row already-issued with the stored bytes', async () => {
    const store = await sqliteStore()
    const rows = numbered([1, 2, 3, 4].map((i) => learner(i)))
    const first = await collect(issueBatch(rows, { spec: template(), keyPair, store, now: T0, concurrency: 2 }))
    const again = await collect(issueBatch(rows, { spec: template(), keyPair, store, concurrency: 2 }))
    expect(Object.values(statuses(again))).toEqual(['already-issued', 'already-issued', 'already-issued', 'already-issued'])
    expect(again.map((r) => r.status !== 'failed' && r.credentialJson)).toEqual(first.map((r) => r.status !== 'failed' && r.credentialJson))
    expect(await issueEvents(store)).toBe(4)
  })

  it('a rerun after a partial run issues exactly the missing rows, also when one step mixes old and new rows', async () => {
    const store = await sqliteStore()
    const all = [1, 2, 3, 4, 5, 6, 7].map((i) => learner(i))
    const partial = await collect(issueBatch(numbered([all[0]!, all[2]!, all[5]!]), { spec: template(), keyPair, store, now: T0, concurrency: 2 }))
    const full = await collect(issueBatch(numbered(all), { spec: template(), keyPair, store, now: T0, concurrency: 2, chunkSize: 4 }))
    expect(Object.values(statuses(full))).toEqual(['already-issued', 'issued', 'already-issued', 'issued', 'issued', 'already-issued', 'issued'])
    for (const old of succeeded(partial)) expect(full.find((r) => r.id === old.id)).toMatchObject({ status: 'already-issued', credentialJson: old.credentialJson })
    expect(await issueEvents(store)).toBe(7)
    const ids = new Set((await store.auditLog()).map((e) => e.credentialId))
    expect(ids.size).toBe(7)
    expect(await verifyAll(store, full)).toEqual(Array.from({ length: 7 }, () => []))
  })

  it('with a journal too, every credential also lands in the journal with the store\'s bytes (also on a rerun)', async () => {
    const store = await sqliteStore()
    const dir = tempDir()
    const rows = numbered([1, 2, 3].map((i) => learner(i)))
    await collect(issueBatch(rows.slice(0, 2), { spec: template(), keyPair, store, now: T0, concurrency: 2 }))
    const results = await collect(issueBatch(rows, { spec: template(), keyPair, store, journal: createDirectoryJournal(dir), now: T0, concurrency: 2 }))
    expect(Object.values(statuses(results))).toEqual(['already-issued', 'already-issued', 'issued'])
    const journal = createDirectoryJournal(dir)
    for (const r of succeeded(results)) expect(await journal.get(r.id)).toBe((await store.getByIdempotencyKey(r.id))!.credentialJson)
  })

  it('two batches at once on one store file issue each learner once', async () => {
    const path = join(tempDir(), 'issued.db')
    const stores = [await openStore(path, { statusListBaseUrl: BASE }), await openStore(path, { statusListBaseUrl: BASE })]
    try {
      const all = Array.from({ length: 9 }, (_, i) => learner(i + 1))
      const runs = await Promise.all([
        collect(issueBatch(numbered(all.slice(0, 6)), { spec: template(), keyPair, store: stores[0], now: T0, concurrency: 1, chunkSize: 2 })),
        collect(issueBatch(numbered(all.slice(3)), { spec: template(), keyPair, store: stores[1], now: T0, concurrency: 1, chunkSize: 2 })),
      ])
      const byId = new Map<string, string[]>()
      for (const r of succeeded(runs.flat())) byId.set(r.id, [...(byId.get(r.id) ?? []), r.credentialJson])
      expect(byId.size).toBe(9)
      for (const texts of byId.values()) expect(new Set(texts).size).toBe(1)
      expect(runs.flat().filter((r) => r.status === 'issued')).toHaveLength(9)
      expect(await issueEvents(stores[0]!)).toBe(9)
    } finally {
      for (const store of stores) await store.close()
    }
  })

  it('the store alone decides which rows are new: with record lookups that find nothing, a rerun still issues each row once', async () => {
    const store = await sqliteStore()
    const all = [1, 2, 3, 4, 5].map((i) => learner(i))
    await collect(issueBatch(numbered([all[1]!, all[3]!]), { spec: template(), keyPair, store, now: T0, concurrency: 2 }))
    const lagging: IssuanceStore = Object.assign(Object.create(store) as IssuanceStore, {
      issueMany: store.issueMany.bind(store),
      getByIdempotencyKey: async () => undefined,
      get: async () => undefined,
    })
    const results = await collect(issueBatch(numbered(all), { spec: template(), keyPair, store: lagging, now: T0, concurrency: 2 }))
    expect(Object.values(statuses(results))).toEqual(['issued', 'already-issued', 'issued', 'already-issued', 'issued'])
    expect(await issueEvents(store)).toBe(5)
    expect(await verifyAll(store, results)).toEqual(Array.from({ length: 5 }, () => []))
  })

  it('an idempotency key already used for another achievement fails that row only', async () => {
    const store = await sqliteStore()
    const other = template()
    other.achievement.id = 'https://www.roc-zuidwaard.example.nl/microcredentials/wondzorg'
    await collect(issueBatch(numbered([learner(1, { idempotencyKey: 'sis-2026-1' })]), { spec: other, keyPair, store, now: T0, concurrency: 1 }))
    const results = await collect(issueBatch(numbered([learner(1, { idempotencyKey: 'sis-2026-1' }), learner(2)]), { spec: template(), keyPair, store, now: T0, concurrency: 1 }))
    expect(statuses(results)).toEqual({ 1: 'failed', 2: 'issued' })
    expect(results[0]).toMatchObject({ id: 'sis-2026-1', problems: [{ code: 'ERR_IDEMPOTENCY_CONFLICT' }] })
  })

  it('a store failure ends the iteration with the error; nothing of that step is written', async () => {
    const store = await sqliteStore()
    const rows = numbered([1, 2].map((i) => learner(i)))
    await store.close()
    await expect(collect(issueBatch(rows, { spec: template(), keyPair, store, now: T0, concurrency: 1 }))).rejects.toThrow()
  })

  it('stopping early rolls back the step in flight', async () => {
    const store = await sqliteStore()
    const rows = numbered(Array.from({ length: 12 }, (_, i) => learner(i + 1)))
    for await (const r of issueBatch(rows, { spec: template(), keyPair, store, now: T0, concurrency: 2, chunkSize: 3 })) {
      expect(r.status).toBe('issued')
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
    const keys = (await store.auditLog()).map((e) => e.details.idempotencyKey).sort()
    expect(keys).toEqual([1, 2, 3].map((i) => rowId(template(), learner(i))).sort())
  })
})

describe('issueBatch with a PostgreSQL store', () => {
  it('issues, verifies with the published list, and a rerun is already-issued with the same bytes', async () => {
    const store = await postgresStore()
    const rows = numbered([learner(1), learner(2, { email: 'nope' }), learner(3)])
    const first = await collect(issueBatch(rows, { spec: template(), keyPair, store, now: T0, concurrency: 2 }))
    expect(statuses(first)).toEqual({ 1: 'issued', 2: 'failed', 3: 'issued' })
    expect(await verifyAll(store, first)).toEqual([[], []])
    const again = await collect(issueBatch(rows, { spec: template(), keyPair, store, concurrency: 2 }))
    expect(statuses(again)).toEqual({ 1: 'already-issued', 2: 'failed', 3: 'already-issued' })
    expect(succeeded(again).map((r) => r.credentialJson)).toEqual(succeeded(first).map((r) => r.credentialJson))
    expect(await issueEvents(store)).toBe(2)
  })
})
