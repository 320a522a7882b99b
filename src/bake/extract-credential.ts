import { BakeError } from '../errors/errors.js'
import { hasPngSignature } from './png-chunks.js'
import { readPngCredential } from './png-credential.js'
import { readSvgCredential } from './svg-credential.js'
import { looksLikeSvg } from './svg-scan.js'

/**
 * A credential taken out of a baked image: the image format, and the credential as a JSON object
 * (parsed strictly) or, for a VC-JWT, the compact JWS string.
 *
 * @example
 * ```ts
 * import { extractCredential, type ExtractedCredential } from 'microcredentials/render'
 * const { format, credential }: ExtractedCredential = extractCredential(bytes)
 * if (typeof credential === 'string') console.log(`${format}: a VC-JWT`)
 * ```
 */
export interface ExtractedCredential {
  /** The image format, told by content (PNG signature, SVG text), never by file name. */
  format: 'png' | 'svg'
  /** The baked credential: a JSON object, or a compact JWS (VC-JWT) as a string. */
  credential: Record<string, unknown> | string
}

/**
 * Extracts the credential baked into a PNG or SVG badge (Open Badges 3.0 §5.3). A PNG is told by its
 * signature; its credential is the one iTXt chunk with keyword `openbadgecredential` (uncompressed,
 * UTF-8; every chunk's CRC is checked). An SVG is text that starts, after an optional BOM,
 * whitespace, XML declaration, comments and DOCTYPE, with `<svg` (or that starts with `<?xml`); its
 * credential is the one `<openbadges:credential>` element: JSON as text or CDATA, or a compact JWS in
 * its `verify` attribute. JSON is parsed strictly (duplicate keys and `__proto__` keys are refused);
 * a JWS is returned as a string, unverified. Nothing is verified here: pass the result to
 * `verifyCredential`.
 *
 * Pure and browser-safe: `Uint8Array`, `TextDecoder` and `png-chunks-extract` only, no `Buffer`.
 *
 * Throws a {@link BakeError} with code `ERR_NOT_AN_IMAGE` (neither PNG nor SVG), `ERR_MALFORMED_PNG`
 * (bad signature, truncated chunk, CRC mismatch), `ERR_MALFORMED_SVG` (no root `<svg>` element, not
 * well-formed), `ERR_NO_CREDENTIAL` (nothing baked in; an OB 2.0 assertion is mentioned),
 * `ERR_MALFORMED_CREDENTIAL` (compressed iTXt, bad UTF-8, neither a JSON object nor a JWS, JSON
 * refused) or `ERR_TWO_CREDENTIALS` (more than one baked credential: refused rather than guessed).
 * The message names the chunk (index and type) or the element (line and column).
 *
 * @param bytes - the image file's bytes, or an SVG document's text
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises'
 * import { verifyCredential } from 'microcredentials'
 * import { BakeError, extractCredential } from 'microcredentials/render'
 *
 * try {
 *   const { format, credential } = extractCredential(new Uint8Array(await readFile('baked-badge.png')))
 *   const result = await verifyCredential(credential)
 *   console.log(format, result.verified)
 * } catch (e) {
 *   if (e instanceof BakeError) console.log(e.code, e.message) // e.g. ERR_NO_CREDENTIAL
 * }
 * ```
 */
export function extractCredential(bytes: Uint8Array | string): ExtractedCredential {
  if (typeof bytes === 'string') return { format: 'svg', credential: readSvgCredential(svgText(bytes)) }
  if (!(bytes instanceof Uint8Array)) throw new BakeError('ERR_NOT_AN_IMAGE', 'not an image: expected the bytes of a PNG or SVG file (Uint8Array) or an SVG document (string)')
  if (hasPngSignature(bytes)) return { format: 'png', credential: readPngCredential(bytes) }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new BakeError('ERR_NOT_AN_IMAGE', 'not an image: neither a PNG (no PNG signature) nor an SVG (not UTF-8 text)')
  }
  return { format: 'svg', credential: readSvgCredential(svgText(text)) }
}

function svgText(text: string): string {
  if (!looksLikeSvg(text)) throw new BakeError('ERR_NOT_AN_IMAGE', 'not an image: neither a PNG (no PNG signature) nor an SVG (the text does not start with <svg or <?xml)')
  return text
}
