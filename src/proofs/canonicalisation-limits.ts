/**
 * Bounds on the work of RDF canonicalisation (RDFC-1.0 via jsonld.js and rdf-canonize), so a
 * "poison" document yields `RESOURCE_LIMIT_EXCEEDED` instead of a hang.
 *
 * Three bounds, because no single one covers every slow path:
 * - `maxArrayItems` (checked before any JSON-LD work): jsonld.js's node map de-duplicates every value
 *   it adds to a property, which is quadratic in the length of one JSON array (20,000 sibling objects
 *   take seconds in `toRDF`, synchronously, before rdf-canonize starts).
 * - `maxWorkFactor` (rdf-canonize): N-degree hashing of blank nodes that share a first-degree hash is
 *   capped at `n ** maxWorkFactor` calls, `n` being the number of such blank nodes.
 * - `canonicalisationMs` (wall clock, shared by all proofs of one verification): an `AbortSignal`
 *   rdf-canonize checks while it permutes blank nodes, a timer that wins wherever the work yields,
 *   and a final check of the elapsed time, so work that could not be interrupted is still refused.
 *
 * @module proofs
 */

/** Canonicalisation bounds; every field has a default in {@link DEFAULT_CANONICALISATION_LIMITS}. */
export interface CanonicalisationLimits {
  /** Longest JSON array accepted before canonicalising. Default 1,000. */
  maxArrayItems: number
  /** rdf-canonize `maxWorkFactor` (0 = no N-degree hashing, 1 = O(n), 2 = O(n²), ...). Default 1. */
  maxWorkFactor: number
  /** Wall-clock budget in milliseconds for all canonicalisation of one verification. Default 2,000. */
  canonicalisationMs: number
}

/**
 * The defaults: `maxWorkFactor` 1 is rdf-canonize's own default and what jsonld-signatures uses
 * when this library signs, so everything the library issues verifies under it.
 */
export const DEFAULT_CANONICALISATION_LIMITS: Readonly<CanonicalisationLimits> = Object.freeze({
  maxArrayItems: 1000,
  maxWorkFactor: 1,
  canonicalisationMs: 2000,
})

/** The first JSON array longer than `maxItems`, depth first, with its JSON path. */
export function findOversizedArray(value: unknown, maxItems: number): { path: string; length: number } | undefined {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: '$' }]
  while (stack.length > 0) {
    const { value: v, path } = stack.pop() as { value: unknown; path: string }
    if (typeof v !== 'object' || v === null) continue
    if (Array.isArray(v)) {
      if (v.length > maxItems) return { path, length: v.length }
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: `${path}[${i}]` })
      continue
    }
    const entries = Object.entries(v)
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [string, unknown]
      stack.push({ value: child, path: /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]` })
    }
  }
  return undefined
}

/** Raised (and classified as `RESOURCE_LIMIT_EXCEEDED`) when canonicalisation runs over its budget. */
export class CanonicalisationLimitError extends Error {
  override readonly name = 'CanonicalisationLimitError'
}

/**
 * A wall-clock budget for canonicalisation, shared by the proofs of one verification. `signal` aborts
 * at the deadline (rdf-canonize checks it between blank-node permutations).
 */
export class CanonicalisationBudget {
  readonly ms: number
  private readonly deadline: number
  private readonly controller = new AbortController()
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(ms: number, private readonly clock: () => number = () => performance.now()) {
    this.ms = ms
    this.deadline = clock() + Math.max(0, ms)
  }

  /** Aborts at the deadline. */
  get signal(): AbortSignal {
    if (this.timer === undefined && !this.controller.signal.aborted) {
      const left = this.remaining()
      if (left <= 0) this.abort()
      else {
        this.timer = setTimeout(() => this.abort(), left)
        ;(this.timer as { unref?: () => void }).unref?.()
      }
    }
    return this.controller.signal
  }

  /** Milliseconds left (0 when spent). */
  remaining(): number {
    return Math.max(0, this.deadline - this.clock())
  }

  /** True when the deadline has passed. */
  expired(): boolean {
    return this.clock() >= this.deadline
  }

  /**
   * Runs `work` within the budget: rejects with {@link CanonicalisationLimitError} when the deadline
   * passes first (wherever `work` yields to the event loop) or when `work` finished after it.
   */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.expired()) throw this.error()
    const signal = this.signal
    let onAbort: (() => void) | undefined
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(this.error())
      if (signal.aborted) onAbort()
      else signal.addEventListener('abort', onAbort, { once: true })
    })
    aborted.catch(() => undefined)
    try {
      const result = await Promise.race([work(), aborted])
      if (this.expired()) throw this.error()
      return result
    } finally {
      if (onAbort) signal.removeEventListener('abort', onAbort)
    }
  }

  /** Stops the timer. */
  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer)
    this.timer = undefined
  }

  private abort(): void {
    this.controller.abort(this.error())
  }

  private error(): CanonicalisationLimitError {
    return new CanonicalisationLimitError(`canonicalisation took longer than the ${this.ms} ms budget (limits.canonicalisationMs)`)
  }
}
