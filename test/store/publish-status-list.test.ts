import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { InvalidArgumentError, StoreError } from '../../src/errors/errors.js'
import { issueCredential } from '../../src/issue/index.js'
import type { IssuanceStore } from '../../src/model/issuance-store.js'
import { decodeList, getBit } from '../../src/status/bitstring.js'
import { createStatusChecker } from '../../src/status/create-status-checker.js'
import { DEFAULT_LIST_VALIDITY_SECONDS, publishStatusList, revokeCredential, suspendCredential } from '../../src/store/index.js'
import { verifyCredential } from '../../src/verify/index.js'
import { minimalBadge, testKey } from '../helpers/credentials.js'
import type { Json } from '../helpers/sign.js'
import { useTempStores } from '../helpers/temp-stores.js'

const BASE = 'https://school.example.nl/status'
const LIST_1 = `${BASE}/1`
const NOW = new Date('2026-03-02T09:00:00Z')

const { signer, keyPair: { controller: issuerId } } = await testKey()
const { sqliteStore, postgresStore } = useTempStores({ statusListBaseUrl: BASE, prefix: 'mcred-publish-' })

/** Issues `n` small badges through the store; returns them signed. */
async function issueMany(store: IssuanceStore, n: number): Promise<Json[]> {
  const out: Json[] = []
  for (let i = 0; i < n; i++) {
    const id = `urn:uuid:00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`
    out.push(await issueCredential({ ...minimalBadge(issuerId), id }, signer, { store, now: NOW }) as Json)
  }
  return out
}

const indexOf = (credential: Json): number => Number((credential.credentialStatus as Json).statusListIndex)
const bitsOf = (list: Json): Uint8Array => decodeList((list.credentialSubject as Json).encodedList as string)

describe('publishStatusList', () => {
  it('builds and signs the list: id = url, issuer = the signer\'s controller, purpose and length of the store', async () => {
    const store = await sqliteStore()
    await issueMany(store, 1)
    const published = await publishStatusList(store, signer, { url: LIST_1, now: NOW })
    const list = published.credential
    expect(published.url).toBe(LIST_1)
    expect(list).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: LIST_1,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: issuerId,
      validFrom: '2026-03-02T09:00:00Z',
      credentialSubject: { id: `${LIST_1}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation' },
    })
    expect(list.proof).toMatchObject([{ cryptosuite: 'eddsa-rdfc-2022', verificationMethod: signer.id, created: '2026-03-02T09:00:00Z' }])
    expect(bitsOf(list).length * 8).toBe(131_072)
  })

  it('validUntil = now + validForSeconds, by default 7 days', async () => {
    const store = await sqliteStore()
    await issueMany(store, 1)
    expect(DEFAULT_LIST_VALIDITY_SECONDS).toBe(7 * 24 * 3600)
    const byDefault = await publishStatusList(store, signer, { url: LIST_1, now: NOW })
    expect(byDefault.validUntil).toBe('2026-03-09T09:00:00Z')
    expect(byDefault.credential.validUntil).toBe(byDefault.validUntil)
    const hour = await publishStatusList(store, signer, { url: LIST_1, now: NOW, validForSeconds: 3600 })
    expect(hour.validUntil).toBe('2026-03-02T10:00:00Z')
    expect(hour.credential.validUntil).toBe('2026-03-02T10:00:00Z')
    const withMillis = await publishStatusList(store, signer, { url: LIST_1, now: new Date('2026-03-02T09:00:00.250Z'), validForSeconds: 60 })
    expect(withMillis.validUntil).toBe(new Date(Date.parse('2026-03-02T09:00:00.250Z') + 60_000).toISOString())
    expect(withMillis.credential.validFrom).toBe('2026-03-02T09:00:00.250Z')
  })

  it('json is JSON.stringify(credential, null, 2) + newline, and sha256 is its hex SHA-256', async () => {
    const store = await sqliteStore()
    await issueMany(store, 1)
    const published = await publishStatusList(store, signer, { url: LIST_1, now: NOW })
    expect(published.json).toBe(`${JSON.stringify(published.credential, null, 2)}\n`)
    expect(published.sha256).toBe(createHash('sha256').update(published.json, 'utf8').digest('hex'))
    expect(JSON.parse(published.json)).toEqual(published.credential)
  })

  it('sets exactly the bits of revoked credentials; an untouched list is all zeros', async () => {
    const store = await sqliteStore()
    const [a, b, c] = await issueMany(store, 3) as [Json, Json, Json]
    expect(bitsOf((await publishStatusList(store, signer, { url: LIST_1, now: NOW })).credential).every((x) => x === 0)).toBe(true)
    await revokeCredential(store, a.id as string, { now: NOW })
    await revokeCredential(store, c.id as string, { now: NOW })
    const bits = bitsOf((await publishStatusList(store, signer, { url: LIST_1, now: NOW })).credential)
    expect([getBit(bits, indexOf(a)), getBit(bits, indexOf(b)), getBit(bits, indexOf(c))]).toEqual([true, false, true])
    let count = 0
    for (const byte of bits) for (let x = byte; x; x &= x - 1) count++
    expect(count).toBe(2)
  })

  it('a suspension list sets the bits of suspended credentials', async () => {
    const store = await sqliteStore('suspension')
    const [a, b] = await issueMany(store, 2) as [Json, Json]
    await suspendCredential(store, b.id as string, { now: NOW })
    const list = (await publishStatusList(store, signer, { url: LIST_1, now: NOW })).credential
    expect((list.credentialSubject as Json).statusPurpose).toBe('suspension')
    expect([getBit(bitsOf(list), indexOf(a)), getBit(bitsOf(list), indexOf(b))]).toEqual([false, true])
  })

  it('the published list is what verifiers accept', async () => {
    const store = await sqliteStore()
    const [a] = await issueMany(store, 1) as [Json]
    const published = await publishStatusList(store, signer, { url: LIST_1, now: NOW })
    const at = new Date(NOW.getTime() + 3600_000)
    const result = await verifyCredential(a, { now: at, statusChecker: createStatusChecker({ documents: { [LIST_1]: JSON.parse(published.json) }, now: () => at }) })
    expect(result.errors).toEqual([])
  })

  it('records a publish audit event (validUntil, sha256, actor) and the publication on the list', async () => {
    const store = await sqliteStore()
    await issueMany(store, 1)
    const first = await publishStatusList(store, signer, { url: LIST_1, now: NOW })
    const second = await publishStatusList(store, signer, { url: LIST_1, now: new Date(NOW.getTime() + 60_000), validForSeconds: 3600, actor: 'nightly-job' })
    const events = (await store.auditLog({ statusListCredential: LIST_1 })).filter((e) => e.action === 'publish')
    expect(events.map((e) => [e.actor, e.at, e.details])).toEqual([
      ['microcredentials', NOW.toISOString(), { validUntil: first.validUntil, sha256: first.sha256 }],
      ['nightly-job', new Date(NOW.getTime() + 60_000).toISOString(), { validUntil: second.validUntil, sha256: second.sha256 }],
    ])
    expect(events.every((e) => e.credentialId === undefined)).toBe(true)
    const [info] = await store.statusLists()
    expect(info).toMatchObject({ url: LIST_1, publishedAt: new Date(NOW.getTime() + 60_000).toISOString(), validUntil: second.validUntil })
  })

  it('an unknown list → StoreError ERR_NOT_FOUND, and nothing is recorded', async () => {
    const store = await sqliteStore()
    const none = await publishStatusList(store, signer, { url: LIST_1, now: NOW }).catch((e: unknown) => e)
    expect(none).toBeInstanceOf(StoreError)
    expect((none as StoreError).code).toBe('ERR_NOT_FOUND')
    await issueMany(store, 1)
    const other = await publishStatusList(store, signer, { url: `${BASE}/2`, now: NOW }).catch((e: unknown) => e)
    expect((other as StoreError).code).toBe('ERR_NOT_FOUND')
    expect((other as Error).message).toContain(`${BASE}/2`)
    expect((await store.auditLog()).map((e) => e.action)).toEqual(['issue'])
  })

  it('a bad validForSeconds or a missing url → InvalidArgumentError, and nothing is recorded', async () => {
    const store = await sqliteStore()
    await issueMany(store, 1)
    for (const validForSeconds of [0, -60, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '60' as unknown as number]) {
      await expect(publishStatusList(store, signer, { url: LIST_1, now: NOW, validForSeconds }), String(validForSeconds)).rejects.toThrow(InvalidArgumentError)
    }
    await expect(publishStatusList(store, signer, {} as { url: string })).rejects.toThrow(InvalidArgumentError)
    expect((await store.auditLog()).map((e) => e.action)).toEqual(['issue'])
  })
})

describe('publishStatusList on PostgreSQL', () => {
  it('publishes, records the publication, and reflects a revocation', async () => {
    const store = await postgresStore()
    const [a] = await issueMany(store, 1) as [Json]
    await revokeCredential(store, a.id as string, { now: NOW })
    const published = await publishStatusList(store, signer, { url: LIST_1, now: NOW })
    expect(getBit(bitsOf(published.credential), indexOf(a))).toBe(true)
    const [event] = (await store.auditLog()).filter((e) => e.action === 'publish')
    expect(event?.details).toEqual({ validUntil: published.validUntil, sha256: published.sha256 })
  })
})
