import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { bakeError } from './bake-error.js'
import { describe, expect, it } from 'vitest'
import { bakePng, extractCredential } from '../../src/bake/index.js'
import { ROOT } from '../helpers/fixtures.js'
import { chunkCrc, itxtData, makePng, pixelData, rawChunks, rawPixels, textChunkData, withChunks } from './png-helpers.js'

const CREDENTIAL = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: 'urn:uuid:2f5b8c7e-8a4e-4a51-9f0e-6f2d8f1d2b11',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'did:web:roc-zuidwaard.example.nl', type: ['Profile'], name: 'ROC Zuidwaard' },
  validFrom: '2025-09-01T00:00:00Z',
  name: 'Basiszorg — wijkverpleging',
  credentialSubject: { type: ['AchievementSubject'], achievement: { id: 'https://example.nl/a/1', type: ['Achievement'], name: 'Zoë’s zorg ✓ 🏥', criteria: { narrative: 'a ]]> b' } } },
}
const JWS = 'eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJkaWQ6a2V5Ono2TWsifQ.c2lnbmF0dXJlLWJ5dGVz'
const KEYWORD = 'openbadgecredential'

function credentialChunks(png: Uint8Array): ReturnType<typeof rawChunks> {
  return rawChunks(png).filter((c) => ['iTXt', 'tEXt', 'zTXt'].includes(c.name) && new TextDecoder().decode(c.data).split('\0')[0] === KEYWORD)
}

describe('bakePng', () => {
  it('round-trips a JSON credential and a VC-JWT', () => {
    const png = makePng()
    expect(extractCredential(bakePng(png, CREDENTIAL))).toEqual({ format: 'png', credential: CREDENTIAL })
    expect(extractCredential(bakePng(png, JWS))).toEqual({ format: 'png', credential: JWS })
  })

  it('writes one uncompressed iTXt chunk before IEND: keyword, NUL, flag 0, method 0, empty language and translated keyword, UTF-8 JSON', () => {
    const baked = bakePng(makePng(), CREDENTIAL)
    const chunks = rawChunks(baked)
    expect(chunks.map((c) => c.name)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND'])
    const itxt = chunks[2]!.data
    const head = new TextEncoder().encode(`${KEYWORD}\0`)
    expect(itxt.subarray(0, head.length)).toEqual(head)
    expect([...itxt.subarray(head.length, head.length + 4)]).toEqual([0, 0, 0, 0])
    expect(new TextDecoder('utf-8', { fatal: true }).decode(itxt.subarray(head.length + 4))).toBe(JSON.stringify(CREDENTIAL))
  })

  it('keeps the image a valid PNG: chunks in order, every CRC valid, IHDR and IDAT byte-identical, the pixels unchanged', () => {
    const png = makePng({ width: 16, height: 12, idatParts: 3, extra: [{ name: 'tEXt', data: textChunkData('Software', 'test') }] })
    const baked = bakePng(png, CREDENTIAL)
    expect([...baked.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const before = rawChunks(png)
    const after = rawChunks(baked)
    expect(after.map((c) => c.name)).toEqual(['IHDR', 'tEXt', 'IDAT', 'IDAT', 'IDAT', 'iTXt', 'IEND'])
    for (const chunk of after) expect(chunk.crc, chunk.name).toBe(chunkCrc(chunk.name, chunk.data))
    const kept = after.filter((c) => c.name !== 'iTXt')
    expect(kept.map((c) => [c.name, [...c.data]])).toEqual(before.map((c) => [c.name, [...c.data]]))
    expect(pixelData(baked)).toEqual(rawPixels(16, 12))
    expect(pixelData(baked)).toEqual(pixelData(png))
  })

  it('does not change its input', () => {
    const png = makePng()
    const copy = png.slice()
    bakePng(png, CREDENTIAL)
    expect(png).toEqual(copy)
  })

  it('baking twice replaces: exactly one credential chunk, holding the second credential', () => {
    const once = bakePng(makePng(), CREDENTIAL)
    const twice = bakePng(once, JWS)
    expect(credentialChunks(twice)).toHaveLength(1)
    expect(extractCredential(twice).credential).toBe(JWS)
    expect(bakePng(twice, CREDENTIAL)).toEqual(once)
  })

  it('replaces an Open Badges 2.0 "openbadges" assertion (iTXt or tEXt) and a tEXt "openbadgecredential"', () => {
    const png = makePng({ extra: [
      { name: 'iTXt', data: itxtData('openbadges', '{"type":"Assertion"}') },
      { name: 'tEXt', data: textChunkData('openbadges', 'https://example.org/assertions/1') },
      { name: 'tEXt', data: textChunkData(KEYWORD, '{"old":true}') },
      { name: 'tEXt', data: textChunkData('Comment', 'kept') },
    ] })
    const baked = bakePng(png, CREDENTIAL)
    expect(rawChunks(baked).map((c) => c.name)).toEqual(['IHDR', 'tEXt', 'IDAT', 'iTXt', 'IEND'])
    expect(new TextDecoder().decode(rawChunks(baked)[1]!.data)).toBe('Comment\0kept')
    expect(extractCredential(baked).credential).toEqual(CREDENTIAL)
  })

  it('bakes the sample badge image (a PNG written by resvg) and keeps its pixels', () => {
    const png = new Uint8Array(readFileSync(join(ROOT, 'examples/images/badge.png')))
    const baked = bakePng(png, CREDENTIAL)
    expect(extractCredential(baked)).toEqual({ format: 'png', credential: CREDENTIAL })
    expect(pixelData(baked)).toEqual(pixelData(png))
  })

  it('refuses a non-PNG, a string that is not a JWS, and objects extraction would refuse', () => {
    expect(bakeError(() => bakePng(new TextEncoder().encode('<svg/>'), CREDENTIAL)).code).toBe('ERR_MALFORMED_PNG')
    expect(bakeError(() => bakePng(makePng(), 'not a jws')).code).toBe('ERR_MALFORMED_CREDENTIAL')
    expect(bakeError(() => bakePng(makePng(), [1, 2] as never)).code).toBe('ERR_MALFORMED_CREDENTIAL')
    expect(bakeError(() => bakePng(makePng(), null as never)).code).toBe('ERR_MALFORMED_CREDENTIAL')
    const polluted = JSON.parse('{"a":1,"__proto__":{"x":1}}') as Record<string, unknown>
    expect(bakeError(() => bakePng(makePng(), polluted)).message).toContain('__proto__')
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(bakeError(() => bakePng(makePng(), cyclic)).code).toBe('ERR_MALFORMED_CREDENTIAL')
  })
})

describe('extractCredential from a PNG', () => {
  const baked = (text: Uint8Array | string, options?: Parameters<typeof itxtData>[2]): Uint8Array =>
    withChunks(makePng(), [{ name: 'iTXt', data: itxtData(KEYWORD, text, options) }])

  it('reads a chunk another baker wrote (language tag, translated keyword, whitespace around the JSON)', () => {
    const png = baked(`\n  ${JSON.stringify(CREDENTIAL, null, 2)}\n`, { language: 'nl', translated: 'open badge-credential' })
    expect(extractCredential(png).credential).toEqual(CREDENTIAL)
  })

  it('ERR_NO_CREDENTIAL without a credential chunk; an OB 2.0 assertion is named', () => {
    expect(bakeError(() => extractCredential(makePng())).code).toBe('ERR_NO_CREDENTIAL')
    const ob2 = bakeError(() => extractCredential(withChunks(makePng(), [{ name: 'iTXt', data: itxtData('openbadges', '{}') }])))
    expect(ob2.code).toBe('ERR_NO_CREDENTIAL')
    expect(ob2.message).toContain('Open Badges 2.0')
  })

  it('ERR_TWO_CREDENTIALS for two credential chunks, naming both', () => {
    const png = withChunks(makePng(), [
      { name: 'iTXt', data: itxtData(KEYWORD, JSON.stringify(CREDENTIAL)) },
      { name: 'iTXt', data: itxtData(KEYWORD, JWS) },
    ])
    const e = bakeError(() => extractCredential(png))
    expect(e.code).toBe('ERR_TWO_CREDENTIALS')
    expect(e.message).toContain('chunks 2 (iTXt), 3 (iTXt)')
    const mixed = withChunks(makePng(), [{ name: 'tEXt', data: textChunkData(KEYWORD, JWS) }, { name: 'iTXt', data: itxtData(KEYWORD, JWS) }])
    expect(bakeError(() => extractCredential(mixed)).code).toBe('ERR_TWO_CREDENTIALS')
  })

  it('ERR_MALFORMED_CREDENTIAL: compressed iTXt, bad UTF-8, neither JSON object nor JWS, tEXt instead of iTXt, broken layout', () => {
    const compressed = bakeError(() => extractCredential(baked(new Uint8Array(deflateSync(JSON.stringify(CREDENTIAL))), { flag: 1 })))
    expect(compressed.code).toBe('ERR_MALFORMED_CREDENTIAL')
    expect(compressed.message).toMatch(/chunk 2 .*compressed/)
    expect(bakeError(() => extractCredential(baked(Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d)))).message).toContain('not valid UTF-8')
    expect(bakeError(() => extractCredential(baked('hello'))).message).toContain('neither a JSON object nor a compact JWS')
    expect(bakeError(() => extractCredential(baked('[1,2]'))).code).toBe('ERR_MALFORMED_CREDENTIAL')
    expect(bakeError(() => extractCredential(baked('{"a":'))).code).toBe('ERR_MALFORMED_CREDENTIAL')
    expect(bakeError(() => extractCredential(baked(''))).message).toContain('empty')
    expect(bakeError(() => extractCredential(baked('{}', { flag: 2 }))).message).toContain('compression flag')
    expect(bakeError(() => extractCredential(baked('{}', { method: 1 }))).message).toContain('compression method')
    const text = withChunks(makePng(), [{ name: 'tEXt', data: textChunkData(KEYWORD, JSON.stringify(CREDENTIAL)) }])
    expect(bakeError(() => extractCredential(text)).message).toContain('must be in an iTXt chunk')
    const cut = withChunks(makePng(), [{ name: 'iTXt', data: textChunkData(KEYWORD, Uint8Array.of(0, 0)) }])
    expect(bakeError(() => extractCredential(cut)).code).toBe('ERR_MALFORMED_CREDENTIAL')
  })

  it('refuses duplicate keys and __proto__ keys (strict JSON), saying where', () => {
    const duplicate = bakeError(() => extractCredential(baked('{"id":"urn:a","credentialSubject":{"id":"x","id":"y"}}')))
    expect(duplicate.code).toBe('ERR_MALFORMED_CREDENTIAL')
    expect(duplicate.message).toContain('duplicate key "id" at $.credentialSubject')
    const proto = bakeError(() => extractCredential(baked('{"a":{"__proto__":{"admin":true}}}')))
    expect(proto.code).toBe('ERR_MALFORMED_CREDENTIAL')
    expect(proto.message).toContain('__proto__')
  })

  it('ERR_MALFORMED_PNG on a CRC mismatch, naming the chunk (also among several IDAT chunks)', () => {
    const png = bakePng(makePng({ width: 32, height: 32, idatParts: 4 }), CREDENTIAL)
    const chunks = rawChunks(png)
    for (const index of [0, 2, 3, 5]) {
      const chunk = chunks[index]!
      const broken = png.slice()
      broken[chunk.offset + 8] = broken[chunk.offset + 8]! ^ 0x01 // first data byte
      const e = bakeError(() => extractCredential(broken))
      expect(e.code).toBe('ERR_MALFORMED_PNG')
      expect(e.message).toContain(`chunk ${index} (${chunk.name}, byte offset ${chunk.offset}) fails its CRC check`)
    }
    const badCrc = png.slice()
    const crcAt = chunks[1]!.offset + 8 + chunks[1]!.data.length
    badCrc[crcAt] = badCrc[crcAt]! ^ 0x80 // the stored CRC itself
    expect(bakeError(() => extractCredential(badCrc)).message).toContain('chunk 1 (IDAT')
  })

  it('ERR_MALFORMED_PNG on a truncated file, a missing IEND, a huge length, a bad type or IHDR not first', () => {
    const png = bakePng(makePng(), CREDENTIAL)
    const chunks = rawChunks(png)
    for (const length of [png.length - 1, png.length - 12, chunks[2]!.offset + 20, chunks[1]!.offset + 3, 8, 12]) {
      const e = bakeError(() => extractCredential(png.slice(0, length)))
      expect(e.code, `cut at ${length}`).toBe('ERR_MALFORMED_PNG')
    }
    expect(bakeError(() => extractCredential(png.slice(0, png.length - 12))).message).toContain('without an IEND chunk')
    expect(bakeError(() => extractCredential(png.slice(0, chunks[2]!.offset + 20))).message).toMatch(/truncated: chunk 2 \(iTXt/)
    const huge = png.slice()
    new DataView(huge.buffer).setUint32(chunks[1]!.offset, 0xfffffff0)
    expect(bakeError(() => extractCredential(huge)).message).toContain('more than the 2^31-1')
    const large = png.slice()
    new DataView(large.buffer).setUint32(chunks[1]!.offset, 0x7ffffff0)
    expect(bakeError(() => extractCredential(large)).message).toMatch(/chunk 1 \(IDAT.*ends \d+ bytes short/)
    const badType = png.slice()
    badType[chunks[1]!.offset + 5] = 0x31
    expect(bakeError(() => extractCredential(badType)).message).toContain('invalid type')
    const noIhdr = png.slice()
    noIhdr.set([0x49, 0x44, 0x41, 0x54], chunks[0]!.offset + 4)
    expect(bakeError(() => extractCredential(noIhdr)).message).toContain('must be IHDR')
  })

  it('ignores bytes after IEND', () => {
    const png = bakePng(makePng(), JWS)
    const trailing = new Uint8Array(png.length + 5)
    trailing.set(png)
    trailing.set([1, 2, 3, 4, 5], png.length)
    expect(extractCredential(trailing).credential).toBe(JWS)
  })

  it('ERR_NOT_AN_IMAGE for bytes that are neither PNG nor SVG', () => {
    for (const bytes of [new Uint8Array(0), Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), new TextEncoder().encode('{"a":1}'), Uint8Array.of(0x89, 0x50, 0x4e)]) {
      expect(bakeError(() => extractCredential(bytes)).code).toBe('ERR_NOT_AN_IMAGE')
    }
    expect(bakeError(() => extractCredential(42 as never)).code).toBe('ERR_NOT_AN_IMAGE')
  })

  it('accepts a Node Buffer (a Uint8Array) and a subarray view into a larger buffer', () => {
    const png = bakePng(makePng(), CREDENTIAL)
    expect(extractCredential(Buffer.from(png)).credential).toEqual(CREDENTIAL)
    const big = new Uint8Array(png.length + 10)
    big.set(png, 7)
    expect(extractCredential(big.subarray(7, 7 + png.length)).credential).toEqual(CREDENTIAL)
  })
})
