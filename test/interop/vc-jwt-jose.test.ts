/**
 * VC-JWT interoperability with `jose`: tokens signed by jose alone (its own keys, did:jwk and JWKS
 * made by hand here) verify with this library, in both the VCDM 2.0 and the VCDM 1.1 `vc` form.
 * (The other direction, jose verifying this library's tokens, is in test/issue/issue-jwt.test.ts.)
 */
import { base64url, exportJWK, generateKeyPair, SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { verifyCredential } from '../../src/verify/index.js'
import { minimalBadge, NOW } from '../helpers/credentials.js'

const didJwk = (jwk: object): string => `did:jwk:${base64url.encode(new TextEncoder().encode(JSON.stringify(jwk)))}`

describe('tokens signed by jose', () => {
  it('ES256, did:jwk issuer, VCDM 2.0 form (payload = credential + claims)', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256')
    const did = didJwk(await exportJWK(publicKey))
    const credential = minimalBadge(did)
    const jwt = await new SignJWT({ ...credential })
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT', kid: `${did}#0` })
      .setIssuer(did).setSubject('did:example:learner-1').setJti(String(credential.id))
      .setNotBefore(Date.parse(String(credential.validFrom)) / 1000).setIssuedAt(Date.parse(NOW) / 1000)
      .sign(privateKey)
    const result = await verifyCredential(jwt, { now: NOW })
    expect(result.errors).toEqual([])
    expect(result.verified).toBe(true)
    expect(result.credential).toEqual(credential)
  })

  it('EdDSA, did:jwk issuer, VCDM 1.1 vc-claim form with issuer, id and dates left to the claims', async () => {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' })
    const did = didJwk(await exportJWK(publicKey))
    const { issuer, id, validFrom, ...vc } = minimalBadge(did)
    void issuer
    const jwt = await new SignJWT({ vc })
      .setProtectedHeader({ alg: 'EdDSA', kid: `${did}#0` })
      .setIssuer(did).setSubject('did:example:learner-1').setJti(String(id))
      .setNotBefore(Date.parse(String(validFrom)) / 1000)
      .sign(privateKey)
    const result = await verifyCredential(jwt, { now: NOW })
    expect(result.errors).toEqual([])
    expect(result.credential).toMatchObject({ issuer: did, id, validFrom })
  })

  it('RS256, https issuer, key by kid in the issuer\'s JWKS (supplied offline)', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { modulusLength: 2048 })
    const issuer = 'https://school.example.nl'
    const credential: Record<string, unknown> = { ...minimalBadge(issuer), validUntil: '2030-09-01T00:00:00Z' }
    const jwt = await new SignJWT({ ...credential })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'k1' })
      .setIssuer(issuer).setSubject('did:example:learner-1').setJti(String(credential.id))
      .setNotBefore(Date.parse(String(credential.validFrom)) / 1000).setExpirationTime(Date.parse(String(credential.validUntil)) / 1000)
      .sign(privateKey)
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] }
    const result = await verifyCredential(jwt, { now: NOW, documents: { 'https://school.example.nl/.well-known/jwks.json': jwks } })
    expect(result.errors).toEqual([])
    expect(result.verified).toBe(true)
    const without = await verifyCredential(jwt, { now: NOW })
    expect(without.verified).toBe(false)
    expect(without.errors.map((e) => `${e.check}:${e.code}`)).toContain('issuer:INVALID_VERIFICATION_METHOD')
  })

  it('an https issuer\'s JWKS is fetched only through the injected fetch, for an allowed host', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256')
    const issuer = 'https://school.example.nl'
    const credential = minimalBadge(issuer)
    const jwt = await new SignJWT({ ...credential })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setIssuer(issuer).setSubject('did:example:learner-1').setJti(String(credential.id))
      .setNotBefore(Date.parse(String(credential.validFrom)) / 1000)
      .sign(privateKey)
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1' }] }
    const asked: string[] = []
    const fetch = async (url: string): Promise<Response> => {
      asked.push(url)
      if (url.endsWith('/.well-known/jwks.json')) return new Response(JSON.stringify(jwks), { headers: { 'content-type': 'application/json' } })
      return new Response('not found', { status: 404 })
    }
    const result = await verifyCredential(jwt, { now: NOW, fetch, allowedHosts: ['school.example.nl'] })
    expect(result.errors).toEqual([])
    expect(asked).toContain('https://school.example.nl/.well-known/jwks.json')
    const blocked = await verifyCredential(jwt, { now: NOW, fetch, allowedHosts: ['other.example.nl'] })
    expect(blocked.verified).toBe(false)
  })
})
