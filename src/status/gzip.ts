/**
 * GZIP for status lists, with fflate (pure JavaScript), so the status and verify entries run in
 * browsers as well as in Node.
 *
 * @module status
 */
import CRC32 from 'crc-32'
import { Gunzip, gzipSync } from 'fflate'
import { concatBytes } from '../lib/concat-bytes.js'

/** Input is fed to the inflater in slices this long, so one slice inflates to at most ~1 MiB. */
const SLICE = 1024

/** GZIP-compresses `bytes`. */
export function gzip(bytes: Uint8Array): Uint8Array {
  return gzipSync(bytes)
}

/** The outcome of {@link gunzip}: the bytes, or why there are none. */
export type GunzipResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'malformed'; message: string }

class TooLarge extends Error {}

/**
 * Inflates GZIP data, refusing to produce more than `maxBytes` bytes (a gzip bomb): inflation stops
 * as soon as the output passes the cap. Never throws.
 */
export function gunzip(bytes: Uint8Array, maxBytes: number): GunzipResult {
  const chunks: Uint8Array[] = []
  let size = 0
  let ended = false
  const inflater = new Gunzip((chunk, final) => {
    size += chunk.length
    if (size > maxBytes) throw new TooLarge()
    chunks.push(chunk)
    if (final) ended = true
  })
  try {
    checkHeader(bytes)
    for (let at = 0; at < bytes.length; at += SLICE) {
      const end = Math.min(at + SLICE, bytes.length)
      inflater.push(bytes.subarray(at, end), end === bytes.length)
    }
    if (!ended) throw new Error('unexpected end of data')
    checkTrailer(bytes, chunks, size)
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, reason: 'too-large', message: `the status list inflates to more than ${maxBytes} bytes` }
    return { ok: false, reason: 'malformed', message: `the status list is not valid GZIP data: ${error instanceof Error ? error.message : String(error)}` }
  }
  return { ok: true, bytes: concatBytes(chunks, size) }
}

/** RFC 1952: ID1 ID2 and CM (deflate), and room for the header and the 8-byte trailer. */
function checkHeader(bytes: Uint8Array): void {
  if (bytes.length < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 8) throw new Error('no GZIP header')
}

/** The trailer's CRC-32 and ISIZE must match the inflated bytes. */
function checkTrailer(bytes: Uint8Array, chunks: Uint8Array[], size: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 8, 8)
  let crc = 0
  for (const chunk of chunks) crc = CRC32.buf(chunk, crc)
  if (view.getUint32(0, true) !== crc >>> 0) throw new Error('CRC-32 mismatch')
  if (view.getUint32(4, true) !== size % 2 ** 32) throw new Error('length mismatch')
}
