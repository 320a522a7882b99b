/**
 * Issuer side of W3C Bitstring Status List: the `credentialStatus` entry of a credential and the
 * (unsigned) status list credential an institution publishes.
 *
 * @module status
 */
import { VC_V2_CONTEXT } from '../contexts/urls.js'
import { InvalidArgumentError } from '../errors/errors.js'
import type { StatusAllocation, StatusPurpose } from '../model/issuance-store.js'
import { createBitstring, encodeList, MIN_STATUS_LIST_LENGTH, setBit } from './bitstring.js'

/**
 * The `BitstringStatusListEntry` for a status list slot (index written as a string, as the spec's
 * examples do).
 *
 * @example
 * ```ts
 * import { statusListEntry } from 'microcredentials/status'
 * credential.credentialStatus = statusListEntry({ statusListCredential: 'https://school.example.nl/status/1', statusListIndex: 94567, statusPurpose: 'revocation' })
 * ```
 */
export function statusListEntry(slot: StatusAllocation): Record<string, string> {
  if (!Number.isSafeInteger(slot.statusListIndex) || slot.statusListIndex < 0) {
    throw new InvalidArgumentError(`statusListIndex must be a non-negative integer, got ${String(slot.statusListIndex)}`)
  }
  return {
    id: `${slot.statusListCredential}#${slot.statusListIndex}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: slot.statusPurpose,
    statusListIndex: String(slot.statusListIndex),
    statusListCredential: slot.statusListCredential,
  }
}

/**
 * What {@link buildStatusListCredential} needs.
 *
 * @example
 * ```ts
 * import type { StatusListSpec } from 'microcredentials/status'
 * const spec: StatusListSpec = { url: 'https://school.example.nl/status/1', issuer: 'did:web:school.example.nl', purpose: 'revocation', setIndexes: [94567], validFrom: '2026-11-23T00:00:00Z', validUntil: '2026-11-30T00:00:00Z' }
 * ```
 */
export interface StatusListSpec {
  /** Where the list is hosted; also the credential's `id`. */
  url: string
  /** The issuer (the same as the credentials' issuer, unless verifiers trust another list issuer). */
  issuer: string
  purpose: StatusPurpose
  /** Entries. Default 131,072. */
  length?: number
  /** Indexes whose bit is set. */
  setIndexes: readonly number[]
  validFrom: string
  validUntil?: string
}

/**
 * An unsigned `BitstringStatusListCredential` (VCDM 2.0) with the given bits set; sign it with
 * `issueStatusListCredential` from `microcredentials/issue` and host it at `url`.
 *
 * @example
 * ```ts
 * import { buildStatusListCredential } from 'microcredentials/status'
 * const unsigned = buildStatusListCredential({ url, issuer, purpose: 'revocation', setIndexes: [94567], validFrom: new Date().toISOString() })
 * ```
 */
export function buildStatusListCredential(spec: StatusListSpec): Record<string, unknown> {
  const length = spec.length ?? MIN_STATUS_LIST_LENGTH
  if (!Number.isSafeInteger(length) || length < MIN_STATUS_LIST_LENGTH || length % 8 !== 0) {
    throw new InvalidArgumentError(`status list length must be a multiple of 8 of at least ${MIN_STATUS_LIST_LENGTH}, got ${String(length)}`)
  }
  const bits = createBitstring(length)
  for (const index of spec.setIndexes) {
    if (!Number.isSafeInteger(index) || index < 0 || index >= length) throw new InvalidArgumentError(`status list index ${String(index)} is outside 0..${length - 1}`)
    setBit(bits, index)
  }
  return {
    '@context': [VC_V2_CONTEXT],
    id: spec.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: spec.issuer,
    validFrom: spec.validFrom,
    ...(spec.validUntil === undefined ? {} : { validUntil: spec.validUntil }),
    credentialSubject: { id: `${spec.url}#list`, type: 'BitstringStatusList', statusPurpose: spec.purpose, encodedList: encodeList(bits) },
  }
}
