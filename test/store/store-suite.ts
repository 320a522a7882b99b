/**
 * The shared behavioural suite of the issuance store: every store (SQLite, PostgreSQL) must pass it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { InvalidArgumentError, StoreError, type StoreErrorCode } from '../../src/errors/errors.js'
import type { IssuanceStore } from '../../src/model/issuance-store.js'
import { SCHEMA_VERSION } from '../../src/store/migrations.js'
import type { OpenStoreOptions } from '../../src/store/store-options.js'
import { reinstateCredential } from '../../src/store/reinstate-credential.js'
import { revokeCredential } from '../../src/store/revoke-credential.js'
import { suspendCredential } from '../../src/store/suspend-credential.js'
import {
  BASE, constantRandomBytes, countingSign, failingSign, fillListParams, fillListSql, request, seededRandomBytes, sha256Hex,
  T0, T1, T2, type StoreBackend, type StoreLocation,
} from './helpers.js'

const LENGTH = 131_072

/** Asserts `promise` rejects with a `StoreError` of `code` whose message contains every `names`. */
export async function expectStoreError(promise: Promise<unknown>, code: StoreErrorCode, ...names: string[]): Promise<StoreError> {
  const error = await promise.then(() => undefined, (e: unknown) => e)
  expect(error).toBeInstanceOf(StoreError)
  const storeError = error as StoreError
  expect(storeError.code).toBe(code)
  for (const name of names) expect(storeError.message).toContain(name)
  return storeError
}

async function count(loc: StoreLocation, table: string): Promise<number> {
  const rows = await loc.exec(`SELECT COUNT(*) AS n FROM ${table}`)
  return Number(rows[0]?.n)
}

/**
 * Registers the issuance store suite for one backend. `makeBackend` is called once, before the tests.
 */
export function describeIssuanceStore(name: string, makeBackend: () => StoreBackend): void {
  describe(`issuance store (${name})`, () => {
    let backend: StoreBackend
    beforeAll(() => { backend = makeBackend() })
    afterEach(async () => { await backend.closeAll() })
    // Dropping a database per test takes a checkpoint each: allow for a loaded machine.
    afterAll(async () => { await backend.dispose() }, 120_000)

    /** A fresh location and a store opened on it (by default with the test base URL). */
    async function fresh(options: OpenStoreOptions = { statusListBaseUrl: BASE }): Promise<{ loc: StoreLocation; store: IssuanceStore }> {
      const loc = await backend.fresh()
      return { loc, store: await loc.open(options) }
    }

    /** Issues `id` with a fresh counting sign. */
    async function issueOne(store: IssuanceStore, id: string, extra: Parameters<typeof request>[1] = {}) {
      const outcome = await store.issue(request(id, extra), countingSign(id))
      return outcome.record
    }

    describe('migrations', () => {
      it('creates the schema in a fresh store', async () => {
        const { loc, store } = await fresh()
        expect(store.kind).toBe(backend.kind)
        expect(await store.statusLists()).toEqual([])
        expect(await store.auditLog()).toEqual([])
        const versions = await loc.exec('SELECT version FROM mcred_schema_migrations ORDER BY version')
        expect(versions.map((r) => Number(r.version))).toEqual([SCHEMA_VERSION])
      })

      it('reopening is a no-op that keeps the data', async () => {
        const loc = await backend.fresh()
        const first = await loc.open({ statusListBaseUrl: BASE, now: () => T0 })
        const record = await issueOne(first, 'urn:uuid:reopen-1')
        await first.close()
        const second = await loc.open({ now: () => T1 })
        expect(await second.get('urn:uuid:reopen-1')).toEqual(record)
        const rows = await loc.exec('SELECT version, applied_at FROM mcred_schema_migrations')
        expect(rows.map((r) => [Number(r.version), r.applied_at])).toEqual([[SCHEMA_VERSION, T0.toISOString()]])
      })

      it('concurrent opens of a fresh store both succeed', async () => {
        const loc = await backend.fresh()
        const [a, b] = await Promise.all([loc.open({ statusListBaseUrl: BASE }), loc.open({ statusListBaseUrl: BASE })])
        expect(await count(loc, 'mcred_schema_migrations')).toBe(1)
        const ra = await issueOne(a, 'urn:uuid:conc-open-a')
        const rb = await issueOne(b, 'urn:uuid:conc-open-b')
        expect(ra.statusListIndex).not.toBe(rb.statusListIndex)
        expect(await a.get('urn:uuid:conc-open-b')).toEqual(rb)
      })

      it('refuses a store written by a newer version (ERR_STORE_VERSION)', async () => {
        const { loc, store } = await fresh()
        await store.close()
        await loc.exec('INSERT INTO mcred_schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [SCHEMA_VERSION + 1, 'from the future', T1.toISOString()])
        await expectStoreError(loc.open(), 'ERR_STORE_VERSION', `schema version ${SCHEMA_VERSION + 1}`)
        expect(await count(loc, 'mcred_schema_migrations')).toBe(2)
      })
    })

    describe('settings', () => {
      it('keeps the settings of the first open and reads them back on reopen without options', async () => {
        const { loc, store } = await fresh({ statusListBaseUrl: `${BASE}/`, statusPurpose: 'suspension', statusListLength: 2 * LENGTH })
        await store.close()
        const reopened = await loc.open()
        const record = await issueOne(reopened, 'urn:uuid:settings-1')
        expect(record.statusListCredential).toBe(`${BASE}/1`)
        expect(record.statusPurpose).toBe('suspension')
        expect(record.statusListIndex).toBeLessThan(2 * LENGTH)
        const [list] = await reopened.statusLists()
        expect(list).toMatchObject({ url: `${BASE}/1`, purpose: 'suspension', length: 2 * LENGTH, allocated: 1 })
        // The same values again (the base URL without its trailing slash) are accepted.
        await reopened.close()
        const again = await loc.open({ statusListBaseUrl: BASE, statusPurpose: 'suspension', statusListLength: 2 * LENGTH })
        expect(await again.statusLists()).toHaveLength(1)
      })

      it.each([
        ['status_list_base_url', { statusListBaseUrl: 'https://other.example.nl/status' }],
        ['status_purpose', { statusPurpose: 'suspension' as const }],
        ['status_list_length', { statusListLength: 2 * LENGTH }],
      ])('refuses another %s on reopen (ERR_STORE_CONFIG) and keeps the first', async (setting, changed) => {
        const { loc, store } = await fresh({ statusListBaseUrl: BASE })
        await store.close()
        await expectStoreError(loc.open(changed), 'ERR_STORE_CONFIG', setting)
        const reopened = await loc.open()
        const record = await issueOne(reopened, 'urn:uuid:settings-kept')
        expect(record).toMatchObject({ statusListCredential: `${BASE}/1`, statusPurpose: 'revocation' })
        expect((await reopened.statusLists())[0]?.length).toBe(LENGTH)
      })

      it('accepts a base URL on a later open when the first open had none', async () => {
        const { loc, store } = await fresh({})
        await store.close()
        const reopened = await loc.open({ statusListBaseUrl: BASE })
        expect((await issueOne(reopened, 'urn:uuid:late-base')).statusListCredential).toBe(`${BASE}/1`)
      })

      it.each([
        { statusListBaseUrl: 'not a url' },
        { statusListBaseUrl: 'ftp://school.example.nl/status' },
        { statusListBaseUrl: 'https://school.example.nl/status?list=1' },
        { statusListBaseUrl: 'https://school.example.nl/status#lists' },
        { statusPurpose: 'refresh' as never },
        { statusListLength: 1024 },
        { statusListLength: LENGTH + 4 },
        { statusListLength: LENGTH + 0.5 },
      ])('refuses bad options %j (InvalidArgumentError)', async (options) => {
        const loc = await backend.fresh()
        await expect(loc.open(options)).rejects.toBeInstanceOf(InvalidArgumentError)
      })

      it('without a base URL the first issue fails (ERR_STATUS_ALLOCATION) and writes nothing', async () => {
        const { loc, store } = await fresh({})
        const sign = countingSign('urn:uuid:no-base')
        await expectStoreError(store.issue(request('urn:uuid:no-base', { idempotencyKey: 'k-no-base' }), sign), 'ERR_STATUS_ALLOCATION', 'statusListBaseUrl')
        expect(sign.calls).toHaveLength(0)
        expect(await store.get('urn:uuid:no-base')).toBeUndefined()
        expect(await store.getByIdempotencyKey('k-no-base')).toBeUndefined()
        expect(await store.statusLists()).toEqual([])
        expect(await store.auditLog()).toEqual([])
        expect(await count(loc, 'mcred_status_entries')).toBe(0)
      })
    })

    describe('issue', () => {
      it('records the credential with its slot and writes an issue audit event', async () => {
        const { store } = await fresh()
        const id = 'urn:uuid:issue-1'
        const sign = countingSign(id)
        const req = request(id, { idempotencyKey: 'sis-2026-000123', achievementId: 'https://example.nl/achievements/basiszorg', recipient: 'sha256$abc123', actor: 'sis-sync', now: T0 })
        const { record, reused } = await store.issue(req, sign)
        expect(reused).toBe(false)
        expect(sign.calls).toHaveLength(1)
        const json = sign.results[0]!
        expect(record).toEqual({
          credentialId: id,
          idempotencyKey: 'sis-2026-000123',
          achievementId: 'https://example.nl/achievements/basiszorg',
          recipient: 'sha256$abc123',
          sha256: sha256Hex(json),
          credentialJson: json,
          statusListCredential: `${BASE}/1`,
          statusListIndex: sign.calls[0]!.statusListIndex,
          statusPurpose: 'revocation',
          state: 'active',
          issuedAt: T0.toISOString(),
          updatedAt: T0.toISOString(),
          actor: 'sis-sync',
        })
        expect(sign.calls[0]).toEqual({ statusListCredential: `${BASE}/1`, statusListIndex: record.statusListIndex, statusPurpose: 'revocation' })
        expect(Number.isInteger(record.statusListIndex)).toBe(true)
        expect(record.statusListIndex).toBeGreaterThanOrEqual(0)
        expect(record.statusListIndex).toBeLessThan(LENGTH)
        expect(await store.get(id)).toEqual(record)
        expect(await store.getByIdempotencyKey('sis-2026-000123')).toEqual(record)
        expect(await store.statusLists()).toEqual([{ url: `${BASE}/1`, purpose: 'revocation', length: LENGTH, allocated: 1, createdAt: T0.toISOString() }])
        const events = await store.auditLog()
        expect(events).toHaveLength(1)
        expect(events[0]).toMatchObject({ action: 'issue', actor: 'sis-sync', at: T0.toISOString(), credentialId: id, statusListCredential: `${BASE}/1` })
        expect(events[0]!.details).toMatchObject({ statusListIndex: record.statusListIndex, sha256: record.sha256, idempotencyKey: 'sis-2026-000123' })
      })

      it('leaves out the optional fields that were not given', async () => {
        const { store } = await fresh()
        const record = await issueOne(store, 'urn:uuid:bare')
        expect(record).not.toHaveProperty('idempotencyKey')
        expect(record).not.toHaveProperty('achievementId')
        expect(record).not.toHaveProperty('recipient')
        expect(await store.get('urn:uuid:bare')).toEqual(record)
        expect(await store.get('urn:uuid:unknown')).toBeUndefined()
        expect(await store.getByIdempotencyKey('unknown-key')).toBeUndefined()
      })

      it('refuses a bad request (InvalidArgumentError) before signing', async () => {
        const { store } = await fresh()
        const sign = countingSign('urn:uuid:bad')
        const bad = [
          { credentialId: '' },
          { idempotencyKey: '' },
          { idempotencyKey: 'k'.repeat(201) },
          { actor: '' },
          { now: new Date(Number.NaN) },
        ]
        for (const change of bad) {
          await expect(store.issue({ ...request('urn:uuid:bad'), ...change }, sign), JSON.stringify(change)).rejects.toBeInstanceOf(InvalidArgumentError)
        }
        expect(sign.calls).toHaveLength(0)
        expect(await store.statusLists()).toEqual([])
        // The longest allowed key is fine.
        expect((await store.issue(request('urn:uuid:bad', { idempotencyKey: 'k'.repeat(200) }), sign)).reused).toBe(false)
      })
    })

    describe('idempotency', () => {
      it('returns the same record for the same key without signing again, with identical bytes', async () => {
        const { store } = await fresh()
        const first = await store.issue(request('urn:uuid:idem-1', { idempotencyKey: 'k-1', achievementId: 'ach-1' }), countingSign('urn:uuid:idem-1'))
        // A retry rebuilds the credential: new id, later time, same key and achievement.
        const sign = countingSign('urn:uuid:idem-1-rebuilt')
        const again = await store.issue(request('urn:uuid:idem-1-rebuilt', { idempotencyKey: 'k-1', achievementId: 'ach-1', now: T1 }), sign)
        expect(again.reused).toBe(true)
        expect(sign.calls).toHaveLength(0)
        expect(again.record).toEqual(first.record)
        expect(again.record.credentialJson).toBe(first.record.credentialJson)
        expect(await store.get('urn:uuid:idem-1-rebuilt')).toBeUndefined()
        expect((await store.auditLog()).filter((e) => e.action === 'issue')).toHaveLength(1)
        expect((await store.statusLists())[0]?.allocated).toBe(1)
      })

      it('refuses the same key for another achievement (ERR_IDEMPOTENCY_CONFLICT)', async () => {
        const { store } = await fresh()
        await issueOne(store, 'urn:uuid:idem-2', { idempotencyKey: 'k-2', achievementId: 'ach-1' })
        const sign = countingSign('urn:uuid:idem-2b')
        await expectStoreError(store.issue(request('urn:uuid:idem-2b', { idempotencyKey: 'k-2', achievementId: 'ach-2' }), sign), 'ERR_IDEMPOTENCY_CONFLICT', 'ach-1', 'ach-2')
        expect(sign.calls).toHaveLength(0)
        expect(await store.get('urn:uuid:idem-2b')).toBeUndefined()
      })

      it('refuses a credential id already issued under another key or without a key (ERR_IDEMPOTENCY_CONFLICT)', async () => {
        const { store } = await fresh()
        await issueOne(store, 'urn:uuid:idem-3', { idempotencyKey: 'k-3' })
        const sign = countingSign('urn:uuid:idem-3')
        await expectStoreError(store.issue(request('urn:uuid:idem-3', { idempotencyKey: 'k-3-other' }), sign), 'ERR_IDEMPOTENCY_CONFLICT', 'urn:uuid:idem-3', 'k-3')
        await issueOne(store, 'urn:uuid:idem-4')
        await expectStoreError(store.issue(request('urn:uuid:idem-4', { idempotencyKey: 'k-4' }), sign), 'ERR_IDEMPOTENCY_CONFLICT', 'urn:uuid:idem-4', 'without an idempotency key')
        expect(sign.calls).toHaveLength(0)
        expect(await store.getByIdempotencyKey('k-3-other')).toBeUndefined()
        expect(await store.getByIdempotencyKey('k-4')).toBeUndefined()
      })

      it('without a key, the same credential id is reused (and another achievement is a conflict)', async () => {
        const { store } = await fresh()
        const record = await issueOne(store, 'urn:uuid:idem-5', { achievementId: 'ach-1' })
        const sign = countingSign('urn:uuid:idem-5')
        const again = await store.issue(request('urn:uuid:idem-5', { achievementId: 'ach-1', now: T1 }), sign)
        expect(again).toEqual({ record, reused: true })
        await expectStoreError(store.issue(request('urn:uuid:idem-5', { achievementId: 'ach-2' }), sign), 'ERR_IDEMPOTENCY_CONFLICT', 'ach-2')
        expect(sign.calls).toHaveLength(0)
      })

      it('concurrent issues with one key make exactly one record and sign once', async () => {
        const { loc, store } = await fresh()
        const sign = countingSign('urn:uuid:race', 20)
        const outcomes = await Promise.all(Array.from({ length: 10 }, (_, i) =>
          store.issue(request(`urn:uuid:race-${i}`, { idempotencyKey: 'k-race', achievementId: 'ach-1' }), sign)))
        expect(sign.calls).toHaveLength(1)
        expect(outcomes.filter((o) => !o.reused)).toHaveLength(1)
        const winner = outcomes.find((o) => !o.reused)!.record
        for (const outcome of outcomes) expect(outcome.record).toEqual(winner)
        expect(await count(loc, 'mcred_credentials')).toBe(1)
        expect(await count(loc, 'mcred_status_entries')).toBe(1)
        expect(await count(loc, 'mcred_audit_events')).toBe(1)
      })

      it('concurrent issues of one credential id without a key make exactly one record', async () => {
        const { loc, store } = await fresh()
        const sign = countingSign('urn:uuid:race-id', 20)
        const outcomes = await Promise.all(Array.from({ length: 10 }, () => store.issue(request('urn:uuid:race-id'), sign)))
        expect(sign.calls).toHaveLength(1)
        expect(outcomes.filter((o) => !o.reused)).toHaveLength(1)
        expect(await count(loc, 'mcred_credentials')).toBe(1)
        expect(await count(loc, 'mcred_status_entries')).toBe(1)
      })

      it('concurrent issues with different keys get distinct slots, even when every random pick collides', async () => {
        for (const randomBytes of [seededRandomBytes('concurrent'), constantRandomBytes(0)]) {
          const { loc, store } = await fresh({ statusListBaseUrl: BASE, randomBytes })
          const other = await loc.open()
          const records = (await Promise.all(Array.from({ length: 12 }, (_, i) =>
            (i % 2 === 0 ? store : other).issue(request(`urn:uuid:par-${i}`, { idempotencyKey: `k-par-${i}` }), countingSign(`urn:uuid:par-${i}`, 5))))).map((o) => o.record)
          expect(new Set(records.map((r) => `${r.statusListCredential}#${r.statusListIndex}`)).size).toBe(12)
          expect(await count(loc, 'mcred_credentials')).toBe(12)
          const lists = await store.statusLists()
          // A claim lost to a concurrent transaction moves on to the next free index: list 1 has room for all.
          expect(lists.map((l) => [l.url, l.allocated])).toEqual([[`${BASE}/1`, 12]])
        }
      })

      it('concurrent issues with one key through two store connections make exactly one record', async () => {
        const { loc, store } = await fresh()
        const other = await loc.open()
        const sign = countingSign('urn:uuid:race2', 20)
        const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) =>
          (i % 2 === 0 ? store : other).issue(request(`urn:uuid:race2-${i}`, { idempotencyKey: 'k-race2' }), sign)))
        expect(sign.calls).toHaveLength(1)
        expect(outcomes.filter((o) => !o.reused)).toHaveLength(1)
        expect(await count(loc, 'mcred_credentials')).toBe(1)
      })
    })

    describe('a failed issue leaves nothing', () => {
      it('sign throws: the error propagates, nothing is written, a retry with the key works', async () => {
        const { loc, store } = await fresh()
        const failure = new Error('HSM offline')
        const failing = failingSign(failure)
        const err = await store.issue(request('urn:uuid:fail-1', { idempotencyKey: 'k-fail' }), failing).catch((e: unknown) => e)
        expect(err).toBe(failure)
        expect(failing.calls).toHaveLength(1)
        expect(await store.get('urn:uuid:fail-1')).toBeUndefined()
        expect(await store.getByIdempotencyKey('k-fail')).toBeUndefined()
        expect(await count(loc, 'mcred_status_entries')).toBe(0)
        expect(await store.statusLists()).toEqual([])
        expect(await store.auditLog()).toEqual([])

        const sign = countingSign('urn:uuid:fail-1')
        const retry = await store.issue(request('urn:uuid:fail-1', { idempotencyKey: 'k-fail' }), sign)
        expect(retry.reused).toBe(false)
        expect(sign.calls).toHaveLength(1)
        expect(await store.getByIdempotencyKey('k-fail')).toEqual(retry.record)
        expect(await count(loc, 'mcred_status_entries')).toBe(1)
      })

      it('sign returns no text: InvalidArgumentError, nothing is written', async () => {
        const { loc, store } = await fresh()
        const empty = Object.assign(async () => '', { calls: [] })
        await expect(store.issue(request('urn:uuid:fail-2'), empty)).rejects.toBeInstanceOf(InvalidArgumentError)
        expect(await store.get('urn:uuid:fail-2')).toBeUndefined()
        expect(await count(loc, 'mcred_status_entries')).toBe(0)
        expect(await store.auditLog()).toEqual([])
      })
    })

    describe('status list allocation', () => {
      it('gives distinct indexes in range across many issues', async () => {
        const { store } = await fresh()
        const records = []
        for (let i = 0; i < 200; i++) records.push(await issueOne(store, `urn:uuid:many-${i}`))
        const indexes = records.map((r) => r.statusListIndex)
        expect(new Set(indexes).size).toBe(200)
        for (const index of indexes) expect(index >= 0 && index < LENGTH && Number.isInteger(index)).toBe(true)
        expect(new Set(records.map((r) => r.statusListCredential))).toEqual(new Set([`${BASE}/1`]))
        expect((await store.statusLists())[0]?.allocated).toBe(200)
      })

      it('is deterministic with injected randomBytes', async () => {
        const run = async (seed: string): Promise<number[]> => {
          const { store } = await fresh({ statusListBaseUrl: BASE, randomBytes: seededRandomBytes(seed) })
          const indexes: number[] = []
          for (let i = 0; i < 20; i++) indexes.push((await issueOne(store, `urn:uuid:det-${i}`)).statusListIndex)
          return indexes
        }
        const a = await run('seed-a')
        expect(await run('seed-a')).toEqual(a)
        expect(await run('seed-b')).not.toEqual(a)
      })

      it('finds a free index when the random picks keep colliding', async () => {
        const { store } = await fresh({ statusListBaseUrl: BASE, randomBytes: constantRandomBytes(0) })
        const records = []
        for (let i = 0; i < 4; i++) records.push(await issueOne(store, `urn:uuid:collide-${i}`))
        const indexes = records.map((r) => r.statusListIndex)
        expect(indexes[0]).toBe(0)
        expect(new Set(indexes).size).toBe(4)
        for (const record of records) expect(record.statusListCredential).toBe(`${BASE}/1`)
      })

      it('opens the next list when the current one is full', async () => {
        const { loc, store } = await fresh()
        const first = await issueOne(store, 'urn:uuid:full-0')
        await loc.exec(fillListSql(backend.kind), fillListParams(backend.kind, `${BASE}/1`, LENGTH))
        expect((await store.statusLists())[0]?.allocated).toBe(LENGTH)
        const next = await issueOne(store, 'urn:uuid:full-1', { now: T1 })
        expect(next.statusListCredential).toBe(`${BASE}/2`)
        expect(next.statusListIndex).toBeLessThan(LENGTH)
        const lists = await store.statusLists()
        expect(lists.map((l) => [l.url, l.allocated, l.createdAt])).toEqual([
          [`${BASE}/1`, LENGTH, T0.toISOString()],
          [`${BASE}/2`, 1, T1.toISOString()],
        ])
        expect(await store.get('urn:uuid:full-0')).toEqual(first)
      }, 60_000)
    })

    describe('status changes', () => {
      it('revocation store: revoke once, again is a no-op; suspend and reinstate are refused', async () => {
        const { store } = await fresh()
        const issued = await issueOne(store, 'urn:uuid:rev-1')
        await expectStoreError(store.changeStatus(issued.credentialId, 'suspend', { actor: 'board', now: T1 }), 'ERR_STATUS_TRANSITION', issued.credentialId)
        await expectStoreError(store.changeStatus(issued.credentialId, 'reinstate', { actor: 'board', now: T1 }), 'ERR_STATUS_TRANSITION', issued.credentialId)
        expect(await store.get(issued.credentialId)).toEqual(issued)

        const revoked = await store.changeStatus(issued.credentialId, 'revoke', { actor: 'exam-board', reason: 'exam result withdrawn', now: T1 })
        expect(revoked).toEqual({ ...issued, state: 'revoked', updatedAt: T1.toISOString() })
        expect(await store.get(issued.credentialId)).toEqual(revoked)
        const again = await store.changeStatus(issued.credentialId, 'revoke', { actor: 'exam-board', now: T2 })
        expect(again).toEqual(revoked)
        await expectStoreError(store.changeStatus(issued.credentialId, 'reinstate', { actor: 'board', now: T2 }), 'ERR_STATUS_TRANSITION')

        const events = await store.auditLog({ credentialId: issued.credentialId })
        expect(events.map((e) => e.action)).toEqual(['issue', 'revoke'])
        expect(events[1]).toMatchObject({ actor: 'exam-board', at: T1.toISOString(), statusListCredential: issued.statusListCredential })
        expect(events[1]!.details).toMatchObject({ from: 'active', to: 'revoked', reason: 'exam result withdrawn', statusListIndex: issued.statusListIndex })
      })

      it('suspension store: suspend, reinstate, revoke; revoked cannot be reinstated', async () => {
        const { store } = await fresh({ statusListBaseUrl: BASE, statusPurpose: 'suspension' })
        const issued = await issueOne(store, 'urn:uuid:sus-1')
        expect(issued.statusPurpose).toBe('suspension')
        const id = issued.credentialId
        expect(await store.changeStatus(id, 'suspend', { actor: 'board', reason: 'investigation', now: T1 })).toMatchObject({ state: 'suspended', updatedAt: T1.toISOString() })
        expect(await store.changeStatus(id, 'suspend', { actor: 'board', now: T2 })).toMatchObject({ state: 'suspended', updatedAt: T1.toISOString() })
        expect(await store.changeStatus(id, 'reinstate', { actor: 'board', now: T2 })).toMatchObject({ state: 'active', updatedAt: T2.toISOString() })
        expect(await store.changeStatus(id, 'revoke', { actor: 'board', now: T2 })).toMatchObject({ state: 'revoked' })
        await expectStoreError(store.changeStatus(id, 'reinstate', { actor: 'board', now: T2 }), 'ERR_STATUS_TRANSITION', id, 'final')
        await expectStoreError(store.changeStatus(id, 'suspend', { actor: 'board', now: T2 }), 'ERR_STATUS_TRANSITION', id)
        expect((await store.get(id))?.state).toBe('revoked')
        const events = await store.auditLog({ credentialId: id })
        expect(events.map((e) => [e.action, e.details.from, e.details.to])).toEqual([
          ['issue', undefined, undefined],
          ['suspend', 'active', 'suspended'],
          ['reinstate', 'suspended', 'active'],
          ['revoke', 'active', 'revoked'],
        ])
        expect(events[1]!.details.reason).toBe('investigation')
      })

      it('an unknown credential is ERR_NOT_FOUND naming the id', async () => {
        const { store } = await fresh()
        await expectStoreError(store.changeStatus('urn:uuid:nobody', 'revoke', { actor: 'board', now: T1 }), 'ERR_NOT_FOUND', 'urn:uuid:nobody')
        expect(await store.auditLog()).toEqual([])
      })

      it('revokeCredential, suspendCredential and reinstateCredential go through the store', async () => {
        const { store } = await fresh({ statusListBaseUrl: BASE, statusPurpose: 'suspension' })
        const { credentialId } = await issueOne(store, 'urn:uuid:helpers-1')
        expect((await suspendCredential(store, credentialId, { now: T1 })).state).toBe('suspended')
        expect((await reinstateCredential(store, credentialId, { actor: 'registrar', now: T1 })).state).toBe('active')
        expect((await revokeCredential(store, credentialId, { reason: 'fraud', now: T2 })).state).toBe('revoked')
        const events = await store.auditLog({ credentialId })
        expect(events.map((e) => e.actor)).toEqual(['test-actor', 'microcredentials', 'registrar', 'microcredentials'])
        await expect(revokeCredential(store, '')).rejects.toBeInstanceOf(InvalidArgumentError)
      })
    })

    describe('status list bits and publication', () => {
      it('revocation list: the revoked indexes are set', async () => {
        const { store } = await fresh()
        const records = []
        for (let i = 0; i < 4; i++) records.push(await issueOne(store, `urn:uuid:bits-${i}`))
        expect((await store.statusListBits(`${BASE}/1`)).setIndexes).toEqual([])
        for (const r of [records[3]!, records[1]!]) await store.changeStatus(r.credentialId, 'revoke', { actor: 'board', now: T1 })
        const bits = await store.statusListBits(`${BASE}/1`)
        expect(bits.setIndexes).toEqual([records[1]!.statusListIndex, records[3]!.statusListIndex].sort((a, b) => a - b))
        expect(bits.list).toMatchObject({ url: `${BASE}/1`, purpose: 'revocation', length: LENGTH, allocated: 4 })
      })

      it('suspension list: suspended and revoked indexes are set, reinstated ones are not', async () => {
        const { store } = await fresh({ statusListBaseUrl: BASE, statusPurpose: 'suspension' })
        const [a, b, c] = [await issueOne(store, 'urn:uuid:sb-a'), await issueOne(store, 'urn:uuid:sb-b'), await issueOne(store, 'urn:uuid:sb-c')]
        await issueOne(store, 'urn:uuid:sb-d')
        const opts = { actor: 'board', now: T1 }
        await store.changeStatus(a!.credentialId, 'suspend', opts)
        await store.changeStatus(b!.credentialId, 'revoke', opts)
        await store.changeStatus(c!.credentialId, 'suspend', opts)
        await store.changeStatus(c!.credentialId, 'reinstate', opts)
        const bits = await store.statusListBits(`${BASE}/1`)
        expect(bits.setIndexes).toEqual([a!.statusListIndex, b!.statusListIndex].sort((x, y) => x - y))
        expect(bits.list.purpose).toBe('suspension')
      })

      it('an unknown list is ERR_NOT_FOUND', async () => {
        const { store } = await fresh()
        await issueOne(store, 'urn:uuid:bits-x')
        await expectStoreError(store.statusListBits(`${BASE}/9`), 'ERR_NOT_FOUND', `${BASE}/9`)
      })

      it('recordPublication updates the list and writes a publish event', async () => {
        const { store } = await fresh()
        await issueOne(store, 'urn:uuid:pub-1')
        const sha256 = 'ab'.repeat(32)
        await store.recordPublication(`${BASE}/1`, { actor: 'publisher', now: T1, validUntil: T2.toISOString(), sha256 })
        const [list] = await store.statusLists()
        expect(list).toMatchObject({ publishedAt: T1.toISOString(), validUntil: T2.toISOString(), createdAt: T0.toISOString() })
        const events = await store.auditLog({ statusListCredential: `${BASE}/1` })
        const publish = events.find((e) => e.action === 'publish')
        expect(publish).toMatchObject({ actor: 'publisher', at: T1.toISOString(), statusListCredential: `${BASE}/1`, details: { validUntil: T2.toISOString(), sha256 } })
        expect(publish).not.toHaveProperty('credentialId')
        await expectStoreError(store.recordPublication(`${BASE}/7`, { actor: 'publisher', now: T1, validUntil: T2.toISOString(), sha256 }), 'ERR_NOT_FOUND', `${BASE}/7`)
        expect((await store.auditLog()).filter((e) => e.action === 'publish')).toHaveLength(1)
      })
    })

    describe('audit log', () => {
      it('is append-only: raw UPDATE and DELETE fail and change nothing', async () => {
        const { loc, store } = await fresh()
        await issueOne(store, 'urn:uuid:audit-1')
        const before = await store.auditLog()
        await expect(loc.exec('UPDATE mcred_audit_events SET actor = ?', ['mallory'])).rejects.toThrow(/append-only/)
        await expect(loc.exec('DELETE FROM mcred_audit_events WHERE seq = ?', [before[0]!.seq])).rejects.toThrow(/append-only/)
        await expect(loc.exec('DELETE FROM mcred_audit_events')).rejects.toThrow(/append-only/)
        expect(await store.auditLog()).toEqual(before)
      })

      it('filters by credential and list, oldest first with increasing seq', async () => {
        const { store } = await fresh()
        const a = await issueOne(store, 'urn:uuid:audit-a')
        const b = await issueOne(store, 'urn:uuid:audit-b')
        await store.changeStatus(a.credentialId, 'revoke', { actor: 'board', now: T1 })
        await store.recordPublication(`${BASE}/1`, { actor: 'publisher', now: T2, validUntil: T2.toISOString(), sha256: 'cd'.repeat(32) })
        const all = await store.auditLog()
        expect(all.map((e) => [e.action, e.credentialId])).toEqual([
          ['issue', a.credentialId], ['issue', b.credentialId], ['revoke', a.credentialId], ['publish', undefined],
        ])
        for (let i = 1; i < all.length; i++) expect(all[i]!.seq).toBeGreaterThan(all[i - 1]!.seq)
        expect((await store.auditLog({ credentialId: a.credentialId })).map((e) => e.action)).toEqual(['issue', 'revoke'])
        expect((await store.auditLog({ credentialId: b.credentialId })).map((e) => e.action)).toEqual(['issue'])
        expect(await store.auditLog({ statusListCredential: `${BASE}/1` })).toEqual(all)
        expect(await store.auditLog({ statusListCredential: `${BASE}/2` })).toEqual([])
        expect(await store.auditLog({ credentialId: a.credentialId, statusListCredential: `${BASE}/2` })).toEqual([])
      })
    })
  })
}
