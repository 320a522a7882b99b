import { InvalidArgumentError } from '../errors/errors.js'
import { credentialText, type CredentialText } from './credential-text.js'
import { OB3_NAMESPACE, decodeXmlText, scanSvg, type BadgeElement, type SvgScan } from './svg-scan.js'

/** A change to the SVG text: replace `[start, end)` with `text`. */
interface Edit {
  start: number
  end: number
  text: string
}

/**
 * Bakes a credential into an SVG (Open Badges 3.0 §5.3.2). The root `<svg>` element gets
 * `xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"` when it lacks it (an `xmlns:openbadges`
 * bound to another namespace, such as OB 2.0's, is rebound), and an `<openbadges:credential>`
 * element becomes its first child, right after the `<svg …>` start tag: a JSON credential
 * (`JSON.stringify`) inside `<![CDATA[…]]>` (a `]]>` in the JSON is split across two CDATA
 * sections), a VC-JWT as `<openbadges:credential verify="<jws>"></openbadges:credential>`.
 *
 * A credential baked before and an Open Badges 2.0 `<openbadges:assertion>` are removed, so the
 * result carries exactly one. Everything else stays byte for byte as it was (XML declaration,
 * comments, DOCTYPE, whitespace, the image itself); baking twice gives the same text as baking once.
 * Browser-safe (plain string work).
 *
 * Throws a {@link BakeError}: `ERR_MALFORMED_SVG` (no root `<svg>` element, or not well-formed: the
 * line and column are named) or `ERR_MALFORMED_CREDENTIAL` (a string that is not a compact JWS, an
 * object that does not serialise to a strict JSON object).
 *
 * @param svg - the SVG document's text
 * @param credential - a signed credential (JSON object) or a VC-JWT (compact JWS)
 * @returns the baked SVG text
 *
 * @example
 * ```ts
 * import { readFile, writeFile } from 'node:fs/promises'
 * import { bakeSvg, extractCredential } from 'microcredentials/render'
 *
 * const image = await readFile('badge.svg', 'utf8')
 * const baked = bakeSvg(image, 'eyJhbGciOiJFUzI1NiJ9.eyJ2YyI6e319.c2ln') // a VC-JWT
 * await writeFile('baked-badge.svg', baked)
 * extractCredential(baked) // { format: 'svg', credential: 'eyJhbGciOiJFUzI1NiJ9.eyJ2YyI6e319.c2ln' }
 * ```
 */
export function bakeSvg(svg: string, credential: Record<string, unknown> | string): string {
  if (typeof svg !== 'string') throw new InvalidArgumentError('bakeSvg: "svg" must be the SVG document as a string')
  const baked = credentialText(credential)
  const scan = scanSvg(svg)
  const edits: Edit[] = [...namespaceEdits(svg, scan), ...removals(scan.badges)]
  const element = credentialElement(baked)
  const { root } = scan
  if (root.selfClosing) edits.push({ start: root.close, end: root.end, text: `>${element}</svg>` })
  else edits.push({ start: root.end, end: root.end, text: element })
  return applyEdits(svg, edits)
}

/** Binds the `openbadges` prefix to the OB 3.0 namespace on the root element, if it is not already. */
function namespaceEdits(svg: string, { root }: SvgScan): Edit[] {
  const declared = root.attributes.find((a) => a.name === 'xmlns:openbadges')
  if (declared === undefined) {
    const gap = /[ \t\r\n]$/.test(svg.slice(root.start, root.close)) ? '' : ' '
    return [{ start: root.close, end: root.close, text: `${gap}xmlns:openbadges="${OB3_NAMESPACE}"` }]
  }
  if (decodeXmlText(declared.raw) === OB3_NAMESPACE) return []
  return [{ start: declared.valueStart, end: declared.valueEnd, text: OB3_NAMESPACE }]
}

/** Removes every earlier credential and OB 2.0 assertion (the outermost ones: nested ones go with them). */
function removals(badges: BadgeElement[]): Edit[] {
  const edits: Edit[] = []
  let covered = -1
  for (const badge of badges) {
    if (badge.start < covered) continue
    edits.push({ start: badge.start, end: badge.end, text: '' })
    covered = badge.end
  }
  return edits
}

function credentialElement({ kind, text }: CredentialText): string {
  if (kind === 'jws') return `<openbadges:credential verify="${text}"></openbadges:credential>`
  // U+FFFE and U+FFFF are not XML characters: write them as JSON escapes (the same JSON value).
  const json = text.replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
  return `<openbadges:credential><![CDATA[${json.split(']]>').join(']]]]><![CDATA[>')}]]></openbadges:credential>`
}

/** Applies non-overlapping edits (insertions at a point come before a removal starting there). */
function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start))
  let out = ''
  let cursor = 0
  for (const edit of sorted) {
    out += text.slice(cursor, edit.start) + edit.text
    cursor = edit.end
  }
  return out + text.slice(cursor)
}
