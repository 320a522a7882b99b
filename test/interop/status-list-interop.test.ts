import { gunzipSync } from 'node:zlib'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { issueCredential, issueStatusListCredential } from '../../src/issue/index.js'
import type { Signer } from '../../src/keys/index.js'
import { createDocumentLoader } from '../../src/loader/index.js'
import type { IssuanceStore } from '../../src/model/issuance-store.js'
import { createStatusChecker } from '../../src/status/create-status-checker.js'
import { buildStatusListCredential } from '../../src/status/status-list-credential.js'
import { openSqliteStore, publishStatusList, revokeCredential } from '../../src/store/index.js'
import { verifyCredential } from '../../src/verify/index.js'
import { minimalBadge, TEST_SEED, testKey } from '../helpers/credentials.js'
import type { Json } from '../helpers/sign.js'

const loader = createDocumentLoader()
const BASE = 'https://school.example.nl/status'
const LIST_1 = `${BASE}/1`
const T0 = new Date('2026-03-02T09:00:00Z')
const LATER = new Date('2026-03-03T09:00:00Z')
const now = () => LATER

let signer: Signer
let issuerId: string
const cleanups: Array<() => Promise<void> | void> = []

beforeAll(async () => {
  const key = await testKey()
  signer = key.signer
  issuerId = key.keyPair.controller
})

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function sqliteStore(): Promise<IssuanceStore> {
  const dir = mkdtempSync(join(tmpdir(), 'mcred-interop-'))
  const store = await openSqliteStore(join(dir, 'issued.db'), { statusListBaseUrl: BASE })
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => store.close())
  return store
}

const dbSuite = () => new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 })

/**
 * A `checkStatus` for @digitalbazaar/vc that does not use this library's status code: @digitalbazaar/vc
 * verifies the list credential, and the bit is read with Node's own base64url and gunzip (index 0 is
 * the most significant bit of the first byte).
 */
function independentCheckStatus(lists: Record<string, Json>) {
  return async ({ credential }: { credential: Json }) => {
    const entry = credential.credentialStatus as Json
    const list = lists[entry.statusListCredential as string]
    if (!list) return { verified: false, error: new Error('no list') }
    const listResult = await vc.verifyCredential({ credential: list, suite: dbSuite(), documentLoader: loader, now: LATER })
    if (!listResult.verified) return { verified: false, error: listResult.error }
    const encoded = (list.credentialSubject as Json).encodedList as string
    const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'))
    const index = Number(entry.statusListIndex)
    const set = (((bits[index >> 3] ?? 0) >> (7 - (index & 7))) & 1) === 1
    return { verified: !set, revoked: set }
  }
}

/** A @digitalbazaar/vc Multikey from the test seed: the same key as our test issuer's. */
async function dbIssuerKey() {
  const key = await Ed25519Multikey.generate({ seed: TEST_SEED })
  const did = `did:key:${key.publicKeyMultibase}`
  return Ed25519Multikey.from({ ...(await key.export({ publicKey: true, secretKey: true })), id: `${did}#${key.publicKeyMultibase}`, controller: did })
}

describe('status lists: cross-check with @digitalbazaar/vc', () => {
  it('@digitalbazaar/vc verifies our signed status list credential (and refuses it tampered)', async () => {
    const unsigned = buildStatusListCredential({ url: LIST_1, issuer: issuerId, purpose: 'revocation', setIndexes: [7], validFrom: T0.toISOString(), validUntil: '2026-03-09T09:00:00Z' })
    const list = await issueStatusListCredential(unsigned, signer, { now: T0 })
    const result = await vc.verifyCredential({ credential: list, suite: dbSuite(), documentLoader: loader, now: LATER })
    expect(result.error).toBeUndefined()
    expect(result.verified).toBe(true)
    const tampered = { ...list, credentialSubject: { ...(list.credentialSubject as Json), statusPurpose: 'suspension' } }
    expect((await vc.verifyCredential({ credential: tampered, suite: dbSuite(), documentLoader: loader, now: LATER })).verified).toBe(false)
  })

  it('@digitalbazaar/vc verifies a credential issued through a store, with its status read independently', async () => {
    const store = await sqliteStore()
    const signed = await issueCredential(minimalBadge(issuerId), signer, { store, now: T0 })
    expect((signed.credentialStatus as Json).type).toBe('BitstringStatusListEntry')

    const before = await publishStatusList(store, signer, { url: LIST_1, now: T0 })
    const fine = await vc.verifyCredential({ credential: signed, suite: dbSuite(), documentLoader: loader, now: LATER, checkStatus: independentCheckStatus({ [LIST_1]: JSON.parse(before.json) }) }) as Json
    expect(fine.error).toBeUndefined()
    expect(fine.verified).toBe(true)
    expect(fine.statusResult).toMatchObject({ verified: true, revoked: false })

    await revokeCredential(store, signed.id as string, { now: T0 })
    const after = await publishStatusList(store, signer, { url: LIST_1, now: T0 })
    const revoked = await vc.verifyCredential({ credential: signed, suite: dbSuite(), documentLoader: loader, now: LATER, checkStatus: independentCheckStatus({ [LIST_1]: JSON.parse(after.json) }) }) as Json
    expect(revoked.verified).toBe(false)
    expect(revoked.statusResult).toMatchObject({ verified: false, revoked: true })
    // @digitalbazaar/vc fails closed when a credential has a status and no checkStatus is given.
    const noChecker = await vc.verifyCredential({ credential: signed, suite: dbSuite(), documentLoader: loader, now: LATER }) as Json
    expect(noChecker.verified).toBe(false)
    expect(String(noChecker.error?.message ?? noChecker.error)).toMatch(/checkStatus/)
  })

  it('our verifier accepts a status list signed by @digitalbazaar/vc (eddsa-rdfc-2022) with our credential issuer\'s key', async () => {
    const key = await dbIssuerKey()
    expect(key.controller).toBe(issuerId)
    const store = await sqliteStore()
    const signed = await issueCredential(minimalBadge(issuerId), signer, { store, now: T0 })
    const index = Number((signed.credentialStatus as Json).statusListIndex)

    const dbSigned = async (setIndexes: number[]) => vc.issue({
      credential: buildStatusListCredential({ url: LIST_1, issuer: issuerId, purpose: 'revocation', setIndexes, validFrom: T0.toISOString(), validUntil: '2026-03-09T09:00:00Z' }),
      suite: new DataIntegrityProof({ signer: key.signer(), cryptosuite: eddsaRdfc2022, date: T0.toISOString() }),
      documentLoader: loader,
    }) as Promise<Json>

    const clear = await dbSigned([])
    expect(clear.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', verificationMethod: key.id })
    const fine = await verifyCredential(signed, { now: LATER, statusChecker: createStatusChecker({ documents: { [LIST_1]: clear }, now }) })
    expect(fine.errors).toEqual([])
    expect(fine.verified).toBe(true)

    const set = await dbSigned([index])
    const revoked = await verifyCredential(signed, { now: LATER, statusChecker: createStatusChecker({ documents: { [LIST_1]: set }, now }) })
    expect(revoked.errors.map((e) => [e.check, e.code])).toEqual([['status', 'REVOKED']])
  })

  it('a list signed by @digitalbazaar/vc with another key is refused by our verifier', async () => {
    const seed = Uint8Array.from({ length: 32 }, (_, i) => 200 - i)
    const other = await Ed25519Multikey.generate({ seed })
    const otherDid = `did:key:${other.publicKeyMultibase}`
    const otherKey = await Ed25519Multikey.from({ ...(await other.export({ publicKey: true, secretKey: true })), id: `${otherDid}#${other.publicKeyMultibase}`, controller: otherDid })
    const store = await sqliteStore()
    const signed = await issueCredential(minimalBadge(issuerId), signer, { store, now: T0 })
    const list = await vc.issue({
      credential: buildStatusListCredential({ url: LIST_1, issuer: otherDid, purpose: 'revocation', setIndexes: [], validFrom: T0.toISOString() }),
      suite: new DataIntegrityProof({ signer: otherKey.signer(), cryptosuite: eddsaRdfc2022, date: T0.toISOString() }),
      documentLoader: loader,
    }) as Json
    const result = await verifyCredential(signed, { now: LATER, statusChecker: createStatusChecker({ documents: { [LIST_1]: list }, now }) })
    expect(result.errors.map((e) => e.code)).toEqual(['STATUS_VERIFICATION_ERROR'])
    expect(result.errors[0]?.message).toContain('not by the credential\'s issuer')
  })
})
