import { describe, expect, it } from 'vitest'
import { didWebUrl } from '../../src/did/did-web.js'
import { createDidResolver } from '../../src/did/resolve-did.js'
import { DocumentLoadBlockedError } from '../../src/net/errors.js'

describe('didWebUrl (did-method-web §Read)', () => {
  const mapped: Array<[string, string]> = [
    ['did:web:example.nl', 'https://example.nl/.well-known/did.json'],
    ['did:web:example.nl:issuers:1', 'https://example.nl/issuers/1/did.json'],
    ['did:web:example.nl%3A8443', 'https://example.nl:8443/.well-known/did.json'],
    ['did:web:example.nl%3a8443:user:alice', 'https://example.nl:8443/user/alice/did.json'],
    ['did:web:Example.NL', 'https://example.nl/.well-known/did.json'],
    ['did:web:example.nl%3A443', 'https://example.nl/.well-known/did.json'],
    ['did:web:w3c-ccg.github.io:user:alice', 'https://w3c-ccg.github.io/user/alice/did.json'],
    ['did:web:example.nl:a%20b', 'https://example.nl/a%20b/did.json'],
  ]
  for (const [did, url] of mapped) it(`${did} → ${url}`, () => expect(didWebUrl(did)).toEqual({ ok: true, url }))

  const refused = [
    'did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi', 'did:web:', 'did:web:example.nl#key-1', 'did:web:example.nl?x=1',
    'did:web:example.nl/path', 'did:web:example.nl::x', 'did:web:example.nl:', 'did:web:example.nl:..', 'did:web:example.nl:.',
    'did:web:example.nl:%2e%2e', 'did:web:example.nl:a%2Fb', 'did:web:example.nl%3A0', 'did:web:example.nl%3A70000',
    'did:web:-example.nl', 'did:web:example..nl', 'did:web:user@example.nl', 'did:web:example.nl%2F', 'did:web:[::1]', 'did:web:example.nl:%zz',
  ]
  for (const did of refused) it(`refuses ${did}`, () => expect(didWebUrl(did)).toMatchObject({ ok: false, error: 'invalidDid' }))
})

describe('createDidResolver: did:web', () => {
  const DID = 'did:web:example.nl:issuers:1'
  const URL_ = 'https://example.nl/issuers/1/did.json'
  const doc = { id: DID, assertionMethod: [`${DID}#key-1`] }

  it('resolves from a document supplied by DID or by its https URL; nothing is fetched without fetchJson', async () => {
    expect((await createDidResolver({ documents: new Map([[DID, doc]]) })(DID)).document).toBe(doc)
    expect((await createDidResolver({ documents: new Map([[URL_, doc]]) })(DID)).document).toBe(doc)
    const none = await createDidResolver()(DID)
    expect(none).toMatchObject({ error: 'notFound' })
    expect(none.document === undefined && none.message).toContain(URL_)
  })

  it('fetches through fetchJson at the mapped URL, and checks the document id', async () => {
    const asked: string[] = []
    const resolve = createDidResolver({ fetchJson: async (url) => { asked.push(url); return doc } })
    expect((await resolve(DID)).document).toEqual(doc)
    expect(asked).toEqual([URL_])

    const wrong = createDidResolver({ fetchJson: async () => ({ ...doc, id: 'did:web:evil.example' }) })
    const res = await wrong(DID)
    expect(res).toMatchObject({ error: 'invalidDidDocument' })
    expect(res.document === undefined && res.message).toMatch(/"did:web:evil.example".*did:web:example.nl:issuers:1/)
    const byUrl = await createDidResolver({ documents: new Map([[URL_, { id: 'did:web:other.nl' }]]) })(DID)
    expect(byUrl).toMatchObject({ error: 'invalidDidDocument' })
  })

  it('passes a fetch refusal on as the cause, and refuses malformed did:web without fetching', async () => {
    const refusal = new DocumentLoadBlockedError(URL_, 'host-not-allowed', 'host example.nl is not on the allow-list')
    const res = await createDidResolver({ fetchJson: async () => { throw refusal } })(DID)
    expect(res).toMatchObject({ error: 'notFound', cause: refusal })
    let called = false
    expect(await createDidResolver({ fetchJson: async () => { called = true; return {} } })('did:web:example.nl:..')).toMatchObject({ error: 'invalidDid' })
    expect(called).toBe(false)
  })
})
