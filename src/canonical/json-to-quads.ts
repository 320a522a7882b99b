/**
 * Internal: a JSON-LD document that uses only pinned contexts, turned straight into RDF quads, the
 * way jsonld.js's `toRDF` (expansion, node map, object-to-RDF) would, in one synchronous walk over the
 * JSON. Term definitions come from jsonld.js ({@link ContextCache}).
 *
 * The walk covers what credentials use: node objects with `id`/`type`, terms and IRIs as keys,
 * strings, numbers, booleans, `@id`/`@vocab`/datatype coercion, `@set`, `@list` and `@graph`
 * containers, property- and type-scoped contexts, and `{ "@value", "@language" }` objects. Anything
 * else, and anything jsonld.js safe mode would drop or reject (an undefined term, a relative IRI, an
 * empty top-level object, ...), raises {@link Unsupported}: the caller falls back to jsonld.js, which
 * then decides, so the fast path is never less strict than safe mode.
 *
 * @module canonical
 */
import { ContextCache, Unsupported, type ActiveContext } from './context-cache.js'
import { RDF_FIRST, RDF_NIL, RDF_REST, RDF_TYPE, iriTerm, isAbsolute, literalTerm, nativeLiteral } from './nquads-terms.js'

/** One quad as N-Quads terms; `g` is '' for the default graph. */
export interface Quad {
  s: string
  p: string
  o: string
  g: string
}

const BCP47 = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/
const VALUE_OBJECT_KEYS = new Set(['@value', '@language'])
const ALLOWED_CONTAINERS = new Set(['@set', '@list', '@graph'])

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

/** The quads of `document` (its `@context`: one pinned URL or an array of them). */
export function jsonToQuads(document: Record<string, unknown>, cache: ContextCache, allowed: (url: string) => boolean = () => true): Quad[] {
  const urls = contextUrls(document['@context'], allowed)
  const walk = new Walk(cache, allowed)
  walk.node(document as JsonObject, cache.root(urls), null, '', 'top')
  return walk.quads
}

function contextUrls(context: unknown, allowed: (url: string) => boolean): string[] {
  const list = Array.isArray(context) ? context : [context]
  if (list.length === 0 || !list.every((c): c is string => typeof c === 'string')) throw new Unsupported('@context must be one URL or an array of URLs')
  const refused = list.find((url) => !allowed(url))
  if (refused !== undefined) throw new Unsupported(`context ${refused} is not allowed`)
  return list
}

/** Where a node object sits: at the top, in a `@graph` container (both dropped when empty), or as a value. */
type Position = 'top' | 'graph' | 'value'

class Walk {
  readonly quads: Quad[] = []
  private readonly seen = new Set<string>()
  private blanks = 0

  constructor(private readonly cache: ContextCache, private readonly allowed: (url: string) => boolean) {}

  /** Walks a node object; returns its subject term. */
  node(element: JsonObject, active: ActiveContext, activeProperty: string | null, graph: string, position: Position): string {
    const keys = Object.keys(element).sort()
    const { ctx, typeScoped, typeKeys } = this.nodeContext(element, keys, active, activeProperty)
    let subject: string | undefined
    const types: string[] = []
    const properties: Array<[string, string]> = []
    for (const key of keys) {
      if (key === '@context') continue
      const expanded = this.cache.key(ctx, key)
      if (expanded === null || (!expanded.startsWith('@') && !isAbsolute(expanded))) throw new Unsupported(`"${key}" is not defined by the contexts`)
      if (expanded.startsWith('_:')) throw new Unsupported(`"${key}" expands to a blank node`)
      if (expanded === '@id') {
        if (subject !== undefined) throw new Unsupported('two keys expand to @id')
        subject = this.identifier(ctx, element[key] as Json)
      } else if (expanded === '@type') {
        if (!typeKeys.includes(key)) throw new Unsupported(`"${key}" expands to @type only after type-scoped contexts`)
        for (const type of typeValues(element[key] as Json)) types.push(this.typeIri(typeScoped, type))
      } else if (expanded.startsWith('@')) {
        throw new Unsupported(`keyword ${expanded}`)
      } else {
        properties.push([key, iriTerm(expanded)])
      }
    }
    if (typeKeys.some((k) => this.cache.key(ctx, k) !== '@type')) throw new Unsupported('a type key is redefined by a type-scoped context')
    const present = properties.filter(([key]) => element[key] !== null).length + (subject === undefined ? 0 : 1) + (types.length > 0 ? 1 : 0)
    if (present === 0) throw new Unsupported('empty node object')
    if (position !== 'value' && present === 1 && subject !== undefined) throw new Unsupported('node object with only an id')
    const s = subject ?? this.blank()
    for (const type of types) this.emit(s, RDF_TYPE, type, graph)
    for (const [key, predicate] of properties) this.property(s, key, predicate, element[key] as Json, ctx, graph)
    return s
  }

  /**
   * The active context inside a node object, as jsonld.js's expansion computes it: a type-scoped
   * context of the enclosing node is reverted (unless this is a node reference), the property's
   * scoped context applied, then the scoped contexts of the node's types, in sorted order.
   */
  private nodeContext(element: JsonObject, keys: string[], active: ActiveContext, activeProperty: string | null): { ctx: ActiveContext; typeScoped: ActiveContext; typeKeys: string[] } {
    let ctx = active
    if (active.previousContext) {
      const reference = keys.length === 1 && this.cache.key(active, keys[0] as string) === '@id'
      if (!reference) ctx = this.cache.revert(active)
    }
    const scoped = activeProperty === null ? undefined : this.cache.value(active, activeProperty, '@context')
    if (scoped !== undefined) ctx = this.cache.derive(ctx, scoped, 'property')
    // The top-level @context is the root context already; an embedded one is applied here.
    if (activeProperty !== null && '@context' in element) ctx = this.cache.derive(ctx, contextUrls(element['@context'], this.allowed), 'embedded')
    const typeScoped = ctx
    const typeKeys: string[] = []
    for (const key of keys) {
      if (key === '@context' || this.cache.key(ctx, key) !== '@type') continue
      typeKeys.push(key)
      const values = typeValues(element[key] as Json)
      for (const type of values.length > 1 ? [...values].sort() : values) {
        const local = this.cache.value(typeScoped, type, '@context')
        if (local !== undefined) ctx = this.cache.derive(ctx, local, 'type')
      }
    }
    return { ctx, typeScoped, typeKeys }
  }

  private property(subject: string, key: string, predicate: string, value: Json, ctx: ActiveContext, graph: string): void {
    const containers = (this.cache.value(ctx, key, '@container') as string[] | null) ?? []
    if (!containers.every((c) => ALLOWED_CONTAINERS.has(c))) throw new Unsupported(`"${key}" has a ${containers.join(', ')} container`)
    if ((ctx.mappings.get(key) as { reverse?: boolean } | null | undefined)?.reverse) throw new Unsupported(`"${key}" is a reverse property`)
    if (this.cache.value(ctx, key, '@type') === '@json') throw new Unsupported(`"${key}" is a JSON literal`)
    const scoped = this.cache.value(ctx, key, '@context')
    const termCtx = scoped === undefined ? ctx : this.cache.derive(ctx, scoped, 'property')
    if (this.cache.value(termCtx, key, '@type') === '@json') throw new Unsupported(`"${key}" is a JSON literal`)
    if (value === null) return
    const items = Array.isArray(value) ? value : [value]
    if (items.some(Array.isArray)) throw new Unsupported(`"${key}" has nested arrays`)
    if (containers.includes('@list')) {
      if (containers.includes('@graph')) throw new Unsupported(`"${key}" is a list of graphs`)
      const objects = items.map((item) => this.object(item, termCtx, key, graph)).filter((o): o is string => o !== null)
      // jsonld.js never merges list values: the same node listing an empty list twice yields the rdf:nil quad twice.
      this.emit(subject, predicate, this.list(objects, graph), graph, true)
      return
    }
    for (const item of items) {
      const object = containers.includes('@graph') ? this.namedGraph(item, termCtx, key) : this.object(item, termCtx, key, graph)
      if (object !== null) this.emit(subject, predicate, object, graph)
    }
  }

  /** A value in a `@graph` container: its node goes into a new blank-node-named graph. */
  private namedGraph(item: Json, ctx: ActiveContext, key: string): string | null {
    if (item === null) return null
    if (typeof item !== 'object' || Array.isArray(item) || '@value' in item) throw new Unsupported(`"${key}" (a graph container) holds a value`)
    const name = this.blank()
    this.node(item, ctx, key, name, 'graph')
    return name
  }

  /** The object term of one value of `key`, or null when the value is dropped (null). */
  private object(item: Json, ctx: ActiveContext, key: string, graph: string): string | null {
    if (item === null) return null
    if (typeof item !== 'object') return this.scalar(item, ctx, key)
    if (Array.isArray(item)) throw new Unsupported('nested array')
    if ('@value' in item) return valueObject(item)
    return this.node(item, ctx, key, graph, 'value')
  }

  /** A string, number or boolean under `key`'s coercion: an IRI or a literal. */
  private scalar(value: string | number | boolean, ctx: ActiveContext, key: string): string {
    const type = this.cache.value(ctx, key, '@type') as string | null
    if (typeof value === 'string' && (type === '@id' || type === '@vocab')) {
      const iri = type === '@id' ? this.cache.id(ctx, value) : this.cache.vocab(ctx, value)
      return namedNode(iri, value)
    }
    const datatype = type !== null && type !== '@id' && type !== '@vocab' && type !== '@none' ? type : null
    if (datatype !== null && (!isAbsolute(datatype) || datatype.startsWith('_:'))) throw new Unsupported(`"${key}" has datatype ${datatype}`)
    if (datatype === null && typeof value === 'string') {
      if (this.cache.value(ctx, key, '@language') !== null) throw new Unsupported(`"${key}" has a default language`)
      if (this.cache.value(ctx, key, '@direction') !== null) throw new Unsupported(`"${key}" has a default direction`)
    }
    return nativeLiteral(value, datatype)
  }

  private identifier(ctx: ActiveContext, value: Json): string {
    if (typeof value !== 'string') throw new Unsupported('@id is not a string')
    return namedNode(this.cache.id(ctx, value), value)
  }

  private typeIri(ctx: ActiveContext, value: string): string {
    const iri = this.cache.type(ctx, value)
    if (iri === '@json') throw new Unsupported('@type @json')
    return namedNode(iri, value)
  }

  private list(objects: string[], graph: string): string {
    if (objects.length === 0) return RDF_NIL
    const head = this.blank()
    let node = head
    objects.forEach((object, i) => {
      const next = i === objects.length - 1 ? RDF_NIL : this.blank()
      this.emit(node, RDF_FIRST, object, graph)
      this.emit(node, RDF_REST, next, graph)
      node = next
    })
    return head
  }

  private blank(): string {
    return `_:b${this.blanks++}`
  }

  /** Adds a quad; a repeat is dropped (jsonld.js's node map merges values) unless it is a list's. */
  private emit(s: string, p: string, o: string, g: string, list = false): void {
    const key = `${s} ${p} ${o} ${g}`
    if (!list && this.seen.has(key)) return
    this.seen.add(key)
    this.quads.push({ s, p, o, g })
  }
}

function typeValues(value: Json): string[] {
  const values = Array.isArray(value) ? value : [value]
  if (!values.every((v): v is string => typeof v === 'string')) throw new Unsupported('@type values must be strings')
  return values
}

/** An IRI term for an expanded identifier; anything jsonld.js would drop or label as a blank node is refused. */
function namedNode(iri: string | null, original: string): string {
  if (iri === null || iri.startsWith('@')) throw new Unsupported(`reserved identifier ${JSON.stringify(original)}`)
  if (iri.startsWith('_:')) throw new Unsupported(`blank node identifier ${JSON.stringify(original)}`)
  if (!isAbsolute(iri)) throw new Unsupported(`relative IRI ${JSON.stringify(original)}`)
  return iriTerm(iri)
}

/** `{ "@value": v }` or `{ "@value": "text", "@language": "nl" }`. */
function valueObject(item: JsonObject): string {
  if (!Object.keys(item).every((k) => VALUE_OBJECT_KEYS.has(k))) throw new Unsupported('value object with keys other than @value and @language')
  const value = item['@value']
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw new Unsupported('@value is not a string, number or boolean')
  if (!('@language' in item)) return nativeLiteral(value, null)
  const language = item['@language']
  if (typeof value !== 'string' || typeof language !== 'string' || !BCP47.test(language)) throw new Unsupported('invalid language-tagged value')
  return literalTerm(value, '', language.toLowerCase())
}
