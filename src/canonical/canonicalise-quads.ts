/**
 * Internal: RDFC-1.0 (W3C RDF Dataset Canonicalization) over quads already written as N-Quads terms:
 * first-degree hashes label most blank nodes; blank nodes sharing one are ordered by N-degree hashing
 * (§4.8–4.9), bounded as rdf-canonize bounds it (`maxWorkFactor`: at most n^factor N-degree calls for
 * the n blank nodes that need them; an abort `signal`). Errors carry rdf-canonize's messages.
 *
 * @module canonical
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { Quad } from './json-to-quads.js'

/** Bounds on N-degree hashing. */
export interface CanonicalisationBounds {
  /** rdf-canonize `maxWorkFactor` (default 1). */
  maxWorkFactor?: number | undefined
  /** Aborts N-degree hashing. */
  signal?: AbortSignal | undefined
}

/**
 * Canonical N-Quads of `quads` (no duplicates), or undefined when N-degree hashing would meet a
 * predicate IRI that needed escaping (rdf-canonize hashes those unescaped; the caller hands such
 * input to rdf-canonize).
 */
export function canonicaliseQuads(quads: readonly Quad[], bounds: CanonicalisationBounds = {}): string | undefined {
  const state = new Canonicalisation(quads, bounds)
  const labels = state.run()
  if (labels === undefined) return undefined
  const relabel = (term: string): string => {
    const label = labels.get(term)
    return label === undefined ? term : `_:${label}`
  }
  return quads.map((q) => line(relabel(q.s), q.p, relabel(q.o), relabel(q.g))).sort().join('')
}

/** The quads as N-Quads lines (input for rdf-canonize). */
export function serialiseQuads(quads: readonly Quad[]): string {
  return quads.map((q) => line(q.s, q.p, q.o, q.g)).join('')
}

/** Issues `<prefix><n>` identifiers in order, remembering which blank node got which. */
class Issuer {
  constructor(readonly prefix: string, readonly issued: Map<string, string> = new Map(), private counter = 0) {}
  has(id: string): boolean {
    return this.issued.has(id)
  }
  get(id: string): string {
    let label = this.issued.get(id)
    if (label === undefined) this.issued.set(id, (label = `${this.prefix}${this.counter++}`))
    return label
  }
  clone(): Issuer {
    return new Issuer(this.prefix, new Map(this.issued), this.counter)
  }
}

class Canonicalisation {
  private readonly mentions: Map<string, Quad[]>
  private readonly firstDegree = new Map<string, string>()
  private readonly canonical = new Issuer('c14n')
  private maxDeep = 0
  private remaining = 0
  private permutations = 0

  constructor(quads: readonly Quad[], private readonly bounds: CanonicalisationBounds) {
    this.mentions = blankNodeQuads(quads)
  }

  /** Canonical labels (`c14nN`) by blank node, or undefined (see {@link canonicaliseQuads}). */
  run(): Map<string, string> | undefined {
    const byHash = new Map<string, string[]>()
    for (const [blank, related] of this.mentions) {
      const hash = firstDegreeHash(blank, related)
      this.firstDegree.set(blank, hash)
      const list = byHash.get(hash)
      if (list === undefined) byHash.set(hash, [blank])
      else list.push(blank)
    }
    const shared: string[][] = []
    for (const hash of [...byHash.keys()].sort()) {
      const list = byHash.get(hash) as string[]
      if (list.length > 1) shared.push(list)
      else this.canonical.get(list[0] as string)
    }
    if (shared.length === 0) return this.canonical.issued
    if (shared.some((list) => list.some((b) => (this.mentions.get(b) as Quad[]).some((q) => q.p.includes('\\'))))) return undefined
    this.limitWork(shared.reduce((n, list) => n + list.length, 0))
    for (const list of shared) this.labelShared(list)
    return this.canonical.issued
  }

  private limitWork(count: number): void {
    const factor = this.bounds.maxWorkFactor ?? 1
    this.maxDeep = factor === 0 ? 0 : factor === Infinity ? Infinity : count ** factor
    if (this.maxDeep > Number.MAX_SAFE_INTEGER) this.maxDeep = Infinity
    this.remaining = this.maxDeep
  }

  /** RDFC-1.0 §4.4.3 step 5: blank nodes sharing a first-degree hash, ordered by their N-degree hashes. */
  private labelShared(list: string[]): void {
    const results: Array<{ hash: string; issuer: Issuer }> = []
    for (const blank of list) {
      if (this.canonical.has(blank)) continue
      const issuer = new Issuer('b')
      issuer.get(blank)
      results.push(this.nDegreeHash(blank, issuer))
    }
    results.sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0))
    for (const result of results) for (const blank of result.issuer.issued.keys()) this.canonical.get(blank)
  }

  /** RDFC-1.0 §4.9 Hash N-Degree Quads. */
  private nDegreeHash(blank: string, start: Issuer): { hash: string; issuer: Issuer } {
    if (this.remaining === 0) throw new Error(`Maximum deep iterations exceeded (${this.maxDeep}).`)
    this.remaining--
    let issuer = start
    const related = this.relatedByHash(blank, issuer)
    let data = ''
    for (const hash of [...related.keys()].sort()) {
      data += hash
      let chosenPath = ''
      let chosenIssuer = issuer
      for (const permutation of permutations(related.get(hash) as string[])) {
        this.checkAbort()
        const tried = this.tryPermutation(permutation, issuer, chosenPath)
        if (tried !== undefined && (chosenPath === '' || tried.path < chosenPath)) {
          chosenPath = tried.path
          chosenIssuer = tried.issuer
        }
      }
      data += chosenPath
      issuer = chosenIssuer
    }
    return { hash: sha256Hex(data), issuer }
  }

  /** §4.9 step 5.4: the path of one permutation, or undefined once it is known to lose to `chosen`. */
  private tryPermutation(permutation: readonly string[], issuer: Issuer, chosen: string): { path: string; issuer: Issuer } | undefined {
    let copy = issuer.clone()
    let path = ''
    const recursion: string[] = []
    for (const node of permutation) {
      if (this.canonical.has(node)) path += `_:${this.canonical.get(node)}`
      else {
        if (!copy.has(node)) recursion.push(node)
        path += `_:${copy.get(node)}`
      }
      if (chosen !== '' && path > chosen) return undefined
    }
    for (const node of recursion) {
      const result = this.nDegreeHash(node, copy)
      path += `_:${copy.get(node)}<${result.hash}>`
      copy = result.issuer
      if (chosen !== '' && path > chosen) return undefined
    }
    return { path, issuer: copy }
  }

  /** §4.9 steps 1–3: the blank nodes related to `blank`, grouped by their related hash (§4.7). */
  private relatedByHash(blank: string, issuer: Issuer): Map<string, string[]> {
    const out = new Map<string, string[]>()
    const add = (node: string, quad: Quad, position: 's' | 'o' | 'g'): void => {
      if (!isBlank(node) || node === blank) return
      const hash = this.relatedHash(node, quad, issuer, position)
      const list = out.get(hash)
      if (list === undefined) out.set(hash, [node])
      else list.push(node)
    }
    for (const quad of this.mentions.get(blank) as Quad[]) {
      add(quad.s, quad, 's')
      add(quad.o, quad, 'o')
      add(quad.g, quad, 'g')
    }
    return out
  }

  /** §4.7 Hash Related Blank Node. */
  private relatedHash(node: string, quad: Quad, issuer: Issuer, position: 's' | 'o' | 'g'): string {
    const id = this.canonical.has(node) ? `_:${this.canonical.get(node)}` : issuer.has(node) ? `_:${issuer.get(node)}` : (this.firstDegree.get(node) as string)
    return sha256Hex(position === 'g' ? `${position}${id}` : `${position}${quad.p}${id}`)
  }

  private checkAbort(): void {
    const signal = this.bounds.signal
    if (++this.permutations % 3 === 0 && signal?.aborted) throw new Error(`Abort signal received: "${String(signal.reason)}".`)
  }
}

/**
 * Every permutation of `items` (sorted first), in Steinhaus–Johnson–Trotter order as rdf-canonize's
 * Permuter produces them.
 */
function* permutations(items: readonly string[]): Generator<string[]> {
  const current = [...items].sort()
  const left = new Map(current.map((item) => [item, true]))
  for (;;) {
    yield current.slice()
    let k: string | null = null
    let pos = 0
    for (let i = 0; i < current.length; i++) {
      const element = current[i] as string
      const towardsLeft = left.get(element) as boolean
      const mobile = towardsLeft ? i > 0 && element > (current[i - 1] as string) : i < current.length - 1 && element > (current[i + 1] as string)
      if ((k === null || element > k) && mobile) {
        k = element
        pos = i
      }
    }
    if (k === null) return
    const swap = left.get(k) ? pos - 1 : pos + 1
    current[pos] = current[swap] as string
    current[swap] = k
    for (const element of current) if (element > k) left.set(element, !left.get(element))
  }
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
  return sha256Hex(related.map((q) => line(mark(q.s), q.p, mark(q.o), mark(q.g))).sort().join(''))
}

function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)))
}

function line(s: string, p: string, o: string, g: string): string {
  return g === '' ? `${s} ${p} ${o} .\n` : `${s} ${p} ${o} ${g} .\n`
}

function isBlank(term: string): boolean {
  return term.startsWith('_:')
}
