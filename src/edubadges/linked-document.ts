/**
 * Internal: a document the caller passed beside the one being imported (`options.badgeClass`,
 * `options.issuer`) for a node that names it by URL only.
 *
 * @module edubadges
 */
import { describeValue, isObject, type ImportContext, type Node } from './import-context.js'

/**
 * A linked document given in the options, with the root of its paths, and whether the import used it
 * (unused ones are reported).
 *
 * @example
 * ```ts
 * const doc: LinkedDocument = { value: issuerJson, root: 'issuer:$', used: false }
 * ```
 */
export interface LinkedDocument {
  readonly value: unknown
  readonly root: string
  used: boolean
}

/** How the linked document is named in messages: `options.issuer`, `an OB 2.0 Issuer`, `issuer`. */
export interface LinkedNames {
  option: string
  kind: string
  noun: string
}

/**
 * Takes `linked` for the node at `path` that names its document by `url`: marks it used, refuses a
 * non-object, warns when its id is another than `url`. Returns the node to read, or undefined.
 */
export function useLinked(ctx: ImportContext, linked: LinkedDocument, path: string, url: string | undefined, names: LinkedNames): Node | undefined {
  linked.used = true
  if (!isObject(linked.value)) {
    ctx.warn(linked.root, `${names.option} must be a JSON object (${names.kind}), got ${describeValue(linked.value)}: not used`)
    return undefined
  }
  const linkedId = linked.value.id
  if (url !== undefined && typeof linkedId === 'string' && linkedId !== url) {
    ctx.warn(path, `names the ${names.noun} ${url}, but ${names.option} is ${linkedId}: ${names.option} is used`)
  }
  return { value: linked.value, path: linked.root }
}
