import { describe, expect, it } from 'vitest'
import { DocumentNotFoundError, InvalidArgumentError } from '../../src/errors/errors.js'
import { createDocumentLoader, DocumentLoadBlockedError } from '../../src/loader/index.js'
import { fakeFetch, hangingFetch, jsonResponse } from '../net/fake-fetch.js'

const DID = 'did:web:school.example.nl'
const DID_URL = 'https://school.example.nl/.well-known/did.json'
const KEY = 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi'
const didDoc = {
  id: DID,
  verificationMethod: [{ id: `${DID}#key-1`, type: 'Multikey', controller: DID, publicKeyMultibase: KEY }],
  assertionMethod: [`${DID}#key-1`],
}
const ISSUER = 'https://school.example.nl/issuer'
const controllerDoc = {
  id: ISSUER,
  verificationMethod: [{ id: `${ISSUER}#key-1`, type: 'Multikey', controller: ISSUER, publicKeyMultibase: KEY }],
  assertionMethod: [`${ISSUER}#key-1`],
}
const allowed = ['school.example.nl']

async function rejection(promise: Promise<unknown>): Promise<DocumentNotFoundError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentNotFoundError)
    return error as DocumentNotFoundError
  }
  throw new Error('expected the load to fail')
}

describe('createDocumentLoader: no fetch (the default)', () => {
  it('fetches nothing: did:web and https documents fail naming the URL', async () => {
    const loader = createDocumentLoader()
    const web = await rejection(loader(`${DID}#key-1`))
    expect(web.message).toContain(`"${DID}#key-1"`)
    expect(web.message).toContain(DID_URL)
    expect(web).not.toBeInstanceOf(DocumentLoadBlockedError)
    expect((await rejection(loader(`${ISSUER}#key-1`))).message).toMatch(/^Cannot load document "https:\/\/school.example.nl\/issuer#key-1": .*nothing is fetched/)
  })

  it('serves did:web documents supplied by DID or by their https URL', async () => {
    for (const key of [DID, DID_URL]) {
      const loader = createDocumentLoader({ documents: { [key]: didDoc } })
      expect((await loader(`${DID}#key-1`)).document).toMatchObject({ id: `${DID}#key-1`, publicKeyMultibase: KEY })
      expect((await loader(DID)).document).toEqual(didDoc)
    }
    const wrong = createDocumentLoader({ documents: { [DID_URL]: { ...didDoc, id: 'did:web:evil.example' } } })
    expect((await rejection(wrong(`${DID}#key-1`))).message).toMatch(/has id "did:web:evil.example", not the DID did:web:school.example.nl/)
  })

  it('resolveDidKeys: false does not stop supplied did:web documents', async () => {
    const loader = createDocumentLoader({ resolveDidKeys: false, documents: { [DID_URL]: didDoc } })
    expect((await loader(`${DID}#key-1`)).document).toMatchObject({ type: 'Multikey' })
  })
})

describe('createDocumentLoader: fetch + allowedHosts', () => {
  it('fetches a did:web document at its mapped URL, including a path and a port', async () => {
    const pathDid = 'did:web:school.example.nl%3A8443:issuers:1'
    const pathUrl = 'https://school.example.nl:8443/issuers/1/did.json'
    const fake = fakeFetch({ [DID_URL]: jsonResponse(didDoc), [pathUrl]: jsonResponse({ ...didDoc, id: pathDid, verificationMethod: [{ id: '#key-1', type: 'Multikey', controller: pathDid, publicKeyMultibase: KEY }] }) })
    const loader = createDocumentLoader({ fetch: fake.fetch, allowedHosts: ['school.example.nl', 'school.example.nl:8443'] })
    expect((await loader(`${DID}#key-1`)).document).toMatchObject({ id: `${DID}#key-1`, controller: DID })
    expect((await loader(`${pathDid}#key-1`)).document).toMatchObject({ id: `${pathDid}#key-1`, controller: pathDid })
    expect(fake.urls()).toEqual([DID_URL, pathUrl])
  })

  it('refuses a fetched DID document whose id is not the DID, naming both', async () => {
    const fake = fakeFetch({ [DID_URL]: jsonResponse({ ...didDoc, id: 'did:web:evil.example' }) })
    const error = await rejection(createDocumentLoader({ fetch: fake.fetch, allowedHosts: allowed })(`${DID}#key-1`))
    expect(error.message).toContain('"did:web:evil.example"')
    expect(error.message).toContain(`not the DID ${DID}`)
    expect(error.message).toContain(DID_URL)
  })

  it('fetches https controller documents, serves their methods, and checks their id', async () => {
    const fake = fakeFetch({ [ISSUER]: jsonResponse(controllerDoc, { 'content-type': 'application/json' }) })
    const loader = createDocumentLoader({ fetch: fake.fetch, allowedHosts: allowed })
    expect((await loader(`${ISSUER}#key-1`)).document).toMatchObject({ id: `${ISSUER}#key-1`, controller: ISSUER })
    expect((await loader(ISSUER)).document).toEqual(controllerDoc)
    await expect(loader(`${ISSUER}#key-2`)).rejects.toThrow(/no verification method/)
    const wrong = fakeFetch({ [ISSUER]: jsonResponse({ ...controllerDoc, id: 'https://evil.example/issuer' }) })
    const error = await rejection(createDocumentLoader({ fetch: wrong.fetch, allowedHosts: allowed })(`${ISSUER}#key-1`))
    expect(error.message).toContain('has id "https://evil.example/issuer"')
  })

  it('reuses a fetched document within the loader (cacheMs), and can be told not to', async () => {
    const fake = fakeFetch({ [DID_URL]: jsonResponse(didDoc) })
    const loader = createDocumentLoader({ fetch: fake.fetch, allowedHosts: allowed })
    await Promise.all([loader(`${DID}#key-1`), loader(DID), loader(`${DID}#key-1`)])
    const served = (await loader(DID)).document as { id: string }
    served.id = 'mutated'
    expect(((await loader(DID)).document as { id: string }).id).toBe(DID)
    expect(fake.calls.length).toBe(1)
    const uncached = fakeFetch({ [DID_URL]: jsonResponse(didDoc) })
    const again = createDocumentLoader({ fetch: uncached.fetch, allowedHosts: allowed, cacheMs: 0 })
    await again(DID)
    await again(DID)
    expect(uncached.calls.length).toBe(2)
    const failing = fakeFetch()
    const l = createDocumentLoader({ fetch: failing.fetch, allowedHosts: allowed })
    await rejection(l(DID))
    await rejection(l(DID))
    expect(failing.calls.length).toBe(2) // failures are not kept
  })

  const refused: Array<[string, string, string]> = [
    ['http URL', 'http://school.example.nl/issuer#key-1', 'not-https'],
    ['host off the allow-list', 'https://evil.example/issuer#key-1', 'host-not-allowed'],
    ['did:web off the allow-list', 'did:web:evil.example#key-1', 'host-not-allowed'],
    ['did:web to a loopback address', 'did:web:127.0.0.1#key-1', 'private-address'],
    ['did:web to the cloud metadata address', 'did:web:169.254.169.254#key-1', 'private-address'],
    ['did:web to 10/8', 'did:web:10.0.0.1#key-1', 'private-address'],
    ['did:web to localhost with a port', 'did:web:localhost%3A8080#key-1', 'private-address'],
    ['loopback IPv4', 'https://127.0.0.1/issuer', 'private-address'],
    ['loopback IPv4, integer form', 'https://2130706433/issuer', 'private-address'],
    ['private 172.16/12', 'https://172.20.1.1/issuer', 'private-address'],
    ['private 192.168/16', 'https://192.168.178.1/issuer', 'private-address'],
    ['0/8', 'https://0.0.0.0/issuer', 'private-address'],
    ['100.64/10', 'https://100.100.100.100/issuer', 'private-address'],
    ['IPv6 loopback', 'https://[::1]/issuer', 'private-address'],
    ['IPv6 unique-local', 'https://[fd00::1]/issuer', 'private-address'],
    ['IPv6 link-local', 'https://[fe80::1]/issuer', 'private-address'],
    ['IPv4-mapped loopback', 'https://[::ffff:127.0.0.1]/issuer', 'private-address'],
    ['IPv4-mapped metadata address', 'https://[::ffff:169.254.169.254]/issuer', 'private-address'],
    ['localhost', 'https://localhost/issuer', 'private-address'],
  ]
  for (const [what, url, reason] of refused) {
    it(`refuses ${what} without calling fetch (${reason})`, async () => {
      const fake = fakeFetch({ [new URL(url.replace(/^did:web:([^#]*).*$/, 'https://$1/.well-known/did.json').replace('%3A', ':')).href]: jsonResponse(didDoc) })
      const everyHost = ['school.example.nl', '127.0.0.1', '169.254.169.254', '10.0.0.1', 'localhost:8080', 'localhost', '2130706433', '172.20.1.1', '192.168.178.1', '0.0.0.0', '100.100.100.100', '[::1]', '[fd00::1]', '[fe80::1]', '[::ffff:7f00:1]', '[::ffff:a9fe:a9fe]']
      const error = await rejection(createDocumentLoader({ fetch: fake.fetch, allowedHosts: everyHost })(url))
      expect(error).toBeInstanceOf(DocumentLoadBlockedError)
      expect(error).toMatchObject({ code: 'ERR_DOCUMENT_LOAD_BLOCKED', reason, url })
      expect(error.message.startsWith(`Cannot load document ${JSON.stringify(url)}`)).toBe(true)
      expect(fake.calls).toEqual([])
    })
  }

  it('refuses redirects, oversize and non-JSON bodies, and times out, each naming the URL', async () => {
    const cases: Array<[Response, string]> = [
      [new Response(null, { status: 301, headers: { location: 'https://127.0.0.1/' } }), 'redirect'],
      [jsonResponse({ ...controllerDoc, pad: 'x'.repeat(300 * 1024) }), 'too-large'],
      [new Response('<html></html>', { headers: { 'content-type': 'text/html' } }), 'content-type'],
    ]
    for (const [response, reason] of cases) {
      const fake = fakeFetch({ [ISSUER]: response })
      const error = await rejection(createDocumentLoader({ fetch: fake.fetch, allowedHosts: allowed })(`${ISSUER}#key-1`))
      expect(error).toMatchObject({ reason, url: `${ISSUER}#key-1` })
      expect(error.message).toContain(ISSUER)
      expect(fake.calls.length).toBe(1)
    }
    const small = fakeFetch({ [ISSUER]: jsonResponse(controllerDoc) })
    expect(await rejection(createDocumentLoader({ fetch: small.fetch, allowedHosts: allowed, maxBytes: 100 })(ISSUER))).toMatchObject({ reason: 'too-large' })
    const calls: string[] = []
    expect(await rejection(createDocumentLoader({ fetch: hangingFetch(calls), allowedHosts: allowed, timeoutMs: 25 })(DID))).toMatchObject({ reason: 'timeout' })
    expect(calls).toEqual([DID_URL])
  })

  it('never fetches pinned contexts, supplied documents or did:key', async () => {
    const fake = fakeFetch()
    const loader = createDocumentLoader({ fetch: fake.fetch, allowedHosts: ['www.w3.org', 'school.example.nl'], documents: { [ISSUER]: controllerDoc } })
    await loader('https://www.w3.org/ns/credentials/v2')
    await loader(`${ISSUER}#key-1`)
    await loader(`did:key:${KEY}#${KEY}`)
    await rejection(loader('urn:uuid:1'))
    expect(fake.calls).toEqual([])
  })

  it('checks its options', () => {
    expect(() => createDocumentLoader({ fetch: 'no' as never })).toThrow(InvalidArgumentError)
    expect(() => createDocumentLoader({ fetch: fakeFetch().fetch, allowedHosts: ['https://school.example.nl'] })).toThrow(InvalidArgumentError)
    expect(() => createDocumentLoader({ fetch: fakeFetch().fetch, timeoutMs: -1 })).toThrow(InvalidArgumentError)
    expect(() => createDocumentLoader({ fetch: fakeFetch().fetch, cacheMs: -1 })).toThrow(InvalidArgumentError)
  })
})

describe('createDocumentLoader: allowKeyInFragment', () => {
  const vmUrl = `${ISSUER}#${KEY}`

  it('is off by default: <controller>#<key> is not served', async () => {
    await rejection(createDocumentLoader()(vmUrl))
    await rejection(createDocumentLoader({ allowKeyInFragment: false })(`${DID}#${KEY}`))
  })

  it('when enabled, serves a Multikey method and a minimal controller document listing it', async () => {
    const fake = fakeFetch({ [ISSUER]: jsonResponse(controllerDoc) })
    const loader = createDocumentLoader({ allowKeyInFragment: true, fetch: fake.fetch, allowedHosts: allowed })
    expect((await loader(vmUrl)).document).toMatchObject({ id: vmUrl, type: 'Multikey', controller: ISSUER, publicKeyMultibase: KEY })
    expect((await loader(ISSUER)).document).toMatchObject({ id: ISSUER, assertionMethod: [vmUrl], verificationMethod: [{ id: vmUrl, publicKeyMultibase: KEY }] })
    expect((await loader(`${DID}#${KEY}`)).document).toMatchObject({ id: `${DID}#${KEY}`, controller: DID })
    expect((await loader(DID)).document).toMatchObject({ id: DID, assertionMethod: [`${DID}#${KEY}`] })
    expect(fake.calls).toEqual([])
  })

  it('only for a fragment that is an Ed25519 Multikey, and supplied documents come first', async () => {
    const loader = createDocumentLoader({ allowKeyInFragment: true })
    await rejection(loader(`${ISSUER}#key-1`))
    await rejection(loader(`${ISSUER}#z6LSbysY2xFMRpGMhb7tFTLMpeuPRaqaWM1yECx2AtzE3KCc`))
    await rejection(loader(ISSUER))
    const supplied = { id: ISSUER, verificationMethod: [{ id: vmUrl, type: 'Multikey', controller: 'https://elsewhere.example', publicKeyMultibase: KEY }] }
    const withDoc = createDocumentLoader({ allowKeyInFragment: true, documents: { [ISSUER]: supplied } })
    expect((await withDoc(vmUrl)).document).toMatchObject({ controller: 'https://elsewhere.example' })
    const webDoc = { id: DID, verificationMethod: [{ id: `${DID}#${KEY}`, type: 'Multikey', controller: 'did:web:elsewhere.example', publicKeyMultibase: KEY }] }
    const byUrl = createDocumentLoader({ allowKeyInFragment: true, documents: { [DID_URL]: webDoc } })
    expect((await byUrl(`${DID}#${KEY}`)).document).toMatchObject({ controller: 'did:web:elsewhere.example' })
  })
})
