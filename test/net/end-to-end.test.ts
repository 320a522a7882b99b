import { beforeAll, describe, expect, it } from 'vitest'
import { DID_V1_CONTEXT, MULTIKEY_CONTEXT } from '../../src/contexts/urls.js'
import { issueCredential, type SignedCredential } from '../../src/issue/index.js'
import { createSigner, generateKeyPair } from '../../src/keys/index.js'
import { createVerifier, verifyCredential } from '../../src/verify/index.js'
import { minimalBadge, NOW, TEST_SEED } from '../helpers/credentials.js'
import { fakeFetch, jsonResponse } from './fake-fetch.js'

const DID = 'did:web:school.example.nl'
const DID_URL = 'https://school.example.nl/.well-known/did.json'
const HTTPS_ISSUER = 'https://school.example.nl/issuer'

let didSigned: SignedCredential
let didDocument: Record<string, unknown>
let httpsSigned: SignedCredential
let controllerDocument: Record<string, unknown>

beforeAll(async () => {
  const didKey = await generateKeyPair({ controller: DID, id: `${DID}#key-1`, seed: TEST_SEED })
  didDocument = {
    '@context': [DID_V1_CONTEXT, MULTIKEY_CONTEXT],
    id: DID,
    verificationMethod: [{ id: `${DID}#key-1`, type: 'Multikey', controller: DID, publicKeyMultibase: didKey.publicKeyMultibase }],
    assertionMethod: [`${DID}#key-1`],
  }
  didSigned = await issueCredential(minimalBadge(DID), createSigner(didKey), { now: '2025-09-01T10:00:00Z' })

  const httpsKey = await generateKeyPair({ controller: HTTPS_ISSUER, id: `${HTTPS_ISSUER}#key-1`, seed: TEST_SEED })
  controllerDocument = {
    '@context': ['https://www.w3.org/ns/did/v1', MULTIKEY_CONTEXT],
    id: HTTPS_ISSUER,
    verificationMethod: [{ id: `${HTTPS_ISSUER}#key-1`, type: 'Multikey', controller: HTTPS_ISSUER, publicKeyMultibase: httpsKey.publicKeyMultibase }],
    assertionMethod: [`${HTTPS_ISSUER}#key-1`],
  }
  httpsSigned = await issueCredential(minimalBadge(HTTPS_ISSUER), createSigner(httpsKey), { now: '2025-09-01T10:00:00Z' })
})

const codes = (r: { errors: Array<{ code: string }> }): string[] => r.errors.map((e) => e.code)
const messages = (r: { errors: Array<{ message: string }> }): string => r.errors.map((e) => e.message).join('\n')

describe('a did:web issuer, end to end through a fake fetch', () => {
  it('verifies with a fetch and the issuer host allowed; the DID document is fetched from its well-known URL', async () => {
    const fake = fakeFetch({ [DID_URL]: jsonResponse(didDocument) })
    const r = await verifyCredential(didSigned, { now: NOW, fetch: fake.fetch, allowedHosts: ['school.example.nl'] })
    expect(codes(r)).toEqual([])
    expect(r.verified).toBe(true)
    expect(new Set(fake.urls())).toEqual(new Set([DID_URL]))
    expect(fake.calls.length).toBe(1) // the loader reuses the document within one verification
  })

  it('fails without a fetch, naming the DID document URL, and fetches nothing', async () => {
    const r = await verifyCredential(didSigned, { now: NOW })
    expect(r.verified).toBe(false)
    expect(messages(r)).toContain(DID_URL)
    expect(r.checks.find((c) => c.id === 'issuer')?.status).toBe('failed')
  })

  it('fails with a wrong allow-list, without calling fetch', async () => {
    const fake = fakeFetch({ [DID_URL]: jsonResponse(didDocument) })
    const r = await verifyCredential(didSigned, { now: NOW, fetch: fake.fetch, allowedHosts: ['other.example.nl'] })
    expect(r.verified).toBe(false)
    expect(messages(r)).toMatch(/blocked \(host-not-allowed\)/)
    expect(messages(r)).toContain(DID_URL)
    expect(fake.calls).toEqual([])
  })

  it('fails when the fetched DID document has another id, naming both', async () => {
    const fake = fakeFetch({ [DID_URL]: jsonResponse({ ...didDocument, id: 'did:web:evil.example' }) })
    const r = await verifyCredential(didSigned, { now: NOW, fetch: fake.fetch, allowedHosts: ['school.example.nl'] })
    expect(r.verified).toBe(false)
    expect(messages(r)).toContain('"did:web:evil.example"')
    expect(messages(r)).toContain(`not the DID ${DID}`)
  })

  it('a verifier made with fetch and allowedHosts uses them for every credential', async () => {
    const fake = fakeFetch({ [DID_URL]: jsonResponse(didDocument) })
    const verifier = createVerifier({ now: NOW, fetch: fake.fetch, allowedHosts: ['school.example.nl'] })
    expect((await verifier.verify(didSigned)).verified).toBe(true)
    expect((await verifier.verify(didSigned)).verified).toBe(true)
    expect(fake.calls.length).toBe(1)
    expect((await createVerifier({ now: NOW }).verify(didSigned, { fetch: fake.fetch, allowedHosts: ['school.example.nl'] })).verified).toBe(true)
  })
})

describe('an https issuer with a controller document, end to end', () => {
  it('verifies when the controller document is fetched from an allowed host', async () => {
    const fake = fakeFetch({ [HTTPS_ISSUER]: jsonResponse(controllerDocument, { 'content-type': 'application/json' }) })
    const r = await verifyCredential(httpsSigned, { now: NOW, fetch: fake.fetch, allowedHosts: ['school.example.nl'] })
    expect(codes(r)).toEqual([])
    expect(r.verified).toBe(true)
    expect(fake.urls()).toEqual([HTTPS_ISSUER])
  })

  it('fails without fetch, and with a controller document whose id is not the URL', async () => {
    const offline = await verifyCredential(httpsSigned, { now: NOW })
    expect(offline.verified).toBe(false)
    expect(messages(offline)).toContain(`"${HTTPS_ISSUER}#key-1"`)
    const fake = fakeFetch({ [HTTPS_ISSUER]: jsonResponse({ ...controllerDocument, id: 'https://evil.example/issuer' }) })
    const r = await verifyCredential(httpsSigned, { now: NOW, fetch: fake.fetch, allowedHosts: ['school.example.nl'] })
    expect(r.verified).toBe(false)
    expect(messages(r)).toContain('has id "https://evil.example/issuer"')
  })
})

describe('the key-in-fragment shortcut (<controller>#<publicKeyMultibase>)', () => {
  let signed: SignedCredential
  beforeAll(async () => {
    const key = await generateKeyPair({ controller: HTTPS_ISSUER, seed: TEST_SEED }) // id: <controller>#<key>
    expect(key.id).toBe(`${HTTPS_ISSUER}#${key.publicKeyMultibase}`)
    signed = await issueCredential(minimalBadge(HTTPS_ISSUER), createSigner(key), { now: '2025-09-01T10:00:00Z' })
  })

  it('is refused by default', async () => {
    const r = await verifyCredential(signed, { now: NOW })
    expect(r.verified).toBe(false)
    expect(r.checks.find((c) => c.id === 'issuer')?.status).toBe('failed')
  })

  it('verifies when enabled, without fetching anything', async () => {
    const fake = fakeFetch({ [HTTPS_ISSUER]: jsonResponse(controllerDocument) })
    const r = await verifyCredential(signed, { now: NOW, allowKeyInFragment: true, fetch: fake.fetch, allowedHosts: ['school.example.nl'] })
    expect(codes(r)).toEqual([])
    expect(r.verified).toBe(true)
    expect(fake.calls).toEqual([])
  })

  it('when enabled, a tampered credential still fails its signature', async () => {
    const tampered = { ...signed, name: 'Something else' }
    const r = await verifyCredential(tampered, { now: NOW, allowKeyInFragment: true })
    expect(r.verified).toBe(false)
    expect(codes(r)).toContain('CRYPTOGRAPHIC_SECURITY_ERROR')
  })
})
