/**
 * "Looked at": the badges rendered to PNG with resvg at 128 and 512 px, and checked pixel by pixel:
 * size, not blank, the watermark's colours where the watermark is drawn, text present in the ribbon
 * and the title area at 128 px, and a microcredential unlike a plain badge.
 */
import { describe, expect, it } from 'vitest'
import { issuerColour } from '../../src/render/emblem.js'
import { SECTOR_COLOURS, WATERMARK_COLOURS } from '../../src/render/draw-badge.js'
import { renderBadgeSvg } from '../../src/render/index.js'
import { minimalBadge } from '../helpers/credentials.js'
import { exampleCredential, near, pixel, pngSize, rasterise, rgb, RED_PIXEL_PNG, type Raster } from './helpers.js'

/** A point of the 512 × 512 drawing, on a raster of any width. */
function at(r: Raster, x: number, y: number): [number, number, number, number] {
  const scale = r.width / 512
  return pixel(r, x * scale, y * scale)
}

/** Pixels in a box of the 512 drawing whose colour is near `hex`. */
function countNear(r: Raster, box: [number, number, number, number], hex: string, tolerance = 40): number {
  const scale = r.width / 512
  const target = rgb(hex)
  let count = 0
  for (let y = Math.floor(box[1] * scale); y < Math.ceil(box[3] * scale); y++) {
    for (let x = Math.floor(box[0] * scale); x < Math.ceil(box[2] * scale); x++) {
      if (near(pixel(r, x, y), target, tolerance)) count++
    }
  }
  return count
}

function distinctColours(r: Raster): number {
  const seen = new Set<number>()
  for (let i = 0; i < r.pixels.length; i += 4) seen.add(((r.pixels[i] as number) << 16) | ((r.pixels[i + 1] as number) << 8) | (r.pixels[i + 2] as number))
  return seen.size
}

const mbo = renderBadgeSvg(exampleCredential('mbo-zorg-microcredential'))
const hbo = renderBadgeSvg(exampleCredential('hbo-data-microcredential'))
const plain = renderBadgeSvg(minimalBadge('did:example:issuer'))

describe.each([128, 512])('badges rendered at %i px', (width) => {
  const mboPng = rasterise(mbo, width)
  const hboPng = rasterise(hbo, width)
  const plainPng = rasterise(plain, width)

  it('have the requested size as PNG', () => {
    for (const r of [mboPng, hboPng, plainPng]) {
      expect([r.width, r.height]).toEqual([width, width])
      expect(pngSize(r.png)).toEqual({ width, height: width })
      expect([...r.png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    }
  })

  it('are not blank: opaque in the middle, many colours, transparent in the corners', () => {
    for (const r of [mboPng, hboPng, plainPng]) {
      expect(at(r, 256, 256)[3]).toBe(255)
      expect(at(r, 2, 2)[3]).toBe(0)
      expect(distinctColours(r)).toBeGreaterThan(50)
    }
  })

  it('show the watermark: gold ribbon, navy ring, sector seal in its colour', () => {
    for (const r of [mboPng, hboPng]) {
      expect(near(at(r, 38, 334), rgb(WATERMARK_COLOURS.ribbon))).toBe(true)
      expect(near(at(r, 474, 334), rgb(WATERMARK_COLOURS.ribbon))).toBe(true)
      expect(near(at(r, 111, 429), rgb(WATERMARK_COLOURS.ring))).toBe(true)
    }
    expect(near(at(mboPng, 200, 413), rgb(SECTOR_COLOURS.mbo as string))).toBe(true)
    expect(near(at(hboPng, 200, 413), rgb(SECTOR_COLOURS.hbo as string))).toBe(true)
  })

  it('draw the word in the ribbon and the title (text pixels present even at 128 px)', () => {
    for (const r of [mboPng, hboPng]) {
      // Navy glyphs of MICROCREDENTIAL on the gold ribbon.
      const scale = width / 512
      const ribbonText = countNear(r, [64, 312, 448, 350], WATERMARK_COLOURS.text, 60)
      expect(ribbonText).toBeGreaterThan(2500 * scale * scale)
      // Navy title glyphs on the white disc between the emblem and the ribbon.
      expect(countNear(r, [70, 210, 442, 298], WATERMARK_COLOURS.text, 60)).toBeGreaterThan(1500 * scale * scale)
      // White glyphs of the sector on the seal.
      expect(countNear(r, [220, 396, 292, 430], '#FFFFFF', 30)).toBeGreaterThan(150 * scale * scale)
    }
  })

  it('a plain badge has no watermark: the ribbon and ring are the issuer colour or white', () => {
    expect(near(at(plainPng, 38, 334), rgb(WATERMARK_COLOURS.ribbon), 40)).toBe(false)
    expect(near(at(plainPng, 111, 429), rgb(WATERMARK_COLOURS.ring), 20)).toBe(false)
    expect(near(at(plainPng, 111, 429), rgb(issuerColour('ROC Voorbeeld')))).toBe(true)
    expect(countNear(plainPng, [0, 0, 512, 512], WATERMARK_COLOURS.ribbon, 20)).toBe(0)
  })

  it('a microcredential and a plain badge of the same issuer look different', () => {
    const credential = exampleCredential('mbo-zorg-microcredential')
    const asCourse = structuredClone(credential)
    asCourse.credentialSubject.achievement.achievementType = 'Course'
    const a = rasterise(renderBadgeSvg(credential), width)
    const b = rasterise(renderBadgeSvg(asCourse), width)
    let differing = 0
    for (let i = 0; i < a.pixels.length; i += 4) {
      if (!near([a.pixels[i] as number, a.pixels[i + 1] as number, a.pixels[i + 2] as number], [b.pixels[i] as number, b.pixels[i + 1] as number, b.pixels[i + 2] as number], 30)) differing++
    }
    expect(differing / (width * width)).toBeGreaterThan(0.2)
  })

  it('draw the institution image inside the emblem', () => {
    const r = rasterise(renderBadgeSvg(exampleCredential('mbo-zorg-microcredential'), { image: RED_PIXEL_PNG }), width)
    expect(near(at(r, 256, 140), [255, 0, 0])).toBe(true)
    expect(near(at(r, 38, 334), rgb(WATERMARK_COLOURS.ribbon))).toBe(true)
  })
})

describe('issuer colours', () => {
  it('are deterministic and dark enough for white initials (contrast at least 4.5:1) for every hue', () => {
    expect(issuerColour('ROC Zuidwaard')).toBe(issuerColour('ROC Zuidwaard'))
    expect(issuerColour('ROC Zuidwaard')).not.toBe(issuerColour('Hogeschool Lindenhaven'))
    const luminance = (hex: string): number => {
      const [r, g, b] = rgb(hex).map((c) => {
        const s = c / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      }) as [number, number, number]
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    for (let i = 0; i < 2000; i++) {
      const colour = issuerColour(`issuer ${i}`)
      expect(colour).toMatch(/^#[0-9a-f]{6}$/)
      expect((1.05 / (luminance(colour) + 0.05))).toBeGreaterThanOrEqual(4.5)
    }
  })
})
