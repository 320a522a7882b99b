/** Helpers of the render tests: the example specs, deterministic credentials, and looking at PNGs. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { buildCredential } from '../../src/build/build-credential.js'
import type { MicrocredentialSpec } from '../../src/model/microcredential-spec.js'
import { ROOT } from '../helpers/fixtures.js'

/** An example spec from `examples/`. */
export function exampleSpec(name: 'mbo-zorg-microcredential' | 'hbo-data-microcredential'): MicrocredentialSpec {
  return JSON.parse(readFileSync(join(ROOT, 'examples', `${name}.spec.json`), 'utf8')) as MicrocredentialSpec
}

/** The example built with a fixed clock, fixed randomness and a fixed issuer id: the same credential every run. */
export function exampleCredential(name: 'mbo-zorg-microcredential' | 'hbo-data-microcredential', issuerId = 'did:web:school.example.nl'): Record<string, any> {
  const spec = exampleSpec(name)
  return buildCredential(spec, {
    issuerId: spec.issuer.id ?? issuerId,
    now: () => new Date('2025-07-01T00:00:00Z'),
    randomBytes: (n) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff),
  }) as unknown as Record<string, any>
}

/** A deep copy. */
export function clone<T>(value: T): T {
  return structuredClone(value)
}

/** A rendered PNG: its bytes and RGBA pixels. */
export interface Raster {
  png: Uint8Array
  width: number
  height: number
  pixels: Uint8Array
}

/** Renders an SVG with resvg at `width` pixels wide. */
export function rasterise(svg: string, width: number): Raster {
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render()
  return { png: new Uint8Array(rendered.asPng()), width: rendered.width, height: rendered.height, pixels: new Uint8Array(rendered.pixels) }
}

/** The RGBA of one pixel. */
export function pixel(r: Raster, x: number, y: number): [number, number, number, number] {
  const i = (Math.round(y) * r.width + Math.round(x)) * 4
  return [r.pixels[i] as number, r.pixels[i + 1] as number, r.pixels[i + 2] as number, r.pixels[i + 3] as number]
}

/** `#rrggbb` as RGB. */
export function rgb(hex: string): [number, number, number] {
  return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)]
}

/** True when two colours are within `tolerance` per channel. */
export function near(a: readonly number[], b: readonly number[], tolerance = 12): boolean {
  return [0, 1, 2].every((i) => Math.abs((a[i] as number) - (b[i] as number)) <= tolerance)
}

/** The PNG's width and height from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** A tiny valid PNG (1 × 1, red) as a data URL. */
export const RED_PIXEL_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='

/**
 * Every reference to an http(s) URL in markup: attribute values (other than XML namespace declarations
 * and, with `allowLinks`, the `href` of an `<a>` link) and, in `<style>` blocks, any `url(...)` or
 * `@import`. URLs that are only text content do not count: they are text.
 */
export function httpReferences(markup: string, allowLinks = false): string[] {
  const found: string[] = []
  for (const tag of markup.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g)) {
    for (const attr of (tag[2] as string).matchAll(/([\w:-]+)="([^"]*)"/g)) {
      const [, name, value] = attr as unknown as [string, string, string]
      if (!/https?:/i.test(value) || /^xmlns(:|$)/.test(name)) continue
      if (allowLinks && tag[1] === 'a' && name === 'href' && /^https?:\/\//.test(value)) continue
      found.push(`<${tag[1]} ${name}="${value}">`)
    }
  }
  for (const style of markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
    for (const m of (style[1] as string).matchAll(/url\(\s*['"]?(?!#)[^)]*\)|@import[^;]*/gi)) found.push(m[0])
  }
  return found
}
