/**
 * security.md §5, cases 6-9: context substitution. RDFC signatures protect RDF, not JSON keys: a context
 * that swaps two terms, together with swapped values, gives the very same N-Quads (so the signature
 * still matches) while the JSON says something else. Only the context allow-list and pins stop it.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { OB_V3_CONTEXT } from '../../../src/contexts/urls.js'
import { createDocumentLoader } from '../../../src/loader/index.js'
import { issueCredential } from '../../../src/issue/index.js'
import { minimalBadge } from '../../helpers/credentials.js'
import { overriding } from '../../helpers/loaders.js'
import { clone, expectRejected, nquads, signWithSuite, verify, victimKey, type Json } from './helpers.js'

const UNDEFINED_TERMS = 'https://www.w3.org/ns/credentials/undefined-terms/v2'
let signed: Json
let obContext: Json

/** The pinned OB 3.0.3 context with `humanCode` and `fieldOfStudy` of Achievement swapped. */
function swappedObContext(): Json {
  const ctx = clone(obContext)
  const scoped = ctx['@context'].Achievement['@context']
  ;[scoped.humanCode, scoped.fieldOfStudy] = [scoped.fieldOfStudy, scoped.humanCode]
  return ctx
}

/** The signed credential with the two values swapped (what the attacker wants a verifier to read). */
function swappedValues(c: Json): Json {
  const out = clone(c)
  out.credentialSubject.achievement.humanCode = 'Verzorgende-IG (niveau 3)'
  out.credentialSubject.achievement.fieldOfStudy = 'ZORG-101'
  return out
}

beforeAll(async () => {
  const { keyPair, signer } = await victimKey()
  const badge = minimalBadge(keyPair.controller) as Json
  badge.credentialSubject.achievement.humanCode = 'ZORG-101'
  badge.credentialSubject.achievement.fieldOfStudy = 'Verzorgende-IG (niveau 3)'
  signed = await issueCredential(badge, signer, { now: '2025-09-01T10:00:00Z' })
  obContext = (await createDocumentLoader()(OB_V3_CONTEXT)).document as Json
  expect((await verify(signed)).verified).toBe(true)
})

describe('#6 untrusted or altered context', () => {
  it('#6 context URL not on the allow-list → context/UNTRUSTED_CONTEXT naming the URL (nothing fetched)', async () => {
    const c = clone(signed)
    c['@context'].push('https://evil.example/context.json')
    const r = await verify(c)
    expectRejected(r, 'context:UNTRUSTED_CONTEXT')
    expect(r.errors[0]?.message).toContain('https://evil.example/context.json')
  })

  it('#6 context URL replaced by one off the allow-list → context/UNTRUSTED_CONTEXT', async () => {
    const c = clone(signed)
    c['@context'][1] = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.9.json'
    expectRejected(await verify(c), 'context:UNTRUSTED_CONTEXT')
  })

  it('#6 allowed URL whose content differs from the pin (poisoned loader, swapped terms) → context/UNTRUSTED_CONTEXT', async () => {
    const documentLoader = overriding(createDocumentLoader(), { [OB_V3_CONTEXT]: swappedObContext() })
    const attack = swappedValues(signed)
    // the attack is real: with the poisoned context the signed N-Quads are unchanged
    expect(await nquads(attack, documentLoader)).toBe(await nquads(signed))
    const r = await verify(attack, { documentLoader })
    expectRejected(r, 'context:UNTRUSTED_CONTEXT')
    expect(r.errors.find((e) => e.check === 'context')?.message).toContain(OB_V3_CONTEXT)
  })

  it('#6 a pinned context served as JSON text with other content → context/UNTRUSTED_CONTEXT', async () => {
    const documentLoader = overriding(createDocumentLoader(), { [OB_V3_CONTEXT]: JSON.stringify(swappedObContext()) })
    expectRejected(await verify(swappedValues(signed), { documentLoader }), 'context:UNTRUSTED_CONTEXT')
  })

  it('#6 a pinned context served unchanged by a custom loader still verifies', async () => {
    const documentLoader = overriding(createDocumentLoader(), { [OB_V3_CONTEXT]: clone(obContext) })
    expect((await verify(signed, { documentLoader })).verified).toBe(true)
  })
})

describe('#7 inline context substitution', () => {
  it('#7 OB context URL replaced by an inline copy with swapped term IRIs and swapped values → context/UNTRUSTED_CONTEXT', async () => {
    const attack = swappedValues(signed)
    attack['@context'][1] = swappedObContext()['@context']
    expect(await nquads(attack)).toBe(await nquads(signed))
    const r = await verify(attack)
    expectRejected(r, 'context:UNTRUSTED_CONTEXT')
    expect(r.checks.find((x) => x.id === 'proof')?.status).toBe('skipped')
  })
})

describe('#8 nested contexts and @vocab', () => {
  it('#8 nested @context inside credentialSubject → context/UNTRUSTED_CONTEXT', async () => {
    const c = clone(signed)
    c.credentialSubject['@context'] = [OB_V3_CONTEXT]
    const r = await verify(c)
    expectRejected(r, 'context:UNTRUSTED_CONTEXT')
    expect(r.errors[0]?.path).toBe('$.credentialSubject["@context"]')
  })

  it('#8 nested @context deep in the achievement → context/UNTRUSTED_CONTEXT', async () => {
    const c = clone(signed)
    c.credentialSubject.achievement.criteria['@context'] = { narrative: 'https://evil.example/narrative' }
    expectRejected(await verify(c), 'context:UNTRUSTED_CONTEXT')
  })

  it('#8 undefined-terms/v2 context (defines @vocab) → context/UNTRUSTED_CONTEXT unless the caller allows it', async () => {
    const { keyPair, signer } = await victimKey()
    const loose = minimalBadge(keyPair.controller) as Json
    loose['@context'] = [...loose['@context'], UNDEFINED_TERMS]
    loose.credentialSubject.nickname = 'Sam'
    const allowing = createDocumentLoader({ allowUndefinedTerms: true })
    const c = await signWithSuite(loose, signer, { loader: allowing })
    expectRejected(await verify(c), 'context:UNTRUSTED_CONTEXT')
    expect((await verify(c, { documentLoader: allowing })).verified).toBe(true)
  })

  it('#8 inline {"@vocab"} context → context/UNTRUSTED_CONTEXT', async () => {
    const c = clone(signed)
    c['@context'].push({ '@vocab': 'https://evil.example/vocab#' })
    c.credentialSubject.isAdmin = true
    expectRejected(await verify(c), 'context:UNTRUSTED_CONTEXT')
  })
})

describe('#9 protected term redefinition', () => {
  it('#9 inline context redefining the protected term "name" → context/UNTRUSTED_CONTEXT (inline refused first)', async () => {
    const c = clone(signed)
    c['@context'].push({ name: 'https://evil.example/name' })
    expectRejected(await verify(c), 'context:UNTRUSTED_CONTEXT')
  })

  it('#9 a caller-trusted context redefining a @protected OB/VC term → proof/PROOF_TRANSFORMATION_ERROR', async () => {
    const url = 'https://example.org/contexts/redefine.json'
    const documentLoader = createDocumentLoader({ contexts: { [url]: { '@context': { name: 'https://evil.example/name' } } } })
    const c = clone(signed)
    c['@context'].push(url)
    const r = await verify(c, { documentLoader })
    expectRejected(r, 'proof:PROOF_TRANSFORMATION_ERROR')
    expect(r.errors.find((e) => e.code === 'PROOF_TRANSFORMATION_ERROR')?.message).toMatch(/protected term/i)
  })
})
