/**
 * Shared material of the property suite: the signed fixtures, JSON path enumeration, single-field
 * mutations, result invariants and prototype-pollution probes.
 */
import { isDeepStrictEqual } from 'node:util'
import { base58btc } from 'multiformats/bases/base58'
import { expect } from 'vitest'
import { issueCredential, type SignedCredential } from '../../src/issue/index.js'
import type { CheckId, VerificationResult } from '../../src/verify/index.js'
import { buildExample } from '../build/helpers.js'
import { minimalBadge, testKey } from '../helpers/credentials.js'

/** The seed every fast-check property of the suite runs with. */
export const SEED = 20260101

export const CHECK_IDS: readonly CheckId[] = ['parse', 'limits', 'context', 'schema', 'proof', 'issuer', 'validity', 'status', 'recipient', 'endorsements']

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type JsonPath = ReadonlyArray<string | number>

/** The two signed fixtures (did:key issuer, deterministic key and clock). */
export async function signFixtures(): Promise<{ minimal: SignedCredential; mbo: SignedCredential }> {
  const { keyPair, signer } = await testKey()
  const minimal = await issueCredential(minimalBadge(keyPair.controller), signer, { now: '2025-09-01T10:00:00Z' })
  const mbo = await issueCredential(buildExample('mbo-zorg-microcredential', 1, { issuerId: keyPair.controller }), signer, { now: '2025-09-01T10:00:00Z' })
  return { minimal, mbo }
}

/** A second did:key (seed 7) for "valid-looking" issuer and verification method swaps. */
export async function otherDidKey(): Promise<{ did: string; vm: string }> {
  const { keyPair } = await testKey(Uint8Array.from({ length: 32 }, () => 7))
  return { did: keyPair.controller, vm: keyPair.id }
}

export const clone = <T>(value: T): T => structuredClone(value)

/** `$.a[0]["@context"]` style rendering of a path. */
export function showPath(path: JsonPath): string {
  return '$' + path.map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`)).join('')
}

export interface Node { path: JsonPath; value: Json }

/** Every node below the root, depth first (containers before their children). */
export function nodes(root: Json): Node[] {
  const out: Node[] = []
  const visit = (value: Json, path: JsonPath): void => {
    if (path.length > 0) out.push({ path, value })
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]))
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k])
  }
  visit(root, [])
  return out
}

export const isLeaf = (v: Json): boolean => v === null || typeof v !== 'object'

/** A copy of `root` with the node at `path` replaced (or deleted: object property removed, array element spliced out). */
export function edit(root: Json, path: JsonPath, change: { set: Json } | { delete: true }): Json {
  const copy = clone(root)
  let parent: any = copy
  for (const key of path.slice(0, -1)) parent = parent[key]
  const last = path[path.length - 1] as string | number
  if ('delete' in change) {
    if (Array.isArray(parent)) parent.splice(last as number, 1)
    else delete parent[last]
  } else {
    parent[last] = change.set
  }
  return copy
}

export interface Mutation { label: string; path: JsonPath; change: { set: Json } | { delete: true } }

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

const OB = 'https://purl.imsglobal.org/spec/vc/ob/vocab.html#'
/** Expanded IRIs of the type terms the fixtures use (from the pinned contexts). */
const TYPE_IRIS: Record<string, string> = {
  VerifiableCredential: 'https://www.w3.org/2018/credentials#VerifiableCredential',
  DataIntegrityProof: 'https://w3id.org/security#DataIntegrityProof',
  Alignment: 'https://schema.org/AlignmentObject',
  EducredentialAchievement: 'https://edubadges.nl/static/obv3-glossary.html#EducredentialAchievement',
  ...Object.fromEntries(['OpenBadgeCredential', 'Profile', 'Achievement', 'AchievementSubject', 'Image', 'Evidence', 'Result', 'ResultDescription',
    'IdentityObject', 'IdentifierEntry', 'Address'].map((t) => [t, `${OB}${t}`])),
}
/** Terms a forger could put in a `type`, `cryptosuite` or `proofPurpose`. */
const TERM_POOL = ['VerifiableCredential', 'OpenBadgeCredential', 'AchievementCredential', 'Profile', 'Achievement', 'AchievementSubject', 'Image',
  'Alignment', 'Evidence', 'Result', 'ResultDescription', 'IdentityObject', 'IdentifierEntry', 'Address', 'EducredentialAchievement',
  'DataIntegrityProof', 'Ed25519Signature2020', 'eddsa-rdfc-2022', 'eddsa-2022', 'ecdsa-rdfc-2019', 'assertionMethod', 'authentication',
  '1EdTechJsonSchemaValidator2019', '1EdTechRevocationList']

/** Other strings of the same kind as `s`: what a forger would plausibly write there. */
function lookalikes(s: string, path: JsonPath, other: { did: string; vm: string }): string[] {
  const key = [...path].reverse().find((k) => typeof k === 'string')
  if (key === 'type' || key === 'cryptosuite' || key === 'proofPurpose') {
    const pool = TERM_POOL.filter((p) => p !== s)
    const start = (TERM_POOL.indexOf(s) + 1) % pool.length
    const neighbours = [pool[start], pool[(start + 7) % pool.length]] as string[]
    const iri = TYPE_IRIS[s]
    return [...neighbours, ...(iri ? [iri] : []), ...(s === 'OpenBadgeCredential' ? ['AchievementCredential'] : [])]
  }
  if (s.startsWith('did:key:') && s.includes('#')) return [other.vm, s.slice(0, s.indexOf('#')), `${s.slice(0, s.indexOf('#'))}#key-1`]
  if (s.startsWith('did:')) return [other.did, 'did:web:roc-zuidwaard.example.nl', 'did:example:learner-2']
  if (s.startsWith('urn:uuid:')) return ['urn:uuid:2f5b8c7e-8a4e-4a51-9f0e-6f2d8f1d2b12']
  if (/^https?:\/\//.test(s)) {
    const url = new URL(s)
    return [s.replace(/^http(s?):/, (_, x: string) => (x ? 'http:' : 'https:')), `${url.protocol}//evil.example${url.pathname}${url.search}${url.hash}`, s.endsWith('/') ? s.slice(0, -1) : `${s}/`]
  }
  if (DATE_TIME.test(s)) {
    const d = new Date(s)
    return [new Date(d.getTime() + 1000).toISOString().replace('.000', ''), new Date(d.getTime() - 86_400_000 * 365).toISOString().replace('.000', ''), s.replace(/Z$/, '+00:00')]
  }
  if (s.startsWith('z') && key === 'proofValue') return []
  return ['Gewijzigde waarde', s.toUpperCase() === s ? s.toLowerCase() : s.toUpperCase()].filter((x) => x !== s)
}

/** proofValue edits that decode to the same signature bytes are no edit at all. */
function sameSignatureBytes(a: string, b: string): boolean {
  try {
    return isDeepStrictEqual(base58btc.decode(a), base58btc.decode(b))
  } catch {
    return false
  }
}

/**
 * Every single-field mutation of `root`: for each leaf a set of value-changing replacements (strings:
 * append, replace the last character, NFD form, look-alike strings, a numeric string as a number;
 * numbers: +1, -1, as a string; booleans: flip, as a string), and deleting every node (leaf, object,
 * array, array element). Replacements equal to the original value are dropped.
 */
export function singleFieldMutations(root: Json, other: { did: string; vm: string }): Mutation[] {
  const out: Mutation[] = []
  for (const { path, value } of nodes(root)) {
    const where = showPath(path)
    out.push({ label: `delete ${where}`, path, change: { delete: true } })
    if (!isLeaf(value)) continue
    const sets: Array<[string, Json]> = []
    if (typeof value === 'string') {
      const last = value.at(-1)
      sets.push(['append "x"', `${value}x`], ['append " "', `${value} `])
      sets.push(['replace last char', `${value.slice(0, -1)}${last === 'a' ? 'b' : 'a'}`])
      if (value.normalize('NFD') !== value) sets.push(['NFD form', value.normalize('NFD')])
      for (const l of lookalikes(value, path, other)) sets.push([`look-alike ${JSON.stringify(l)}`, l])
      if (/^-?\d+(\.\d+)?$/.test(value)) sets.push(['as a number', Number(value)])
      if (value === 'true' || value === 'false') sets.push(['as a boolean', value === 'true'])
    } else if (typeof value === 'number') {
      sets.push(['+1', value + 1], ['-1', value - 1], ['as a string', String(value)])
    } else if (typeof value === 'boolean') {
      sets.push(['flip', !value], ['as a string', String(value)])
    } else {
      sets.push(['null as ""', ''])
    }
    const seen = new Set<string>()
    for (const [label, replacement] of sets) {
      const id = JSON.stringify(replacement)
      if (isDeepStrictEqual(replacement, value) || seen.has(id)) continue
      if (path.at(-1) === 'proofValue' && typeof replacement === 'string' && typeof value === 'string' && sameSignatureBytes(value, replacement)) continue
      seen.add(id)
      out.push({ label: `${where}: ${label}`, path, change: { set: replacement } })
    }
  }
  return out
}

/** The invariants of every verification result: known check ids, code strings, verified iff no error. */
export function expectWellFormed(r: VerificationResult): void {
  expect(typeof r.verified).toBe('boolean')
  expect(Array.isArray(r.checks) && Array.isArray(r.errors) && Array.isArray(r.warnings)).toBe(true)
  for (const e of [...r.errors, ...r.warnings]) {
    expect(CHECK_IDS).toContain(e.check)
    expect(typeof e.code).toBe('string')
    expect(e.code).toMatch(/^[A-Z][A-Z_]*$/)
    expect(typeof e.message).toBe('string')
  }
  for (const c of r.checks) expect(CHECK_IDS).toContain(c.id)
  expect(r.verified).toBe(r.errors.length === 0)
}

/** Snapshot of the prototypes an attacker would pollute. */
export function prototypeSnapshot(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((p) => Reflect.ownKeys(p).map(String).sort().join(','))
    .join('|')
}

/** True when nothing was written to the shared prototypes. */
export function notPolluted(snapshot: string): boolean {
  const probe: Record<string, unknown> = {}
  return prototypeSnapshot() === snapshot && probe.polluted === undefined && ([] as unknown as Record<string, unknown>).polluted === undefined
}

/** Keys an attacker tries first. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'polluted', '@context', '@id', '@type', 'toString', 'valueOf', 'hasOwnProperty', 'id', 'type', 'proof'] as const

export type Fixture = 'minimal' | 'mbo'

/**
 * Single-field mutations of the signed fixtures that still verify (asserted exactly by
 * single-field-mutations.test.ts). Each is semantically neutral for the RDF dataset the proof signs;
 * `bug: true` marks the ones where the JSON an application reads changes meaning anyway (reported; see
 * the `KNOWN BUG` tests).
 */
export const ESCAPES: Record<Fixture, Array<{ label: string; why: string; bug?: true }>> = {
  minimal: [
    // In the OB 3.0 contexts `AchievementCredential` is an alias of `OpenBadgeCredential` (same IRI);
    // the schema accepts either name. Neutral.
    { label: '$.type[1]: look-alike "AchievementCredential"', why: 'JSON-LD alias of OpenBadgeCredential (same IRI)' },
  ],
  mbo: [
    { label: '$.type[1]: look-alike "AchievementCredential"', why: 'JSON-LD alias of OpenBadgeCredential (same IRI)' },
    // The issuer node (did:key) is described twice: as `issuer` and as the achievement's
    // `creator.parentOrg`, both with `name: "ROC Zuidwaard"`. In RDF both are the one triple
    // `<did:key:...> schema:name "ROC Zuidwaard"`, so deleting either copy leaves the signed dataset
    // unchanged. Only the JSON view loses a display name.
    { label: 'delete $.issuer.name', why: 'the same triple is stated again by creator.parentOrg.name (node merging)' },
    { label: 'delete $.credentialSubject.achievement.creator.parentOrg.name', why: 'the same triple is stated by issuer.name (node merging)' },
    // (`levelVerified` / `identityChecked` written as strings used to verify too: xsd:boolean coercion makes
    // false and "false" the same literal. The schema check now wants JSON booleans for those terms.)
  ],
}

/** What JSON-LD reads as "no value": null, undefined, and arrays of those (a replacement equal to a deletion). */
export function jsonLdEmpty(v: unknown): boolean {
  return v === null || v === undefined || (Array.isArray(v) && v.every(jsonLdEmpty))
}

/**
 * True when replacing/deleting `node` is one of the documented ESCAPES, in any of its JSON spellings:
 * a documented deletion also by a JSON-LD-empty value; a documented "as a string" also by that string.
 */
export function neutralReplacement(fixture: Fixture, node: Node, change: { set: unknown } | { delete: true }): boolean {
  const where = showPath(node.path)
  const labels = new Set(ESCAPES[fixture].map((e) => e.label))
  if ('delete' in change || jsonLdEmpty(change.set)) return labels.has(`delete ${where}`)
  if (labels.has(`${where}: as a string`) && change.set === String(node.value)) return true
  return typeof change.set === 'string' && labels.has(`${where}: look-alike ${JSON.stringify(change.set)}`)
}
