/**
 * Internal: the only images a badge may embed are `data:` URLs of PNG, JPEG or SVG, base64-encoded,
 * whose bytes start like such a file. Anything else (an http URL, another media type, a data URL with
 * parameters or spaces) would make the badge depend on the network or carry something unexpected.
 *
 * @module render
 */
import { InvalidArgumentError } from '../errors/errors.js'

const DATA_IMAGE = /^data:image\/(png|jpeg|svg\+xml);base64,([A-Za-z0-9+/]+={0,2})$/

/** Largest accepted data URL, in characters (about 3 MiB of image). */
const MAX_IMAGE_DATA_URL = 4 * 1024 * 1024

/** Why `value` is not an acceptable image data URL, or `undefined` when it is. */
export function imageDataUrlProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'must be a string'
  if (value.length > MAX_IMAGE_DATA_URL) return `is longer than ${MAX_IMAGE_DATA_URL} characters`
  const m = DATA_IMAGE.exec(value)
  if (!m) return 'must be a data URL "data:image/png;base64,...", "data:image/jpeg;base64,..." or "data:image/svg+xml;base64,..."'
  const [, type, data] = m as unknown as [string, string, string]
  if (data.length % 4 !== 0) return 'has malformed base64 (length not a multiple of 4)'
  let head: string
  try {
    head = atob(data.slice(0, 4096))
  } catch {
    return 'has malformed base64'
  }
  const ok = type === 'png' ? head.startsWith('\x89PNG\r\n\x1a\n')
    : type === 'jpeg' ? head.startsWith('\xFF\xD8\xFF')
      : /^(\xEF\xBB\xBF)?\s*</.test(head)
  return ok ? undefined : `does not hold ${type === 'svg+xml' ? 'SVG' : type.toUpperCase()} data`
}

/** `value` when it is an acceptable image data URL; else throws `InvalidArgumentError` naming `what`. */
export function checkImageDataUrl(value: unknown, what: string): string {
  const problem = imageDataUrlProblem(value)
  if (problem !== undefined) throw new InvalidArgumentError(`${what} ${problem}`)
  return value as string
}
