/**
 * security.md §5, "Positive guarantees": benign changes still verify; Object.prototype is never
 * polluted; the returned credential is the very object whose proof was checked; `verified: true` only
 * when every check passed.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { issueCredential } from '../../../src/issue/index.js'
import { verifyCredential, type VerificationResult } from '../../../src/verify/index.js'
import { minimalBadge, NOW } from '../../helpers/credentials.js'
import { attackerKey, clone, codes, signWithSuite, verify, victimKey, type Json } from './helpers.js'

let signed: Json

beforeAll(async () => {
  const { keyPair, signer } = await victimKey()
  const badge = minimalBadge(keyPair.controller) as Json
  badge.credentialSubject.achievement.alignment = [
    { type: ['Alignment'], targetName: 'Verzorgende IG', targetUrl: 'https://example.nl/kwalificaties/25491', targetFramework: 'SBB' },
    { type: ['Alignment'], targetName: 'Communiceren', targetUrl: 'https://esco.ec.europa.eu/skill/communicate', targetFramework: 'ESCO' },
    { type: ['Alignment'], targetName: 'EQF 4', targetUrl: 'https://europa.eu/europass/eqf/4', targetFramework: 'EQF' },
  ]
  badge.credentialSubject.achievement.tag = ['zorg', 'mbo', 'thuiszorg']
  signed = await issueCredential(badge, signer, { now: '2025-09-01T10:00:00Z' })
  expect((await verify(signed)).verified).toBe(true)
})

/** Every object's keys in reverse order, recursively (arrays keep their order). */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]))
}

describe('benign changes still verify', () => {
  it('key order reversed in every object', async () => {
    const r = await verify(reverseKeys(signed))
    expect(r.errors).toEqual([])
    expect(r.verified).toBe(true)
  })

  it('whitespace: pretty-printed, tabs, CRLF, leading and trailing space, UTF-8 bytes', async () => {
    const variants = [
      JSON.stringify(signed, null, 2), JSON.stringify(signed, null, '\t'), JSON.stringify(signed, null, 1).replace(/\n/g, '\r\n'),
      `  \n${JSON.stringify(signed)}\n  `,
    ]
    for (const text of variants) expect((await verify(text)).verified).toBe(true)
    expect((await verify(new TextEncoder().encode(JSON.stringify(signed, null, 4)))).verified).toBe(true)
  })

  it('unordered sets reordered: type, alignment and tag (JSON-LD @set)', async () => {
    const c = clone(signed)
    c.type.reverse()
    c.credentialSubject.achievement.alignment.reverse()
    c.credentialSubject.achievement.tag.reverse()
    const r = await verify(c)
    expect(r.errors).toEqual([])
    expect(r.verified).toBe(true)
  })

  it('non-ASCII escaped as \\u sequences', async () => {
    const { keyPair, signer } = await victimKey()
    const c = await issueCredential({ ...minimalBadge(keyPair.controller), name: 'Zorg & Welzijn – café' }, signer, { now: '2025-09-01T10:00:00Z' })
    const escaped = JSON.stringify(c).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    expect(escaped).toContain('\\u2013')
    expect((await verify(escaped)).verified).toBe(true)
  })

  it('but an ordered list is not a set: reordering @context is refused', async () => {
    const c = clone(signed)
    c['@context'].reverse()
    expect((await verify(c)).verified).toBe(false)
  })
})

describe('Object.prototype is never polluted', () => {
  it('after hostile JSON text, hostile objects and hostile JSON-LD, Object.prototype is unchanged', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort()
    const text = JSON.stringify(signed)
    const hostile: unknown[] = [
      text.replace('{', '{"__proto__":{"polluted":1},'),
      text.replace('"credentialSubject":{', '"credentialSubject":{"constructor":{"prototype":{"polluted":1}},'),
      text.replace('"credentialSubject":{', '"credentialSubject":{"@id":"__proto__",'),
      text.replace('"credentialSubject":{', '"credentialSubject":{"__proto__":{"@context":{"polluted":"https://e.x/p"}},'),
      JSON.parse(text.replace('{', '{"__proto__":{"polluted":1},')),
      { ...clone(signed), '@context': [...signed['@context'], { __proto__: { polluted: 'x' } }] },
      { ...clone(signed), credentialSubject: { ...clone(signed.credentialSubject), id: '__proto__' } },
      { ...clone(signed), type: [...signed.type, 'constructor'] },
    ]
    for (const input of hostile) expect((await verify(input)).verified).toBe(false)
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
    expect(({} as Json).polluted).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
  })
})

describe('the returned credential is the very object whose proof was checked', () => {
  it('object input: the same object is returned, unchanged', async () => {
    const input = clone(signed)
    const snapshot = clone(input)
    const r = await verify(input)
    expect(r.credential).toBe(input)
    expect(input).toEqual(snapshot)
  })

  it('text input: the parsed object equals the text, nothing rewritten (no schema normalisation)', async () => {
    const { keyPair, signer } = await victimKey()
    const single = await signWithSuite({ ...minimalBadge(keyPair.controller), type: ['VerifiableCredential', 'OpenBadgeCredential'], credentialSubject: { ...minimalBadge(keyPair.controller).credentialSubject as Json, type: 'AchievementSubject' } }, signer)
    const text = JSON.stringify(single)
    const r = await verify(text)
    expect(r.verified).toBe(true)
    expect(r.credential).toEqual(JSON.parse(text))
    expect((r.credential as Json).credentialSubject.type).toBe('AchievementSubject') // not wrapped into an array
    expect(r.warnings.map((w) => w.code)).toContain('SCHEMA_NORMALISED')
  })

  it('no credential is returned when verification fails', async () => {
    const c = clone(signed)
    c.name = 'Edited'
    const r = await verify(c)
    expect(r.verified).toBe(false)
    expect(r.credential).toBeUndefined()
    expect('credential' in r).toBe(false)
  })
})

describe('verified: true only if every check passed', () => {
  it('over honest and attacked inputs, verified ⇔ no failed check ⇔ no error', async () => {
    const attacker = await attackerKey()
    const forged = await signWithSuite(minimalBadge(signed.issuer.id), attacker.signer)
    const edited = clone(signed)
    edited.name = 'Edited'
    const extra = clone(signed)
    extra.credentialSubject.isAdmin = true
    const inputs: Array<[unknown, object]> = [
      [signed, {}], [JSON.stringify(signed), {}], [edited, {}], [extra, {}], [forged, {}], [null, {}], ['{"a":1,"a":2}', {}],
      [signed, { now: '2020-01-01T00:00:00Z' }], [signed, { expectedRecipient: { id: 'did:example:other' } }],
      [signed, { trustedIssuers: ['did:web:other.example'] }], [{ ...clone(signed), credentialStatus: { id: 'https://e.x/s#1', type: 'BitstringStatusListEntry' } }, {}],
      [{ ...clone(signed), proof: undefined }, {}], [{ ...clone(signed), '@context': ['https://www.w3.org/ns/credentials/v2'] }, {}],
    ]
    const results: VerificationResult[] = []
    for (const [input, options] of inputs) results.push(await verifyCredential(input, { now: NOW, ...options }))
    for (const r of results) {
      const failed = r.checks.some((c) => c.status === 'failed')
      expect(r.verified).toBe(!failed)
      expect(r.verified).toBe(r.errors.length === 0)
      expect(r.checks.flatMap((c) => c.errors ?? [])).toHaveLength(r.errors.length)
      if (!r.verified) expect(r.credential).toBeUndefined()
      if (r.verified) expect(r.checks.filter((c) => c.status === 'passed').map((c) => c.id)).toEqual(expect.arrayContaining(['parse', 'limits', 'context', 'schema', 'proof', 'issuer', 'validity']))
    }
    expect(results.filter((r) => r.verified)).toHaveLength(2)
    expect(codes(results[4] as VerificationResult)).toContain('issuer:ISSUER_KEY_MISMATCH')
  })

  it('results are plain, serialisable records', async () => {
    const r = await verify(signed)
    expect(JSON.parse(JSON.stringify({ ...r, credential: undefined }))).toEqual({ ...r, credential: undefined })
  })
})
