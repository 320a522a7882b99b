import { gzipSync } from 'node:zlib'
import { base64url } from 'multiformats/bases/base64'
import { describe, expect, it } from 'vitest'
import { createBitstring, decodeList, encodeList, getBit, setBit, StatusListError } from '../../src/status/bitstring.js'

describe('bitstring encoding', () => {
  it('round-trips through encodeList/decodeList; the encoding is multibase base64url of GZIP', () => {
    const bits = createBitstring()
    expect(bits.length).toBe(16 * 1024)
    setBit(setBit(setBit(bits, 0), 94567), 131_071)
    const encoded = encodeList(bits)
    expect(encoded).toMatch(/^uH4sI[A-Za-z0-9_-]+$/) // 'u' + base64url of the GZIP magic 1f 8b 08
    const back = decodeList(encoded)
    expect(back).toEqual(bits)
    expect([0, 1, 94566, 94567, 94568, 131_071].map((i) => getBit(back, i))).toEqual([true, false, false, true, false, true])
  })

  it('index 0 is the left-most bit (the most significant bit of the first byte)', () => {
    const bits = setBit(createBitstring(16), 0)
    expect(bits[0]).toBe(0b1000_0000)
    setBit(bits, 7)
    expect(bits[0]).toBe(0b1000_0001)
    setBit(bits, 0, false)
    expect(bits[0]).toBe(0b0000_0001)
    const external = new Uint8Array(2)
    external[1] = 0b0100_0000
    expect(getBit(external, 9)).toBe(true)
    expect(getBit(external, 8)).toBe(false)
    expect(getBit(external, 14)).toBe(false)
  })

  it('decodes a list encoded elsewhere (gzip + base64url)', () => {
    const raw = new Uint8Array(16 * 1024)
    raw[0] = 0x80
    expect(getBit(decodeList(base64url.encode(gzipSync(raw))), 0)).toBe(true)
  })

  it('out-of-range bit indexes throw RangeError', () => {
    const bits = createBitstring(8)
    expect(() => getBit(bits, 8)).toThrow(RangeError)
    expect(() => setBit(bits, -1)).toThrow(RangeError)
  })

  it('a gzip bomb is capped: ERR_RESOURCE_LIMIT_EXCEEDED', () => {
    const bomb = base64url.encode(gzipSync(new Uint8Array(32 * 1024 * 1024)))
    expect(bomb.length).toBeLessThan(64 * 1024)
    expect(() => decodeList(bomb)).toThrow(StatusListError)
    try {
      decodeList(bomb)
    } catch (e) {
      expect((e as StatusListError).code).toBe('ERR_RESOURCE_LIMIT_EXCEEDED')
    }
    const small = encodeList(createBitstring())
    expect(() => decodeList(small, { maxBytes: 1024 })).toThrow(/inflates to more than 1024 bytes/)
    expect(decodeList(small, { maxBytes: 16 * 1024 }).length).toBe(16 * 1024)
  })

  it('malformed encodings: ERR_INVALID_STATUS_LIST', () => {
    for (const bad of ['H4sIAAAA', 'z123', 'u!!!!', 'u' + base64url.encode(new Uint8Array([1, 2, 3])).slice(1), 'uAAAA==']) {
      expect(() => decodeList(bad), bad).toThrow(expect.objectContaining({ code: 'ERR_INVALID_STATUS_LIST' }))
    }
  })
})
