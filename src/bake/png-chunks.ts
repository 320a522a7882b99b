/**
 * Reading a PNG's chunks with `png-chunks-extract`, made safe for untrusted bytes. Internal to src/bake.
 *
 * `png-chunks-extract` trusts the length fields: a truncated file is read past its end (missing bytes
 * become 0) and a huge length allocates that much memory before anything is checked. So the chunk
 * layout is walked first (lengths, types, IHDR first, IEND present, everything inside the file);
 * only then does the library read the chunks and check every CRC. Its plain `Error` on a CRC mismatch
 * becomes a {@link BakeError} naming the chunk. Works on `Uint8Array` alone (no `Buffer`): the
 * library and its `crc-32` dependency use typed arrays only.
 */
import extractChunks from 'png-chunks-extract'
import { BakeError } from '../errors/errors.js'

/** One PNG chunk: its four-letter type and its data (without length, type and CRC). */
export interface PngChunk {
  name: string
  data: Uint8Array
}

/** The eight bytes every PNG starts with. */
export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)

/** A complete IEND chunk (length 0, type, CRC). */
const IEND_CHUNK = Uint8Array.of(0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82)

/** The largest chunk length the PNG specification allows (2^31 - 1). */
const MAX_CHUNK_LENGTH = 0x7fffffff

/** Where one chunk lies in the file. */
interface ChunkSpan {
  name: string
  /** Offset of the chunk's length field. */
  start: number
  /** Offset just past its CRC. */
  end: number
}

/** True when the bytes start with the PNG signature. */
export function hasPngSignature(bytes: Uint8Array): boolean {
  return bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b)
}

/**
 * Every chunk of a PNG, IHDR first and IEND last, each CRC checked. Bytes after IEND are ignored.
 * Throws `ERR_MALFORMED_PNG` naming the chunk (index, type) and byte offset of the problem.
 */
export function readPngChunks(bytes: Uint8Array): PngChunk[] {
  if (!hasPngSignature(bytes)) throw new BakeError('ERR_MALFORMED_PNG', 'not a PNG: the file does not start with the PNG signature')
  const spans = chunkSpans(bytes)
  try {
    return extractChunks(bytes)
  } catch (e) {
    throw crcError(bytes, spans, e)
  }
}

/** Walks the chunk layout without trusting it: lengths in range and inside the file, types well-formed. */
function chunkSpans(bytes: Uint8Array): ChunkSpan[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const spans: ChunkSpan[] = []
  let offset = PNG_SIGNATURE.length
  for (;;) {
    const index = spans.length
    if (offset + 8 > bytes.length) {
      const what = offset === bytes.length ? (index === 0 ? 'has no chunks after its signature' : `ends after chunk ${index - 1} without an IEND chunk`) : `is truncated in the header of chunk ${index} (byte offset ${offset})`
      throw new BakeError('ERR_MALFORMED_PNG', `PNG ${what}`)
    }
    const length = view.getUint32(offset)
    const name = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8))
    if (!/^[A-Za-z]{4}$/.test(name)) throw new BakeError('ERR_MALFORMED_PNG', `PNG chunk ${index} (byte offset ${offset}) has an invalid type ${JSON.stringify(name)}`)
    if (length > MAX_CHUNK_LENGTH) throw new BakeError('ERR_MALFORMED_PNG', `PNG chunk ${index} (${name}) declares ${length} bytes, more than the 2^31-1 a PNG chunk may have`)
    if (index === 0 && name !== 'IHDR') throw new BakeError('ERR_MALFORMED_PNG', `PNG chunk 0 is ${name}; the first chunk must be IHDR`)
    const end = offset + 12 + length
    if (end > bytes.length) {
      throw new BakeError('ERR_MALFORMED_PNG', `PNG is truncated: chunk ${index} (${name}, byte offset ${offset}) declares ${length} bytes of data but the file ends ${end - bytes.length} bytes short`)
    }
    spans.push({ name, start: offset, end })
    if (name === 'IEND') return spans
    offset = end
  }
}

/**
 * Turns the library's error into a BakeError naming the failing chunk. The layout is sound here, so
 * its only complaint can be a CRC mismatch; the chunk is found by checking ever shorter prefixes of
 * the file (each closed with an IEND) with the same library, in a binary search.
 */
function crcError(bytes: Uint8Array, spans: ChunkSpan[], error: unknown): BakeError {
  const reason = (error as Error)?.message ?? String(error)
  const prefixFails = (last: number): boolean => {
    const span = spans[last] as ChunkSpan
    const prefix = new Uint8Array(span.end + IEND_CHUNK.length)
    prefix.set(bytes.subarray(0, span.end))
    prefix.set(IEND_CHUNK, span.end)
    try {
      extractChunks(prefix)
      return false
    } catch {
      return true
    }
  }
  let low = 0
  let high = spans.length - 2 // IEND's CRC is not read
  if (high < 0 || !prefixFails(high)) return new BakeError('ERR_MALFORMED_PNG', `PNG cannot be read: ${reason}`, { cause: error })
  while (low < high) {
    const middle = (low + high) >> 1
    if (prefixFails(middle)) high = middle
    else low = middle + 1
  }
  const span = spans[low] as ChunkSpan
  return new BakeError('ERR_MALFORMED_PNG', `PNG chunk ${low} (${span.name}, byte offset ${span.start}) fails its CRC check: the file is corrupted`, { cause: error })
}
