/**
 * Differential tests of `canonicalise` over every JSON-LD document among the shared fixtures (OB spec
 * examples, test vectors, SURF eduCredentials examples, edubadges OB 2.0, EU samples) and the
 * credentials built from the runnable example specs in `examples/`.
 *
 * For each document (its `proof` removed) and for each of its proofs (the proof configuration: the
 * proof without `proofValue`, with the document's `@context`):
 * - when the reference (jsonld.js, pinned contexts; see `referenceCanonize`) canonicalises it:
 *   `canonicalise` (policy 'auto') equals it byte for byte, and `tryFastCanonicalise` is unsupported
 *   or equal;
 * - otherwise, with the unpinned contexts the fixtures bring (VCDM examples v2, the eduCredentials
 *   context) offered through the loader: `canonicalise` with that loader equals the reference with
 *   it, or both throw; the fast path (pinned contexts only) never answers.
 *
 * And where a test vector gives the expected canonical N-Quads of an eddsa-rdfc-2022 document or
 * proof configuration, `canonicalise` reproduces them byte for byte, and the fast path does wherever
 * the document uses only pinned contexts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { canonicalise, tryFastCanonicalise } from '../../src/canonical/canonicalise.js'
import { createDocumentLoader } from '../../src/loader/index.js'
import { buildExample, EXAMPLES } from '../build/helpers.js'
import { FIXTURES, fixtureJson, fixtureText } from '../helpers/fixtures.js'
import { referenceCanonize, type JsonObject, type JsonValue } from './credential-arbitrary.js'

/** Folders of the fixtures that hold context documents and JSON Schemas, not JSON-LD documents. */
const SKIPPED_FOLDERS = new Set(['contexts', 'schemas'])

/** Unpinned contexts the fixtures refer to, bundled in the fixtures themselves. */
const FIXTURE_CONTEXTS: Record<string, Record<string, unknown>> = {
  'https://www.w3.org/ns/credentials/examples/v2': fixtureJson('contexts/w3c-credentials-examples-v2.jsonld'),
  'https://raw.githubusercontent.com/educredentials/obv3-examples/refs/heads/main/contexts/educredential.json': fixtureJson('educredentials/contexts/educredential.json'),
}

const pinnedLoader = createDocumentLoader()
const extendedLoader = createDocumentLoader({ contexts: FIXTURE_CONTEXTS })

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Every `.json` / `.jsonld` file under `dir`, depth first, sorted. */
function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return SKIPPED_FOLDERS.has(name) ? [] : walk(path)
    return /\.(json|jsonld)$/.test(name) ? [path] : []
  })
}

/** JSON-LD documents: objects with an `@context` and something besides it (context files have only that). */
function fixtureDocuments(): Array<{ name: string; doc: JsonObject }> {
  const out: Array<{ name: string; doc: JsonObject }> = []
  for (const path of walk(FIXTURES)) {
    let doc: unknown
    try {
      doc = JSON.parse(readFileSync(path, 'utf8'))
    } catch {
      continue
    }
    if (isObject(doc) && '@context' in doc && Object.keys(doc).length > 1) out.push({ name: relative(FIXTURES, path), doc })
  }
  for (const example of EXAMPLES) out.push({ name: `examples/${example}.spec.json (built)`, doc: buildExample(example) as unknown as JsonObject })
  return out
}

/** One canonicalisation case: a document without its proofs, or one proof's configuration. */
interface Case { name: string; doc: JsonObject }

/** The document without `proof`, and per proof its configuration (no `proofValue`, the document's `@context`). */
function casesOf(name: string, doc: JsonObject): Case[] {
  const { proof, ...unsigned } = doc
  const proofs: JsonValue[] = proof === undefined ? [] : Array.isArray(proof) ? proof : [proof]
  return [
    { name, doc: unsigned },
    ...proofs.flatMap((p, i): Case[] => {
      if (!isObject(p)) return []
      const { proofValue: _signature, ...config } = p
      return [{ name: `${name} proof[${i}] configuration`, doc: { ...config, '@context': doc['@context'] as JsonValue } }]
    }),
  ]
}

type Outcome = { ok: true; value: string } | { ok: false; error: Error }

async function settle(f: () => Promise<string>): Promise<Outcome> {
  try {
    return { ok: true, value: await f() }
  } catch (error) {
    return { ok: false, error: error as Error }
  }
}

/** `tryFastCanonicalise`'s N-Quads, or a description of why there are none. */
async function fastNquads(doc: JsonObject): Promise<{ nquads: string } | { none: string }> {
  try {
    const r = await tryFastCanonicalise(doc)
    return 'nquads' in r ? r : { none: `unsupported: ${r.unsupported}` }
  } catch (error) {
    return { none: `throws ${(error as Error).message}` }
  }
}

const CASES = fixtureDocuments().flatMap(({ name, doc }) => casesOf(name, doc))
/** How the cases went, for the summary test. */
const tally = { pinned: 0, fast: 0, extended: 0, refused: 0 }

describe('canonicalise vs jsonld.js over the fixtures', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, { doc }) => {
    const expected = await settle(() => referenceCanonize(doc, pinnedLoader))
    const fast = await fastNquads(doc)
    if (expected.ok) {
      tally.pinned++
      if ('nquads' in fast) {
        tally.fast++
        expect(fast.nquads, 'tryFastCanonicalise differs from the reference').toBe(expected.value)
      }
      expect(await canonicalise(doc, { policy: 'auto' }), "canonicalise (policy 'auto') differs from the reference").toBe(expected.value)
      return
    }
    // Not with the pinned contexts alone: the fast path must not answer; the fallback must agree
    // with the reference when both get the fixtures' own contexts too.
    expect('nquads' in fast, `the reference refuses it (${expected.error.message}) but the fast path returns N-Quads`).toBe(false)
    const withContexts = await settle(() => referenceCanonize(doc, extendedLoader))
    const auto = await settle(() => canonicalise(doc, { policy: 'auto', documentLoader: extendedLoader }))
    if (withContexts.ok) {
      tally.extended++
      expect(auto.ok ? auto.value : `throws ${auto.error.name}: ${auto.error.message}`, "canonicalise (policy 'auto', fixture contexts) differs from the reference").toBe(withContexts.value)
    } else {
      tally.refused++
      expect(auto.ok, `the reference throws ${withContexts.error.name} (${withContexts.error.message}) but canonicalise returns N-Quads`).toBe(false)
    }
  })

  it('summary: every case was checked', async ({ annotate }) => {
    const checked = tally.pinned + tally.extended + tally.refused
    await annotate(`${CASES.length} cases: ${tally.pinned} canonicalised with the pinned contexts (${tally.fast} of them on the fast path), `
      + `${tally.extended} only with the fixtures' own contexts, ${tally.refused} refused by the reference`)
    expect(checked).toBe(CASES.length)
    expect(tally.pinned, 'documents the reference canonicalises with the pinned contexts').toBeGreaterThan(50)
  })
})

describe('expected canonical N-Quads of the eddsa-rdfc-2022 test vectors', () => {
  it('OB 3.0 implementation guide vector: the fast path reproduces document-canon.txt and proof-canon.txt byte for byte', async () => {
    const dir = 'test-vectors/ob3-eddsa-rdfc-2022/'
    const unsigned = fixtureJson<JsonObject>(`${dir}unsigned.json`)
    const config: JsonObject = { '@context': unsigned['@context'] as JsonValue, ...fixtureJson<JsonObject>(`${dir}proofConfig.json`) }
    for (const [doc, file] of [[unsigned, 'document-canon.txt'], [config, 'proof-canon.txt']] as const) {
      const expected = fixtureText(`${dir}${file}`)
      expect(await fastNquads(doc), `tryFastCanonicalise, ${file}`).toEqual({ nquads: expected })
      expect(await canonicalise(doc, { policy: 'fast' }), `canonicalise (policy 'fast'), ${file}`).toBe(expected)
      expect(await canonicalise(doc, { policy: 'auto' }), `canonicalise (policy 'auto'), ${file}`).toBe(expected)
    }
  })

  it('W3C vc-di-eddsa vector: canonicalise reproduces canonDocDataInt.txt and proofCanonDataInt.txt (examples context, through jsonld.js)', async () => {
    const dir = 'test-vectors/vc-di-eddsa/TestVectors/'
    const unsigned = fixtureJson<JsonObject>(`${dir}unsigned.json`)
    const config = fixtureJson<JsonObject>(`${dir}eddsa-rdfc-2022/proofConfigDataInt.json`)
    for (const [doc, file] of [[unsigned, 'canonDocDataInt.txt'], [config, 'proofCanonDataInt.txt']] as const) {
      const expected = fixtureText(`${dir}eddsa-rdfc-2022/${file}`)
      expect(await canonicalise(doc, { policy: 'auto', documentLoader: extendedLoader }), file).toBe(expected)
      // The examples context is not pinned: outside the fast path.
      expect('nquads' in (await fastNquads(doc)), `tryFastCanonicalise, ${file}`).toBe(false)
    }
    // The Ed25519Signature2020 vector canonicalises the same document.
    expect(fixtureText(`${dir}Ed25519Signature2020/canonDocEdSig.txt`)).toBe(fixtureText(`${dir}eddsa-rdfc-2022/canonDocDataInt.txt`))
  })

  it('W3C vc-di-eddsa vector: the fast path reproduces proofCanonDataInt.txt from the proof configuration under the pinned VCDM context alone', async () => {
    // The proof configuration uses no term of the examples context, so its canonical form is the
    // same with `@context: [VCDM v2]`, which the fast path takes.
    const dir = 'test-vectors/vc-di-eddsa/TestVectors/eddsa-rdfc-2022/'
    const config: JsonObject = { ...fixtureJson<JsonObject>(`${dir}proofConfigDataInt.json`), '@context': ['https://www.w3.org/ns/credentials/v2'] }
    const expected = fixtureText(`${dir}proofCanonDataInt.txt`)
    expect(await referenceCanonize(config), 'the reference').toBe(expected)
    expect(await fastNquads(config), 'tryFastCanonicalise').toEqual({ nquads: expected })
    expect(await canonicalise(config, { policy: 'fast' }), "canonicalise (policy 'fast')").toBe(expected)
  })

  // Not here: the vc-di-eddsa `employ` vector needs the citizenship v4rc1 context, which the fixtures
  // do not bundle; the proof-set/chain, data-integrity-inputs and OB spec examples give no canonical N-Quads.
})
