import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { gunzip, gzip } from '../../src/status/gzip.js'

const data = new Uint8Array(20_000).map((_, i) => (i * 7) % 251)

describe('status list GZIP (fflate, browser-safe)', () => {
  it('round trips, and Node reads what it writes', () => {
    const packed = gzip(data)
    expect(gunzip(packed, data.length)).toEqual({ ok: true, bytes: data })
    expect(gunzip(new Uint8Array(gzipSync(data)), data.length)).toEqual({ ok: true, bytes: data })
  })

  it('refuses output past the cap, and stops early (a bomb)', () => {
    expect(gunzip(gzip(data), data.length - 1)).toMatchObject({ ok: false, reason: 'too-large' })
    const bomb = new Uint8Array(gzipSync(new Uint8Array(64 * 1024 * 1024)))
    expect(gunzip(bomb, 1024 * 1024)).toMatchObject({ ok: false, reason: 'too-large' })
  })

  it('refuses what is not GZIP: no header, truncated, bad CRC, bad length, empty', () => {
    const good = gzip(data)
    const badCrc = good.slice()
    badCrc[badCrc.length - 8] = (badCrc[badCrc.length - 8] ?? 0) ^ 1
    const badSize = good.slice()
    badSize[badSize.length - 1] = (badSize[badSize.length - 1] ?? 0) ^ 1
    const noHeader = good.slice()
    noHeader[0] = 0
    for (const [name, bytes] of Object.entries({ badCrc, badSize, noHeader, truncated: good.subarray(0, good.length - 20), empty: new Uint8Array(0), tiny: new Uint8Array([1, 2, 3]) })) {
      expect(gunzip(bytes, 1e6), name).toMatchObject({ ok: false, reason: 'malformed' })
    }
  })
})
