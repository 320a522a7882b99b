/**
 * Presentations: a learner shares two microcredentials with an employer who sent a challenge
 * (issue 10 use case), security.md case #16, and @digitalbazaar/vc in both directions.
 */
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import { base64url } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { createPresentation, type Presentation } from '../../src/build/index.js'
import { issueCredential, signPresentation } from '../../src/issue/index.js'
import { createSigner, generateKeyPair, type Ed25519KeyPair, type Signer } from '../../src/keys/index.js'
import { createDocumentLoader } from '../../src/loader/index.js'
import { verifyPresentation, type PresentationVerificationResult } from '../../src/verify/index.js'
import { minimalBadge, NOW, testKey } from '../helpers/credentials.js'

const CHALLENGE = 'c0ae1c8e-c7e7-469f-b252-86e6a0e7387e'
const DOMAIN = 'werkgever.example.nl'
const codes = (r: PresentationVerificationResult): string[] => r.errors.map((e) => `${e.check}:${e.code}`)
const options = { challenge: CHALLENGE, domain: DOMAIN, now: NOW }

let learner: Ed25519KeyPair
let learnerSigner: Signer
let basiszorg: Record<string, unknown>
let wondzorgJwt: string

beforeAll(async () => {
  const school = await testKey()
  learner = await generateKeyPair({ seed: Uint8Array.from({ length: 32 }, (_, i) => 100 + i) })
  learnerSigner = createSigner(learner)
  const first = minimalBadge(school.keyPair.controller)
  ;(first.credentialSubject as Record<string, unknown>).id = learner.controller
  basiszorg = await issueCredential(first, school.signer, { now: NOW })
  const second: Record<string, unknown> = { ...minimalBadge(school.keyPair.controller), id: 'urn:uuid:5b0a6a3c-5f7a-4c4e-8f55-0c9f3b1e2d44', name: 'Wondzorg' }
  ;(second.credentialSubject as Record<string, unknown>).id = learner.controller
  wondzorgJwt = await issueCredential(second, school.signer, { format: 'vc-jwt', now: NOW })
})

describe('createPresentation', () => {
  it('wraps credential objects and envelopes VC-JWTs for the holder', () => {
    const vp = createPresentation([basiszorg, wondzorgJwt], learner.controller, { id: 'urn:uuid:1b7d2f3a-0000-4000-8000-000000000001' })
    expect(vp).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: 'urn:uuid:1b7d2f3a-0000-4000-8000-000000000001',
      type: ['VerifiablePresentation'],
      holder: learner.controller,
      verifiableCredential: [basiszorg, { '@context': 'https://www.w3.org/ns/credentials/v2', id: `data:application/vc+jwt,${wondzorgJwt}`, type: 'EnvelopedVerifiableCredential' }],
    })
  })

  it('refuses no credentials, an unsigned credential, a bad token and a holder that is not a URL', () => {
    expect(() => createPresentation([], learner.controller)).toThrow(/non-empty/)
    expect(() => createPresentation([minimalBadge('did:example:x')], learner.controller)).toThrow(/no proof/)
    expect(() => createPresentation(['not a jwt'], learner.controller)).toThrow(/compact JWS/)
    expect(() => createPresentation([basiszorg], 'learner')).toThrow(/holder/)
  })
})

describe('a learner shares two microcredentials with an employer (eddsa-rdfc-2022)', () => {
  let vp: Record<string, unknown>
  beforeAll(async () => {
    vp = await signPresentation(createPresentation([basiszorg, wondzorgJwt], learner.controller), learnerSigner, { ...options })
  })

  it('signs an authentication proof with the challenge and domain; the employer verifies it and both credentials', async () => {
    const proof = (Array.isArray(vp.proof) ? vp.proof[0] : vp.proof) as Record<string, unknown>
    expect(proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'authentication', challenge: CHALLENGE, domain: DOMAIN, verificationMethod: learner.id })
    const r = await verifyPresentation(vp, options)
    expect(r.errors).toEqual([])
    expect(r.verified).toBe(true)
    expect(r.presentation).toBe(vp)
    expect(r.credentials.map((c) => c.credential?.name)).toEqual(['Basiszorg', 'Wondzorg'])
    expect(r.checks.map((c) => `${c.id}:${c.status}`)).toEqual(['parse:passed', 'limits:passed', 'context:passed', 'structure:passed', 'proof:passed', 'holder:passed', 'credentials:passed'])
    expect((await verifyPresentation(JSON.stringify(vp, null, 2), options)).verified).toBe(true)
  })

  it('#16 a wrong or missing challenge → proof/INVALID_CHALLENGE_ERROR; a wrong or missing domain → proof/INVALID_DOMAIN_ERROR', async () => {
    expect(codes(await verifyPresentation(vp, { ...options, challenge: 'another-nonce' }))).toContain('proof:INVALID_CHALLENGE_ERROR')
    expect(codes(await verifyPresentation(vp, { ...options, domain: 'attacker.example' }))).toContain('proof:INVALID_DOMAIN_ERROR')
    const stripped = structuredClone(vp)
    const proof = (Array.isArray(stripped.proof) ? stripped.proof[0] : stripped.proof) as Record<string, unknown>
    delete proof.challenge
    delete proof.domain
    const r = await verifyPresentation(stripped, options)
    expect(r.verified).toBe(false)
    expect(codes(r)).toEqual(expect.arrayContaining(['proof:INVALID_CHALLENGE_ERROR', 'proof:INVALID_DOMAIN_ERROR']))
  })

  it('#16 the challenge edited in the proof to match → the signature fails (CRYPTOGRAPHIC_SECURITY_ERROR)', async () => {
    const replayed = await signPresentation(createPresentation([basiszorg], learner.controller), learnerSigner, { ...options, challenge: 'old-nonce' })
    const proof = (Array.isArray(replayed.proof) ? replayed.proof[0] : replayed.proof) as Record<string, unknown>
    proof.challenge = CHALLENGE
    expect(codes(await verifyPresentation(replayed, options))).toContain('proof:CRYPTOGRAPHIC_SECURITY_ERROR')
  })

  it('a credential edited inside the signed presentation fails both the proof and that credential', async () => {
    const edited = structuredClone(vp)
    ;((edited.verifiableCredential as Array<Record<string, unknown>>)[0] as Record<string, unknown>).name = 'Verpleegkunde'
    const r = await verifyPresentation(edited, options)
    expect(codes(r)).toEqual(expect.arrayContaining(['proof:CRYPTOGRAPHIC_SECURITY_ERROR', 'credentials:CREDENTIAL_NOT_VERIFIED']))
    expect(r.credentials[0]?.verified).toBe(false)
    expect(r.credentials[1]?.verified).toBe(true)
  })

  it('someone else signing the learner\'s presentation → holder/HOLDER_KEY_MISMATCH', async () => {
    const other = await generateKeyPair({ seed: new Uint8Array(32).fill(42) })
    const unsigned = createPresentation([basiszorg], other.controller)
    const signed = await signPresentation(unsigned, createSigner(other), options)
    signed.holder = learner.controller
    const r = await verifyPresentation(signed, options)
    expect(r.verified).toBe(false)
    expect(codes(r)).toContain('holder:HOLDER_KEY_MISMATCH')
  })

  it('an expired or revoked-looking credential inside makes the presentation fail with credentials/CREDENTIAL_NOT_VERIFIED', async () => {
    const r = await verifyPresentation(vp, { ...options, now: '2099-01-01T00:00:00Z', trustedIssuers: ['did:web:someone-else.example'] })
    expect(codes(r)).toContain('credentials:CREDENTIAL_NOT_VERIFIED')
    expect(r.errors.find((e) => e.check === 'credentials')?.message).toMatch(/UNTRUSTED_ISSUER/)
  })

  it('refuses a presentation with no proof, a proof for assertionMethod, an inline context, and non-presentations', async () => {
    const unsigned = createPresentation([basiszorg], learner.controller)
    expect(codes(await verifyPresentation(unsigned, options))).toContain('proof:PROOF_MISSING')
    const assertion = structuredClone(vp)
    ;((Array.isArray(assertion.proof) ? assertion.proof[0] : assertion.proof) as Record<string, unknown>).proofPurpose = 'assertionMethod'
    expect(codes(await verifyPresentation(assertion, options))).toContain('proof:PROOF_VERIFICATION_ERROR')
    expect(codes(await verifyPresentation({ ...vp, '@context': ['https://www.w3.org/ns/credentials/v2', { x: 'urn:x' }] }, options))).toContain('context:UNTRUSTED_CONTEXT')
    expect(codes(await verifyPresentation(basiszorg, options))).toContain('structure:MALFORMED_VALUE_ERROR')
    expect(codes(await verifyPresentation('{"a":1,"a":2}', options))).toEqual(['parse:PARSING_ERROR'])
    await expect(verifyPresentation(vp, { challenge: '', domain: DOMAIN })).rejects.toThrow(/challenge/)
    await expect(verifyPresentation(vp, { challenge: CHALLENGE } as never)).rejects.toThrow(/domain/)
  })
})

describe('presentation JWT', () => {
  it('the learner signs a VP-JWT (nonce = challenge, aud = domain); the employer verifies it and its credentials', async () => {
    const jwt = await signPresentation(createPresentation([basiszorg, wondzorgJwt], learner.controller), learnerSigner, { ...options, format: 'vc-jwt', expiresInSeconds: 600 })
    const payload = JSON.parse(new TextDecoder().decode(base64url.decode(jwt.split('.')[1] as string)))
    expect(payload).toMatchObject({ iss: learner.controller, aud: DOMAIN, nonce: CHALLENGE, iat: Date.parse(NOW) / 1000, exp: Date.parse(NOW) / 1000 + 600, holder: learner.controller })
    const r = await verifyPresentation(jwt, options)
    expect(r.errors).toEqual([])
    expect(r.credentials.every((c) => c.verified)).toBe(true)
    expect(codes(await verifyPresentation(jwt, { ...options, challenge: 'x' }))).toEqual(['proof:INVALID_CHALLENGE_ERROR'])
    expect(codes(await verifyPresentation(jwt, { ...options, domain: 'x.example' }))).toEqual(['proof:INVALID_DOMAIN_ERROR'])
    expect(codes(await verifyPresentation(jwt, { ...options, now: '2026-01-01T01:00:00Z' }))).toEqual(['proof:EXPIRED'])
  })

  it('a P-256 holder signs ES256; a tampered token fails the signature', async () => {
    const holder = await generateKeyPair({ type: 'P-256' })
    const jwt = await signPresentation(createPresentation([basiszorg], holder.controller), createSigner(holder), { ...options, format: 'vc-jwt' })
    expect((await verifyPresentation(jwt, options)).verified).toBe(true)
    const [h, p, s] = jwt.split('.') as [string, string, string]
    const payload = JSON.parse(new TextDecoder().decode(base64url.decode(p)))
    payload.nonce = 'changed'
    const tampered = `${h}.${base64url.encode(new TextEncoder().encode(JSON.stringify(payload)))}.${s}`
    expect(codes(await verifyPresentation(tampered, { ...options, challenge: 'changed' }))).toContain('proof:CRYPTOGRAPHIC_SECURITY_ERROR')
  })

  it('signPresentation refuses a signer that is not the holder\'s, and a missing challenge or domain', async () => {
    const unsigned: Presentation = createPresentation([basiszorg], learner.controller)
    const other = createSigner(await generateKeyPair({ type: 'P-256' }))
    await expect(signPresentation(unsigned, other, options)).rejects.toThrow(/holder/)
    await expect(signPresentation(unsigned, learnerSigner, { challenge: CHALLENGE } as never)).rejects.toThrow(/domain/)
    await expect(signPresentation(unsigned, learnerSigner, { domain: DOMAIN } as never)).rejects.toThrow(/challenge/)
  })
})

describe('@digitalbazaar/vc, both directions', () => {
  const loader = createDocumentLoader()

  it('our presentation verifies with @digitalbazaar/vc (challenge and domain checked there too)', async () => {
    const vp = await signPresentation(createPresentation([basiszorg], learner.controller), learnerSigner, options)
    const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 })
    const ok = await vc.verify({ presentation: vp, challenge: CHALLENGE, domain: DOMAIN, suite, documentLoader: loader })
    expect(ok.error).toBeUndefined()
    expect(ok.verified).toBe(true)
    const wrong = await vc.verify({ presentation: vp, challenge: 'other', domain: DOMAIN, suite, documentLoader: loader })
    expect(wrong.verified).toBe(false)
  })

  it('a presentation signed by @digitalbazaar/vc with its own key verifies with this library', async () => {
    const key = await Ed25519Multikey.generate({ seed: Uint8Array.from({ length: 32 }, (_, i) => 50 + i) })
    const did = `did:key:${key.publicKeyMultibase}`
    const holderKey = await Ed25519Multikey.from({ ...(await key.export({ publicKey: true, secretKey: true })), id: `${did}#${key.publicKeyMultibase}`, controller: did })
    const presentation = vc.createPresentation({ verifiableCredential: [basiszorg], holder: did, version: 2.0 })
    const suite = new DataIntegrityProof({ signer: holderKey.signer(), cryptosuite: eddsaRdfc2022, date: NOW })
    const signed = await vc.signPresentation({ presentation, suite, challenge: CHALLENGE, domain: DOMAIN, documentLoader: loader })
    const r = await verifyPresentation(signed, options)
    expect(r.errors).toEqual([])
    expect(r.verified).toBe(true)
  })
})
