/**
 * Item 7 (verification hardening), part 2: 10,000+ random and mutated inputs never crash, hang or
 * pollute prototypes.
 *
 * Every run: `verifyCredential` resolves (never rejects) within the fast-check `timeout`, with
 * `verified: false` unless the input is the untouched signed credential (as an object, JSON text or
 * bytes); every error and warning names a known check and has a code string; `validateCredential`
 * returns on the same input (any profile); and afterwards `Object.prototype` (and the Array, Function
 * and String prototypes) have no new keys and `({}).polluted` is undefined.
 */
import fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { validateCredential, type QualityProfile } from '../../src/index.js'
import type { SignedCredential } from '../../src/issue/index.js'
import { verifyCredential } from '../../src/verify/index.js'
import { canonize } from '../helpers/canonize.js'
import { NOW } from '../helpers/credentials.js'
import {
  edit, expectWellFormed, neutralReplacement, nodes, notPolluted, PROTO_KEYS, prototypeSnapshot, SEED, signFixtures, type Fixture, type Json, type Node,
} from './arbitraries.js'

const PROFILES: QualityProfile[] = ['auto', 'ob3', 'eu', 'mbo', 'hbo', 'wo']
const CONTEXTS = [
  'https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json', 'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json', 'https://w3id.org/microcredentials/v1', 'https://w3id.org/security/suites/ed25519-2020/v1',
  'https://w3id.org/security/data-integrity/v2', 'https://www.w3.org/ns/did/v1', 'https://example.org/evil-context.json', 'file:///etc/passwd',
  'http://127.0.0.1/ctx', 'data:application/json,{}', '__proto__', 'constructor', '',
]
/** Per run: fail the run (a hang) when verification takes longer than this. */
const TIMEOUT_MS = 5_000

let fixtures: Record<Fixture, SignedCredential>
let snapshot: string
/** Total fast-check runs of this file, checked against the 10,000 target in the last test. */
let totalRuns = 0

beforeAll(async () => {
  fixtures = await signFixtures()
  snapshot = prototypeSnapshot()
})

/** The invariants of one run; `expectVerified` only for the untouched signed credential. */
async function check(input: unknown, profile: QualityProfile, expectVerified = false): Promise<void> {
  const r = await verifyCredential(input, { now: NOW })
  expectWellFormed(r)
  expect(r.verified).toBe(expectVerified)
  const report = validateCredential(input, { profile, now: new Date(NOW) })
  expect(typeof report.valid).toBe('boolean')
  expect(notPolluted(snapshot)).toBe(true)
}

async function run<T extends unknown[]>(numRuns: number, arbs: { [K in keyof T]: fc.Arbitrary<T[K]> }, body: (...args: T) => Promise<void>): Promise<void> {
  await fc.assert(fc.asyncProperty(...(arbs as unknown as [fc.Arbitrary<unknown>]), body as (...a: unknown[]) => Promise<void>), { seed: SEED, numRuns, timeout: TIMEOUT_MS })
  totalRuns += numRuns
}

const profile = fc.constantFrom(...PROFILES)
const protoKey = fc.oneof({ arbitrary: fc.constantFrom(...PROTO_KEYS), weight: 1 }, { arbitrary: fc.string({ maxLength: 8 }), weight: 2 })
/** Anything JavaScript can hold (Maps, Sets, Dates, bigint, typed and sparse arrays, null prototypes, boxed values), with attacker keys. */
const hostile = fc.anything({
  key: protoKey, maxDepth: 4, maxKeys: 6, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true,
  withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true, withUnicodeString: true,
})
const jsonWithProtoKeys: fc.Arbitrary<Json> = fc.letrec<{ v: Json }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(protoKey, tie('v'), { maxKeys: 5 }),
  ),
})).v

/** Objects shaped like credentials, so random input gets past the parse and limits checks into context, schema and proof. */
const credentialLike: fc.Arbitrary<Record<string, unknown>> = fc.record({
  '@context': fc.oneof(
    fc.constant(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']),
    fc.array(fc.constantFrom(...CONTEXTS), { maxLength: 4 }),
    jsonWithProtoKeys,
  ),
  id: fc.oneof(fc.constant('urn:uuid:2f5b8c7e-8a4e-4a51-9f0e-6f2d8f1d2b11'), fc.constantFrom('__proto__', 'constructor', '_:b0'), fc.webUrl()),
  type: fc.oneof(fc.constant(['VerifiableCredential', 'OpenBadgeCredential']), fc.array(fc.constantFrom('VerifiableCredential', 'OpenBadgeCredential', 'AchievementCredential', '__proto__', '@id'))),
  issuer: fc.oneof(fc.record({ id: fc.constantFrom('did:key:z6MkneMkZqwqRiU5mJzSG3kDwzt9P8C59N4NGTfBLfSGE7c7', 'did:key:z', 'did:web:x', '__proto__'), type: fc.constant(['Profile']), name: fc.string() }), jsonWithProtoKeys),
  validFrom: fc.oneof(fc.constant('2025-09-01T00:00:00Z'), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string()),
  credentialSubject: fc.oneof(
    fc.record({ type: fc.constant(['AchievementSubject']), achievement: fc.record({ id: fc.webUrl(), type: fc.constant(['Achievement']), name: fc.string(), description: fc.string(), criteria: fc.record({ narrative: fc.string() }) }) }),
    jsonWithProtoKeys,
  ),
  proof: fc.oneof(
    fc.constant(undefined),
    fc.record({
      type: fc.constantFrom('DataIntegrityProof', 'Ed25519Signature2020', '__proto__', 'constructor'),
      cryptosuite: fc.constantFrom('eddsa-rdfc-2022', 'eddsa-2022', 'ecdsa-rdfc-2019', '__proto__'),
      created: fc.constant('2025-09-01T10:00:00Z'),
      verificationMethod: fc.constantFrom('did:key:z6MkneMkZqwqRiU5mJzSG3kDwzt9P8C59N4NGTfBLfSGE7c7#z6MkneMkZqwqRiU5mJzSG3kDwzt9P8C59N4NGTfBLfSGE7c7', 'did:key:z6Mk#x', 'https://example.org/key#1', '__proto__', 'did:web:localhost#key'),
      proofPurpose: fc.constantFrom('assertionMethod', 'authentication', '__proto__', 'constructor'),
      proofValue: fc.oneof(fc.string(), fc.constant('z2t4NtSCTNoReKtpkqocRqwcqUSgYhPY2VpSXwfFe2cBDto2kMcw56RRLHXMxoteARAWP12Fb5c99iSAFohLba2HP')),
    }),
    jsonWithProtoKeys,
  ),
  extra: jsonWithProtoKeys,
}, { requiredKeys: ['@context', 'type'] }).map(({ extra, ...c }) => (typeof extra === 'object' && extra !== null && !Array.isArray(extra) ? { ...extra, ...c } : c))

/** JSON text with a duplicate key, a `__proto__` key or deep nesting injected into valid JSON. */
const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 4 }), fc.jsonValue({ maxDepth: 1 }))
    .map(([o, v]) => { const text = JSON.stringify(o); const k = JSON.stringify(Object.keys(o)[0]); return `{${k}:${JSON.stringify(v)},${text.slice(1)}` }),
  fc.tuple(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('__proto__', 'constructor', 'prototype'))
    .map(([v, k]) => `{"@context":["https://www.w3.org/ns/credentials/v2"],${JSON.stringify(k)}:{"polluted":${JSON.stringify(v)}}}`),
  fc.tuple(fc.integer({ min: 1, max: 5_000 }), fc.constantFrom('[', '{"a":', '{"@context":'), fc.boolean())
    .map(([n, open, closed]) => { const close = open === '[' ? ']' : '}'; return open.repeat(n) + '1' + (closed ? close.repeat(n) : '') }),
  fc.tuple(fc.base64String({ minLength: 4 }), fc.base64String(), fc.base64String()).map(([a, b, c]) => `${a}.${b}.${c}`.replace(/[+/=]/g, '_')),
  fc.string().map((s) => `<svg xmlns="http://www.w3.org/2000/svg">${s}</svg>`),
  fc.jsonValue().map((v) => JSON.stringify(v, null, 1)),
)

/**
 * One mutated signed credential, and whether the mutation is of a documented RDF-neutral kind (ESCAPES,
 * repeated values, repeated contexts, blank node labels): such a mutation may verify, but only if the
 * signed dataset is unchanged (checked by canonicalising both).
 */
interface Mutated { input: Json; neutral: boolean }

function nestDeep(value: unknown, depth: number, asArray: boolean): unknown {
  let v = value
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { '@context': v, id: i }
  return v
}

function mutatedCredential(fixture: Fixture, signed: Json, all: Node[]): fc.Arbitrary<Mutated> {
  const objects = all.filter((n) => n.value !== null && typeof n.value === 'object' && !Array.isArray(n.value))
  const at = (node: Node, set: unknown): Mutated => ({ input: edit(signed, node.path, { set: set as Json }), neutral: neutralReplacement(fixture, node, { set }) })
  return fc.oneof(
    { arbitrary: fc.constant({ input: signed, neutral: true }), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom(...all), hostile).map(([n, v]) => at(n, v)), weight: 6 },
    { arbitrary: fc.tuple(fc.constantFrom(...all), jsonWithProtoKeys).map(([n, v]) => at(n, v)), weight: 4 },
    { arbitrary: fc.tuple(fc.constantFrom(...all), fc.integer({ min: 1, max: 300 }), fc.boolean()).map(([n, d, arr]) => at(n, nestDeep(n.value, d, arr))), weight: 2 },
    {
      // past the 50,000-value limit (refused before JSON-LD), or the node's own value repeated within it:
      // repeating a value is a no-op in RDF (a JSON-LD array is a set; nested arrays are flattened), so a
      // repeat may verify when the JSON checks accept the shape (`neutral`, checked against the dataset)
      arbitrary: fc.tuple(fc.constantFrom(...all), fc.oneof(fc.integer({ min: 50_001, max: 70_000 }), fc.integer({ min: 2, max: 12 })))
        .map(([n, len]): Mutated => len > 50_000
          ? { input: edit(signed, n.path, { set: Array.from({ length: len }, () => 0) }), neutral: false }
          : { input: edit(signed, n.path, { set: Array.from({ length: len }, () => n.value) }), neutral: true }),
      weight: 1,
    },
    {
      arbitrary: fc.oneof(fc.array(fc.constantFrom(...CONTEXTS), { maxLength: 5 }), jsonWithProtoKeys, fc.constantFrom(...CONTEXTS))
        // repeating a context already applied is a no-op (its protected terms are redefined identically)
        .map((ctx) => ({ input: { ...(signed as Record<string, Json>), '@context': ctx }, neutral: Array.isArray(ctx) && isDeepStrictEqual([...new Set(ctx)], (signed as Record<string, Json>)['@context']) })),
      weight: 3,
    },
    {
      arbitrary: fc.tuple(
        fc.constantFrom(...objects),
        fc.constantFrom<Record<string, Json>>(
          { '@id': '__proto__' }, { '@type': '__proto__' }, { id: '__proto__' }, { type: '__proto__' }, { '@id': 'constructor' },
          { constructor: { prototype: { polluted: 'yes' } } }, { prototype: { polluted: 'yes' } }, { '@context': { '@vocab': '__proto__' } },
          { '@context': { __proto__: null, polluted: 'https://example.org/p' } as Json }, { '@type': ['__proto__', 'constructor'] }, { '@id': '_:__proto__' },
        ),
        fc.boolean(),
      ).map(([n, patch, ownProto]) => {
        const set: Record<string, unknown> = { ...(n.value as Record<string, unknown>), ...patch }
        if (ownProto) Object.defineProperty(set, '__proto__', { value: { polluted: 'yes' }, enumerable: true, configurable: true, writable: true })
        const mutated = at(n, set)
        // Naming a node that was already a blank node with a blank node label ("_:...") is neutral:
        // labels are not part of the canonical dataset (RDFC-1.0 relabels them), so the proof holds.
        const wasBlank = !('id' in (n.value as object)) && !('@id' in (n.value as object))
        return { ...mutated, neutral: mutated.neutral || (!ownProto && wasBlank && Object.keys(patch).length === 1 && String(patch['@id'] ?? '').startsWith('_:')) }
      }),
      weight: 3,
    },
  )
}

/** What the proof signs: the canonical N-Quads of the credential without its proof, and of each proof's options. */
async function signedDatasets(input: Json): Promise<string[]> {
  const { proof, ...doc } = input as Record<string, Json>
  const proofs = (Array.isArray(proof) ? proof : [proof]) as Array<Record<string, Json>>
  return Promise.all([
    canonize(doc),
    ...proofs.map(({ proofValue: _signature, ...options }) => canonize({ '@context': doc['@context'] ?? null, ...options })),
  ])
}

/** Object, JSON text or UTF-8 bytes of the same value (text and bytes only when it is JSON). */
function present(value: unknown, as: 'object' | 'text' | 'bytes'): unknown {
  if (as === 'object') return value
  let text: string | undefined
  try {
    text = JSON.stringify(value)
  } catch {
    return value // bigint and friends: no JSON form
  }
  if (text === undefined) return value
  return as === 'text' ? text : new TextEncoder().encode(text)
}

describe('10,000 random and mutated inputs never crash, hang or pollute prototypes', () => {
  it('(a) arbitrary JSON values (2,300 runs)', async () => {
    await run(2_300, [fc.jsonValue(), profile], async (v, p) => check(v, p))
  }, 120_000)

  it('(a) arbitrary JavaScript values with attacker keys (__proto__, constructor, prototype, @context, @id) (2,300 runs)', async () => {
    await run(2_300, [fc.oneof(hostile, jsonWithProtoKeys), profile], async (v, p) => check(v, p))
  }, 120_000)

  it('(a) credential-shaped objects with random contexts, types, issuers and proofs (1,000 runs)', async () => {
    await run(1_000, [credentialLike, profile, fc.constantFrom('object', 'text') as fc.Arbitrary<'object' | 'text'>], async (c, p, as) => check(present(c, as), p))
  }, 120_000)

  it('(b) arbitrary strings (1,200 runs)', async () => {
    await run(1_200, [fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 200 })), profile], async (s, p) => check(s, p))
  }, 120_000)

  it('(b) arbitrary byte arrays, some starting with the PNG signature or a UTF-8 BOM (1,000 runs)', async () => {
    const prefix = fc.constantFrom(new Uint8Array(), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Uint8Array.from([0xef, 0xbb, 0xbf]), new TextEncoder().encode('{"@context":'))
    await run(1_000, [prefix, fc.uint8Array({ maxLength: 300 }), profile], async (pre, bytes, p) => {
      const input = new Uint8Array(pre.length + bytes.length)
      input.set(pre)
      input.set(bytes, pre.length)
      await check(input, p)
    })
  }, 120_000)

  it('(b) JSON text with duplicate keys, __proto__ keys, deep nesting, JWS and SVG look-alikes (1,000 runs)', async () => {
    await run(1_000, [hostileText, profile, fc.boolean()], async (text, p, asBytes) => check(asBytes ? new TextEncoder().encode(text) : text, p))
  }, 120_000)

  for (const [fixture, numRuns] of [['minimal', 1_200], ['mbo', 500]] as const) {
    it(`(c) mutated signed ${fixture} credentials: subtree replacement, deep nesting, huge arrays, random @context, "@id": "__proto__" (${numRuns} runs)`, async () => {
      const signed = fixtures[fixture] as unknown as Json
      const as = fc.constantFrom('object', 'object', 'text', 'bytes') as fc.Arbitrary<'object' | 'text' | 'bytes'>
      await run(numRuns, [mutatedCredential(fixture, signed, nodes(signed)), profile, as], async (m, p, form) => {
        const untouched = isDeepStrictEqual(m.input, signed)
        if (m.neutral && !untouched) {
          const r = await verifyCredential(present(m.input, form), { now: NOW })
          expectWellFormed(r)
          if (r.verified) expect(await signedDatasets(m.input)).toEqual(await signedDatasets(signed))
          validateCredential(m.input, { profile: p })
          expect(notPolluted(snapshot)).toBe(true)
          return
        }
        await check(present(m.input, form), p, untouched)
      })
    }, 180_000)
  }

  it('cyclic objects, throwing getters and proxies are refused without a throw', async () => {
    const cyclic: Record<string, unknown> = { '@context': ['https://www.w3.org/ns/credentials/v2'] }
    cyclic.self = cyclic
    const cyclicArray: unknown[] = []
    cyclicArray.push(cyclicArray)
    const getter = Object.defineProperty({ '@context': [] }, 'proof', { enumerable: true, get: () => { throw new Error('boom') } })
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('boom') }, get: () => { throw new Error('boom') } })
    const revoked = Proxy.revocable({}, {})
    revoked.revoke()
    for (const input of [cyclic, { '@context': cyclicArray }, getter, proxy, revoked.proxy, Object.create(null), new Map(), new Date(0), () => 1, Symbol('x'), 10n]) {
      const r = await verifyCredential(input, { now: NOW })
      expectWellFormed(r)
      expect(r.verified).toBe(false)
      expect(notPolluted(snapshot)).toBe(true)
    }
  })

  it('(control) the pollution probe notices a polluted prototype', () => {
    ;(Object.prototype as Record<string, unknown>).polluted = 'yes'
    try {
      expect(notPolluted(snapshot)).toBe(false)
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted
    }
    expect(notPolluted(snapshot)).toBe(true)
  })

  it('ran at least 10,000 inputs in total', () => {
    expect(totalRuns).toBeGreaterThanOrEqual(10_000)
  })
})
