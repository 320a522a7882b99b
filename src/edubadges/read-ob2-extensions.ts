/** Internal: the `extensions:<Name>Extension` objects of an OB 2.0 badge class or issuer. */
import { childPath, describeValue, isObject, type ImportContext, type Node } from './import-context.js'
import { EDUBADGES_EXTENSIONS, type EdubadgesExtensionName } from './extensions.js'

/**
 * The value of one extension and the path of its value property.
 *
 * @example
 * ```ts
 * const v: ExtensionValue = { value: 2.5, path: '$["extensions:ECTSExtension"].ECTS' }
 * ```
 */
export interface ExtensionValue {
  readonly value: unknown
  readonly path: string
}

const PREFIX = 'extensions:'

/**
 * Reads every `extensions:*` member of a document: the value property of each known extension that
 * belongs on this kind of document (its `@context` and `type` are structure). Unknown extensions,
 * extensions of the other document kind and objects without their value are reported.
 *
 * @example
 * ```ts
 * readOb2Extensions(ctx, badgeClass, 'BadgeClass').get('ECTSExtension')?.value // 2.5
 * ```
 */
export function readOb2Extensions(ctx: ImportContext, node: Node, on: 'BadgeClass' | 'Issuer'): Map<EdubadgesExtensionName, ExtensionValue> {
  const found = new Map<EdubadgesExtensionName, ExtensionValue>()
  for (const key of Object.keys(node.value)) {
    if (!key.startsWith(PREFIX)) continue
    const path = childPath(node.path, key)
    const name = key.slice(PREFIX.length)
    const known = Object.hasOwn(EDUBADGES_EXTENSIONS, name) ? EDUBADGES_EXTENSIONS[name as EdubadgesExtensionName] : undefined
    const raw = node.value[key]
    if (raw === null || raw === undefined) { ctx.use(path); continue }
    if (known === undefined) {
      ctx.warn(path, `unknown extension ${key} (${describeValue(raw)}): not imported`)
      continue
    }
    if (known.on !== on) {
      ctx.warn(path, `${key} belongs on the ${known.on}, not the ${on}: not imported`)
      continue
    }
    if (!isObject(raw)) {
      ctx.warn(path, `must be an extension object with "${known.property}" (got ${describeValue(raw)}): not imported`)
      continue
    }
    const ext: Node = { value: raw, path }
    ctx.take(ext, '@context')
    const types = ctx.take(ext, 'type')
    const typeList = Array.isArray(types) ? types : [types]
    if (types !== undefined && !typeList.includes(key)) ctx.info(childPath(path, 'type'), `type ${describeValue(types)} does not name ${key}: read as ${key} by its key`)
    const property = [known.property, ...(known.aliases ?? [])].find((p) => raw[p] !== undefined && raw[p] !== null)
    if (property === undefined) {
      ctx.warn(path, `has no "${known.property}" value: nothing imported`)
      continue
    }
    ctx.use(childPath(path, property))
    found.set(name as EdubadgesExtensionName, { value: raw[property], path: childPath(path, property) })
  }
  return found
}
