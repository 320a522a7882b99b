import fc from 'fast-check'
import * as rdfCanonize from 'rdf-canonize'
import { describe, expect, it } from 'vitest'
import { canonicaliseQuads, serialiseQuads } from '../../src/canonical/canonicalise-quads.js'
import type { Quad } from '../../src/canonical/json-to-quads.js'

const SEED = process.env.MCRED_TEST_SEED === undefined ? undefined : Number(process.env.MCRED_TEST_SEED)

/** rdf-canonize on the same quads, or its error message. */
async function reference(quads: Quad[], maxWorkFactor: number): Promise<string> {
  try {
    return await rdfCanonize.canonize(serialiseQuads(quads), { algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads', maxWorkFactor })
  } catch (error) {
    return `error: ${(error as Error).message}`
  }
}

function ours(quads: Quad[], maxWorkFactor: number): string {
  try {
    return canonicaliseQuads(quads, { maxWorkFactor }) ?? 'handed to rdf-canonize'
  } catch (error) {
    return `error: ${(error as Error).message}`
  }
}

/** Random graphs over a few blank nodes, few predicates and literals, sometimes in blank-node-named graphs. */
const randomGraphs = fc.integer({ min: 2, max: 9 }).chain((n) => {
  const node = fc.integer({ min: 0, max: n - 1 }).map((i) => `_:n${i}`)
  const predicate = fc.constantFrom('<https://example.org/p>', '<https://example.org/q>')
  const object = fc.oneof(node, node, fc.constantFrom('"x"', '"y"^^<https://example.org/t>', '<https://example.org/r>'))
  const graph = fc.oneof(fc.constant(''), fc.constant(''), fc.constant(''), node)
  const quad = fc.record({ s: node, p: predicate, o: object, g: graph })
  return fc.uniqueArray(quad, { minLength: 1, maxLength: 3 * n, selector: (q) => `${q.s} ${q.p} ${q.o} ${q.g}` })
})

/**
 * Graphs made to need N-degree hashing: 2-4 isomorphic copies of a random motif (so blank nodes
 * share first-degree hashes), sometimes tied together in a ring, sometimes with one copy changed.
 */
const symmetricGraphs = fc.record({ motif: randomGraphs, copies: fc.integer({ min: 2, max: 4 }), ring: fc.boolean(), tweak: fc.boolean() }).map(({ motif, copies, ring, tweak }) => {
  const quads: Quad[] = []
  const rename = (term: string, copy: number): string => (term.startsWith('_:') ? `_:c${copy}${term.slice(2)}` : term)
  for (let c = 0; c < copies; c++) for (const q of motif) quads.push({ s: rename(q.s, c), p: q.p, o: rename(q.o, c), g: rename(q.g, c) })
  if (ring) for (let c = 0; c < copies; c++) quads.push({ s: `_:c${c}n0`, p: '<https://example.org/next>', o: `_:c${(c + 1) % copies}n0`, g: '' })
  if (tweak) quads.push({ s: `_:c0n0`, p: '<https://example.org/mark>', o: '"odd one"', g: '' })
  const seen = new Set<string>()
  return quads.filter((q) => {
    const key = `${q.s} ${q.p} ${q.o} ${q.g}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
})

const graphs = fc.oneof(randomGraphs, symmetricGraphs, symmetricGraphs)

describe('canonicaliseQuads (RDFC-1.0)', () => {
  it('equals rdf-canonize byte for byte on graphs that need N-degree hashing (2,000 graphs, work factors 1 and 2)', async () => {
    let nDegree = 0
    await fc.assert(
      fc.asyncProperty(graphs, async (quads) => {
        for (const factor of [1, 2]) {
          const expected = await reference(quads, factor)
          expect(ours(quads, factor)).toBe(expected)
        }
        if (/_:c14n/.test(ours(quads, 2)) && ours(quads, 0).startsWith('error')) nDegree++
      }),
      { numRuns: 2000, ...(SEED === undefined ? {} : { seed: SEED }) },
    )
    // Most generated graphs must actually exercise N-degree hashing, or the property says little.
    expect(nDegree).toBeGreaterThan(1000)
  })

  it('maxWorkFactor 0 refuses any N-degree hashing with rdf-canonize\'s message; unique hashes need none', async () => {
    const twins: Quad[] = [
      { s: '_:a', p: '<https://example.org/p>', o: '"x"', g: '' },
      { s: '_:b', p: '<https://example.org/p>', o: '"x"', g: '' },
    ]
    expect(ours(twins, 0)).toBe(await reference(twins, 0))
    expect(ours(twins, 0)).toMatch(/^error: Maximum deep iterations exceeded \(0\)\.$/)
    const distinct: Quad[] = [twins[0] as Quad, { ...(twins[1] as Quad), o: '"y"' }]
    expect(ours(distinct, 0)).toBe(await reference(distinct, 0))
  })

  it('an aborted signal stops N-degree hashing as rdf-canonize does', () => {
    const ring: Quad[] = Array.from({ length: 8 }, (_, i) => ({ s: `_:r${i}`, p: '<https://example.org/p>', o: `_:r${(i + 1) % 8}`, g: '' }))
    const controller = new AbortController()
    controller.abort('budget')
    expect(() => canonicaliseQuads(ring, { maxWorkFactor: Infinity, signal: controller.signal })).toThrow(/Abort signal received: "budget"/)
  })

  it('a predicate IRI that needed escaping is handed to rdf-canonize when N-degree hashing would hash it', () => {
    const twins: Quad[] = [
      { s: '_:a', p: '<https://example.org/a\\u0020b>', o: '"x"', g: '' },
      { s: '_:b', p: '<https://example.org/a\\u0020b>', o: '"x"', g: '' },
    ]
    expect(canonicaliseQuads(twins)).toBeUndefined()
  })
})
