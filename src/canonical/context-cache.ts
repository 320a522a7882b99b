/**
 * Internal: the pinned JSON-LD contexts processed once by jsonld.js itself, and everything derived
 * from them (property- and type-scoped contexts, reverted contexts, expanded terms), cached so the
 * fast path reads term definitions synchronously.
 *
 * Context processing in jsonld.js is asynchronous; the walker is not. A lookup that misses throws
 * {@link NeedsContext}, whose `load()` does the jsonld.js work; the caller then walks again. Misses
 * are bounded by the number of distinct (context, scoped context) pairs the pinned contexts have.
 *
 * @module canonical
 */
import contextApi, { type ActiveContext } from 'jsonld/lib/context.js'
import ContextResolver from 'jsonld/lib/ContextResolver.js'
import { bundledContexts, optInContexts } from '../contexts/bundled-contexts.js'

export type { ActiveContext }

/** Raised inside the walker for input outside the fast path; the message says what. */
export class Unsupported extends Error {
  override readonly name = 'Unsupported'
}

/** Raised inside the walker when a context has to be processed first (asynchronously). */
export class NeedsContext extends Error {
  override readonly name = 'NeedsContext'
  constructor(readonly load: () => Promise<void>) {
    super('a context has to be processed first')
  }
}

type Scope = 'property' | 'type' | 'embedded'
type Derived = ActiveContext | Unsupported

/** The pinned context documents the fast path processes, by URL. */
const PINNED: ReadonlyMap<string, unknown> = new Map<string, unknown>([...bundledContexts(), ...optInContexts()])

/** True when `url` is a context the fast path knows (its bytes are pinned in the package). */
export function isPinnedContext(url: string): boolean {
  return PINNED.has(url)
}

/**
 * How many distinct `@context` URL lists (top-level or embedded) are processed and kept. The lists
 * come from the input, so a long-running verifier fed many different orderings of the pinned URLs
 * would otherwise keep growing; past the cap such documents go to jsonld.js (with its own bounded cache).
 */
export const MAX_CONTEXT_LISTS = 256

/** Processed contexts and derived lookups, shared by every canonicalisation in the process. */
export class ContextCache {
  private readonly roots = new Map<string, Derived>()
  private lists = 0

  /** `maxLists`: the cap on distinct `@context` lists (default {@link MAX_CONTEXT_LISTS}). */
  constructor(private readonly maxLists: number = MAX_CONTEXT_LISTS) {}
  private readonly derived = new WeakMap<ActiveContext, Map<unknown, Map<Scope, Derived>>>()
  private readonly reverted = new WeakMap<ActiveContext, ActiveContext>()
  private readonly keys = new WeakMap<ActiveContext, Map<string, string | null>>()
  private readonly types = new WeakMap<ActiveContext, Map<string, string | null>>()
  private readonly options: Record<string, unknown> = {
    // The same options jsonld.js's toRDF runs with in the cryptosuites: safe mode, no base IRI.
    safe: true,
    base: null,
    documentLoader: async (url: string) => {
      if (!PINNED.has(url)) throw new Unsupported(`not a pinned context: ${url}`)
      return { contextUrl: null, documentUrl: url, document: structuredClone(PINNED.get(url)) }
    },
    contextResolver: new ContextResolver({ sharedCache: new Map<string, unknown>() }),
  }

  /** The active context of a top-level `@context` of pinned URLs. */
  root(urls: readonly string[]): ActiveContext {
    const key = urls.join('\n')
    const hit = this.roots.get(key)
    if (hit === undefined) {
      this.countList()
      throw new NeedsContext(async () => {
        this.roots.set(key, await this.process(() => contextApi.process({ activeCtx: contextApi.getInitialContext(this.options), localCtx: [...urls], options: this.options })))
      })
    }
    return unwrap(hit)
  }

  /**
   * `ctx` with a context applied: property-scoped (propagates, may override protected terms),
   * type-scoped (does not propagate), or embedded in a node object (pinned URLs, keyed by them).
   */
  derive(ctx: ActiveContext, local: unknown, scope: Scope): ActiveContext {
    let byLocal = this.derived.get(ctx)
    if (byLocal === undefined) this.derived.set(ctx, (byLocal = new Map()))
    const key = scope === 'embedded' ? (local as string[]).join('\n') : local
    let byScope = byLocal.get(key)
    if (byScope === undefined) byLocal.set(key, (byScope = new Map()))
    const hit = byScope.get(scope)
    if (hit === undefined) {
      if (scope === 'embedded') this.countList()
      const target = byScope
      throw new NeedsContext(async () => {
        const flags = scope === 'property' ? { propagate: true, overrideProtected: true } : scope === 'type' ? { propagate: false } : {}
        target.set(scope, await this.process(() => contextApi.process({ activeCtx: ctx, localCtx: local, options: this.options, ...flags })))
      })
    }
    return unwrap(hit)
  }

  private countList(): void {
    if (this.lists >= this.maxLists) throw new Unsupported(`more than ${this.maxLists} distinct @context lists seen in this process`)
    this.lists++
  }

  /** The context before a type-scoped context was applied (jsonld.js clones it; the clone is kept). */
  revert(ctx: ActiveContext): ActiveContext {
    if (!ctx.previousContext) return ctx
    let hit = this.reverted.get(ctx)
    if (hit === undefined) this.reverted.set(ctx, (hit = ctx.revertToPreviousContext()))
    return hit
  }

  /** A key (term, compact IRI or IRI) expanded against the vocabulary: an IRI, a keyword, or null. */
  key(ctx: ActiveContext, key: string): string | null {
    return memo(this.keys, ctx, key, () => contextApi.expandIri(ctx, key, { vocab: true }, this.options))
  }

  /** A `@type` value expanded as jsonld.js expands types (vocabulary first, then as an IRI). */
  type(ctx: ActiveContext, value: string): string | null {
    return memo(this.types, ctx, value, () => contextApi.expandIri(ctx, value, { base: true, vocab: true }, { ...this.options, typeExpansion: true }))
  }

  /** A node identifier (`@id`, or a value coerced to `@id`) expanded as an IRI. */
  id(ctx: ActiveContext, value: string): string | null {
    return contextApi.expandIri(ctx, value, { base: true }, this.options)
  }

  /** A value coerced to `@vocab` expanded (vocabulary first, then as an IRI). */
  vocab(ctx: ActiveContext, value: string): string | null {
    return contextApi.expandIri(ctx, value, { base: true, vocab: true }, this.options)
  }

  /** A term's definition entry (`@container`, `@type`, `@context`, `@language`, `@direction`), as jsonld.js reads it. */
  value(ctx: ActiveContext, key: string, entry: string): unknown {
    return contextApi.getContextValue(ctx, key, entry)
  }

  private async process(work: () => Promise<ActiveContext>): Promise<Derived> {
    try {
      return await work()
    } catch (error) {
      return new Unsupported(`jsonld.js refused a context: ${(error as Error)?.message ?? String(error)}`)
    }
  }
}

function unwrap(hit: Derived): ActiveContext {
  if (hit instanceof Unsupported) throw hit
  return hit
}

function memo<V>(maps: WeakMap<ActiveContext, Map<string, V>>, ctx: ActiveContext, key: string, compute: () => V): V {
  let map = maps.get(ctx)
  if (map === undefined) maps.set(ctx, (map = new Map()))
  if (map.has(key)) return map.get(key) as V
  const value = compute()
  map.set(key, value)
  return value
}
