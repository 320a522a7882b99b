import { createPublicKey, verify } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { InvalidKeyError } from '../../src/errors/errors.js'
import { createSigner, exportKeyPair, generateKeyPair, importKeyPair, isEd25519KeyPair } from '../../src/keys/index.js'
import { fixtureJson } from '../helpers/fixtures.js'

const vector = fixtureJson<{ publicKeyMultibase: string; secretKeyMultibase: string; publicKeyHex: string }>('test-vectors/ob3-eddsa-rdfc-2022/keyPair-and-expected.json')

describe('keys', () => {
  it('generateKeyPair: did:key controller, Multikey id, deterministic from a seed', async () => {
    const seed = new Uint8Array(32).fill(3)
    const a = await generateKeyPair({ seed })
    const b = await generateKeyPair({ seed })
    expect(a).toEqual(b)
    expect(a.controller).toBe(`did:key:${a.publicKeyMultibase}`)
    expect(a.id).toBe(`${a.controller}#${a.publicKeyMultibase}`)
    expect(a.publicKeyMultibase).toMatch(/^z6Mk/)
    expect((await generateKeyPair()).publicKeyMultibase).not.toBe(a.publicKeyMultibase)
    const web = await generateKeyPair({ seed, controller: 'did:web:school.example.nl' })
    expect(web.id).toBe(`did:web:school.example.nl#${a.publicKeyMultibase}`)
  })

  it('derives the published public key of the OB 3.0 vector from its secret key', () => {
    const kp = importKeyPair({ type: 'Multikey', publicKeyMultibase: vector.publicKeyMultibase, secretKeyMultibase: vector.secretKeyMultibase })
    if (!isEd25519KeyPair(kp)) throw new Error('expected an Ed25519 key pair')
    expect(kp.controller).toBe(`did:key:${vector.publicKeyMultibase}`)
    const jwk = exportKeyPair(kp, { format: 'jwk' })
    expect(Buffer.from(jwk.x, 'base64url').toString('hex')).toBe(vector.publicKeyHex)
  })

  it('Multikey and JWK round trips keep the key and its secret', async () => {
    const kp = await generateKeyPair()
    expect(importKeyPair(exportKeyPair(kp, { includeSecret: true }))).toEqual(kp)
    expect(importKeyPair(exportKeyPair(kp, { format: 'jwk', includeSecret: true }))).toEqual(kp)
    const pub = exportKeyPair(kp)
    expect(pub.secretKeyMultibase).toBeUndefined()
    expect(importKeyPair(pub).secretKeyMultibase).toBeUndefined()
  })

  it('createSigner signs with Ed25519 (checked with node:crypto)', async () => {
    const kp = await generateKeyPair()
    const signer = createSigner(kp)
    const data = new TextEncoder().encode('microcredential')
    const sig = await signer.sign(data)
    const jwk = exportKeyPair(kp, { format: 'jwk' })
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' })
    expect(verify(null, data, key, sig)).toBe(true)
    expect(signer.id).toBe(kp.id)
    expect(() => createSigner(importKeyPair(exportKeyPair(kp)))).toThrow(/no secret key/)
  })

  it('import refuses malformed keys with InvalidKeyError naming the problem', async () => {
    const kp = await generateKeyPair()
    const other = await generateKeyPair()
    expect(() => importKeyPair('x')).toThrow(InvalidKeyError)
    expect(() => importKeyPair({ type: 'JsonWebKey2020' })).toThrow(/Multikey/)
    expect(() => importKeyPair({ type: 'Multikey', publicKeyMultibase: 'abc' })).toThrow(/"z"/)
    expect(() => importKeyPair({ type: 'Multikey', publicKeyMultibase: 'z6LSbysY2xFMRpGMhb7tFTLMpeuPRaqaWM1yECx2AtzE3KCc' })).toThrow(/multicodec/)
    expect(() => importKeyPair({ ...exportKeyPair(kp), secretKeyMultibase: other.secretKeyMultibase })).toThrow(/does not belong/)
    expect(() => importKeyPair({ kty: 'EC', crv: 'P-256', x: 'AA' })).toThrow(/JWK "x" must be 32 bytes, got 1/)
    expect(() => importKeyPair({ kty: 'OKP', crv: 'X25519', x: 'AA' })).toThrow(/OKP curve "X25519" is not supported/)
  })
})
