/** Internal: readers shared by the OB 2.0 and OB 3.0 imports (dates, images, numbers, languages). */
import type { ImageSpec } from '../model/achievement-spec.js'
import type { EvidenceSpec } from '../model/microcredential-spec.js'
import { parseDateTime } from '../lib/date-time.js'
import { childPath, describeValue, isObject, type ImportContext, type Node } from './import-context.js'
import { edubadgesLanguageToBcp47 } from './language-tags.js'

/** The spec's BCP 47 pattern (`schemas/microcredential-spec.schema.json`). */
const BCP47 = /^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/

/**
 * Drops the `undefined` members of an object; `undefined` when none is left.
 *
 * @example
 * ```ts
 * compact({ a: 1, b: undefined }) // { a: 1 }
 * ```
 */
export function compact<T extends object>(value: T): T | undefined {
  const out = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
  return Object.keys(out).length === 0 ? undefined : out
}

/**
 * A date for the spec: `YYYY-MM-DD` or a date-time with a zone, as given. A date-time without a zone is
 * read as UTC and a number as Unix seconds (OB 2.0 allows both), with an `info` note; anything else is
 * reported and gives `undefined`.
 *
 * @example
 * ```ts
 * readDate(ctx, { value: { issuedOn: '2022-12-05T14:21:04' }, path: '$' }, 'issuedOn') // '2022-12-05T14:21:04Z'
 * ```
 */
export function readDate(ctx: ImportContext, node: Node, key: string): string | undefined {
  const raw = ctx.take(node, key)
  const path = childPath(node.path, key)
  if (raw === undefined) return undefined
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    const iso = new Date(raw * 1000).toISOString()
    ctx.info(path, `read the Unix time ${raw} as ${iso}`)
    return iso
  }
  if (typeof raw !== 'string') {
    ctx.warn(path, `is not a date (got ${describeValue(raw)}): not imported`)
    return undefined
  }
  const value = raw.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && parseDateTime(`${value}T00:00:00Z`)) return value
  const m = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(value)
  if (m) {
    const zone = m[3] === undefined ? 'Z' : /^[+-]\d{4}$/.test(m[3]) ? `${m[3].slice(0, 3)}:${m[3].slice(3)}` : m[3].toUpperCase()
    const fixed = `${(m[1] as string).replace(' ', 'T')}${m[2] ?? ':00'}${zone}`
    // parseDateTime: the day must exist (Date would turn 2025-02-30 into 2 March)
    if (parseDateTime(fixed)) {
      if (fixed === value) return value
      ctx.info(path, m[3] === undefined ? `${describeValue(raw)} has no time zone: read as UTC (${fixed})` : `read ${describeValue(raw)} as ${fixed}`)
      return fixed
    }
  }
  ctx.warn(path, `is not an ISO 8601 date (got ${describeValue(raw)}): not imported`)
  return undefined
}

/**
 * An image: a URL or data URI, or an object with `id` (and `caption`); `type` is taken as structure.
 *
 * @example
 * ```ts
 * readImage(ctx, { value: { image: 'https://example.nl/b.png' }, path: '$' }, 'image') // 'https://example.nl/b.png'
 * ```
 */
export function readImage(ctx: ImportContext, node: Node, key: string): ImageSpec | undefined {
  const raw = node.value[key]
  if (typeof raw === 'string' || raw === undefined || raw === null) return ctx.string(node, key)
  const image = ctx.object(node, key)
  if (image === undefined) return undefined
  const id = ctx.string(image, 'id')
  const caption = ctx.string(image, 'caption')
  ctx.take(image, 'type')
  if (id === undefined) {
    ctx.warn(image.path, 'an image without an id (URL): not imported')
    return undefined
  }
  return caption === undefined ? id : { id, caption }
}

/**
 * A number (a numeric string is read with an `info` note); other values are reported.
 *
 * @example
 * ```ts
 * numberValue(ctx, '240', '$.StudyLoad') // 240
 * ```
 */
export function numberValue(ctx: ImportContext, raw: unknown, path: string): number | undefined {
  if (raw === undefined || raw === null) return undefined
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw
  if (typeof raw === 'string' && /^\s*\d+([.,]\d+)?\s*$/.test(raw)) {
    const n = Number(raw.trim().replace(',', '.'))
    ctx.info(path, `read the text ${describeValue(raw)} as the number ${n}`)
    return n
  }
  ctx.warn(path, `must be a number (got ${describeValue(raw)}): not imported`)
  return undefined
}

/**
 * A language for `achievement.language`: edubadges' `nl_NL` becomes `nl-NL` (`info` note); a value that
 * is no language tag is reported.
 *
 * @example
 * ```ts
 * readLanguage(ctx, 'nl_NL', '$.Language') // 'nl-NL'
 * ```
 */
export function readLanguage(ctx: ImportContext, raw: string, path: string): string | undefined {
  if (BCP47.test(raw)) return raw
  const tag = edubadgesLanguageToBcp47(raw)
  if (tag === undefined || !BCP47.test(tag)) {
    ctx.warn(path, `${describeValue(raw)} is not a language code: not imported`)
    return undefined
  }
  ctx.info(path, `read the language ${describeValue(raw)} as the BCP 47 tag "${tag}"`)
  return tag
}

/**
 * The `type` of a document as a list of strings.
 *
 * @example
 * ```ts
 * typesOf({ type: 'Assertion' }) // ['Assertion']
 * ```
 */
export function typesOf(value: unknown): string[] {
  if (!isObject(value)) return []
  const t = value.type
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string')
}

/** One evidence object (OB 2.0 or OB 3.0 shape: the same members), its `type` taken as read. */
export function evidenceObject(ctx: ImportContext, e: Node): EvidenceSpec | undefined {
  ctx.take(e, 'type')
  return compact<EvidenceSpec>({
    id: ctx.string(e, 'id'), name: ctx.string(e, 'name'), description: ctx.string(e, 'description'),
    narrative: ctx.string(e, 'narrative'), genre: ctx.string(e, 'genre'), audience: ctx.string(e, 'audience'),
  })
}
