/**
 * Unit tests of status list slot allocation (on an in-memory SQLite database, with short lists so a
 * list can be filled) and of its random source.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { InvalidArgumentError, StoreError } from '../../src/errors/errors.js'
import { allocateSlot, type RandomInt } from '../../src/store/allocate-slot.js'
import { migrate } from '../../src/store/migrations.js'
import type { SqlDriver } from '../../src/store/sql-driver.js'
import { openSqliteDriver } from '../../src/store/sqlite-driver.js'
import { randomIntFrom } from '../../src/store/store-options.js'
import type { StoreSettings } from '../../src/store/store-settings.js'
import { BASE, seededRandomBytes, T0, T1 } from './helpers.js'

const SHORT: StoreSettings = { statusListBaseUrl: BASE, statusPurpose: 'revocation', statusListLength: 8 }

describe('allocateSlot', () => {
  let driver: SqlDriver | undefined
  afterEach(async () => { await driver?.close(); driver = undefined })

  async function freshDriver(): Promise<SqlDriver> {
    driver = await openSqliteDriver(':memory:')
    await migrate(driver, T0)
    return driver
  }

  const allocate = (db: SqlDriver, settings: StoreSettings, id: string, randomInt: RandomInt, now = T0) =>
    db.transaction((tx) => allocateSlot(tx, settings, id, now, randomInt))

  it('without a base URL: ERR_STATUS_ALLOCATION naming the setting, nothing written', async () => {
    const db = await freshDriver()
    const error = await allocate(db, { statusPurpose: 'revocation', statusListLength: 8 }, 'urn:uuid:a', () => 0).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreError)
    expect((error as StoreError).code).toBe('ERR_STATUS_ALLOCATION')
    expect((error as StoreError).message).toContain('statusListBaseUrl')
    expect(await db.query('SELECT * FROM mcred_status_lists')).toEqual([])
  })

  it('takes the random index when it is free', async () => {
    const db = await freshDriver()
    const slot = await allocate(db, SHORT, 'urn:uuid:a', (n) => n - 3)
    expect(slot).toEqual({ statusListCredential: `${BASE}/1`, statusListIndex: 5, statusPurpose: 'revocation' })
    expect(await db.query('SELECT list_url, list_index, credential_id FROM mcred_status_entries')).toEqual([
      { list_url: `${BASE}/1`, list_index: 5, credential_id: 'urn:uuid:a' },
    ])
  })

  it('fills a list when every random pick collides, then opens the next one', async () => {
    const db = await freshDriver()
    const always0: RandomInt = () => 0
    const indexes: number[] = []
    for (let i = 0; i < 8; i++) {
      const slot = await allocate(db, SHORT, `urn:uuid:fill-${i}`, always0)
      expect(slot.statusListCredential).toBe(`${BASE}/1`)
      indexes.push(slot.statusListIndex)
    }
    expect([...indexes].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    const next = await allocate(db, SHORT, 'urn:uuid:fill-8', always0, T1)
    expect(next).toEqual({ statusListCredential: `${BASE}/2`, statusListIndex: 0, statusPurpose: 'revocation' })
    const lists = await db.query('SELECT url, series, length, created_at FROM mcred_status_lists ORDER BY series')
    expect(lists).toEqual([
      { url: `${BASE}/1`, series: 1, length: 8, created_at: T0.toISOString() },
      { url: `${BASE}/2`, series: 2, length: 8, created_at: T1.toISOString() },
    ])
  })

  it('the fallback picks among the free indexes with the random source', async () => {
    const db = await freshDriver()
    // Indexes 0..5 taken; random picks keep hitting 0; the fallback's pick k = 1 is the second free index (7).
    for (let i = 0; i < 6; i++) await allocate(db, SHORT, `urn:uuid:pre-${i}`, () => i)
    let calls = 0
    const picks: RandomInt = (n) => (++calls <= 16 ? 0 : Math.min(1, n - 1))
    const slot = await allocate(db, SHORT, 'urn:uuid:pick', picks)
    expect(slot.statusListIndex).toBe(7)
    expect(calls).toBe(17)
  })

  it('keeps allocating in the newest list', async () => {
    const db = await freshDriver()
    for (let i = 0; i < 8; i++) await allocate(db, SHORT, `urn:uuid:n-${i}`, () => i)
    await allocate(db, SHORT, 'urn:uuid:n-8', () => 0)
    const slot = await allocate(db, SHORT, 'urn:uuid:n-9', () => 4)
    expect(slot).toMatchObject({ statusListCredential: `${BASE}/2`, statusListIndex: 4 })
  })
})

describe('randomIntFrom', () => {
  const bytes = (...values: number[][]) => {
    const queue = values.map((v) => Uint8Array.from(v))
    const source = (size: number): Uint8Array => {
      source.asked.push(size)
      const next = queue.shift()
      if (!next) throw new Error('no more random bytes')
      return next
    }
    source.asked = [] as number[]
    return source
  }

  it('reads 4 big-endian bytes modulo n', () => {
    const source = bytes([0, 0, 1, 2], [0xff, 0xff, 0xff, 0xfe])
    const randomInt = randomIntFrom(source)
    expect(randomInt(1000)).toBe(258)
    expect(randomInt(2 ** 17)).toBe(0xfffffffe % 2 ** 17)
    expect(source.asked).toEqual([4, 4])
  })

  it('rejects values above the largest multiple of n (no modulo bias)', () => {
    const source = bytes([0xff, 0xff, 0xff, 0xff], [0, 0, 0, 5])
    expect(randomIntFrom(source)(3)).toBe(2)
    expect(source.asked).toEqual([4, 4])
  })

  it('is roughly uniform', () => {
    const randomInt = randomIntFrom(seededRandomBytes('uniform'))
    const counts = new Array<number>(10).fill(0)
    for (let i = 0; i < 10_000; i++) counts[randomInt(10)]!++
    for (const c of counts) expect(c > 850 && c < 1150).toBe(true)
  })

  it.each([0, -1, 1.5, 2 ** 32 + 1, Number.NaN])('refuses the range %s', (n) => {
    expect(() => randomIntFrom(() => new Uint8Array(4))(n)).toThrow(InvalidArgumentError)
  })

  it('refuses a source that returns too few bytes', () => {
    expect(() => randomIntFrom(() => new Uint8Array(2))(10)).toThrow(InvalidArgumentError)
  })

  it('defaults to crypto random bytes', () => {
    const randomInt = randomIntFrom()
    const values = Array.from({ length: 50 }, () => randomInt(2 ** 17))
    for (const v of values) expect(v >= 0 && v < 2 ** 17 && Number.isInteger(v)).toBe(true)
    expect(new Set(values).size).toBeGreaterThan(40)
  })
})
