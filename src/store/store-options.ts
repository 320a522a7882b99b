/**
 * Options shared by the store openers.
 *
 * @module store
 */
import { randomBytes as nodeRandomBytes } from 'node:crypto'
import { InvalidArgumentError } from '../errors/errors.js'
import type { StatusPurpose } from '../model/issuance-store.js'
import type { RandomInt } from './allocate-slot.js'

/**
 * Options of `openStore`, `openSqliteStore` and `openPostgresStore`. The status list settings are
 * kept in the store on first open; later opens may leave them out, and may not change them.
 *
 * @example
 * ```ts
 * import { openStore, type OpenStoreOptions } from 'microcredentials/store'
 * const options: OpenStoreOptions = { statusListBaseUrl: 'https://school.example.nl/status', statusPurpose: 'revocation' }
 * const store = await openStore('issued.db', options)
 * ```
 */
export interface OpenStoreOptions {
  /** Where the institution hosts its status lists: list n is published at `<base>/<n>`. Needed before the first issuance. */
  statusListBaseUrl?: string
  /** `revocation` (default, final) or `suspension` (suspend and reinstate). One per store: OB 3.0 allows one `credentialStatus`. */
  statusPurpose?: StatusPurpose
  /** Entries per list. Default and minimum 131,072 (a multiple of 8). */
  statusListLength?: number
  /** Random bytes for index allocation. Default: `crypto.randomBytes`. */
  randomBytes?: (size: number) => Uint8Array
  /** The time written for migrations. Default: now. */
  now?: () => Date
}

/** A uniform random integer in [0, n) from `randomBytes` (rejection sampling on 32 bits). */
export function randomIntFrom(randomBytes: (size: number) => Uint8Array = nodeRandomBytes): RandomInt {
  return (n: number) => {
    if (!Number.isSafeInteger(n) || n <= 0 || n > 2 ** 32) throw new InvalidArgumentError(`random range must be 1..2^32, got ${n}`)
    const limit = Math.floor(2 ** 32 / n) * n
    for (;;) {
      const bytes = randomBytes(4)
      if (!(bytes instanceof Uint8Array) || bytes.length < 4) throw new InvalidArgumentError('"randomBytes" must return the number of bytes asked for')
      const value = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0
      if (value < limit) return value % n
    }
  }
}
