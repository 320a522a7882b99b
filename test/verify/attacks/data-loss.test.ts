/**
 * security.md §5, cases 1-5: edited values and data JSON-LD would drop (so it is not signed).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createDocumentLoader } from '../../../src/loader/index.js'
import { issueCredential } from '../../../src/issue/index.js'
import { minimalBadge } from '../../helpers/credentials.js'
import { clone, codes, expectRejected, signRaw, verify, victimKey, type Json } from './helpers.js'

let signed: Json
beforeAll(async () => {
  const { keyPair, signer } = await victimKey()
  signed = await issueCredential(minimalBadge(keyPair.controller), signer, { now: '2025-09-01T10:00:00Z' })
  expect((await verify(signed)).verified).toBe(true)
})

describe('#1 any signed value edited → proof/CRYPTOGRAPHIC_SECURITY_ERROR', () => {
  const edits: Array<[string, (c: Json) => void]> = [
    ['name', (c) => { c.name = 'Gevorderde zorg' }],
    ['issuer.name', (c) => { c.issuer.name = 'Another school' }],
    ['validFrom', (c) => { c.validFrom = '2025-08-01T00:00:00Z' }],
    ['achievement.criteria', (c) => { c.credentialSubject.achievement.criteria = { narrative: 'No assessment.' } }],
    ['credentialSubject.id', (c) => { c.credentialSubject.id = 'did:example:someone-else' }],
  ]
  for (const [what, edit] of edits) {
    it(`#1 ${what} edited → proof/CRYPTOGRAPHIC_SECURITY_ERROR`, async () => {
      const c = clone(signed)
      edit(c)
      const r = await verify(c)
      expectRejected(r, 'proof:CRYPTOGRAPHIC_SECURITY_ERROR')
      expect(codes(r)[0]).toBe('proof:CRYPTOGRAPHIC_SECURITY_ERROR')
    })
  }
})

describe('#2 undefined data added after signing → context/DATA_LOSS_DETECTION_ERROR', () => {
  it('#2 undefined term under credentialSubject → context/DATA_LOSS_DETECTION_ERROR', async () => {
    const c = clone(signed)
    c.credentialSubject.isAdmin = true
    expectRejected(await verify(c), 'context:DATA_LOSS_DETECTION_ERROR')
  })

  it('#2 undefined value appended to type → context/DATA_LOSS_DETECTION_ERROR', async () => {
    const c = clone(signed)
    c.type.push('TrustedDiploma')
    const r = await verify(c)
    expectRejected(r, 'context:DATA_LOSS_DETECTION_ERROR')
    expect(r.errors.find((e) => e.code === 'DATA_LOSS_DETECTION_ERROR')?.message).toMatch(/relative @type/)
  })
})

describe('#3 issuer bug: signed with an undefined term', () => {
  it('#3 credential signed over an undefined term → context/DATA_LOSS_DETECTION_ERROR, never verified', async () => {
    const { keyPair, signer } = await victimKey()
    const buggy = minimalBadge(keyPair.controller) as Json
    buggy.credentialSubject.studentNumber = '123456'
    const c = await signRaw(buggy, signer) // signed without safe mode: the term is silently outside the signature
    const r = await verify(c)
    expectRejected(r, 'context:DATA_LOSS_DETECTION_ERROR')
    expect(r.errors.find((e) => e.code === 'DATA_LOSS_DETECTION_ERROR')?.message).toContain('studentNumber')
    // the same credential without the term verifies: the term really was not covered by the signature
    delete c.credentialSubject.studentNumber
    expect((await verify(c)).verified).toBe(true)
  })
})

describe('#4 relative or non-URI ids → context/DATA_LOSS_DETECTION_ERROR', () => {
  const edits: Array<[string, (c: Json) => void]> = [
    ['top-level id "abc"', (c) => { c.id = 'abc' }],
    ['top-level id ""', (c) => { c.id = '' }],
    ['credentialSubject.id "#list"', (c) => { c.credentialSubject.id = '#list' }],
  ]
  for (const [what, edit] of edits) {
    it(`#4 ${what} → context/DATA_LOSS_DETECTION_ERROR`, async () => {
      const c = clone(signed)
      edit(c)
      expectRejected(await verify(c), 'context:DATA_LOSS_DETECTION_ERROR')
    })
  }

  it('#4 issuer signed a relative id (no safe mode) → context/DATA_LOSS_DETECTION_ERROR', async () => {
    const { keyPair, signer } = await victimKey()
    const c = await signRaw({ ...minimalBadge(keyPair.controller), id: 'abc' }, signer)
    expectRejected(await verify(c), 'context:DATA_LOSS_DETECTION_ERROR')
  })
})

describe('#5 @base and relative type', () => {
  it('#5 inline {"@base"} context + relative type → context/UNTRUSTED_CONTEXT (refused before JSON-LD)', async () => {
    const c = clone(signed)
    c['@context'].push({ '@base': 'https://evil.example/' })
    c.type.push('TrustedDiploma')
    const r = await verify(c)
    expectRejected(r, 'context:UNTRUSTED_CONTEXT')
    expect(r.checks.find((x) => x.id === 'proof')?.status).toBe('skipped')
  })

  it('#5 a caller-trusted context carrying @base + relative type → proof/CRYPTOGRAPHIC_SECURITY_ERROR', async () => {
    const url = 'https://example.org/contexts/base.json'
    const documentLoader = createDocumentLoader({ contexts: { [url]: { '@context': { '@base': 'https://evil.example/' } } } })
    const c = clone(signed)
    c['@context'].push(url)
    c.type.push('TrustedDiploma')
    expectRejected(await verify(c, { documentLoader }), 'proof:CRYPTOGRAPHIC_SECURITY_ERROR')
  })

  it('#5 relative type signed without @base (issuer bug) → context/DATA_LOSS_DETECTION_ERROR', async () => {
    const { keyPair, signer } = await victimKey()
    const buggy = minimalBadge(keyPair.controller) as Json
    buggy.type = [...buggy.type, 'TrustedDiploma']
    expectRejected(await verify(await signRaw(buggy, signer)), 'context:DATA_LOSS_DETECTION_ERROR')
  })
})
