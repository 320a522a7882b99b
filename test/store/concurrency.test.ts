/**
 * Issue #5 with real operating-system processes: several Node processes running the built library
 * (dist/) share one store (a SQLite file, or a PostgreSQL database on the test server) and race.
 */
import { describe, expect, it } from 'vitest'
import {
  expectConsistentSlots, expectSuccess, prng, publishAllLists, readOutputs, readStoreRows, recordsByKey, setBitIndexes, shuffle, sqliteChecks,
  startChild, startTogether, STORE_KINDS, subDir, testSeed, useProcessFixture, verifyBuilt, type ChildEvent, type PublishedLists,
} from './process-helpers.js'

const TIMEOUT = 120_000

describe.each(STORE_KINDS)('%s store shared by several processes', (kind) => {
  const fx = useProcessFixture(kind, `mcred-concurrency-${kind}-`)

  /** Publishes every list of the store at `location`. */
  async function publishAll(location: string): Promise<PublishedLists> {
    const store = await fx.lib.store.openStore(location)
    try {
      return await publishAllLists(fx.lib, store, fx.signer)
    } finally {
      await store.close()
    }
  }

  const verify = (credentialJson: string, documents: Record<string, unknown>) => verifyBuilt(fx.lib, credentialJson, documents)

  it('issues once per idempotency key when five processes race with one key', { timeout: TIMEOUT }, async () => {
    const location = await fx.locations.fresh('race-one-key')
    const key = 'sis-2026-000123'
    const children = Array.from({ length: 5 }, () => startChild('issue-once.mjs', { store: location, keyFile: fx.keyFile, idempotencyKey: key }))
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
    const location = await fx.locations.fresh('race-many-keys')
    const count = 12
    const outDirs = Array.from({ length: 4 }, (_, p) => subDir(fx.dir, `overlap-out-${p}`))
    const children = outDirs.map((outDir) => startChild('issue-sequence.mjs', {
      store: location, keyFile: fx.keyFile, prefix: 'o', count, outDir, order: shuffle(Array.from({ length: count }, (_, i) => i), random), barrier: true,
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
    const location = await fx.locations.fresh('revoke')
    const count = 40
    await expectSuccess(startChild('issue-sequence.mjs', { store: location, keyFile: fx.keyFile, prefix: 'r', count, outDir: subDir(fx.dir, 'revoke-out') }))
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
    const setIndexes = setBitIndexes(fx.lib, listBits)
    const expected = rows.credentials.filter((c) => revoked.has(c.credential_id)).map((c) => c.status_list_index).sort((a, b) => a - b)
    expect(setIndexes).toEqual(expected)

    const sampleRevoked = rows.credentials.filter((c) => revoked.has(c.credential_id)).slice(0, 5)
    const sampleActive = rows.credentials.filter((c) => !revoked.has(c.credential_id)).slice(0, 5)
    for (const record of sampleRevoked) expect(await verify(record.credential_json, documents), record.credential_id).toEqual({ verified: false, codes: ['REVOKED'] })
    for (const record of sampleActive) expect(await verify(record.credential_json, documents), record.credential_id).toEqual({ verified: true, codes: [] })
    if (kind === 'sqlite') expect(await sqliteChecks(location)).toEqual({ integrity: ['ok'], foreignKeyProblems: 0 })
  })
})
