/**
 * did:jwk: strict parsing, the DID document, and offline resolution through the DID resolver and the
 * document loader.
 */
import { generateKeyPairSync, type JsonWebKey } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { decodeBase64Url } from '../../src/did/base64url.js'
import { didJwkDocument, parseDidJwk } from '../../src/did/did-jwk.js'
import { createDidResolver } from '../../src/did/resolve-did.js'
import { DocumentNotFoundError } from '../../src/errors/errors.js'
import { generateKeyPair } from '../../src/keys/index.js'
import { createDocumentLoader } from '../../src/loader/create-document-loader.js'

const b64u = (value: string | Uint8Array): string => Buffer.from(value).toString('base64url')
const didOf = (jwk: unknown): string => `did:jwk:${b64u(JSON.stringify(jwk))}`

const EC = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' }) as { kty: string; crv: string; x: string; y: string }
const EC_JWK = { crv: 'P-256', kty: 'EC', x: EC.x, y: EC.y }
const EC_DID = didOf(EC_JWK)
const ED = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }) as JsonWebKey
const RSA = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }) as JsonWebKey
/** The did:jwk specification's P-256 example. */
const SPEC_EXAMPLE = 'did:jwk:eyJjcnYiOiJQLTI1NiIsImt0eSI6IkVDIiwieCI6ImFjYklRaXVNczNpOF91c3pFakoydHBUdFJNNEVVM3l6OTFQSDZDZEgyVjAiLCJ5IjoiX0tjeUxqOXZXTXB0bm1LdG00NkdxRHo4d2Y3NEk1TEtncmwyR3pIM25TRSJ9'

function refused(did: string, message: RegExp): void {
  const parsed = parseDidJwk(did)
  expect(parsed).toMatchObject({ ok: false, error: 'invalidDid' })
  expect(parsed.ok ? '' : parsed.message).toMatch(message)
}

describe('parseDidJwk', () => {
  it('parses P-256, Ed25519 and RSA did:jwk DIDs, and the DID URL #0', () => {
    expect(parseDidJwk(EC_DID)).toEqual({ ok: true, did: EC_DID, jwk: EC_JWK })
    expect(parseDidJwk(`${EC_DID}#0`)).toEqual({ ok: true, did: EC_DID, jwk: EC_JWK })
    expect(parseDidJwk(SPEC_EXAMPLE)).toMatchObject({ ok: true, jwk: { kty: 'EC', crv: 'P-256', x: 'acbIQiuMs3i8_uszEjJ2tpTtRM4EU3yz91PH6CdH2V0' } })
    expect(parseDidJwk(didOf({ kty: 'OKP', crv: 'Ed25519', x: ED.x }))).toMatchObject({ ok: true, jwk: { kty: 'OKP', crv: 'Ed25519' } })
    expect(parseDidJwk(didOf({ kty: 'RSA', n: RSA.n, e: RSA.e }))).toMatchObject({ ok: true, jwk: { kty: 'RSA', e: 'AQAB' } })
    expect(parseDidJwk(didOf({ ...EC_JWK, use: 'sig', alg: 'ES256', kid: 'k' }))).toMatchObject({ ok: true, jwk: { use: 'sig', kid: 'k' } })
  })

  it('reads the DID that generateKeyPair gives a P-256 or RSA key', async () => {
    for (const type of ['P-256', 'RSA'] as const) {
      const kp = await generateKeyPair({ type })
      const parsed = parseDidJwk(kp.id)
      expect(parsed).toEqual({ ok: true, did: kp.controller, jwk: JSON.parse(JSON.stringify(kp.publicKeyJwk)) })
    }
  })

  it('refuses what is not base64url without padding, or not strict JSON of an object', () => {
    refused('did:key:z6Mk', /does not start with "did:jwk:"/)
    refused('did:jwk:', /not base64url without padding/)
    refused(`${EC_DID}=`, /not base64url without padding/)
    refused(`did:jwk:${Buffer.from(JSON.stringify(EC_JWK)).toString('base64')}`.replace(/[-_]/g, '+').replace(/:e/, ':+'), /not base64url without padding/)
    refused(`did:jwk:${b64u('{"kty":"EC"')}`, /not strict JSON/)
    refused(didOf(['EC']), /not a JSON object/)
    refused(`did:jwk:${b64u('{"kty":"EC","kty":"EC","crv":"P-256"}')}`, /not strict JSON \(duplicate key "kty"/)
    refused(`did:jwk:${b64u(Uint8Array.from([0x7b, 0xff, 0x7d]))}`, /not UTF-8/)
    refused('did:jwk:eyJ?a', /not base64url/)
  })

  it('refuses private key members, non-string members, and other key types or curves', () => {
    for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k']) refused(didOf({ ...EC_JWK, [member]: 'AAAA' }), new RegExp(`private key material \\("${member}"\\)`))
    refused(didOf({ ...EC_JWK, key_ops: ['verify'] }), /members must be strings; "key_ops" is not/)
    refused(didOf({ ...EC_JWK, x: 1 }), /"x" is not/)
    refused(didOf({ ...EC_JWK, crv: 'P-384' }), /EC curve "P-384" is not supported/)
    refused(didOf({ kty: 'OKP', crv: 'X25519', x: ED.x }), /OKP curve "X25519" is not supported/)
    refused(didOf({ kty: 'oct', alg: 'HS256' }), /key type \(kty\) "oct" is not supported/)
    refused(didOf({ crv: 'P-256', x: EC.x, y: EC.y }), /key type \(kty\) undefined/)
    refused(didOf({ ...EC_JWK, x: 'AA' }), /JWK "x" must be 32 bytes/)
    refused(didOf({ ...EC_JWK, use: 'enc' }), /"use": "enc"/)
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'jwk' }) as JsonWebKey
    refused(didOf({ kty: 'RSA', n: small.n, e: small.e }), /RSA modulus is 1024 bits/)
  })

  it('refuses a fragment other than #0', () => {
    refused(`${EC_DID}#1`, /names its key as "#0", not "#1"/)
    refused(`${EC_DID}#key-1`, /not "#key-1"/)
    refused(`${EC_DID}#0#0`, /not "#0#0"/)
  })
})

describe('base64url (node-free)', () => {
  it('decodes what Buffer encodes, and refuses padding, other alphabets, impossible lengths and unused bits', () => {
    for (let length = 0; length < 40; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 0xff)
      expect(decodeBase64Url(b64u(bytes))).toEqual(bytes)
    }
    expect(decodeBase64Url('AA==')).toBeUndefined()
    expect(decodeBase64Url('A+/A')).toBeUndefined()
    expect(decodeBase64Url('AAAAA')).toBeUndefined()
    expect(decodeBase64Url('AB')).toBeUndefined() // 'A' 'B' leaves the unused low bits set
    expect(decodeBase64Url('AQ')).toEqual(Uint8Array.from([1]))
  })
})

describe('didJwkDocument', () => {
  it('has the did:jwk document shape: one JsonWebKey method #0 under every verification relationship', () => {
    const vm = `${EC_DID}#0`
    expect(didJwkDocument(EC_DID, EC_JWK as never)).toEqual({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/jwk/v1'],
      id: EC_DID,
      verificationMethod: [{ id: vm, type: 'JsonWebKey', controller: EC_DID, publicKeyJwk: EC_JWK }],
      assertionMethod: [vm],
      authentication: [vm],
      capabilityInvocation: [vm],
      capabilityDelegation: [vm],
    })
  })
})

describe('did:jwk resolution', () => {
  it('the resolver resolves a did:jwk offline; a bad one fails with invalidDid', async () => {
    const resolve = createDidResolver()
    const { document } = await resolve(EC_DID)
    expect(document?.verificationMethod?.[0]).toMatchObject({ id: `${EC_DID}#0`, type: 'JsonWebKey', publicKeyJwk: EC_JWK })
    expect(await resolve(didOf({ ...EC_JWK, d: 'AAAA' }))).toMatchObject({ error: 'invalidDid', message: expect.stringMatching(/private key material/) })
    expect(await resolve(`${EC_DID}#0`)).toMatchObject({ error: 'invalidDid' })
  })

  it('supplied documents still win over local resolution', async () => {
    const own = { id: EC_DID, verificationMethod: [] }
    const { document } = await createDidResolver({ documents: new Map([[EC_DID, own]]) })(EC_DID)
    expect(document).toBe(own)
  })

  it('the document loader serves did:jwk:…#0 as the verification method, and the DID as its document', async () => {
    const loader = createDocumentLoader()
    const method = await loader(`${EC_DID}#0`)
    expect(method.documentUrl).toBe(`${EC_DID}#0`)
    expect(method.document).toMatchObject({ id: `${EC_DID}#0`, type: 'JsonWebKey', controller: EC_DID, publicKeyJwk: EC_JWK })
    expect((await loader(EC_DID)).document).toMatchObject({ id: EC_DID, assertionMethod: [`${EC_DID}#0`] })
    await expect(loader(`${EC_DID}#1`)).rejects.toBeInstanceOf(DocumentNotFoundError)
    await expect(loader(didOf({ ...EC_JWK, d: 'AAAA' }))).rejects.toThrow(/invalidDid: .*private key material/)
  })
})
