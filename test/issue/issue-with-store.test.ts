import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { buildCredential } from '../../src/build/index.js'
import { InvalidArgumentError, InvalidCredentialError, McredError, QualityGateError, SigningError } from '../../src/errors/errors.js'
import { issueCredential, issueCredentialWithReport } from '../../src/issue/index.js'
import type { Signer } from '../../src/keys/index.js'
import type { IssuanceStore } from '../../src/model/issuance-store.js'
import { createStatusChecker } from '../../src/status/create-status-checker.js'
import { publishStatusList, reinstateCredential, revokeCredential, suspendCredential } from '../../src/store/index.js'
import { verifyCredential } from '../../src/verify/index.js'
import { loadExample } from '../build/helpers.js'
import { minimalBadge, testKey } from '../helpers/credentials.js'
import type { Json } from '../helpers/sign.js'
import { useTempStores } from '../helpers/temp-stores.js'

const BASE = 'https://school.example.nl/status'
const LIST_1 = `${BASE}/1`
/** Issue and publish at T0; verify a day later (lists are valid 7 days by default). */
const T0 = new Date('2026-03-02T09:00:00Z')
const DAY_LATER = new Date('2026-03-03T09:00:00Z')

const { signer, keyPair: { controller: issuerId } } = await testKey()
const { sqliteStore, postgresStore } = useTempStores({ statusListBaseUrl: BASE, prefix: 'mcred-issue-store-', file: 'data/issued.db' })

/** The mbo example microcredential for the test issuer: a fresh id and fresh recipient salts each call. */
const mbo = (): Json => buildCredential(loadExample('mbo-zorg-microcredential'), { issuerId }) as Json

/** Publishes list 1 and verifies `credential` against that publication at `at`. */
async function verifyAgainstPublished(store: IssuanceStore, credential: Json, at = DAY_LATER, publishAt = T0) {
  const published = await publishStatusList(store, signer, { url: LIST_1, now: publishAt })
  const statusChecker = createStatusChecker({ documents: { [published.url]: published.credential }, now: () => at })
  return verifyCredential(credential, { now: at, statusChecker })
}

const codes = (result: { errors: Array<{ code: string }> }) => result.errors.map((e) => e.code)

async function expectNothingWritten(store: IssuanceStore, credentialId?: string): Promise<void> {
  expect(await store.auditLog()).toEqual([])
  expect(await store.statusLists()).toEqual([])
  if (credentialId !== undefined) expect(await store.get(credentialId)).toBeUndefined()
}

describe('issueCredential with a store (SQLite)', () => {
  it('adds a BitstringStatusListEntry into <base>/1; verified against the published list, REVOKED after revoke + republish', async () => {
    const store = await sqliteStore()
    const signed = await issueCredential(mbo(), signer, { store, idempotencyKey: 'sis-1', now: T0 })
    const status = signed.credentialStatus as Record<string, string>
    const index = Number(status.statusListIndex)
    expect(status).toEqual({ id: `${LIST_1}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: String(index), statusListCredential: LIST_1 })
    expect(Number.isSafeInteger(index) && index >= 0 && index < 131_072).toBe(true)

    const fine = await verifyAgainstPublished(store, signed)
    expect(fine.errors).toEqual([])
    expect(fine.verified).toBe(true)

    await revokeCredential(store, signed.id as string, { reason: 'fraude', now: T0 })
    const revoked = await verifyAgainstPublished(store, signed)
    expect(revoked.verified).toBe(false)
    expect(revoked.errors.map((e) => [e.check, e.code])).toEqual([['status', 'REVOKED']])
  })

  it('issueCredentialWithReport returns the stored record (reused false) holding exactly the returned credential', async () => {
    const store = await sqliteStore()
    const unsigned = mbo()
    const result = await issueCredentialWithReport(unsigned, signer, { store, idempotencyKey: 'sis-2', actor: 'sis-sync', now: T0 })
    expect(result.reused).toBe(false)
    const record = result.record!
    expect(record.credentialJson).toBe(JSON.stringify(result.credential))
    expect(record.sha256).toBe(createHash('sha256').update(record.credentialJson, 'utf8').digest('hex'))
    expect(record).toMatchObject({
      credentialId: unsigned.id, idempotencyKey: 'sis-2', actor: 'sis-sync', state: 'active', statusPurpose: 'revocation',
      statusListCredential: LIST_1, statusListIndex: Number((result.credential.credentialStatus as Json).statusListIndex),
      achievementId: (unsigned.credentialSubject as Json).achievement.id, issuedAt: T0.toISOString(),
    })
    expect(record.recipient).toMatch(/^sha256\$[0-9a-f]{64}$/)
    expect(result.quality.findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(await store.get(unsigned.id as string)).toEqual(record)
    expect(await store.getByIdempotencyKey('sis-2')).toEqual(record)
    const events = await store.auditLog()
    expect(events.map((e) => [e.action, e.actor, e.credentialId])).toEqual([['issue', 'sis-sync', unsigned.id]])
  })

  it('a retry with the same key returns identical JSON, even for a rebuilt credential (new id, new salt)', async () => {
    const store = await sqliteStore()
    const first = mbo()
    const rebuilt = mbo()
    expect(rebuilt.id).not.toBe(first.id)
    expect(JSON.stringify(rebuilt.credentialSubject)).not.toBe(JSON.stringify(first.credentialSubject))
    const a = await issueCredentialWithReport(first, signer, { store, idempotencyKey: 'sis-3', now: T0 })
    const b = await issueCredentialWithReport(rebuilt, signer, { store, idempotencyKey: 'sis-3', now: new Date(T0.getTime() + 60_000) })
    expect(b.reused).toBe(true)
    expect(JSON.stringify(b.credential)).toBe(JSON.stringify(a.credential))
    expect(b.record).toEqual(a.record)
    expect(b.credential.id).toBe(first.id)
    expect(await store.get(rebuilt.id as string)).toBeUndefined()
    expect((await store.auditLog()).map((e) => e.action)).toEqual(['issue'])
    const c = await issueCredential(mbo(), signer, { store, idempotencyKey: 'sis-3' })
    expect(JSON.stringify(c)).toBe(JSON.stringify(a.credential))
  })

  it('without a key the credential id plays its part: the same credential again is reused', async () => {
    const store = await sqliteStore()
    const unsigned = mbo()
    const a = await issueCredentialWithReport(unsigned, signer, { store, now: T0 })
    const b = await issueCredentialWithReport(unsigned, signer, { store, now: DAY_LATER })
    expect([a.reused, b.reused]).toEqual([false, true])
    expect(JSON.stringify(b.credential)).toBe(JSON.stringify(a.credential))
    expect(a.record?.idempotencyKey).toBeUndefined()
  })

  it('two different credentials get different indexes in the same list', async () => {
    const store = await sqliteStore()
    const a = await issueCredential(mbo(), signer, { store, idempotencyKey: 'a', now: T0 })
    const b = await issueCredential(mbo(), signer, { store, idempotencyKey: 'b', now: T0 })
    const [sa, sb] = [a.credentialStatus as Json, b.credentialStatus as Json]
    expect(sa.statusListCredential).toBe(LIST_1)
    expect(sb.statusListCredential).toBe(LIST_1)
    expect(sa.statusListIndex).not.toBe(sb.statusListIndex)
    await revokeCredential(store, a.id as string, { now: T0 })
    expect(codes(await verifyAgainstPublished(store, a))).toEqual(['REVOKED'])
    expect(codes(await verifyAgainstPublished(store, b))).toEqual([])
  })

  it('the list expires: verifying after its validUntil → STATUS_VERIFICATION_ERROR', async () => {
    const store = await sqliteStore()
    const signed = await issueCredential(mbo(), signer, { store, now: T0 })
    const published = await publishStatusList(store, signer, { url: LIST_1, now: T0, validForSeconds: 3600 })
    const check = (at: Date) => verifyCredential(signed, { now: at, statusChecker: createStatusChecker({ documents: { [LIST_1]: published.credential }, now: () => at }) })
    expect(codes(await check(new Date(T0.getTime() + 3599_000)))).toEqual([])
    const late = await check(new Date(T0.getTime() + 3601_000))
    expect(codes(late)).toEqual(['STATUS_VERIFICATION_ERROR'])
    expect(late.errors[0]?.message).toContain('expired')
    // The default validity is 7 days.
    expect(codes(await verifyAgainstPublished(store, signed, new Date(T0.getTime() + 7 * 86_400_000 + 1000)))).toEqual(['STATUS_VERIFICATION_ERROR'])
  })
})

describe('issueCredential with a suspension store', () => {
  it('suspend → SUSPENDED; reinstate + republish → verified again', async () => {
    const store = await sqliteStore('suspension')
    const signed = await issueCredential(mbo(), signer, { store, idempotencyKey: 's-1', now: T0 })
    expect((signed.credentialStatus as Json).statusPurpose).toBe('suspension')
    expect(codes(await verifyAgainstPublished(store, signed))).toEqual([])
    await suspendCredential(store, signed.id as string, { reason: 'onderzoek', now: T0 })
    expect(codes(await verifyAgainstPublished(store, signed))).toEqual(['SUSPENDED'])
    await reinstateCredential(store, signed.id as string, { now: T0 })
    const back = await verifyAgainstPublished(store, signed)
    expect(back.errors).toEqual([])
    expect(back.verified).toBe(true)
  })
})

describe('issuing through a store: refusals write nothing', () => {
  it('idempotencyKey without a store → InvalidArgumentError', async () => {
    await expect(issueCredential(minimalBadge(issuerId), signer, { idempotencyKey: 'k' })).rejects.toThrow(InvalidArgumentError)
  })

  it('a credential without an id → refused by the quality gate, and by the store even when the gate is overridden; nothing written', async () => {
    const store = await sqliteStore()
    const { id: _id, ...noId } = minimalBadge(issuerId)
    await expect(issueCredential(noId, signer, { store, idempotencyKey: 'k' })).rejects.toThrow(QualityGateError)
    const error = await issueCredential(noId, signer, { store, idempotencyKey: 'k', qualityOverride: { reason: 'test' } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidArgumentError)
    expect((error as Error).message).toMatch(/"id"/)
    await expectNothingWritten(store)
  })

  it('a credential that already has a credentialStatus → InvalidArgumentError; nothing written', async () => {
    const store = await sqliteStore()
    const credentialStatus = { id: `${LIST_1}#5`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '5', statusListCredential: LIST_1 }
    const unsigned: Json = { ...minimalBadge(issuerId), credentialStatus }
    await expect(issueCredential(unsigned, signer, { store })).rejects.toThrow(/already has a credentialStatus/)
    await expect(issueCredential(unsigned, signer, { store })).rejects.toThrow(InvalidArgumentError)
    await expectNothingWritten(store, unsigned.id as string)
  })

  it('a VCDM 1.1 credential → InvalidCredentialError; nothing written', async () => {
    const store = await sqliteStore()
    const { validFrom: _validFrom, ...rest } = minimalBadge(issuerId)
    const v1: Json = { ...rest, '@context': ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'], issuanceDate: '2025-09-01T00:00:00Z' }
    // Without a store the same credential issues (so the refusal is the store's).
    expect((await issueCredential(v1, signer)).proof).toBeDefined()
    const error = await issueCredential(v1, signer, { store }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidCredentialError)
    expect((error as Error).message).toMatch(/VC Data Model 2\.0/)
    await expectNothingWritten(store, v1.id as string)
  })

  it('a quality-gate failure → QualityGateError; nothing written', async () => {
    const store = await sqliteStore()
    const bad: Json = { ...minimalBadge(issuerId), validFrom: 'yesterday' }
    await expect(issueCredential(bad, signer, { store, idempotencyKey: 'k' })).rejects.toThrow(QualityGateError)
    await expectNothingWritten(store, bad.id as string)
    expect(await store.getByIdempotencyKey('k')).toBeUndefined()
  })

  it('a signer that fails inside the store transaction → SigningError; nothing written, and the key stays free', async () => {
    const store = await sqliteStore()
    const broken: Signer = { ...signer, sign: async () => { throw new Error('HSM offline') } }
    const unsigned = mbo()
    const error = await issueCredential(unsigned, broken, { store, idempotencyKey: 'k', now: T0 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SigningError)
    expect((error as McredError).code).toBe('ERR_SIGNING_FAILED')
    await expectNothingWritten(store, unsigned.id as string)
    const ok = await issueCredentialWithReport(unsigned, signer, { store, idempotencyKey: 'k', now: T0 })
    expect(ok.reused).toBe(false)
  })
})

describe('issueCredential with a PostgreSQL store', () => {
  it('issues, retries, verifies and revokes like SQLite', async () => {
    const store = await postgresStore()
    expect(store.kind).toBe('postgres')
    const a = await issueCredentialWithReport(mbo(), signer, { store, idempotencyKey: 'pg-1', now: T0 })
    const b = await issueCredentialWithReport(mbo(), signer, { store, idempotencyKey: 'pg-1', now: T0 })
    expect([a.reused, b.reused]).toEqual([false, true])
    expect(JSON.stringify(b.credential)).toBe(JSON.stringify(a.credential))
    expect((a.credential.credentialStatus as Json).statusListCredential).toBe(LIST_1)
    expect(codes(await verifyAgainstPublished(store, a.credential))).toEqual([])
    await revokeCredential(store, a.credential.id as string, { now: T0 })
    expect(codes(await verifyAgainstPublished(store, a.credential))).toEqual(['REVOKED'])
    expect((await store.auditLog()).map((e) => e.action)).toEqual(['issue', 'publish', 'revoke', 'publish'])
  })
})
