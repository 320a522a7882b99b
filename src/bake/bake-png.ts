import encodeChunks from 'png-chunks-encode'
import { InvalidArgumentError } from '../errors/errors.js'
import { credentialText } from './credential-text.js'
import { isBadgeChunk } from './png-credential.js'
import { readPngChunks } from './png-chunks.js'
import { CREDENTIAL_KEYWORD, encodeItxt, textChunkKeyword } from './png-text-chunks.js'

/**
 * Bakes a credential into a PNG (Open Badges 3.0 §5.3.1): an uncompressed iTXt chunk with keyword
 * `openbadgecredential` (empty language tag and translated keyword) whose UTF-8 text is the
 * credential as JSON (`JSON.stringify`) or, for a VC-JWT, the compact JWS. The chunk goes just before
 * IEND. A credential baked before (any tEXt, zTXt or iTXt chunk with keyword `openbadgecredential`)
 * and an Open Badges 2.0 `openbadges` assertion are removed, so the result carries exactly one.
 * Every other chunk (IHDR, PLTE, IDAT, ...) is kept byte for byte, in order; bytes after IEND are
 * dropped.
 *
 * Baking is meant for Node (issuers); `png-chunks-encode` needs no `Buffer`, so it also runs in a
 * browser, though it copies chunk data through plain arrays (slow for very large images).
 *
 * Throws a {@link BakeError}: `ERR_MALFORMED_PNG` (bad signature, truncated chunk, CRC mismatch:
 * the chunk is named) or `ERR_MALFORMED_CREDENTIAL` (a string that is not a compact JWS, an object
 * that does not serialise to a strict JSON object).
 *
 * @param png - the PNG image
 * @param credential - a signed credential (JSON object) or a VC-JWT (compact JWS)
 * @returns the baked PNG (a new array; `png` is not changed)
 *
 * @example
 * ```ts
 * import { readFile, writeFile } from 'node:fs/promises'
 * import { bakePng, extractCredential } from 'microcredentials/render'
 *
 * const image = new Uint8Array(await readFile('badge.png'))
 * const credential = JSON.parse(await readFile('credential.json', 'utf8'))
 * const baked = bakePng(image, credential)
 * await writeFile('baked-badge.png', baked)
 * extractCredential(baked) // { format: 'png', credential: { ... } }
 * ```
 */
export function bakePng(png: Uint8Array, credential: Record<string, unknown> | string): Uint8Array {
  if (!(png instanceof Uint8Array)) throw new InvalidArgumentError('bakePng: "png" must be a Uint8Array holding the PNG image')
  const { text } = credentialText(credential)
  const chunks = readPngChunks(png).filter((chunk) => !isBadgeChunk(textChunkKeyword(chunk)))
  const iend = chunks.length - 1 // readPngChunks ends with IEND
  chunks.splice(iend, 0, { name: 'iTXt', data: encodeItxt(CREDENTIAL_KEYWORD, text) })
  return encodeChunks(chunks)
}
