/**
 * Internal: RDFC-1.0 canonical N-Quads for the common case where every blank node has its own
 * first-degree hash (RDFC-1.0 §4.4 steps 1–5, 7–8; step 6, N-degree hashing, is only needed when two
 * blank nodes share a hash). Returns undefined when step 6 would be needed; the caller then hands the
 * input to rdf-canonize.
 *
 * @module canonical
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { Quad } from './json-to-quads.js'

/** Canonical N-Quads of `quads` (no duplicates), or undefined when blank nodes need N-degree hashing. */
export function canonicaliseQuads(quads: readonly Quad[]): string | undefined {
  const mentions = blankNodeQuads(quads)
  const byHash = new Map<string, string>()
  for (const [blank, related] of mentions) {
    const hash = firstDegreeHash(blank, related)
    if (byHash.has(hash)) return undefined
    byHash.set(hash, blank)
  }
  const labels = new Map<string, string>()
  for (const hash of [...byHash.keys()].sort()) labels.set(byHash.get(hash) as string, `_:c14n${labels.size}`)
  const relabel = (term: string): string => labels.get(term) ?? term
  return quads.map((q) => line(relabel(q.s), q.p, relabel(q.o), relabel(q.g))).sort().join('')
}

/** Each blank node with the quads that mention it (as subject, object or graph name), in first-seen order. */
function blankNodeQuads(quads: readonly Quad[]): Map<string, Quad[]> {
  const out = new Map<string, Quad[]>()
  const add = (term: string, quad: Quad): void => {
    const list = out.get(term)
    if (list === undefined) out.set(term, [quad])
    else if (list[list.length - 1] !== quad) list.push(quad)
  }
  for (const quad of quads) {
    if (isBlank(quad.s)) add(quad.s, quad)
    if (isBlank(quad.o)) add(quad.o, quad)
    if (isBlank(quad.g)) add(quad.g, quad)
  }
  return out
}

/** RDFC-1.0 §4.6: the quads of `blank`, it written `_:a` and other blank nodes `_:z`, sorted, hashed. */
function firstDegreeHash(blank: string, related: readonly Quad[]): string {
  const mark = (term: string): string => (isBlank(term) ? (term === blank ? '_:a' : '_:z') : term)
  const lines = related.map((q) => line(mark(q.s), q.p, mark(q.o), mark(q.g))).sort()
  return bytesToHex(sha256(utf8ToBytes(lines.join(''))))
}

/** The quads as N-Quads lines (input for rdf-canonize when N-degree hashing is needed). */
export function serialiseQuads(quads: readonly Quad[]): string {
  return quads.map((q) => line(q.s, q.p, q.o, q.g)).join('')
}

function line(s: string, p: string, o: string, g: string): string {
  return g === '' ? `${s} ${p} ${o} .\n` : `${s} ${p} ${o} ${g} .\n`
}

function isBlank(term: string): boolean {
  return term.startsWith('_:')
}
