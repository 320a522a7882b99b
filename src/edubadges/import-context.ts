/**
 * Internal: the bookkeeping of one import. Every value of the input is either taken (it lands in the
 * spec, or a note names it) or, at the end, reported as not imported. So nothing is lost silently.
 *
 * @module edubadges
 */
import type { ImportNote } from './types.js'

/**
 * A JSON object of the input.
 *
 * @example
 * ```ts
 * const doc: Json = { type: 'BadgeClass' }
 * ```
 */
export type Json = Record<string, unknown>

/**
 * One object of the input with its path.
 *
 * @example
 * ```ts
 * const node: Node = { value: { name: 'Wondzorg' }, path: '$.badge' }
 * ```
 */
export interface Node {
  readonly value: Json
  readonly path: string
}

/**
 * True for a plain JSON object (not null, not an array).
 *
 * @example
 * ```ts
 * isObject({}) // true
 * isObject([]) // false
 * ```
 */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The JSON path of a child: `$.a`, `$["extensions:ECTSExtension"]`, `$.list[0]`.
 *
 * @example
 * ```ts
 * childPath('$', 'extensions:ECTSExtension') // '$["extensions:ECTSExtension"]'
 * ```
 */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`
  return /^[A-Za-z_$@][\w$@-]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`
}

/**
 * A short description of a value for messages: JSON, cut at 80 characters.
 *
 * @example
 * ```ts
 * describeValue('nl_NL') // '"nl_NL"'
 * ```
 */
export function describeValue(value: unknown): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

/**
 * Notes and used paths of one import.
 *
 * @example
 * ```ts
 * const ctx = new ImportContext()
 * const name = ctx.string({ value: json, path: '$' }, 'name')
 * ctx.reportUnused(json, '$')
 * ```
 */
export class ImportContext {
  /** The notes so far, in the order they were made. */
  readonly notes: ImportNote[] = []
  private readonly used = new Set<string>()

  /** Marks a path (and everything under it) as accounted for. */
  use(path: string): void {
    this.used.add(path)
  }

  /** An `info` note (a value was interpreted); the path counts as accounted for. */
  info(path: string, message: string): void {
    this.notes.push({ path, severity: 'info', message })
    this.used.add(path)
  }

  /** A note about a whole object (e.g. an inference from several fields); does not mark anything used. */
  note(severity: ImportNote['severity'], path: string, message: string): void {
    this.notes.push({ path, severity, message })
  }

  /** A `warning` note (a value was not imported); the path counts as accounted for. */
  warn(path: string, message: string): void {
    this.notes.push({ path, severity: 'warning', message })
    this.used.add(path)
  }

  /** The raw value of `key` (marked used); `undefined` when absent or `null`. */
  take(node: Node, key: string): unknown {
    const value = node.value[key]
    this.use(childPath(node.path, key))
    return value === null ? undefined : value
  }

  /** A string; another type is reported and gives `undefined`. Empty strings are kept (the spec check names them). */
  string(node: Node, key: string): string | undefined {
    const value = this.take(node, key)
    if (value === undefined || typeof value === 'string') return value
    this.warn(childPath(node.path, key), `must be a string (got ${describeValue(value)}): not imported`)
    return undefined
  }

  /** A boolean; another type is reported and gives `undefined`. */
  boolean(node: Node, key: string): boolean | undefined {
    const value = this.take(node, key)
    if (value === undefined || typeof value === 'boolean') return value
    this.warn(childPath(node.path, key), `must be true or false (got ${describeValue(value)}): not imported`)
    return undefined
  }

  /** A nested object as a node; another type is reported and gives `undefined`. Does not mark its members used. */
  object(node: Node, key: string): Node | undefined {
    const value = node.value[key]
    const path = childPath(node.path, key)
    if (value === undefined || value === null) { this.use(path); return undefined }
    if (isObject(value)) return { value, path }
    this.warn(path, `must be an object (got ${describeValue(value)}): not imported`)
    return undefined
  }

  /** A list; a single value counts as a list of one. Does not mark the items used. */
  list(node: Node, key: string): Array<{ value: unknown; path: string }> {
    const value = node.value[key]
    const path = childPath(node.path, key)
    if (value === undefined || value === null) { this.use(path); return [] }
    if (!Array.isArray(value)) return [{ value, path }]
    if (value.length === 0) this.use(path)
    return value.map((item, i) => ({ value: item, path: childPath(path, i) }))
  }

  /**
   * Warns about every value under `value` that nothing took or noted: "not imported". Empty strings,
   * `null`, empty lists and empty objects carry nothing and are skipped.
   */
  reportUnused(value: unknown, path: string): void {
    if (this.used.has(path) || value === null || value === undefined || value === '') return
    if (Array.isArray(value)) {
      value.forEach((item, i) => this.reportUnused(item, childPath(path, i)))
      return
    }
    if (isObject(value)) {
      for (const [key, item] of Object.entries(value)) this.reportUnused(item, childPath(path, key))
      return
    }
    this.warn(path, `${describeValue(value)} has no place in the spec: not imported`)
  }
}
