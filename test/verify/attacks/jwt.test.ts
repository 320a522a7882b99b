/**
 * security.md §5, cases 40-42: VC-JWT tokens are signed during the test (by the library, or by hand
 * with `jose` for tokens a correct issuer would refuse to produce) and then altered.
 */
import { base64url, CompactSign, importJWK, type JWK } from 'jose'
import { describe, expect, it } from 'vitest'
import { DID_V1_CONTEXT, JWK_CONTEXT } from '../../../src/contexts/urls.js'
import { issueCredential } from '../../../src/issue/index.js'
import { createSigner, exportKeyPair, generateKeyPair, type JwkKeyPair } from '../../../src/keys/index.js'
import { minimalBadge, NOW } from '../../helpers/credentials.js'
import { codes, expectRejected, verify, victimKey, attackerKey, type Json } from './helpers.js'

const enc = (value: unknown): string => base64url.encode(new TextEncoder().encode(JSON.stringify(value)))
const parts = (jwt: string): [Json, Json, string] => {
  const [h, p, s] = jwt.split('.') as [string, string, string]
  return [JSON.parse(new TextDecoder().decode(base64url.decode(h))), JSON.parse(new TextDecoder().decode(base64url.decode(p))), s]
}

/** Signs header and payload by hand with a key pair's secret JWK (what an attacker or a buggy issuer can do). */
async function signWith(header: Json, payload: Json, keyPair: JwkKeyPair): Promise<string> {
  const alg = header.alg as string
  const key = await importJWK(exportKeyPair(keyPair, { format: 'jwk', includeSecret: true }) as JWK, alg)
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader(header as never).sign(key)
}

async function p256Token(edit: (payload: Json) => void = () => {}, header: Json = {}): Promise<{ jwt: string; keyPair: JwkKeyPair }> {
  const keyPair = await generateKeyPair({ type: 'P-256' })
  const honest = await issueCredential(minimalBadge(keyPair.controller), createSigner(keyPair), { format: 'vc-jwt', now: NOW })
  const [h, payload] = parts(honest)
  edit(payload)
  return { jwt: await signWith({ ...h, ...header }, payload, keyPair), keyPair }
}

describe('#40 algorithm: none, empty signature, outside the allow-list, HS256', () => {
  it('#40 alg none with an empty signature → proof/UNSUPPORTED_ALGORITHM', async () => {
    const { keyPair, signer } = await victimKey()
    const [, payload] = parts(await issueCredential(minimalBadge(keyPair.controller), signer, { format: 'vc-jwt', now: NOW }))
    const r = await verify(`${enc({ alg: 'none', typ: 'JWT', kid: keyPair.id })}.${enc(payload)}.`)
    expectRejected(r, 'proof:UNSUPPORTED_ALGORITHM')
    expect(r.errors[0]?.message).toMatch(/none/)
  })

  it('#40 a valid token with its signature removed → proof/UNSUPPORTED_ALGORITHM (empty signature)', async () => {
    const { keyPair, signer } = await victimKey()
    const jwt = await issueCredential(minimalBadge(keyPair.controller), signer, { format: 'vc-jwt', now: NOW })
    const r = await verify(jwt.slice(0, jwt.lastIndexOf('.') + 1))
    expectRejected(r, 'proof:UNSUPPORTED_ALGORITHM')
    expect(r.errors[0]?.message).toMatch(/empty signature/)
  })

  it('#40 HS256 keyed with the issuer\'s public key (key confusion) → proof/UNSUPPORTED_ALGORITHM', async () => {
    const { keyPair, signer } = await victimKey()
    const [header, payload] = parts(await issueCredential(minimalBadge(keyPair.controller), signer, { format: 'vc-jwt', now: NOW }))
    const publicBytes = base64url.decode(exportKeyPair(keyPair, { format: 'jwk' }).x)
    const forged = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ ...header, alg: 'HS256' }).sign(publicBytes)
    expectRejected(await verify(forged), 'proof:UNSUPPORTED_ALGORITHM')
  })

  it('#40 an algorithm outside the allow-list (ES384; or ES256 when only RS256 is allowed) → proof/UNSUPPORTED_ALGORITHM', async () => {
    const { jwt } = await p256Token()
    expectRejected(await verify(jwt, { jwtAlgorithms: ['RS256'] }), 'proof:UNSUPPORTED_ALGORITHM')
    const [header, payload, signature] = jwt.split('.')
    void header
    expectRejected(await verify(`${enc({ ...parts(jwt)[0], alg: 'ES384' })}.${payload}.${signature}`), 'proof:UNSUPPORTED_ALGORITHM')
  })

  it('#40 alg relabelled EdDSA on an ES256 token → proof fails, never verified', async () => {
    const { jwt } = await p256Token()
    const [, payload, signature] = jwt.split('.')
    const r = await verify(`${enc({ ...parts(jwt)[0], alg: 'EdDSA' })}.${payload}.${signature}`)
    expectRejected(r, 'proof:PROOF_VERIFICATION_ERROR')
  })
})

describe('#41 key binding: embedded jwk, kid of another DID', () => {
  it('#41 attacker signs and embeds its own jwk, no kid → issuer/ISSUER_KEY_MISMATCH', async () => {
    const victim = await generateKeyPair({ type: 'P-256' })
    const attacker = await generateKeyPair({ type: 'P-256' })
    const [, payload] = parts(await issueCredential(minimalBadge(victim.controller), createSigner(victim), { format: 'vc-jwt', now: NOW }))
    payload.name = 'Forged'
    const forged = await signWith({ alg: 'ES256', typ: 'JWT', jwk: attacker.publicKeyJwk }, payload, attacker)
    const r = await verify(forged)
    expectRejected(r, 'issuer:ISSUER_KEY_MISMATCH')
  })

  it('#41 attacker\'s kid (its own did:jwk), iss and issuer the victim → issuer/ISSUER_KEY_MISMATCH', async () => {
    const victim = await generateKeyPair({ type: 'P-256' })
    const attacker = await generateKeyPair({ type: 'P-256' })
    const [, payload] = parts(await issueCredential(minimalBadge(victim.controller), createSigner(victim), { format: 'vc-jwt', now: NOW }))
    const forged = await signWith({ alg: 'ES256', typ: 'JWT', kid: attacker.id }, payload, attacker)
    const r = await verify(forged)
    expectRejected(r, 'issuer:ISSUER_KEY_MISMATCH')
    expect(r.checks.find((c) => c.id === 'proof')?.status).toBe('passed') // the signature itself is fine
  })

  it('#41 the victim\'s kid beside the attacker\'s embedded jwk → issuer/ISSUER_KEY_MISMATCH', async () => {
    const victim = await generateKeyPair({ type: 'P-256' })
    const attacker = await generateKeyPair({ type: 'P-256' })
    const [, payload] = parts(await issueCredential(minimalBadge(victim.controller), createSigner(victim), { format: 'vc-jwt', now: NOW }))
    const forged = await signWith({ alg: 'ES256', typ: 'JWT', kid: victim.id, jwk: attacker.publicKeyJwk }, payload, attacker)
    expectRejected(await verify(forged), 'issuer:ISSUER_KEY_MISMATCH')
  })

  it('#41 attacker did:key signs an EdDSA token for a victim did:key → issuer/ISSUER_KEY_MISMATCH', async () => {
    const victim = await victimKey()
    const attacker = await attackerKey()
    const badge = minimalBadge(victim.keyPair.controller)
    const honest = await issueCredential(minimalBadge(attacker.keyPair.controller), attacker.signer, { format: 'vc-jwt', now: NOW })
    const [header, payload] = parts(honest)
    const forgedPayload = { ...payload, ...badge, iss: victim.keyPair.controller }
    const signingInput = `${enc(header)}.${enc(forgedPayload)}`
    const signature = await attacker.signer.sign(new TextEncoder().encode(signingInput))
    expectRejected(await verify(`${signingInput}.${base64url.encode(signature)}`), 'issuer:ISSUER_KEY_MISMATCH')
  })

  it('an embedded jwk that is one of the issuer\'s keys, no kid, verifies (did:web document supplied)', async () => {
    const keyPair = await generateKeyPair({ type: 'P-256', controller: 'did:web:school.example.nl' })
    const [, payload] = parts(await issueCredential(minimalBadge(keyPair.controller), createSigner(keyPair), { format: 'vc-jwt', now: NOW }))
    const token = await signWith({ alg: 'ES256', typ: 'JWT', jwk: keyPair.publicKeyJwk }, payload, keyPair)
    const document = { '@context': [DID_V1_CONTEXT, JWK_CONTEXT], id: keyPair.controller, verificationMethod: [{ id: keyPair.id, type: 'JsonWebKey', controller: keyPair.controller, publicKeyJwk: keyPair.publicKeyJwk }], assertionMethod: [keyPair.id] }
    const r = await verify(token, { documents: { [keyPair.controller]: document } })
    expect(r.errors).toEqual([])
    expect(r.verified).toBe(true)
  })

  it('an https issuer\'s key found by kid in its JWKS verifies; a JWKS key with another iss does not', async () => {
    const issuer = 'https://school.example.nl/issuer'
    const keyPair = await generateKeyPair({ type: 'RSA', controller: issuer, id: `${issuer}#rsa-1` })
    const [, payload] = parts(await issueCredential(minimalBadge(issuer), createSigner(keyPair), { format: 'vc-jwt', now: NOW, documents: {} }))
    const token = await signWith({ alg: 'RS256', typ: 'JWT', kid: 'rsa-1' }, payload, keyPair)
    const jwks = (iss?: string) => ({ 'https://school.example.nl/.well-known/jwks.json': { keys: [{ ...keyPair.publicKeyJwk, kid: 'rsa-1', use: 'sig', ...(iss ? { iss } : {}) }] } })
    const ok = await verify(token, { documents: jwks(issuer) })
    expect(ok.errors).toEqual([])
    expectRejected(await verify(token, { documents: jwks('https://other.example.org') }), 'issuer:INVALID_VERIFICATION_METHOD')
  })
})

describe('#42 claims that do not repeat the credential, unknown crit', () => {
  const cases: Array<[string, (p: Json) => void]> = [
    ['iss ≠ issuer.id', (p) => { p.iss = 'did:web:other.example' }],
    ['sub ≠ credentialSubject.id', (p) => { p.sub = 'did:example:someone-else' }],
    ['jti ≠ id', (p) => { p.jti = 'urn:uuid:00000000-0000-4000-8000-000000000000' }],
    ['nbf ≠ validFrom', (p) => { p.nbf = (p.nbf as number) - 86400 }],
    ['no iss', (p) => { delete p.iss }],
    ['exp without validUntil', (p) => { p.exp = 2_000_000_000 }],
    ['nbf not a number', (p) => { p.nbf = '2025-09-01' }],
  ]
  for (const [name, edit] of cases) {
    it(`#42 ${name} (signed by the issuer's own key) → proof/MALFORMED_VALUE_ERROR`, async () => {
      const { jwt } = await p256Token(edit)
      const r = await verify(jwt)
      expectRejected(r, 'proof:MALFORMED_VALUE_ERROR')
      expect(codes(r)).not.toContain('proof:CRYPTOGRAPHIC_SECURITY_ERROR')
    })
  }

  it('#42 an unknown crit header → proof/MALFORMED_VALUE_ERROR', async () => {
    const keyPair = await generateKeyPair({ type: 'P-256' })
    const [header, payload] = parts(await issueCredential(minimalBadge(keyPair.controller), createSigner(keyPair), { format: 'vc-jwt', now: NOW }))
    // jose refuses to sign an extension it does not know: signed by hand.
    const signingInput = `${enc({ ...header, crit: ['exp-policy'], 'exp-policy': 1 })}.${enc(payload)}`
    const jwt = `${signingInput}.${base64url.encode(await createSigner(keyPair).sign(new TextEncoder().encode(signingInput)))}`
    expectRejected(await verify(jwt), 'proof:MALFORMED_VALUE_ERROR')
  })
})

describe('tampering and benign changes', () => {
  it('a payload edited after signing → proof/CRYPTOGRAPHIC_SECURITY_ERROR, reported first', async () => {
    const { keyPair, signer } = await victimKey()
    const jwt = await issueCredential(minimalBadge(keyPair.controller), signer, { format: 'vc-jwt', now: NOW })
    const [h, payload, s] = jwt.split('.')
    const edited = parts(jwt)[1]
    edited.name = 'Verpleegkunde'
    void payload
    const r = await verify(`${h}.${enc(edited)}.${s}`)
    expectRejected(r, 'proof:CRYPTOGRAPHIC_SECURITY_ERROR')
    expect(codes(r)[0]).toBe('proof:CRYPTOGRAPHIC_SECURITY_ERROR')
  })

  it('an expired token (exp = validUntil in the past) → validity/EXPIRED', async () => {
    const { keyPair, signer } = await victimKey()
    const jwt = await issueCredential({ ...minimalBadge(keyPair.controller), validUntil: '2025-12-01T00:00:00Z' }, signer, { format: 'vc-jwt', now: NOW })
    expectRejected(await verify(jwt), 'validity:EXPIRED')
  })

  it('duplicate keys or __proto__ in the payload → parse/PARSING_ERROR', async () => {
    const { keyPair, signer } = await victimKey()
    const jwt = await issueCredential(minimalBadge(keyPair.controller), signer, { format: 'vc-jwt', now: NOW })
    const [h, p, s] = jwt.split('.') as [string, string, string]
    const text = new TextDecoder().decode(base64url.decode(p))
    const dup = base64url.encode(new TextEncoder().encode(text.replace('{', '{"name":"x",')))
    expectRejected(await verify(`${h}.${dup}.${s}`), 'parse:PARSING_ERROR')
    const proto = base64url.encode(new TextEncoder().encode(text.replace('{', '{"__proto__":{"polluted":1},')))
    expectRejected(await verify(`${h}.${proto}.${s}`), 'parse:PARSING_ERROR')
    expect(({} as Json).polluted).toBeUndefined()
  })

  it('#2/#3 an undefined term in the token\'s credential, signed by the issuer\'s own key → context/DATA_LOSS_DETECTION_ERROR', async () => {
    const { jwt } = await p256Token((p) => { p.credentialSubject.favouriteColour = 'blue' })
    expectRejected(await verify(jwt), 'context:DATA_LOSS_DETECTION_ERROR')
    const { jwt: typed } = await p256Token((p) => { p.type = [...p.type, 'UndefinedType'] })
    expectRejected(await verify(typed), 'context:DATA_LOSS_DETECTION_ERROR')
  })

  it('a private key in the embedded jwk → proof/PROOF_VERIFICATION_ERROR', async () => {
    const { jwt, keyPair } = await p256Token(() => {}, {})
    const [header] = parts(jwt)
    const withSecret = await signWith({ ...header, jwk: exportKeyPair(keyPair, { format: 'jwk', includeSecret: true }) }, parts(jwt)[1], keyPair)
    expectRejected(await verify(withSecret), 'proof:PROOF_VERIFICATION_ERROR')
  })

  it('surrounding whitespace and a trailing newline still verify', async () => {
    const { jwt } = await p256Token()
    expect((await verify(`\n  ${jwt}\n`)).verified).toBe(true)
    expect((await verify(new TextEncoder().encode(`${jwt}\n`))).verified).toBe(true)
  })
})
