/**
 * Helpers of the bake tests: real PNG images made with node:zlib and png-chunks-encode, and an
 * independent chunk reader (its own CRC-32) to check what baking wrote.
 */
import { deflateSync, inflateSync } from 'node:zlib'
import encodeChunks from 'png-chunks-encode'

/** One chunk as the file holds it. */
export interface RawChunk {
  name: string
  data: Uint8Array
  /** The CRC stored in the file. */
  crc: number
  /** Offset of its length field. */
  offset: number
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

/** CRC-32 (ISO 3309, as PNG uses it), written here independently of the code under test. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** The CRC PNG computes for a chunk: over type and data. */
export function chunkCrc(name: string, data: Uint8Array): number {
  const bytes = new Uint8Array(4 + data.length)
  bytes.set(Array.from(name, (c) => c.charCodeAt(0)))
  bytes.set(data, 4)
  return crc32(bytes)
}

/** Reads every chunk without any library: length, type, data, stored CRC. */
export function rawChunks(png: Uint8Array): RawChunk[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const chunks: RawChunk[] = []
  let offset = 8
  while (offset < png.length) {
    const length = view.getUint32(offset)
    const name = String.fromCharCode(...png.subarray(offset + 4, offset + 8))
    chunks.push({ name, data: png.slice(offset + 8, offset + 8 + length), crc: view.getUint32(offset + 8 + length), offset })
    offset += 12 + length
  }
  return chunks
}

/** An RGBA test image, `width` x `height`, pixel (x, y) = [x*16, y*16, (x+y)*8, 255]; IDAT split into `idatParts` chunks. */
export function makePng(options: { width?: number; height?: number; idatParts?: number; extra?: Array<{ name: string; data: Uint8Array }> } = {}): Uint8Array {
  const { width = 8, height = 6, idatParts = 1, extra = [] } = options
  const raw = rawPixels(width, height)
  const idat = new Uint8Array(deflateSync(raw))
  const ihdr = new Uint8Array(13)
  const view = new DataView(ihdr.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  ihdr.set([8, 6, 0, 0, 0], 8) // 8 bits, RGBA, deflate, adaptive filter, no interlace
  const step = Math.ceil(idat.length / idatParts)
  const parts = Array.from({ length: idatParts }, (_, i) => ({ name: 'IDAT', data: idat.slice(i * step, (i + 1) * step) }))
  return encodeChunks([{ name: 'IHDR', data: ihdr }, ...extra, ...parts, { name: 'IEND', data: new Uint8Array(0) }])
}

/** The filtered scanlines of {@link makePng}'s image (filter byte 0 per row). */
export function rawPixels(width = 8, height = 6): Uint8Array {
  const raw = new Uint8Array(height * (1 + width * 4))
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 4)
    for (let x = 0; x < width; x++) raw.set([x * 16, y * 16, (x + y) * 8, 255], row + 1 + x * 4)
  }
  return raw
}

/** The image data of a PNG: every IDAT chunk's data, concatenated and inflated. */
export function pixelData(png: Uint8Array): Uint8Array {
  const idat = rawChunks(png).filter((c) => c.name === 'IDAT')
  return new Uint8Array(inflateSync(Buffer.concat(idat.map((c) => c.data))))
}

/** Text chunk data: keyword, NUL, then `rest`. */
export function textChunkData(keyword: string, rest: Uint8Array | string): Uint8Array {
  const tail = typeof rest === 'string' ? new TextEncoder().encode(rest) : rest
  return Uint8Array.from([...Array.from(keyword, (c) => c.charCodeAt(0)), 0, ...tail])
}

/** iTXt data with the given compression flag and method, language tag, translated keyword and text bytes. */
export function itxtData(keyword: string, text: Uint8Array | string, options: { flag?: number; method?: number; language?: string; translated?: string } = {}): Uint8Array {
  const { flag = 0, method = 0, language = '', translated = '' } = options
  const body = typeof text === 'string' ? new TextEncoder().encode(text) : text
  const enc = new TextEncoder()
  return textChunkData(keyword, Uint8Array.from([flag, method, ...enc.encode(language), 0, ...enc.encode(translated), 0, ...body]))
}

/** The image with `chunks` inserted before IEND. */
export function withChunks(png: Uint8Array, chunks: Array<{ name: string; data: Uint8Array }>): Uint8Array {
  const all = rawChunks(png).map(({ name, data }) => ({ name, data }))
  all.splice(all.length - 1, 0, ...chunks)
  return encodeChunks(all)
}
