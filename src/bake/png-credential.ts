/**
 * Finding the baked credential among a PNG's chunks. Internal to src/bake (no `Buffer`: used by the
 * verify entry, which also runs in browsers).
 */
import { BakeError } from '../errors/errors.js'
import { parseCredentialText } from './credential-text.js'
import { readPngChunks } from './png-chunks.js'
import { CREDENTIAL_KEYWORD, OB2_KEYWORD, decodeItxt, textChunkKeyword } from './png-text-chunks.js'

/**
 * The credential baked into a PNG: exactly one text chunk with keyword `openbadgecredential`, an
 * uncompressed iTXt chunk holding a JSON object or a compact JWS.
 */
export function readPngCredential(bytes: Uint8Array): Record<string, unknown> | string {
  const chunks = readPngChunks(bytes)
  const found = chunks.flatMap((chunk, index) => (textChunkKeyword(chunk) === CREDENTIAL_KEYWORD ? [{ chunk, index }] : []))
  if (found.length === 0) {
    const ob2 = chunks.findIndex((chunk) => textChunkKeyword(chunk) === OB2_KEYWORD)
    const hint = ob2 >= 0 ? ` (chunk ${ob2} holds an Open Badges 2.0 "${OB2_KEYWORD}" assertion, which is not an OB 3.0 credential)` : ''
    throw new BakeError('ERR_NO_CREDENTIAL', `PNG has no baked credential: no iTXt chunk with keyword "${CREDENTIAL_KEYWORD}"${hint}`)
  }
  if (found.length > 1) {
    const where = found.map(({ chunk, index }) => `${index} (${chunk.name})`).join(', ')
    throw new BakeError('ERR_TWO_CREDENTIALS', `PNG has ${found.length} "${CREDENTIAL_KEYWORD}" chunks (chunks ${where}); refusing to guess which one counts`)
  }
  const { chunk, index } = found[0] as (typeof found)[number]
  const where = `PNG chunk ${index} (${chunk.name} "${CREDENTIAL_KEYWORD}")`
  if (chunk.name !== 'iTXt') throw new BakeError('ERR_MALFORMED_CREDENTIAL', `${where}: a baked credential must be in an iTXt chunk, not ${chunk.name}`)
  return parseCredentialText(decodeItxt(chunk, where), where)
}

/** True for the chunks baking replaces: any text chunk with the OB 3.0 or OB 2.0 keyword. */
export function isBadgeChunk(keyword: string | undefined): boolean {
  return keyword === CREDENTIAL_KEYWORD || keyword === OB2_KEYWORD
}
