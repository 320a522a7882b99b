/**
 * The issuance store suite on PostgreSQL (a real server, see test/setup/postgres.ts), and what is
 * particular to a PostgreSQL store.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { openPostgresStore } from '../../src/store/open-postgres-store.js'
import { openStore } from '../../src/store/open-store.js'
import { freePort } from '../helpers/free-port.js'
import { BASE, postgresBackend } from './helpers.js'
import { describeIssuanceStore, expectStoreError } from './store-suite.js'

describeIssuanceStore('PostgreSQL', postgresBackend)

describe('PostgreSQL store locations', () => {
  const backend = postgresBackend()
  afterAll(async () => { await backend.closeAll(); await backend.dispose() })

  it('a closed port is ERR_STORE_OPEN naming the URL without its password', async () => {
    const port = await freePort() // bound, then released: nobody listens
    for (const scheme of ['postgres', 'postgresql']) {
      const url = `${scheme}://mcred:s3cret-pw@127.0.0.1:${port}/issued`
      const error = await expectStoreError(openStore(url, { statusListBaseUrl: BASE }), 'ERR_STORE_OPEN', `${scheme}://mcred:***@127.0.0.1:${port}/issued`)
      expect(error.message).not.toContain('s3cret-pw')
      expect(String(error.stack)).not.toContain('s3cret-pw')
    }
    const direct = await expectStoreError(openPostgresStore(`postgres://mcred:s3cret-pw@127.0.0.1:${port}/issued`), 'ERR_STORE_OPEN', `127.0.0.1:${port}`)
    expect(direct.message).not.toContain('s3cret-pw')
  })

  it('openStore opens PostgreSQL for postgres:// and postgresql:// URLs', async () => {
    const loc = await backend.fresh()
    const plain = await openStore(loc.location, { statusListBaseUrl: BASE })
    try {
      expect(plain.kind).toBe('postgres')
    } finally {
      await plain.close()
    }
    const other = await openStore(loc.location.replace(/^postgres:/, 'postgresql:'))
    try {
      expect(other.kind).toBe('postgres')
      expect(await other.statusLists()).toEqual([])
    } finally {
      await other.close()
    }
    const tables = await loc.exec(`SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_name = 'mcred_credentials'`)
    expect(Number(tables[0]?.n)).toBe(1)
  })
})
