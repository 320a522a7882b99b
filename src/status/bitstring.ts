/**
 * W3C Bitstring Status List encoding: a bitstring whose left-most bit (the most significant bit of
 * the first byte) is index 0, GZIP-compressed, then multibase base64url (prefix `u`, no padding).
 *
 * @module status
 */
import { base64url } from 'multiformats/bases/base64'
import { McredError } from '../errors/errors.js'
import { gunzip, gzip } from './gzip.js'

/**
 * The minimum length of a status list in entries (16 KiB of bits), W3C Bitstring Status List
 * §Bitstring Generation Algorithm.
 *
 * @example
 * ```ts
 * import { createBitstring, MIN_STATUS_LIST_LENGTH } from 'microcredentials'
 * const bits = createBitstring(MIN_STATUS_LIST_LENGTH)
 * ```
 */
export const MIN_STATUS_LIST_LENGTH = 131_072

/**
 * The default cap on the inflated size of a status list in bytes (16 MiB, 134,217,728 entries).
 *
 * @example
 * ```ts
 * import { decodeList, DEFAULT_MAX_LIST_BYTES } from 'microcredentials'
 * const bits = decodeList(encodedList, { maxBytes: DEFAULT_MAX_LIST_BYTES / 4 })
 * ```
 */
export const DEFAULT_MAX_LIST_BYTES = 16 * 1024 * 1024

/**
 * Thrown by {@link decodeList}: `ERR_RESOURCE_LIMIT_EXCEEDED` when the list inflates beyond the cap
 * (a gzip bomb), `ERR_INVALID_STATUS_LIST` when it is not multibase base64url GZIP data.
 *
 * @example
 * ```ts
 * import { decodeList, StatusListError } from 'microcredentials'
 * try { decodeList(encodedList) } catch (e) {
 *   if (e instanceof StatusListError && e.code === 'ERR_RESOURCE_LIMIT_EXCEEDED') console.log('gzip bomb')
 * }
 * ```
 */
export class StatusListError extends McredError {
  constructor(code: 'ERR_RESOURCE_LIMIT_EXCEEDED' | 'ERR_INVALID_STATUS_LIST', message: string) {
    super(code, message)
    this.name = 'StatusListError'
  }
}

/**
 * A zeroed bitstring of `length` entries (rounded up to whole bytes). Default 131,072.
 *
 * @example
 * ```ts
 * import { createBitstring, encodeList, setBit } from 'microcredentials'
 * const bits = createBitstring()
 * setBit(bits, 94567)
 * const encodedList = encodeList(bits)
 * ```
 */
export function createBitstring(length: number = MIN_STATUS_LIST_LENGTH): Uint8Array {
  if (!Number.isSafeInteger(length) || length < 0) throw new RangeError(`bitstring length must be a non-negative integer, got ${length}`)
  return new Uint8Array(Math.ceil(length / 8))
}

/**
 * Sets (or, with `value` false, clears) the bit at `index`; index 0 is the left-most bit.
 *
 * @example
 * ```ts
 * import { createBitstring, setBit } from 'microcredentials'
 * const bits = setBit(createBitstring(), 0) // bits[0] === 0b1000_0000
 * ```
 */
export function setBit(bits: Uint8Array, index: number, value = true): Uint8Array {
  checkIndex(bits, index)
  const mask = 0x80 >> (index & 7)
  const at = index >> 3
  const byte = bits[at] as number
  bits[at] = value ? byte | mask : byte & ~mask
  return bits
}

/**
 * The bit at `index` (index 0 is the left-most bit).
 *
 * @example
 * ```ts
 * import { decodeList, getBit } from 'microcredentials'
 * const revoked = getBit(decodeList(encodedList), 94567)
 * ```
 */
export function getBit(bits: Uint8Array, index: number): boolean {
  checkIndex(bits, index)
  return (((bits[index >> 3] as number) << (index & 7)) & 0x80) !== 0
}

/**
 * Encodes a bitstring as an `encodedList`: GZIP, then multibase base64url (`u…`).
 *
 * @example
 * ```ts
 * import { createBitstring, encodeList } from 'microcredentials'
 * const encodedList = encodeList(createBitstring()) // 'uH4sI…'
 * ```
 */
export function encodeList(bits: Uint8Array): string {
  return base64url.encode(gzip(bits))
}

/**
 * Options of {@link decodeList}.
 *
 * @example
 * ```ts
 * import { decodeList, type DecodeListOptions } from 'microcredentials'
 * const options: DecodeListOptions = { maxBytes: 1024 * 1024 }
 * const bits = decodeList(encodedList, options)
 * ```
 */
export interface DecodeListOptions {
  /** The most bytes the list may inflate to. Default {@link DEFAULT_MAX_LIST_BYTES}. */
  maxBytes?: number
}

/**
 * Decodes an `encodedList` (multibase base64url of GZIP data) to its bitstring, inflating at most
 * `maxBytes`. Throws a {@link StatusListError}.
 *
 * @example
 * ```ts
 * import { decodeList, getBit } from 'microcredentials'
 * const bits = decodeList(list.credentialSubject.encodedList, { maxBytes: 1024 * 1024 })
 * getBit(bits, 0)
 * ```
 */
export function decodeList(encoded: string, options: DecodeListOptions = {}): Uint8Array {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_LIST_BYTES
  if (typeof encoded !== 'string' || !encoded.startsWith('u')) {
    throw new StatusListError('ERR_INVALID_STATUS_LIST', 'encodedList must be a multibase base64url string ("u…")')
  }
  if (!/^u[A-Za-z0-9_-]*$/.test(encoded)) throw new StatusListError('ERR_INVALID_STATUS_LIST', 'encodedList is not valid base64url (no padding)')
  let compressed: Uint8Array
  try {
    compressed = base64url.decode(encoded)
  } catch (error) {
    throw new StatusListError('ERR_INVALID_STATUS_LIST', `encodedList is not valid base64url: ${(error as Error).message}`)
  }
  const inflated = gunzip(compressed, maxBytes)
  if (!inflated.ok) throw new StatusListError(inflated.reason === 'too-large' ? 'ERR_RESOURCE_LIMIT_EXCEEDED' : 'ERR_INVALID_STATUS_LIST', inflated.message)
  return inflated.bytes
}

function checkIndex(bits: Uint8Array, index: number): void {
  if (!Number.isSafeInteger(index) || index < 0 || index >= bits.length * 8) {
    throw new RangeError(`index ${index} is outside the bitstring (0..${bits.length * 8 - 1})`)
  }
}
