/**
 * Internal: joins byte chunks (a stream read, an inflater's output) into one array, without `Buffer`.
 *
 * @module lib
 */

/** The chunks one after another; `total` is their summed length when the caller already knows it. */
export function concatBytes(chunks: readonly Uint8Array[], total = chunks.reduce((n, c) => n + c.byteLength, 0)): Uint8Array {
  if (chunks.length === 1 && chunks[0]?.byteLength === total) return chunks[0]
  const out = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.byteLength
  }
  return out
}
