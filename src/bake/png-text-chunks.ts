/**
 * PNG text chunks (tEXt, zTXt, iTXt): their keyword, and the iTXt data layout a baked credential
 * uses (OB 3.0 §5.3.1; PNG specification §11.3.4.5). Internal to src/bake.
 */
import { BakeError } from '../errors/errors.js'
import type { PngChunk } from './png-chunks.js'

/** The iTXt keyword of an Open Badges 3.0 credential. */
export const CREDENTIAL_KEYWORD = 'openbadgecredential'
/** The keyword Open Badges 2.0 used for its assertion. */
export const OB2_KEYWORD = 'openbadges'

const TEXT_CHUNKS = new Set(['tEXt', 'zTXt', 'iTXt'])
/** A keyword is 1 to 79 Latin-1 bytes. */
const MAX_KEYWORD = 79

/** The keyword of a tEXt, zTXt or iTXt chunk; undefined for other chunks or an unreadable keyword. */
export function textChunkKeyword(chunk: PngChunk): string | undefined {
  if (!TEXT_CHUNKS.has(chunk.name)) return undefined
  const end = chunk.data.indexOf(0)
  if (end < 1 || end > MAX_KEYWORD) return undefined
  return String.fromCharCode(...chunk.data.subarray(0, end))
}

/**
 * The data of an uncompressed iTXt chunk: keyword, NUL, compression flag 0, compression method 0,
 * empty language tag, NUL, empty translated keyword, NUL, then the text in UTF-8.
 */
export function encodeItxt(keyword: string, text: string): Uint8Array {
  const head = Uint8Array.from(keyword, (c) => c.charCodeAt(0))
  const body = new TextEncoder().encode(text)
  const data = new Uint8Array(head.length + 5 + body.length)
  data.set(head, 0)
  // keyword NUL, flag 0, method 0, language NUL, translated keyword NUL: all zero bytes
  data.set(body, head.length + 5)
  return data
}

/**
 * The text of an iTXt chunk, strictly: uncompressed (flag 0, method 0), separators present, language
 * tag ASCII, translated keyword and text valid UTF-8. `where` names the chunk for messages.
 */
export function decodeItxt(chunk: PngChunk, where: string): string {
  const data = chunk.data
  const malformed = (what: string): BakeError => new BakeError('ERR_MALFORMED_CREDENTIAL', `${where}: ${what}`)
  const keywordEnd = data.indexOf(0)
  if (keywordEnd < 0 || data.length < keywordEnd + 3) throw malformed('the iTXt chunk is cut short before its compression fields')
  const flag = data[keywordEnd + 1]
  const method = data[keywordEnd + 2]
  if (flag === 1) throw malformed('the iTXt chunk is compressed; a baked credential must be stored uncompressed (compression flag 0)')
  if (flag !== 0) throw malformed(`the iTXt chunk has an invalid compression flag ${flag}`)
  if (method !== 0) throw malformed(`the iTXt chunk has an invalid compression method ${method}`)
  const languageEnd = data.indexOf(0, keywordEnd + 3)
  if (languageEnd < 0) throw malformed('the iTXt chunk has no end to its language tag')
  if (data.subarray(keywordEnd + 3, languageEnd).some((b) => b > 0x7e || b < 0x20)) throw malformed('the iTXt chunk has a language tag that is not ASCII')
  const translatedEnd = data.indexOf(0, languageEnd + 1)
  if (translatedEnd < 0) throw malformed('the iTXt chunk has no end to its translated keyword')
  utf8(data.subarray(languageEnd + 1, translatedEnd), () => malformed('the iTXt translated keyword is not valid UTF-8'))
  return utf8(data.subarray(translatedEnd + 1), () => malformed('the iTXt text is not valid UTF-8'))
}

function utf8(bytes: Uint8Array, error: () => BakeError): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw error()
  }
}
