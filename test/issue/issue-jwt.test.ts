import { compactVerify, decodeProtectedHeader, importJWK, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import { DID_V1_CONTEXT, JWK_CONTEXT } from '../../src/contexts/urls.js'
import { IssuerKeyMismatchError, SigningError, UnsupportedFormatError } from '../../src/errors/errors.js'
import { issueCredential, issueCredentialWithReport } from '../../src/issue/index.js'
import { createSigner, exportKeyPair, generateKeyPair, type Signer } from '../../src/keys/index.js'
import { verifyCredential } from '../../src/verify/index.js'
import { minimalBadge, NOW, testKey } from '../helpers/credentials.js'

const decodePayload = (jwt: string): Record<string, any> => JSON.parse(Buffer.from(jwt.split('.')[1] as string, 'base64url').toString('utf8'))

describe('issueCredential format vc-jwt', () => {
  it('signs an Ed25519 did:key credential as EdDSA; jose verifies it with the did:key public key', async () => {
    const { keyPair, signer } = await testKey()
    const jwt = await issueCredential(minimalBadge(keyPair.controller), signer, { format: 'vc-jwt', now: NOW })
    expect(typeof jwt).toBe('string')
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'EdDSA', typ: 'JWT', kid: keyPair.id })
    const jwk = exportKeyPair(keyPair, { format: 'jwk' })
    const { payload } = await jwtVerify(jwt, await importJWK({ kty: 'OKP', crv: 'Ed25519', x: jwk.x }, 'EdDSA'), { currentDate: new Date(NOW) })
    expect(payload).toMatchObject({ iss: keyPair.controller, jti: 'urn:uuid:2f5b8c7e-8a4e-4a51-9f0e-6f2d8f1d2b11', sub: 'did:example:learner-1', nbf: Date.parse('2025-09-01T00:00:00Z') / 1000, iat: Date.parse(NOW) / 1000 })
    expect(payload.exp).toBeUndefined()
    expect((payload as Record<string, unknown>)['@context']).toEqual(expect.arrayContaining(minimalBadge('x')['@context'] as string[]))
    expect((payload as Record<string, unknown>).proof).toBeUndefined()
  })

  it('signs with a P-256 key as ES256 (64-byte r‖s) and an RSA key as RS256; jose verifies both', async () => {
    for (const [type, alg] of [['P-256', 'ES256'], ['RSA', 'RS256']] as const) {
      const keyPair = await generateKeyPair({ type })
      const jwt = await issueCredential(minimalBadge(keyPair.controller), createSigner(keyPair), { format: 'vc-jwt', now: NOW })
      expect(decodeProtectedHeader(jwt).alg).toBe(alg)
      if (alg === 'ES256') expect(Buffer.from(jwt.split('.')[2] as string, 'base64url')).toHaveLength(64)
      const key = await importJWK(keyPair.publicKeyJwk, alg)
      await expect(compactVerify(jwt, key, { algorithms: [alg] })).resolves.toBeDefined()
      const result = await verifyCredential(jwt, { now: NOW })
      expect(result.errors).toEqual([])
      expect(result.verified).toBe(true)
    }
  })

  it('puts exp = validUntil and, with jwtForm vc-claim, the credential under vc', async () => {
    const { keyPair, signer } = await testKey()
    const badge = { ...minimalBadge(keyPair.controller), validUntil: '2030-01-01T00:00:00Z' }
    const jwt = await issueCredential(badge, signer, { format: 'vc-jwt', jwtForm: 'vc-claim', now: NOW })
    const payload = decodePayload(jwt)
    expect(payload.exp).toBe(Date.parse('2030-01-01T00:00:00Z') / 1000)
    expect(payload.vc.name).toBe('Basiszorg')
    expect(payload['@context']).toBeUndefined()
    expect((await verifyCredential(jwt, { now: NOW })).verified).toBe(true)
  })

  it('reports the quality check and returns the credential the token carries', async () => {
    const { keyPair, signer } = await testKey()
    const result = await issueCredentialWithReport(minimalBadge(keyPair.controller), signer, { format: 'vc-jwt', now: NOW })
    expect(result.quality.valid).toBe(true)
    expect(result.credential.credentialSchema).toBeDefined()
    const { iss, jti, sub, nbf, iat, ...rest } = decodePayload(result.jwt)
    expect([iss, jti, sub, nbf, iat].every((v) => v !== undefined)).toBe(true)
    expect(rest).toEqual(result.credential)
  })

  it('refuses an alg that does not fit the key, a signer of another algorithm, a store, and a foreign issuer', async () => {
    const { keyPair, signer } = await testKey()
    await expect(issueCredential(minimalBadge(keyPair.controller), signer, { format: 'vc-jwt', alg: 'ES256' })).rejects.toThrow(UnsupportedFormatError)
    const odd: Signer = { ...signer, algorithm: 'ES384' }
    await expect(issueCredential(minimalBadge(keyPair.controller), odd, { format: 'vc-jwt' })).rejects.toThrow(/VC-JWT needs Ed25519/)
    await expect(issueCredential(minimalBadge('did:web:other.example'), signer, { format: 'vc-jwt' })).rejects.toThrow(IssuerKeyMismatchError)
    const store = {} as never
    await expect(issueCredentialWithReport(minimalBadge(keyPair.controller), signer, { format: 'vc-jwt', store })).rejects.toThrow(/store/)
  })

  it('refuses a signer whose ES256 signature is DER-encoded, and one that signs with another key', async () => {
    const keyPair = await generateKeyPair({ type: 'P-256' })
    const real = createSigner(keyPair)
    const der: Signer = { ...real, sign: async (d) => new Uint8Array([0x30, ...(await real.sign(d))]) }
    await expect(issueCredential(minimalBadge(keyPair.controller), der, { format: 'vc-jwt' })).rejects.toThrow(/r‖s, not DER/)
    const other = createSigner(await generateKeyPair({ type: 'P-256' }))
    const wrong: Signer = { ...real, sign: other.sign }
    const error = await issueCredential(minimalBadge(keyPair.controller), wrong, { format: 'vc-jwt' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SigningError)
    expect((error as SigningError).message).toMatch(/CRYPTOGRAPHIC_SECURITY_ERROR/)
  })

  it('signs for a did:web issuer, checking itself with the signer public key; verifiers need the DID document', async () => {
    const keyPair = await generateKeyPair({ type: 'P-256', controller: 'did:web:school.example.nl' })
    const jwt = await issueCredential(minimalBadge(keyPair.controller), createSigner(keyPair), { format: 'vc-jwt', now: NOW })
    expect((await verifyCredential(jwt, { now: NOW })).verified).toBe(false)
    const document = { '@context': [DID_V1_CONTEXT, JWK_CONTEXT], id: keyPair.controller, verificationMethod: [{ id: keyPair.id, type: 'JsonWebKey', controller: keyPair.controller, publicKeyJwk: keyPair.publicKeyJwk }], assertionMethod: [keyPair.id] }
    const result = await verifyCredential(jwt, { now: NOW, documents: { [keyPair.controller]: document } })
    expect(result.errors).toEqual([])
  })
})
