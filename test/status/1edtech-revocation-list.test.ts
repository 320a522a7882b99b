import { beforeAll, describe, expect, it } from 'vitest'
import { issueCredential } from '../../src/issue/index.js'
import { check1EdTechRevocationList } from '../../src/status/check-1edtech-revocation-list.js'
import { createStatusChecker, type StatusCheckerOptions } from '../../src/status/create-status-checker.js'
import { createDocumentLoader } from '../../src/loader/index.js'
import { verifyCredential } from '../../src/verify/index.js'
import { minimalBadge, NOW, testKey } from '../helpers/credentials.js'
import { fixtureJson } from '../helpers/fixtures.js'
import type { Json } from '../helpers/sign.js'
import { fakeFetch, jsonResponse } from '../net/fake-fetch.js'

const LIST = 'https://school.example.nl/revocations/1'
const CREDENTIAL_ID = 'urn:uuid:2f5b8c7e-8a4e-4a51-9f0e-6f2d8f1d2b11'
const OTHER_ID = 'urn:uuid:00000000-0000-4000-8000-000000000000'
const status = (id: unknown = LIST): Json => ({ id, type: '1EdTechRevocationList' })

let issuerId: string
let credential: Json

const list = (revokedCredentials: unknown, extra: Json = {}): Json => ({ id: LIST, issuer: issuerId, revokedCredentials, ...extra })
const check = (entry: unknown, documents: Record<string, unknown>, extra: StatusCheckerOptions = {}, subject: Json = credential) =>
  createStatusChecker({ documents, ...extra })(subject, entry)
const codes = (errors: Array<{ code: string }>) => errors.map((e) => e.code)

beforeAll(async () => {
  const { keyPair } = await testKey()
  issuerId = keyPair.controller
  credential = { id: CREDENTIAL_ID, issuer: { id: issuerId } }
})

describe('1EdTechRevocationList: the list decides', () => {
  it('the credential listed → REVOKED with the reason in the message; path is the credentialStatus', async () => {
    const errors = await check(status(), { [LIST]: list([{ id: OTHER_ID }, { id: CREDENTIAL_ID, revoked: true, revocationReason: 'Diploma ingetrokken: fraude' }]) })
    expect(codes(errors)).toEqual(['REVOKED'])
    expect(errors[0]).toMatchObject({ check: 'status', path: '$.credentialStatus' })
    expect(errors[0]?.message).toContain('Diploma ingetrokken: fraude')
    expect(errors[0]?.message).toContain(LIST)
  })

  it('revoked left out means revoked; the strings "true"/"false" are read as booleans (edubadges writes "true")', async () => {
    const omitted = await check(status(), { [LIST]: list([{ id: CREDENTIAL_ID }]) })
    expect(codes(omitted)).toEqual(['REVOKED'])
    expect(omitted[0]?.message).toContain('no reason given')
    expect(codes(await check(status(), { [LIST]: list([{ id: CREDENTIAL_ID, revoked: 'true', revocationReason: 'No final payment' }]) }))).toEqual(['REVOKED'])
    expect(await check(status(), { [LIST]: list([{ id: CREDENTIAL_ID, revoked: false }]) })).toEqual([])
    expect(await check(status(), { [LIST]: list([{ id: CREDENTIAL_ID, revoked: 'false' }]) })).toEqual([])
  })

  it('not listed (or only other ids) → no errors; an empty list → no errors', async () => {
    expect(await check(status(), { [LIST]: list([{ id: OTHER_ID, revocationReason: 'x' }]) })).toEqual([])
    expect(await check(status(), { [LIST]: list([]) })).toEqual([])
  })

  it('one revoked entry among duplicates wins (fail closed)', async () => {
    const errors = await check(status(), { [LIST]: list([{ id: CREDENTIAL_ID, revoked: false }, { id: CREDENTIAL_ID, revoked: true }]) })
    expect(codes(errors)).toEqual(['REVOKED'])
  })

  it('the reason is quoted and cut to 200 characters (the list is unsigned, its text untrusted)', async () => {
    const reason = `line one\nline two ${'x'.repeat(500)}`
    const errors = await check(status(), { [LIST]: list([{ id: CREDENTIAL_ID, revocationReason: reason }]) })
    const message = errors[0]?.message ?? ''
    expect(message).toContain(JSON.stringify(reason.slice(0, 200)))
    expect(message).not.toContain('\n')
    expect(message.length).toBeLessThan(400)
  })

  it('the issuer id written as issuerId or as issuer { id } is accepted', async () => {
    const byIssuerId = { id: LIST, issuerId, revokedCredentials: [{ id: CREDENTIAL_ID }] }
    expect(codes(await check(status(), { [LIST]: byIssuerId }))).toEqual(['REVOKED'])
    expect(codes(await check(status(), { [LIST]: list([{ id: CREDENTIAL_ID }], { issuer: { id: issuerId, type: 'Profile' } }) }))).toEqual(['REVOKED'])
  })

  it('a list given as JSON text is parsed', async () => {
    expect(codes(await check(status(), { [LIST]: JSON.stringify(list([{ id: CREDENTIAL_ID }])) }))).toEqual(['REVOKED'])
  })

  it('one entry or an array of entries: each is checked', async () => {
    const documents = { [LIST]: list([{ id: CREDENTIAL_ID }]) }
    const errors = await check([status()], documents)
    expect(codes(errors)).toEqual(['REVOKED'])
    expect(errors[0]?.path).toBe('$.credentialStatus[0]')
  })
})

describe('1EdTechRevocationList: through verifyCredential', () => {
  it('a signed credential verifies while not listed and is REVOKED once listed; fails closed without a checker', async () => {
    const { keyPair, signer } = await testKey()
    const signed = await issueCredential({ ...minimalBadge(keyPair.controller), credentialStatus: status() }, signer, { now: '2025-09-01T10:00:00Z' }) as Json
    expect(signed.id).toBe(CREDENTIAL_ID)
    const fine = await verifyCredential(signed, { now: NOW, statusChecker: createStatusChecker({ documents: { [LIST]: list([{ id: OTHER_ID }]) } }) })
    expect(fine.errors).toEqual([])
    expect(fine.verified).toBe(true)
    const revoked = await verifyCredential(signed, { now: NOW, statusChecker: createStatusChecker({ documents: { [LIST]: list([{ id: signed.id, revocationReason: 'fraud' }]) } }) })
    expect(revoked.verified).toBe(false)
    expect(revoked.errors.map((e) => [e.check, e.code])).toEqual([['status', 'REVOKED']])
    expect(revoked.errors[0]?.message).toContain('"fraud"')
    const unchecked = await verifyCredential(signed, { now: NOW })
    expect(codes(unchecked.errors)).toEqual(['STATUS_UNCHECKED'])
  })

  it('the OB 3.0 spec\'s complete example: its list URL cannot be loaded offline → STATUS_RETRIEVAL_ERROR', async () => {
    const complete = fixtureJson('ob-spec-examples/fullOpenBadge__0__Complete-OpenBadgeCredential.json')
    const errors = await createStatusChecker()(complete, complete.credentialStatus)
    expect(codes(errors)).toEqual(['STATUS_RETRIEVAL_ERROR'])
    expect(errors[0]?.message).toContain('https://1edtech.edu/credentials/3732/revocations')
  })
})

describe('1EdTechRevocationList: loading through the loader', () => {
  it('no document and nothing fetched → STATUS_RETRIEVAL_ERROR naming the URL', async () => {
    const errors = await check(status(), {})
    expect(codes(errors)).toEqual(['STATUS_RETRIEVAL_ERROR'])
    expect(errors[0]).toMatchObject({ path: '$.credentialStatus.id' })
    expect(errors[0]?.message).toContain(LIST)
  })

  it('fetched from an allowed host through the guarded fetch; 404 and hosts off the list → STATUS_RETRIEVAL_ERROR', async () => {
    const served = fakeFetch({ [LIST]: jsonResponse(list([{ id: CREDENTIAL_ID, revocationReason: 'fraud' }]), { 'content-type': 'application/json' }) })
    expect(codes(await check(status(), {}, { fetch: served.fetch, allowedHosts: ['school.example.nl'] }))).toEqual(['REVOKED'])
    expect(served.urls()).toEqual([LIST])

    const missing = fakeFetch({})
    expect(codes(await check(status(), {}, { fetch: missing.fetch, allowedHosts: ['school.example.nl'] }))).toEqual(['STATUS_RETRIEVAL_ERROR'])

    const offList = fakeFetch({ [LIST]: jsonResponse(list([])) })
    expect(codes(await check(status(), {}, { fetch: offList.fetch, allowedHosts: ['other.example.nl'] }))).toEqual(['STATUS_RETRIEVAL_ERROR'])
    expect(offList.calls).toEqual([])
  })

  it('a document that is not a JSON object (array, number, bad JSON text) → STATUS_RETRIEVAL_ERROR', async () => {
    for (const doc of [[list([])], 42, '{not json']) {
      expect(codes(await check(status(), { [LIST]: doc })), JSON.stringify(doc)).toEqual(['STATUS_RETRIEVAL_ERROR'])
    }
  })

  it('the caller\'s own loader is used when given', async () => {
    const documentLoader = createDocumentLoader({ documents: { [LIST]: list([{ id: CREDENTIAL_ID }]) } })
    expect(codes(await createStatusChecker({ documentLoader })(credential, status()))).toEqual(['REVOKED'])
  })
})

describe('1EdTechRevocationList: fail closed where the list cannot be trusted or read', () => {
  const expectVerificationError = async (doc: unknown, match: RegExp, extra: StatusCheckerOptions = {}) => {
    const errors = await check(status(), { [LIST]: doc }, extra)
    expect(codes(errors), JSON.stringify(doc)).toEqual(['STATUS_VERIFICATION_ERROR'])
    expect(errors[0]?.message).toMatch(match)
  }

  it('a list by another issuer → STATUS_VERIFICATION_ERROR, unless that issuer is trusted', async () => {
    const foreign = list([{ id: CREDENTIAL_ID }], { issuer: 'did:web:elsewhere.example.nl' })
    await expectVerificationError(foreign, /published by did:web:elsewhere\.example\.nl/)
    expect(codes(await check(status(), { [LIST]: foreign }, { trustedListIssuers: ['did:web:elsewhere.example.nl'] }))).toEqual(['REVOKED'])
  })

  it('a list that does not name its issuer, or names two different ones → STATUS_VERIFICATION_ERROR', async () => {
    await expectVerificationError({ id: LIST, revokedCredentials: [] }, /does not name its issuer/)
    await expectVerificationError(list([], { issuerId: 'did:web:elsewhere.example.nl' }), /differ/)
    await expectVerificationError(list([], { issuer: undefined, issuerId: 42 }), /issuerId must be a string/)
  })

  it('a list whose id is another URL → STATUS_VERIFICATION_ERROR', async () => {
    await expectVerificationError(list([], { id: 'https://school.example.nl/revocations/2' }), /its id/)
  })

  it('a document without a revokedCredentials array (not a revocation list) → STATUS_VERIFICATION_ERROR', async () => {
    await expectVerificationError({ id: LIST, issuer: issuerId }, /revokedCredentials/)
    await expectVerificationError(list({ id: CREDENTIAL_ID }), /revokedCredentials/)
    await expectVerificationError(list(CREDENTIAL_ID), /revokedCredentials/)
  })

  it('malformed entries → STATUS_VERIFICATION_ERROR naming the entry (even entries for other credentials)', async () => {
    await expectVerificationError(list([CREDENTIAL_ID]), /revokedCredentials\[0\] must be an object/)
    await expectVerificationError(list([{ id: OTHER_ID }, { revocationReason: 'x' }]), /revokedCredentials\[1\] must be an object with a string "id"/)
    await expectVerificationError(list([{ id: OTHER_ID, revoked: 'yes' }]), /revokedCredentials\[0\]\.revoked must be true or false/)
    await expectVerificationError(list([{ id: CREDENTIAL_ID, revoked: 1 }]), /revoked must be true or false/)
    await expectVerificationError(list([{ id: CREDENTIAL_ID, revoked: null }]), /revoked must be true or false/)
    await expectVerificationError(list([{ id: CREDENTIAL_ID, revocationReason: { text: 'x' } }]), /revocationReason must be a string/)
  })

  it('a credential without an id → STATUS_VERIFICATION_ERROR at $.id (the list names credentials by id)', async () => {
    for (const subject of [{ issuer: { id: issuerId } }, { id: '', issuer: { id: issuerId } }, { id: 7, issuer: { id: issuerId } }]) {
      const errors = await check(status(), { [LIST]: list([{ id: CREDENTIAL_ID }]) }, {}, subject)
      expect(codes(errors)).toEqual(['STATUS_VERIFICATION_ERROR'])
      expect(errors[0]?.path).toBe('$.id')
    }
  })

  it('a list URL that is not https → STATUS_VERIFICATION_ERROR (TLS is the unsigned list\'s only protection)', async () => {
    const http = 'http://school.example.nl/revocations/1'
    const errors = await check(status(http), { [http]: list([], { id: http }) })
    expect(codes(errors)).toEqual(['STATUS_VERIFICATION_ERROR'])
    expect(errors[0]?.message).toMatch(/https/)
  })

  it('a credentialStatus without a URL id → MALFORMED_VALUE_ERROR at its id', async () => {
    for (const entry of [{ type: '1EdTechRevocationList' }, ...[42, '', 'not a url', 'https://has space/x'].map((id) => status(id))]) {
      const errors = await check(entry, { [LIST]: list([]) })
      expect(codes(errors), JSON.stringify(entry)).toEqual(['MALFORMED_VALUE_ERROR'])
      expect(errors[0]?.path).toBe('$.credentialStatus.id')
    }
  })

  it('called directly with a throwing loader: reports, never throws', async () => {
    const loader = Object.assign(async () => { throw new Error('boom') }, { trustedContexts: new Set<string>() })
    const errors = await check1EdTechRevocationList(credential, status(), '$.credentialStatus', loader)
    expect(codes(errors)).toEqual(['STATUS_RETRIEVAL_ERROR'])
    expect(errors[0]?.message).toContain('boom')
  })
})
