import { base58btc } from 'multiformats/bases/base58'
import { describe, expect, it } from 'vitest'
import { parseDidKey } from '../../src/did/parse-did-key.js'
import { createDidResolver } from '../../src/did/resolve-did.js'

const GOOD = 'did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi'

describe('did:key', () => {
  it('parses an Ed25519 did:key strictly', () => {
    const p = parseDidKey(`${GOOD}#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi`)
    expect(p.ok && Buffer.from(p.publicKey).toString('hex')).toBe('4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5')
  })

  it('refuses other key types, wrong lengths, wrong fragments and non-base58 keys', () => {
    expect(parseDidKey('did:key:z6LSbysY2xFMRpGMhb7tFTLMpeuPRaqaWM1yECx2AtzE3KCc')).toMatchObject({ ok: false, error: 'unsupportedPublicKeyType' })
    const short = base58btc.encode(Uint8Array.from([0xed, 0x01, ...new Uint8Array(31).fill(5)]))
    const long = base58btc.encode(Uint8Array.from([0xed, 0x01, ...new Uint8Array(33).fill(5)]))
    expect(parseDidKey(`did:key:${short}`)).toMatchObject({ ok: false, error: 'invalidPublicKeyLength' })
    expect(parseDidKey(`did:key:${long}`)).toMatchObject({ ok: false, error: 'invalidPublicKeyLength' })
    expect(parseDidKey(`${GOOD}#key-1`)).toMatchObject({ ok: false, error: 'invalidDid' })
    expect(parseDidKey('did:key:u6MkjZRZv')).toMatchObject({ ok: false, error: 'invalidDid' })
    expect(parseDidKey('did:web:example.nl')).toMatchObject({ ok: false, error: 'invalidDid' })
  })

  it('resolves offline to a Multikey DID document listing the key under assertionMethod', async () => {
    const { document } = await createDidResolver()(GOOD)
    expect(document?.['@context']).toEqual(['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'])
    expect(document?.verificationMethod?.[0]).toEqual({ id: `${GOOD}#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi`, type: 'Multikey', controller: GOOD, publicKeyMultibase: 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi' })
    expect(document?.assertionMethod).toEqual([`${GOOD}#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi`])
  })

  it('other DID methods resolve only from supplied documents', async () => {
    expect(await createDidResolver()('did:web:example.nl')).toMatchObject({ error: 'notFound' })
    const doc = { id: 'did:web:example.nl' }
    expect((await createDidResolver({ documents: new Map([['did:web:example.nl', doc]]) })('did:web:example.nl')).document).toBe(doc)
  })
})
