import { describe, expect, it } from 'vitest'
import { InvalidArgumentError } from '../../src/errors/errors.js'
import { decodeList, getBit, MIN_STATUS_LIST_LENGTH } from '../../src/status/bitstring.js'
import { buildStatusListCredential, statusListEntry, type StatusListSpec } from '../../src/status/status-list-credential.js'

const URL1 = 'https://school.example.nl/status/1'
const ISSUER = 'did:web:school.example.nl'
const spec = (extra: Partial<StatusListSpec> = {}): StatusListSpec => ({
  url: URL1, issuer: ISSUER, purpose: 'revocation', setIndexes: [], validFrom: '2026-11-23T00:00:00Z', ...extra,
})
const subjectOf = (list: Record<string, unknown>) => list.credentialSubject as Record<string, unknown>

describe('statusListEntry', () => {
  it('is a BitstringStatusListEntry with the index as a string and id <url>#<index>', () => {
    expect(statusListEntry({ statusListCredential: URL1, statusListIndex: 94567, statusPurpose: 'revocation' })).toEqual({
      id: `${URL1}#94567`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '94567',
      statusListCredential: URL1,
    })
  })

  it('keeps the purpose and handles index 0 and the largest safe integer', () => {
    const suspension = statusListEntry({ statusListCredential: URL1, statusListIndex: 0, statusPurpose: 'suspension' })
    expect(suspension).toMatchObject({ id: `${URL1}#0`, statusListIndex: '0', statusPurpose: 'suspension' })
    expect(statusListEntry({ statusListCredential: URL1, statusListIndex: Number.MAX_SAFE_INTEGER, statusPurpose: 'revocation' }).statusListIndex)
      .toBe(String(Number.MAX_SAFE_INTEGER))
  })

  it('a negative, fractional, unsafe or non-number index throws InvalidArgumentError', () => {
    for (const index of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '7' as unknown as number, undefined as unknown as number]) {
      expect(() => statusListEntry({ statusListCredential: URL1, statusListIndex: index, statusPurpose: 'revocation' }), String(index)).toThrow(InvalidArgumentError)
    }
  })
})

describe('buildStatusListCredential', () => {
  it('is an unsigned VCDM 2.0 BitstringStatusListCredential with the given fields', () => {
    const list = buildStatusListCredential(spec({ validUntil: '2026-11-30T00:00:00Z' }))
    expect(list['@context']).toEqual(['https://www.w3.org/ns/credentials/v2'])
    expect(list.id).toBe(URL1)
    expect(list.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential'])
    expect(list.issuer).toBe(ISSUER)
    expect(list.validFrom).toBe('2026-11-23T00:00:00Z')
    expect(list.validUntil).toBe('2026-11-30T00:00:00Z')
    expect(list.proof).toBeUndefined()
    const subject = subjectOf(list)
    expect(Object.keys(subject).sort()).toEqual(['encodedList', 'id', 'statusPurpose', 'type'])
    expect(subject).toMatchObject({ id: `${URL1}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation' })
    expect(subject.encodedList).toMatch(/^u[A-Za-z0-9_-]+$/)
  })

  it('leaves validUntil out when not given, and writes the purpose given', () => {
    const list = buildStatusListCredential(spec({ purpose: 'suspension' }))
    expect('validUntil' in list).toBe(false)
    expect(subjectOf(list).statusPurpose).toBe('suspension')
  })

  it('the bits given are set, and only those, at the default length 131,072', () => {
    const set = [0, 7, 8, 94_567, MIN_STATUS_LIST_LENGTH - 1]
    const bits = decodeList(subjectOf(buildStatusListCredential(spec({ setIndexes: set }))).encodedList as string)
    expect(bits.length * 8).toBe(MIN_STATUS_LIST_LENGTH)
    for (const i of set) expect(getBit(bits, i), String(i)).toBe(true)
    for (const i of [1, 6, 9, 94_566, 94_568, MIN_STATUS_LIST_LENGTH - 2]) expect(getBit(bits, i), String(i)).toBe(false)
    let count = 0
    for (const byte of bits) for (let b = byte; b; b &= b - 1) count++
    expect(count).toBe(set.length)
  })

  it('an empty list decodes to all zeros; a repeated index is just set', () => {
    const empty = decodeList(subjectOf(buildStatusListCredential(spec())).encodedList as string)
    expect(empty.every((b) => b === 0)).toBe(true)
    const twice = decodeList(subjectOf(buildStatusListCredential(spec({ setIndexes: [5, 5] }))).encodedList as string)
    expect(getBit(twice, 5)).toBe(true)
  })

  it('a longer length (a multiple of 8) is kept', () => {
    const length = MIN_STATUS_LIST_LENGTH + 8
    const bits = decodeList(subjectOf(buildStatusListCredential(spec({ length, setIndexes: [length - 1] }))).encodedList as string)
    expect(bits.length * 8).toBe(length)
    expect(getBit(bits, length - 1)).toBe(true)
  })

  it('a length under 131,072, not a multiple of 8, or not an integer throws InvalidArgumentError', () => {
    for (const length of [MIN_STATUS_LIST_LENGTH - 8, 1024, MIN_STATUS_LIST_LENGTH + 4, MIN_STATUS_LIST_LENGTH + 0.5, Number.NaN]) {
      expect(() => buildStatusListCredential(spec({ length })), String(length)).toThrow(InvalidArgumentError)
    }
  })

  it('an index outside the list throws InvalidArgumentError', () => {
    for (const index of [-1, MIN_STATUS_LIST_LENGTH, MIN_STATUS_LIST_LENGTH + 100, 1.5, Number.NaN]) {
      expect(() => buildStatusListCredential(spec({ setIndexes: [3, index] })), String(index)).toThrow(InvalidArgumentError)
    }
    expect(() => buildStatusListCredential(spec({ length: MIN_STATUS_LIST_LENGTH + 8, setIndexes: [MIN_STATUS_LIST_LENGTH + 8] }))).toThrow(/outside/)
  })
})
