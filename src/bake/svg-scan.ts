/**
 * A small, strict XML scanner for SVG badges: finds the root `<svg>` start tag and the badge elements
 * (`openbadges:credential`, OB 2.0 `openbadges:assertion`) with their exact offsets, so that baking
 * can edit the text in place and leave every other byte as it was. It checks well-formedness as far
 * as that matters here (tags closed and matched, quoted attributes, no duplicate attributes,
 * comments, CDATA sections and processing instructions terminated) and skips comments, CDATA and
 * attribute values, so a `<openbadges:credential>` inside a comment or a script does not count.
 * Internal to src/bake.
 */
import { BakeError } from '../errors/errors.js'

/** The Open Badges 3.0 namespace the `openbadges` prefix is bound to. */
export const OB3_NAMESPACE = 'https://purl.imsglobal.org/ob/v3p0'

/** One attribute of a start tag, with offsets into the text. */
export interface SvgAttribute {
  name: string
  /** The value as written (entities not decoded). */
  raw: string
  /** Offset of the attribute's name. */
  start: number
  /** Offsets of the value between its quotes. */
  valueStart: number
  valueEnd: number
}

/** The root `<svg>` start tag. */
export interface SvgRoot {
  /** Offset of its `<`. */
  start: number
  /** Offset just past its `>`. */
  end: number
  /** Offset of the `>` or `/>` that closes the tag. */
  close: number
  selfClosing: boolean
  attributes: SvgAttribute[]
}

/** An `openbadges:credential` (OB 3.0) or `openbadges:assertion` (OB 2.0) element. */
export interface BadgeElement {
  kind: 'credential' | 'assertion'
  /** The element's qualified name as written. */
  name: string
  /** Offset of its start tag's `<`. */
  start: number
  /** Offset just past its end tag (or its self-closing start tag). */
  end: number
  /** The content between start and end tag (empty for a self-closing tag). */
  contentStart: number
  contentEnd: number
  attributes: SvgAttribute[]
}

/** What {@link scanSvg} found. */
export interface SvgScan {
  root: SvgRoot
  /** Every badge element, in document order (nested ones included). */
  badges: BadgeElement[]
}

const WHITESPACE = /[ \t\r\n]/
const NAME = /[^\s/>=<"'&]+/y

interface Open {
  name: string
  start: number
  namespaces: Map<string, string>
  badge?: BadgeElement
}

/** Offset of the first character after the optional BOM, whitespace, XML declaration, comments, PIs and DOCTYPE; undefined when something there is unterminated. */
function prologEnd(text: string): number | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  for (;;) {
    while (i < text.length && WHITESPACE.test(text[i] as string)) i++
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2)
      if (end < 0) return undefined
      i = end + 2
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4)
      if (end < 0) return undefined
      i = end + 3
    } else if (text.startsWith('<!DOCTYPE', i)) {
      const end = doctypeEnd(text, i)
      if (end === undefined) return undefined
      i = end
    } else {
      return i
    }
  }
}

/** True when `text` at `i` opens an element named `svg`. */
function isSvgStart(text: string, i: number): boolean {
  return text.startsWith('<svg', i) && /[\s/>]/.test(text[i + 4] ?? '')
}

/**
 * True when the text looks like an SVG document: after an optional BOM and whitespace it starts with
 * an XML declaration, or (after comments, processing instructions and a DOCTYPE) with `<svg`.
 */
export function looksLikeSvg(text: string): boolean {
  const head = text.replace(/^\uFEFF?[ \t\r\n]*/, '')
  if (head.startsWith('<?xml')) return true
  const start = prologEnd(text)
  return start !== undefined && isSvgStart(text, start)
}

/** Scans an SVG document. Throws `ERR_MALFORMED_SVG` (with line and column) when it is not one. */
export function scanSvg(text: string): SvgScan {
  const at = (offset: number): string => position(text, offset)
  const malformed = (what: string): BakeError => new BakeError('ERR_MALFORMED_SVG', `SVG ${what}`)
  const start = prologEnd(text)
  if (start === undefined) throw malformed('has an unterminated comment, processing instruction or DOCTYPE before its root element')
  if (!isSvgStart(text, start)) throw malformed(`has no root <svg> element (found ${JSON.stringify(text.slice(start, start + 20))} at ${at(start)})`)
  let root: SvgRoot | undefined
  const badges: BadgeElement[] = []
  const stack: Open[] = []
  let i = start
  let rootClosed = false
  while (i < text.length) {
    const lt = text.indexOf('<', i)
    if (lt < 0) break
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4)
      if (end < 0) throw malformed(`has an unterminated comment at ${at(lt)}`)
      i = end + 3
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9)
      if (end < 0) throw malformed(`has an unterminated CDATA section at ${at(lt)}`)
      if (stack.length === 0) throw malformed(`has a CDATA section outside the root element at ${at(lt)}`)
      i = end + 3
    } else if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2)
      if (end < 0) throw malformed(`has an unterminated processing instruction at ${at(lt)}`)
      i = end + 2
    } else if (text.startsWith('<!', lt)) {
      throw malformed(`has a markup declaration inside the document at ${at(lt)}`)
    } else if (text.startsWith('</', lt)) {
      NAME.lastIndex = lt + 2
      const name = NAME.exec(text)?.[0]
      let j = lt + 2 + (name?.length ?? 0)
      while (j < text.length && WHITESPACE.test(text[j] as string)) j++
      if (name === undefined || text[j] !== '>') throw malformed(`has a malformed end tag at ${at(lt)}`)
      const open = stack.pop()
      if (open === undefined) throw malformed(`has an end tag </${name}> without a start tag at ${at(lt)}`)
      if (open.name !== name) throw malformed(`has an end tag </${name}> at ${at(lt)} that does not match <${open.name}> at ${at(open.start)}`)
      if (open.badge) {
        open.badge.contentEnd = lt
        open.badge.end = j + 1
        badges.push(open.badge)
      }
      if (stack.length === 0) rootClosed = true
      i = j + 1
    } else {
      if (rootClosed) throw malformed(`has an element after the end of its root element at ${at(lt)}`)
      const tag = startTag(text, lt, malformed, at)
      const parent = stack[stack.length - 1]
      const declarations = tag.attributes.filter((a) => a.name.startsWith('xmlns:'))
      // Shared with the parent unless this element declares prefixes (no copy per element).
      const namespaces = declarations.length === 0 && parent ? parent.namespaces : new Map(parent?.namespaces)
      for (const a of declarations) namespaces.set(a.name.slice(6), decodeXmlText(a.raw) ?? a.raw)
      if (root === undefined) {
        root = { start: lt, end: tag.end, close: tag.close, selfClosing: tag.selfClosing, attributes: tag.attributes }
      }
      const kind = badgeKind(tag.name, namespaces)
      const badge: BadgeElement | undefined = kind === undefined ? undefined : {
        kind, name: tag.name, start: lt, end: tag.end, contentStart: tag.end, contentEnd: tag.end, attributes: tag.attributes,
      }
      if (tag.selfClosing) {
        if (badge) badges.push(badge)
        if (stack.length === 0) rootClosed = true
      } else {
        stack.push({ name: tag.name, start: lt, namespaces, ...(badge ? { badge } : {}) })
      }
      i = tag.end
    }
  }
  const open = stack.pop()
  if (open !== undefined) throw malformed(`element <${open.name}> at ${at(open.start)} is not closed`)
  if (root === undefined) throw malformed('has no root <svg> element')
  badges.sort((a, b) => a.start - b.start)
  return { root, badges }
}

/** `credential` for `openbadges:credential` or any `credential` element in the OB 3.0 namespace; `assertion` for OB 2.0's `openbadges:assertion`. */
function badgeKind(name: string, namespaces: Map<string, string>): BadgeElement['kind'] | undefined {
  const colon = name.indexOf(':')
  if (colon < 0) return undefined
  const prefix = name.slice(0, colon)
  const local = name.slice(colon + 1)
  if (local === 'credential' && (prefix === 'openbadges' || namespaces.get(prefix) === OB3_NAMESPACE)) return 'credential'
  if (local === 'assertion' && prefix === 'openbadges') return 'assertion'
  return undefined
}

interface StartTag {
  name: string
  attributes: SvgAttribute[]
  close: number
  end: number
  selfClosing: boolean
}

function startTag(text: string, lt: number, malformed: (what: string) => BakeError, at: (offset: number) => string): StartTag {
  NAME.lastIndex = lt + 1
  const name = NAME.exec(text)?.[0]
  if (name === undefined) throw malformed(`has a stray "<" at ${at(lt)}`)
  const attributes: SvgAttribute[] = []
  const seen = new Set<string>()
  let j = lt + 1 + name.length
  for (;;) {
    const before = j
    while (j < text.length && WHITESPACE.test(text[j] as string)) j++
    if (j >= text.length) throw malformed(`start tag <${name}> at ${at(lt)} is not terminated`)
    if (text[j] === '>') return { name, attributes, close: j, end: j + 1, selfClosing: false }
    if (text.startsWith('/>', j)) return { name, attributes, close: j, end: j + 2, selfClosing: true }
    NAME.lastIndex = j
    const attribute = NAME.exec(text)?.[0]
    if (attribute === undefined || j === before) throw malformed(`start tag <${name}> at ${at(lt)} has a malformed attribute at ${at(j)}`)
    const attributeStart = j
    j += attribute.length
    while (j < text.length && WHITESPACE.test(text[j] as string)) j++
    if (text[j] !== '=') throw malformed(`attribute ${attribute} of <${name}> at ${at(attributeStart)} has no value`)
    j++
    while (j < text.length && WHITESPACE.test(text[j] as string)) j++
    const quote = text[j]
    if (quote !== '"' && quote !== "'") throw malformed(`attribute ${attribute} of <${name}> at ${at(attributeStart)} has an unquoted value`)
    const valueEnd = text.indexOf(quote, j + 1)
    if (valueEnd < 0) throw malformed(`attribute ${attribute} of <${name}> at ${at(attributeStart)} has an unterminated value`)
    if (text.slice(j + 1, valueEnd).includes('<')) throw malformed(`attribute ${attribute} of <${name}> at ${at(attributeStart)} contains "<"`)
    if (seen.has(attribute)) throw malformed(`start tag <${name}> at ${at(lt)} repeats attribute ${attribute}`)
    seen.add(attribute)
    attributes.push({ name: attribute, raw: text.slice(j + 1, valueEnd), start: attributeStart, valueStart: j + 1, valueEnd })
    j = valueEnd + 1
  }
}

/** Offset just past a DOCTYPE declaration (with an internal subset in brackets); undefined when unterminated. */
function doctypeEnd(text: string, start: number): number | undefined {
  let i = start + 9
  let quote: string | undefined
  let depth = 0
  for (; i < text.length; i++) {
    const c = text[i]
    if (quote !== undefined) {
      if (c === quote) quote = undefined
    } else if (c === '"' || c === "'") quote = c
    else if (c === '[') depth++
    else if (c === ']') depth--
    else if (c === '>' && depth <= 0) return i + 1
  }
  return undefined
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** Decodes the predefined and numeric character references of XML text; undefined on an unknown or malformed reference. */
export function decodeXmlText(raw: string): string | undefined {
  let bad = false
  const text = raw.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) {
      bad = true
      return whole
    }
    const named = PREDEFINED[ref]
    if (named !== undefined) return named
    const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref)
    const code = numeric ? parseInt(numeric[1] ?? (numeric[2] as string), numeric[1] ? 16 : 10) : NaN
    if (!Number.isInteger(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      bad = true
      return whole
    }
    return String.fromCodePoint(code)
  })
  return bad ? undefined : text
}

/** `line L, column C` (1-based) of an offset. */
export function position(text: string, offset: number): string {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return `line ${line}, column ${offset - lineStart + 1}`
}
