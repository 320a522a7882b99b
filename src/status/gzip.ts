/**
 * GZIP for status lists, the only `node:` import of the status module.
 *
 * @module status
 */
import { gunzipSync, gzipSync } from 'node:zlib'

/** GZIP-compresses `bytes`. */
export function gzip(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(gzipSync(bytes))
}

/** The outcome of {@link gunzip}: the bytes, or why there are none. */
export type GunzipResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'malformed'; message: string }

/** Inflates GZIP data, refusing to produce more than `maxBytes` bytes (a gzip bomb). Never throws. */
export function gunzip(bytes: Uint8Array, maxBytes: number): GunzipResult {
  try {
    return { ok: true, bytes: new Uint8Array(gunzipSync(bytes, { maxOutputLength: maxBytes })) }
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown }
    if (e?.code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      return { ok: false, reason: 'too-large', message: `the status list inflates to more than ${maxBytes} bytes` }
    }
    return { ok: false, reason: 'malformed', message: `the status list is not valid GZIP data: ${String(e?.message ?? error)}` }
  }
}
