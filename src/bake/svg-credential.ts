/**
 * Finding the baked credential in an SVG (OB 3.0 §5.3.2). Internal to src/bake (no `Buffer`: used by
 * the verify entry, which also runs in browsers).
 */
import { BakeError } from '../errors/errors.js'
import { isCompactJws } from '../lib/compact-jws.js'
import { parseCredentialText } from './credential-text.js'
import { decodeXmlText, position, scanSvg, type BadgeElement } from './svg-scan.js'

/**
 * The credential baked into an SVG: exactly one `openbadges:credential` element (or a `credential`
 * element in the OB 3.0 namespace under another prefix) holding JSON as text or CDATA, or a compact
 * JWS in its `verify` attribute.
 */
export function readSvgCredential(svg: string): Record<string, unknown> | string {
  const { badges } = scanSvg(svg)
  const found = badges.filter((b) => b.kind === 'credential')
  if (found.length === 0) {
    const ob2 = badges.find((b) => b.kind === 'assertion')
    const hint = ob2 ? ` (an Open Badges 2.0 <${ob2.name}> at ${position(svg, ob2.start)} is not an OB 3.0 credential)` : ''
    throw new BakeError('ERR_NO_CREDENTIAL', `SVG has no baked credential: no <openbadges:credential> element${hint}`)
  }
  if (found.length > 1) {
    const where = found.map((b) => `<${b.name}> at ${position(svg, b.start)}`).join(', ')
    throw new BakeError('ERR_TWO_CREDENTIALS', `SVG has ${found.length} credential elements (${where}); refusing to guess which one counts`)
  }
  const element = found[0] as BadgeElement
  const where = `SVG <${element.name}> element at ${position(svg, element.start)}`
  const content = elementText(svg, element, where)
  const verify = element.attributes.find((a) => a.name === 'verify')
  if (verify === undefined) return parseCredentialText(content, where)
  if (content.trim() !== '') throw new BakeError('ERR_MALFORMED_CREDENTIAL', `${where}: has both a "verify" attribute and content; refusing to guess which one counts`)
  const jws = (decodeXmlText(verify.raw) ?? '').trim()
  if (!isCompactJws(jws)) throw new BakeError('ERR_MALFORMED_CREDENTIAL', `${where}: its "verify" attribute is not a compact JWS`)
  return jws
}

/** The element's text: character data with references decoded, CDATA sections as they are, comments and PIs skipped; a child element is refused. */
function elementText(svg: string, element: BadgeElement, where: string): string {
  const malformed = (what: string): BakeError => new BakeError('ERR_MALFORMED_CREDENTIAL', `${where}: ${what}`)
  let text = ''
  let i = element.contentStart
  while (i < element.contentEnd) {
    const lt = svg.indexOf('<', i)
    const stop = lt < 0 || lt > element.contentEnd ? element.contentEnd : lt
    if (stop > i) {
      const decoded = decodeXmlText(svg.slice(i, stop))
      if (decoded === undefined) throw malformed(`has an unknown or malformed character reference near ${position(svg, i)}`)
      text += decoded
    }
    if (stop === element.contentEnd) break
    if (svg.startsWith('<![CDATA[', stop)) {
      const end = svg.indexOf(']]>', stop + 9)
      text += svg.slice(stop + 9, end)
      i = end + 3
    } else if (svg.startsWith('<!--', stop)) {
      i = svg.indexOf('-->', stop + 4) + 3
    } else if (svg.startsWith('<?', stop)) {
      i = svg.indexOf('?>', stop + 2) + 2
    } else {
      throw malformed(`contains a child element at ${position(svg, stop)}; it must hold only the credential text`)
    }
  }
  return text
}
