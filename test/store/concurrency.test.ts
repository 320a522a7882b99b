/**
 * Issue #5 with real operating-system processes: several Node processes running the built library
 * (dist/) share one store (a SQLite file, or a PostgreSQL database on the test server) and race.
 */
import { rmSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  expectConsistentSlots, expectSuccess, killLeftovers, loadBuilt, prng, readOutputs, readStoreRows, recordsByKey, shuffle, sqliteChecks,
  startChild, startTogether, STORE_KINDS, storeLocations, subDir, tempDir, testSeed, writeKeyFile, type BuiltLibrary, type ChildEvent,
  type StoreLocations,
} from './process-helpers.js'

const TIMEOUT = 120_000

type Signer = Awaited<ReturnType<typeof writeKeyFile>>['signer']

describe.each(STORE_KINDS)('%s store shared by several processes', (kind) => {
  let lib: BuiltLibrary
  let dir: string
  let keyFile: string
  let signer: Signer
  let locations: StoreLocations

  beforeAll(async () => {
    lib = await loadBuilt()
    dir = tempDir(`mcred-concurrency-${kind}-`)
    ;({ keyFile, signer } = await writeKeyFile(lib, dir))
    locations = storeLocations(kind, dir)
  })

  afterEach(killLeftovers)

  afterAll(async () => {
    await killLeftovers()
    await locations?.dispose()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  /** Publishes every list of the store and returns them as status checker documents. */
  async function publishAll(location: string): Promise<{ documents: Record<string, unknown>; bits: Map<string, Uint8Array> }> {
    const store = await lib.store.openStore(location)
    try {
      const documents: Record<string, unknown> = {}
      const bits = new Map<string, Uint8Array>()
      for (const list of await store.statusLists()) {
        const published = await lib.store.publishStatusList(store, signer, { url: list.url })
        documents[published.url] = published.credential
        const subject = published.credential.credentialSubject as { encodedList: string }
        bits.set(published.url, lib.index.decodeList(subject.encodedList))
      }
      return { documents, bits }
    } finally {
      await store.close()
    }
  }

  async function verify(credentialJson: string, documents: Record<string, unknown>): Promise<{ verified: boolean; codes: string[] }> {
    const result = await lib.index.verifyCredential(JSON.parse(credentialJson) as Record<string, unknown>, {
      statusChecker: lib.index.createStatusChecker({ documents }),
    })
    return { verified: result.verified, codes: result.errors.map((e) => e.code) }
  }

  it('issues once per idempotency key when five processes race with one key', { timeout: TIMEOUT }, async () => {
    const location = await locations.fresh('race-one-key')
    const key = 'sis-2026-000123'
    const children = Array.from({ length: 5 }, () => startChild('issue-once.mjs', { store: location, keyFile, idempotencyKey: key }))
    await startTogether(children)
    const exits = await Promise.all(children.map(expectSuccess))
    const outputs = exits.map((exit, i) => {
      const issued = exit.events.find((e) => e.event === 'issued')
      if (!issued) throw new Error(`${children[i]!.describe()}\nprinted no credential`)
      return issued as ChildEvent & { reused: boolean; builtId: string; credentialJson: string; recordJson: string }
    })

    const rows = await readStoreRows(location)
    expect(rows.credentials).toHaveLength(1)
    const stored = rows.credentials[0]!
    expect(stored.idempotency_key).toBe(key)
    for (const output of outputs) {
      expect(output.credentialJson).toBe(stored.credential_json)
      expect(output.recordJson).toBe(stored.credential_json)
    }
    const winners = outputs.filter((o) => o.reused === false)
    expect(winners).toHaveLength(1)
    expect(outputs.filter((o) => o.reused === true)).toHaveLength(outputs.length - 1)
    // Every process built its own credential (own id); the store kept the winner's.
    expect(new Set(outputs.map((o) => o.builtId)).size).toBe(outputs.length)
    expect(winners[0]!.builtId).toBe(stored.credential_id)
    expect(rows.entries).toEqual([{ list_url: stored.status_list_url, list_index: stored.status_list_index, credential_id: stored.credential_id }])
    expect(rows.audit.filter((a) => a.action === 'issue').map((a) => a.credential_id)).toEqual([stored.credential_id])

    const { documents } = await publishAll(location)
    expect(await verify(stored.credential_json, documents)).toEqual({ verified: true, codes: [] })
    if (kind === 'sqlite') expect(await sqliteChecks(location)).toEqual({ integrity: ['ok'], foreignKeyProblems: 0 })
  })

  it('gives every key one record when four processes issue overlapping keys in different orders', { timeout: TIMEOUT }, async () => {
    const seed = testSeed()
    console.info(`[concurrency ${kind}] overlapping keys: seed ${seed} (MCRED_TEST_SEED=${seed} replays the orders)`)
    const random = prng(seed)
    const location = await locations.fresh('race-many-keys')
    const count = 12
    const outDirs = Array.from({ length: 4 }, (_, p) => subDir(dir, `overlap-out-${p}`))
    const children = outDirs.map((outDir) => startChild('issue-sequence.mjs', {
      store: location, keyFile, prefix: 'o', count, outDir, order: shuffle(Array.from({ length: count }, (_, i) => i), random), barrier: true,
    }))
    await startTogether(children)
    const exits = await Promise.all(children.map(expectSuccess))

    const rows = await readStoreRows(location)
    const byKey = recordsByKey(rows)
    expect([...byKey.keys()].sort()).toEqual(Array.from({ length: count }, (_, i) => `o-${i}`).sort())
    expectConsistentSlots(rows, count)
    for (const [p, outDir] of outDirs.entries()) {
      const outputs = readOutputs(outDir)
      expect(outputs.size, `process ${p} wrote every key`).toBe(count)
      for (const [key, text] of outputs) expect(text, `process ${p}, ${key}`).toBe(byKey.get(key)!.credential_json)
    }
    const issued = exits.flatMap((e) => e.events.filter((ev) => ev.event === 'issued')) as Array<ChildEvent & { key: string; reused: boolean }>
    for (let i = 0; i < count; i++) {
      const fresh = issued.filter((e) => e.key === `o-${i}` && e.reused === false)
      expect(fresh, `o-${i} was newly issued by exactly one process`).toHaveLength(1)
    }
    if (kind === 'sqlite') expect(await sqliteChecks(location)).toEqual({ integrity: ['ok'], foreignKeyProblems: 0 })
  })

  it('loses no revocation when four processes revoke different credentials of one list at once', { timeout: TIMEOUT }, async () => {
    const seed = testSeed()
    console.info(`[concurrency ${kind}] revocations: seed ${seed} (MCRED_TEST_SEED=${seed} replays the choice)`)
    const random = prng(seed)
    const location = await locations.fresh('revoke')
    const count = 40
    await expectSuccess(startChild('issue-sequence.mjs', { store: location, keyFile, prefix: 'r', count, outDir: subDir(dir, 'revoke-out') }))
    const issued = await readStoreRows(location)
    expect(issued.credentials).toHaveLength(count)
    const lists = new Set(issued.credentials.map((c) => c.status_list_url))
    expect(lists.size, 'all in one list').toBe(1)

    const ids = shuffle(issued.credentials.map((c) => c.credential_id), random)
    const revoked = new Set(ids.slice(0, 24))
    const parts = [0, 1, 2, 3].map((p) => ids.slice(p * 6, p * 6 + 6))
    const children = parts.map((part) => startChild('revoke-ids.mjs', { store: location, ids: part }))
    await startTogether(children)
    const exits = await Promise.all(children.map(expectSuccess))
    for (const [p, exit] of exits.entries()) {
      expect(exit.events.find((e) => e.event === 'revoked'), `process ${p}`).toMatchObject({ ids: parts[p], states: parts[p]!.map(() => 'revoked') })
    }

    const rows = await readStoreRows(location)
    expect(rows.credentials).toHaveLength(count)
    for (const record of rows.credentials) {
      expect(record.state, record.credential_id).toBe(revoked.has(record.credential_id) ? 'revoked' : 'active')
    }
    const revokeEvents = rows.audit.filter((a) => a.action === 'revoke').map((a) => a.credential_id)
    expect(revokeEvents).toHaveLength(revoked.size)
    expect(new Set(revokeEvents)).toEqual(revoked)

    const { documents, bits } = await publishAll(location)
    const [url] = [...lists]
    const listBits = bits.get(url!)!
    const setIndexes: number[] = []
    for (let i = 0; i < listBits.length * 8; i++) if (lib.index.getBit(listBits, i)) setIndexes.push(i)
    const expected = rows.credentials.filter((c) => revoked.has(c.credential_id)).map((c) => c.status_list_index).sort((a, b) => a - b)
    expect(setIndexes).toEqual(expected)

    const sampleRevoked = rows.credentials.filter((c) => revoked.has(c.credential_id)).slice(0, 5)
    const sampleActive = rows.credentials.filter((c) => !revoked.has(c.credential_id)).slice(0, 5)
    for (const record of sampleRevoked) expect(await verify(record.credential_json, documents), record.credential_id).toEqual({ verified: false, codes: ['REVOKED'] })
    for (const record of sampleActive) expect(await verify(record.credential_json, documents), record.credential_id).toEqual({ verified: true, codes: [] })
    if (kind === 'sqlite') expect(await sqliteChecks(location)).toEqual({ integrity: ['ok'], foreignKeyProblems: 0 })
  })
})
