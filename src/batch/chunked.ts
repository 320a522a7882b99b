/**
 * Internal: an input read lazily in arrays of at most `size` items.
 *
 * @module batch
 */

/** Pulls `size` items per step from the source; stopping early closes the source. */
export async function* chunked<T>(source: AsyncIterable<T> | Iterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = []
  for await (const item of source) {
    chunk.push(item)
    if (chunk.length >= size) {
      yield chunk
      chunk = []
    }
  }
  if (chunk.length > 0) yield chunk
}
