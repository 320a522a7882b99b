/**
 * File names of batch results.
 *
 * @module batch
 */
import { hashHex } from './batch-ids.js'

/** Names that are safe as they are: lower-case letters, digits, `-` and `_`, not too long. */
const PLAIN = /^[a-z0-9][a-z0-9_-]{0,99}$/
/** Device names Windows reserves, with any extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/

/**
 * The file name (`<name>.json`) of the credential issued under a row id: the id itself when it is a
 * plain lower-case name (derived row ids always are), else a readable part of it and 16 hex characters
 * of its SHA-256 (after a `.`, which plain names never have), so different ids never share a name, even on case-insensitive file systems, and no id
 * can name a path outside the folder.
 *
 * @example
 * ```ts
 * import { credentialFileName } from 'microcredentials/batch'
 * credentialFileName('9f2c0a1b2c3d4e5f60718293a4b5c6d7') // '9f2c0a1b2c3d4e5f60718293a4b5c6d7.json'
 * credentialFileName('SIS/2026/000123') // 'sis_2026_000123.<16 hex>.json'
 * ```
 */
export function credentialFileName(id: string): string {
  if (PLAIN.test(id) && !RESERVED.test(id)) return `${id}.json`
  const readable = id.toLowerCase().replace(/[^a-z0-9_-]+/g, '_').replace(/^[_-]+/, '').slice(0, 60) || 'row'
  // Windows reserves `con.<anything>` too.
  return `${RESERVED.test(readable) ? `${readable}_` : readable}.${hashHex('mcred-batch-file', id).slice(0, 16)}.json`
}
