/**
 * security.md §5, cases 10, 37 (bytes, depth and node limits) and 38: input that is not a credential,
 * too large, or built to pollute prototypes or confuse parsers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueCredential } from '../../../src/issue/index.js'
import { minimalBadge } from '../../helpers/credentials.js'
import { clone, expectRejected, verify, victimKey, type Json } from './helpers.js'

let signed: Json
let text: string
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()

beforeAll(async () => {
  const { keyPair, signer } = await victimKey()
  signed = await issueCredential(minimalBadge(keyPair.controller), signer, { now: '2025-09-01T10:00:00Z' })
  text = JSON.stringify(signed)
  expect((await verify(text)).verified).toBe(true)
})

afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
  expect(({} as Json).polluted).toBeUndefined()
})

/** Rejected by `parse`, with every later check skipped. */
function expectParseError(r: Awaited<ReturnType<typeof verify>>): void {
  expectRejected(r, 'parse:PARSING_ERROR')
  expect(r.errors).toHaveLength(1)
  expect(r.checks.filter((c) => c.status === 'skipped')).toHaveLength(9)
}

describe('#10 not a credential object, or a proof that is not an object', () => {
  const inputs: Array<[string, unknown]> = [
    ['null', null], ['a number', 42], ['a string that is not JSON', 'hello'], ['an array', [{}]],
    ['JSON text of an array', '[{"@context":[]}]'], ['JSON text of a number', '42'], ['JSON null', 'null'],
    ['undefined', undefined], ['a function', () => ({})],
  ]
  for (const [what, input] of inputs) {
    it(`#10 document is ${what} → parse/PARSING_ERROR`, async () => {
      expectParseError(await verify(input))
    })
  }

  const proofs: Array<[string, unknown]> = [['null', null], ['a string', 'z3FXQ'], ['a number', 7], ['true', true], ['an array holding null', [null]], ['an array holding a string', ['z3FXQ']]]
  for (const [what, proof] of proofs) {
    it(`#10 proof is ${what} → parse/PARSING_ERROR`, async () => {
      expectParseError(await verify({ ...clone(signed), proof }))
    })
  }
})

describe('#37 input over the byte, depth or node limits → limits/RESOURCE_LIMIT_EXCEEDED before any JSON-LD work', () => {
  /** Rejected by `limits`, with every later check skipped (no JSON-LD work). */
  function expectLimit(r: Awaited<ReturnType<typeof verify>>): void {
    expectRejected(r, 'limits:RESOURCE_LIMIT_EXCEEDED')
    expect(r.errors.map((e) => e.code)).toEqual(['RESOURCE_LIMIT_EXCEEDED'])
    expect(r.checks.find((c) => c.id === 'proof')?.status).toBe('skipped')
  }

  it('#37 more than 1 MiB of JSON text → limits/RESOURCE_LIMIT_EXCEEDED', async () => {
    const big = text.replace('"name":"Basiszorg"', `"name":"${'x'.repeat(1024 * 1024)}"`)
    expectLimit(await verify(big))
    expectLimit(await verify(new TextEncoder().encode(big)))
  })

  it('#37 an object of more than 1 MiB → limits/RESOURCE_LIMIT_EXCEEDED', async () => {
    expectLimit(await verify({ ...clone(signed), name: 'x'.repeat(1024 * 1024) }))
  })

  it('#37 oversized text is refused without parsing it (a 64 MiB string of garbage)', async () => {
    const huge = '{"a":' + '['.repeat(64 * 1024 * 1024)
    const started = Date.now()
    expectLimit(await verify(huge))
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('#37 1000 levels of nesting (JSON text) → limits/RESOURCE_LIMIT_EXCEEDED', async () => {
    const deep = text.replace('"name":"Basiszorg"', `"name":"Basiszorg","deep":${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}`)
    expectLimit(await verify(deep))
  })

  it('#37 100,000 levels of nesting (arrays, JSON text) → limits/RESOURCE_LIMIT_EXCEEDED, no stack overflow', async () => {
    const deep = `{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    expectLimit(await verify(deep, { limits: { maxBytes: 10 * 1024 * 1024 } }))
  })

  it('#37 1000 levels of nesting (object input) → limits/RESOURCE_LIMIT_EXCEEDED', async () => {
    const root: Json = {}
    let node = root
    for (let i = 0; i < 1000; i++) node = node.a = {}
    expectLimit(await verify({ ...clone(signed), deep: root }))
  })

  it('#37 more than 50,000 JSON values → limits/RESOURCE_LIMIT_EXCEEDED', async () => {
    expectLimit(await verify({ ...clone(signed), many: Array.from({ length: 60_000 }, () => 0) }))
  })

  it('#37 a cyclic object → parse/PARSING_ERROR, no hang', async () => {
    const cyclic = clone(signed)
    cyclic.credentialSubject.a = cyclic
    cyclic.credentialSubject.b = cyclic
    expectParseError(await verify(cyclic))
  })

  it('#37 a shared (non-cyclic) sub-object is fine: limits count it each time it appears', async () => {
    const shared = { narrative: 'x' }
    const c = clone(signed)
    c.credentialSubject.achievement.criteria = shared
    const r = await verify({ ...c, extra1: shared, extra2: shared })
    expect(r.errors.some((e) => e.check === 'parse')).toBe(false)
  })
})

describe('#38 prototype pollution and duplicate keys → parse/PARSING_ERROR, Object.prototype unchanged', () => {
  const texts: Array<[string, () => string]> = [
    ['"__proto__" key at the top', () => text.replace('{', '{"__proto__":{"polluted":true},')],
    ['"__proto__" key nested in credentialSubject', () => text.replace('"credentialSubject":{', '"credentialSubject":{"__proto__":{"polluted":true},')],
    ['"constructor": {"prototype": ...}', () => text.replace('{', '{"constructor":{"prototype":{"polluted":true}},')],
    ['"prototype" key nested', () => text.replace('"achievement":{', '"achievement":{"prototype":{"polluted":true},')],
    ['"@id": "__proto__"', () => text.replace('"credentialSubject":{', '"credentialSubject":{"@id":"__proto__",')],
    ['credentialSubject.id "__proto__"', () => text.replace('"id":"did:example:learner-1"', '"id":"__proto__"')],
    ['type "__proto__"', () => text.replace('"type":["AchievementSubject"]', '"type":["AchievementSubject","__proto__"]')],
    ['a duplicate "name" (the last one would win in JSON.parse)', () => text.replace('"name":"Basiszorg"', '"name":"Basiszorg","name":"Gevorderde zorg"')],
    ['a duplicate key spelled with an escape', () => text.replace('"name":"Basiszorg"', '"name":"Basiszorg","\\u006eame":"Gevorderde zorg"')],
    ['a duplicate "proof"', () => text.replace('"proof":', '"proof":null,"proof":')],
  ]
  for (const [what, make] of texts) {
    it(`#38 JSON text with ${what} → parse/PARSING_ERROR`, async () => {
      const input = make()
      expect(input).not.toBe(text)
      expectParseError(await verify(input))
      expectParseError(await verify(new TextEncoder().encode(input)))
      expect(({} as Json).polluted).toBeUndefined()
    })
  }

  it('#38 an object parsed by JSON.parse with an own "__proto__" key → parse/PARSING_ERROR', async () => {
    const c = JSON.parse(text.replace('"credentialSubject":{', '"credentialSubject":{"__proto__":{"polluted":true},')) as Json
    expectParseError(await verify(c))
    expect(({} as Json).polluted).toBeUndefined()
  })

  it('#38 an object with an own "constructor" key → parse/PARSING_ERROR', async () => {
    expectParseError(await verify({ ...clone(signed), constructor: { prototype: { polluted: true } } }))
  })

  it('#38 an object with "@id": "__proto__" → parse/PARSING_ERROR', async () => {
    const c = clone(signed)
    c.credentialSubject.achievement['@id'] = '__proto__'
    expectParseError(await verify(c))
  })
})
