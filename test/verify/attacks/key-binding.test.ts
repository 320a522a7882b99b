/**
 * security.md §5, cases 17-22: a valid signature by *some* key proves nothing about `issuer`. The
 * verification method must be a URL with a fragment, resolve to a method whose controller is the
 * document it came from, be listed under `assertionMethod`, and be controlled by `issuer.id`.
 * Controller documents of https / did:web issuers are supplied offline through `options.documents`.
 */
import { describe, expect, it } from 'vitest'
import { issueCredential } from '../../../src/issue/index.js'
import { minimalBadge } from '../../helpers/credentials.js'
import {
  attackerKey, codes, controllerDocument, controllerKey, expectRejected, methodOf, renamed, SCHOOL, signRaw, signWithSuite,
  verify, victimKey, type Json,
} from './helpers.js'

const OTHER = 'https://other.example.org/issuer'
const WEB = 'did:web:school.example.nl'

/** Issuer-check errors only (the proof check may add its own). */
const issuerCodes = (r: Awaited<ReturnType<typeof verify>>): string[] => codes(r).filter((c) => c.startsWith('issuer:'))

describe('#17 attacker key, victim issuer', () => {
  it('#17 attacker did:key signs, issuer names the victim did:key → issuer/ISSUER_KEY_MISMATCH', async () => {
    const attacker = await attackerKey()
    const victim = await victimKey()
    const forged = await signWithSuite(minimalBadge(victim.keyPair.controller), attacker.signer)
    const r = await verify(forged)
    expectRejected(r, 'issuer:ISSUER_KEY_MISMATCH')
    expect(r.checks.find((c) => c.id === 'proof')?.status).toBe('passed') // the signature itself is fine
  })

  it('#17 attacker did:key signs, issuer names an https school (with its real controller document) → issuer/ISSUER_KEY_MISMATCH', async () => {
    const attacker = await attackerKey()
    const school = await controllerKey(SCHOOL)
    const documents = { [SCHOOL]: controllerDocument(SCHOOL, [methodOf(school.keyPair)]) }
    const forged = await signWithSuite(minimalBadge(SCHOOL), attacker.signer)
    expectRejected(await verify(forged, { documents }), 'issuer:ISSUER_KEY_MISMATCH')
  })

  it('#17 attacker\'s own https controller document, issuer names the school → issuer/ISSUER_KEY_MISMATCH', async () => {
    const attacker = await controllerKey(OTHER, 9)
    const school = await controllerKey(SCHOOL)
    const documents = { [SCHOOL]: controllerDocument(SCHOOL, [methodOf(school.keyPair)]), [OTHER]: controllerDocument(OTHER, [methodOf(attacker.keyPair)]) }
    const forged = await signWithSuite(minimalBadge(SCHOOL), attacker.signer)
    expectRejected(await verify(forged, { documents }), 'issuer:ISSUER_KEY_MISMATCH')
  })
})

describe('#18 did:key URL mixing two keys → issuer/INVALID_VERIFICATION_METHOD', () => {
  it('#18 did:key:<victim>#<attackerKey> → issuer/INVALID_VERIFICATION_METHOD', async () => {
    const attacker = await attackerKey()
    const victim = await victimKey()
    const vm = `${victim.keyPair.controller}#${attacker.keyPair.publicKeyMultibase}`
    const forged = await signWithSuite(minimalBadge(victim.keyPair.controller), renamed(attacker.signer, vm))
    const r = await verify(forged)
    expectRejected(r, 'issuer:INVALID_VERIFICATION_METHOD')
    expect(r.errors.find((e) => e.check === 'issuer')?.message).toMatch(/fragment/)
  })

  it('#18 did:key:<attacker>#<victimKey> → issuer/INVALID_VERIFICATION_METHOD', async () => {
    const attacker = await attackerKey()
    const victim = await victimKey()
    const vm = `${attacker.keyPair.controller}#${victim.keyPair.publicKeyMultibase}`
    const forged = await signWithSuite(minimalBadge(attacker.keyPair.controller), renamed(attacker.signer, vm))
    expectRejected(await verify(forged), 'issuer:INVALID_VERIFICATION_METHOD')
  })
})

describe('#19 verification method URL malformed → issuer/INVALID_VERIFICATION_METHOD', () => {
  const urls: Array<[string, (did: string) => unknown]> = [
    ['without fragment (the bare did:key)', (did) => did],
    ['relative ("#key-1")', () => '#key-1'],
    ['relative path ("keys/1#key-1")', () => 'keys/1#key-1'],
    ['not a URL ("my signing key")', () => 'my signing key'],
    ['an empty string', () => ''],
    ['a number', () => 42],
    ['an embedded object', (did) => ({ id: `${did}#${did.slice(8)}`, type: 'Multikey', controller: did })],
    ['with two fragments', (did) => `${did}#${did.slice(8)}#${did.slice(8)}`],
  ]
  for (const [what, make] of urls) {
    it(`#19 verificationMethod ${what} → issuer/INVALID_VERIFICATION_METHOD`, async () => {
      const { keyPair, signer } = await victimKey()
      const c = await signRaw(minimalBadge(keyPair.controller), signer)
      c.proof.verificationMethod = make(keyPair.controller)
      const r = await verify(c)
      expectRejected(r, 'issuer:INVALID_VERIFICATION_METHOD')
      expect(issuerCodes(r)).toEqual(['issuer:INVALID_VERIFICATION_METHOD'])
      expect(r.errors.find((e) => e.check === 'issuer')?.message).toMatch(/^INVALID_VERIFICATION_METHOD_URL: /)
    })
  }

  it('#19 https verification method without a fragment, served as its own document → issuer/INVALID_VERIFICATION_METHOD', async () => {
    const school = await controllerKey(SCHOOL)
    const url = 'https://school.example.nl/keys/1'
    const documents = { [url]: methodOf(school.keyPair, { id: url }), [SCHOOL]: controllerDocument(SCHOOL, [methodOf(school.keyPair, { id: url })]) }
    const c = await signWithSuite(minimalBadge(SCHOOL), renamed(school.signer, url))
    expectRejected(await verify(c, { documents }), 'issuer:INVALID_VERIFICATION_METHOD')
  })
})

describe('#20 controller document served for another identifier → issuer/INVALID_VERIFICATION_METHOD', () => {
  it('#20 https: document at the school URL claims id of another issuer → issuer/INVALID_VERIFICATION_METHOD', async () => {
    const school = await controllerKey(SCHOOL)
    const c = await issueCredential(minimalBadge(SCHOOL), school.signer, { now: '2025-09-01T10:00:00Z' })
    const documents = { [SCHOOL]: controllerDocument(OTHER, [methodOf(school.keyPair)]) }
    const r = await verify(c, { documents })
    expectRejected(r, 'issuer:INVALID_VERIFICATION_METHOD')
    expect(r.errors.find((e) => e.check === 'issuer')?.message).toContain(OTHER)
  })

  it('#20 did:web: a DID document for another DID served for the issuer\'s DID → issuer/INVALID_VERIFICATION_METHOD', async () => {
    const school = await controllerKey(WEB)
    const c = await issueCredential(minimalBadge(WEB), school.signer, { now: '2025-09-01T10:00:00Z' })
    const good = { [WEB]: controllerDocument(WEB, [methodOf(school.keyPair)]) }
    expect((await verify(c, { documents: good })).verified).toBe(true)
    const documents = { [WEB]: controllerDocument('did:web:evil.example', [methodOf(school.keyPair)]) }
    expectRejected(await verify(c, { documents }), 'issuer:INVALID_VERIFICATION_METHOD')
  })

  it('#20 a verification method served under its URL whose id names another method → issuer/INVALID_VERIFICATION_METHOD', async () => {
    const school = await controllerKey(SCHOOL)
    const c = await issueCredential(minimalBadge(SCHOOL), school.signer, { now: '2025-09-01T10:00:00Z' })
    const documents = { [school.keyPair.id]: methodOf(school.keyPair, { id: `${SCHOOL}#key-7` }), [SCHOOL]: controllerDocument(SCHOOL, [methodOf(school.keyPair)]) }
    expectRejected(await verify(c, { documents }), 'issuer:INVALID_VERIFICATION_METHOD')
  })
})

describe('#21 method not listed under assertionMethod → issuer/INVALID_VERIFICATION_METHOD', () => {
  it('#21 https: listed only under authentication → issuer/INVALID_VERIFICATION_METHOD', async () => {
    const school = await controllerKey(SCHOOL)
    const c = await issueCredential(minimalBadge(SCHOOL), school.signer, { now: '2025-09-01T10:00:00Z' })
    const documents = { [SCHOOL]: controllerDocument(SCHOOL, [methodOf(school.keyPair)], { assertionMethod: [], authentication: [school.keyPair.id] }) }
    const r = await verify(c, { documents })
    expectRejected(r, 'issuer:INVALID_VERIFICATION_METHOD')
    expect(r.errors.find((e) => e.check === 'issuer')?.message).toContain('assertionMethod')
  })

  it('#21 did:web: assertionMethod lists another key only → issuer/INVALID_VERIFICATION_METHOD', async () => {
    const k1 = await controllerKey(WEB, 1)
    const k2 = await controllerKey(WEB, 2)
    const c = await issueCredential(minimalBadge(WEB), k1.signer, { now: '2025-09-01T10:00:00Z' })
    const documents = { [WEB]: controllerDocument(WEB, [methodOf(k1.keyPair), methodOf(k2.keyPair)], { assertionMethod: [k2.keyPair.id] }) }
    expectRejected(await verify(c, { documents }), 'issuer:INVALID_VERIFICATION_METHOD')
  })
})

describe('#22 method controller is not the controller document → issuer/INVALID_VERIFICATION_METHOD', () => {
  it('#22 the school\'s document lists a method claiming another controller → issuer/INVALID_VERIFICATION_METHOD', async () => {
    const school = await controllerKey(SCHOOL)
    const c = await issueCredential(minimalBadge(SCHOOL), school.signer, { now: '2025-09-01T10:00:00Z' })
    const documents = { [SCHOOL]: controllerDocument(SCHOOL, [methodOf(school.keyPair, { controller: OTHER })]), [OTHER]: controllerDocument(OTHER, []) }
    const r = await verify(c, { documents })
    expectRejected(r, 'issuer:INVALID_VERIFICATION_METHOD')
    expect(issuerCodes(r)).toEqual(['issuer:INVALID_VERIFICATION_METHOD'])
  })

  it('#22 an attacker\'s document lists a method claiming the school as controller (issuer = school) → issuer/INVALID_VERIFICATION_METHOD', async () => {
    const attacker = await controllerKey(OTHER, 9)
    const school = await controllerKey(SCHOOL)
    const claimed = methodOf(attacker.keyPair, { controller: SCHOOL })
    const documents = { [OTHER]: controllerDocument(OTHER, [claimed]), [SCHOOL]: controllerDocument(SCHOOL, [methodOf(school.keyPair)]) }
    const forged = await signWithSuite(minimalBadge(SCHOOL), attacker.signer)
    const r = await verify(forged, { documents })
    expectRejected(r, 'issuer:INVALID_VERIFICATION_METHOD')
  })

  it('#22 the method has no controller → issuer/INVALID_VERIFICATION_METHOD', async () => {
    const school = await controllerKey(SCHOOL)
    const c = await issueCredential(minimalBadge(SCHOOL), school.signer, { now: '2025-09-01T10:00:00Z' })
    const { controller: _c, ...orphan } = methodOf(school.keyPair) as Json
    const documents = { [SCHOOL]: controllerDocument(SCHOOL, [orphan]) }
    expectRejected(await verify(c, { documents }), 'issuer:INVALID_VERIFICATION_METHOD')
  })
})

describe('key binding that is right still verifies', () => {
  it('an https issuer with its controller document verifies', async () => {
    const school = await controllerKey(SCHOOL)
    const c = await issueCredential(minimalBadge(SCHOOL), school.signer, { now: '2025-09-01T10:00:00Z' })
    const r = await verify(c, { documents: { [SCHOOL]: controllerDocument(SCHOOL, [methodOf(school.keyPair)]) } })
    expect(r.errors).toEqual([])
    expect(r.verified).toBe(true)
  })

  it('a method embedded in assertionMethod counts', async () => {
    const school = await controllerKey(SCHOOL)
    const c = await issueCredential(minimalBadge(SCHOOL), school.signer, { now: '2025-09-01T10:00:00Z' })
    const embedded = controllerDocument(SCHOOL, [], { assertionMethod: [methodOf(school.keyPair)] })
    expect((await verify(c, { documents: { [SCHOOL]: embedded } })).errors).toEqual([])
  })
})
