/**
 * Unit tests of the store settings: argument checks, and keeping them in a store (in-memory SQLite;
 * the store suite checks the same through both stores).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { InvalidArgumentError, StoreError } from '../../src/errors/errors.js'
import { MIN_STATUS_LIST_LENGTH } from '../../src/status/bitstring.js'
import { migrate } from '../../src/store/migrations.js'
import type { SqlDriver } from '../../src/store/sql-driver.js'
import { openSqliteDriver } from '../../src/store/sqlite-driver.js'
import { applySettings, checkSettingsInput, listBaseUrl, readSettings, type SettingsInput } from '../../src/store/store-settings.js'

describe('listBaseUrl', () => {
  it.each([
    ['https://school.example.nl/status', 'https://school.example.nl/status'],
    ['https://school.example.nl/status/', 'https://school.example.nl/status'],
    ['https://school.example.nl/status///', 'https://school.example.nl/status'],
    ['http://localhost:8080/lists', 'http://localhost:8080/lists'],
  ])('%s -> %s', (input, expected) => {
    expect(listBaseUrl(input)).toBe(expected)
  })

  it.each([
    'status', '/status', '', 'ftp://school.example.nl/status', 'file:///var/status', 'did:web:school.example.nl',
    'https://school.example.nl/status?x=1', 'https://school.example.nl/status?', 'https://school.example.nl/status#a', 'https://school.example.nl/status#',
  ])('refuses %j', (input) => {
    expect(() => listBaseUrl(input)).toThrow(InvalidArgumentError)
  })
})

describe('checkSettingsInput', () => {
  it('accepts nothing, and good values', () => {
    expect(() => checkSettingsInput({})).not.toThrow()
    expect(() => checkSettingsInput({ statusListBaseUrl: 'https://s.example/status', statusPurpose: 'suspension', statusListLength: MIN_STATUS_LIST_LENGTH })).not.toThrow()
    expect(() => checkSettingsInput({ statusPurpose: 'revocation', statusListLength: MIN_STATUS_LIST_LENGTH + 8 })).not.toThrow()
  })

  it.each<[string, SettingsInput]>([
    ['statusListBaseUrl', { statusListBaseUrl: 'nope' }],
    ['statusPurpose', { statusPurpose: 'refresh' as never }],
    ['statusPurpose', { statusPurpose: '' as never }],
    ['statusListLength', { statusListLength: MIN_STATUS_LIST_LENGTH - 8 }],
    ['statusListLength', { statusListLength: MIN_STATUS_LIST_LENGTH + 1 }],
    ['statusListLength', { statusListLength: Number.NaN }],
    ['statusListLength', { statusListLength: '131072' as never }],
    ['statusListLength', { statusListLength: 2 ** 60 }],
  ])('refuses a bad %s', (name, input) => {
    expect(() => checkSettingsInput(input)).toThrow(InvalidArgumentError)
    expect(() => checkSettingsInput(input)).toThrow(name)
  })
})

describe('applySettings and readSettings', () => {
  let driver: SqlDriver | undefined
  afterEach(async () => { await driver?.close(); driver = undefined })

  async function freshDriver(): Promise<SqlDriver> {
    driver = await openSqliteDriver(':memory:')
    await migrate(driver, new Date('2026-01-01T00:00:00Z'))
    return driver
  }

  it('keeps the defaults when nothing is given, and no base URL', async () => {
    const db = await freshDriver()
    await applySettings(db, {})
    expect(await readSettings(db)).toEqual({ statusPurpose: 'revocation', statusListLength: MIN_STATUS_LIST_LENGTH })
    await expect(applySettings(db, { statusPurpose: 'suspension' })).rejects.toMatchObject({ code: 'ERR_STORE_CONFIG' })
    await applySettings(db, { statusListBaseUrl: 'https://s.example/status/' })
    expect((await readSettings(db)).statusListBaseUrl).toBe('https://s.example/status')
  })

  it('keeps the first values; the same again is fine, another is ERR_STORE_CONFIG naming the setting and both values', async () => {
    const db = await freshDriver()
    const first = { statusListBaseUrl: 'https://s.example/status', statusPurpose: 'suspension' as const, statusListLength: 2 * MIN_STATUS_LIST_LENGTH }
    await applySettings(db, first)
    await applySettings(db, first)
    await applySettings(db, {})
    expect(await readSettings(db)).toEqual(first)
    const error = await applySettings(db, { statusListLength: MIN_STATUS_LIST_LENGTH }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreError)
    expect((error as StoreError).code).toBe('ERR_STORE_CONFIG')
    expect((error as StoreError).message).toContain('status_list_length')
    expect((error as StoreError).message).toContain(String(2 * MIN_STATUS_LIST_LENGTH))
    expect((error as StoreError).message).toContain(String(MIN_STATUS_LIST_LENGTH))
    expect(await readSettings(db)).toEqual(first)
  })

  it('a refused change writes nothing, not even settings not yet kept', async () => {
    const db = await freshDriver()
    await applySettings(db, { statusPurpose: 'revocation' })
    await expect(applySettings(db, { statusListBaseUrl: 'https://s.example/status', statusPurpose: 'suspension' })).rejects.toMatchObject({ code: 'ERR_STORE_CONFIG' })
    expect(await readSettings(db)).not.toHaveProperty('statusListBaseUrl')
  })
})
