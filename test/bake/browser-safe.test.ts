import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bakePng, bakeSvg, extractCredential } from '../../src/bake/index.js'
import { ROOT } from '../helpers/fixtures.js'
import { makePng } from './png-helpers.js'

// src/bake runs in browsers too (the verify entry extracts baked credentials): Uint8Array,
// TextEncoder and TextDecoder only.
describe('src/bake is browser-safe', () => {
  it('imports nothing from node: and never names Buffer or console', () => {
    const dir = join(ROOT, 'src/bake')
    const offending = readdirSync(dir).flatMap((name) => {
      const code = readFileSync(join(dir, name), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
      return /from 'node:|\bBuffer\b|\bconsole\./.test(code) ? [name] : []
    })
    expect(offending).toEqual([])
  })

  it('bakes and extracts with globalThis.Buffer gone (png-chunks-extract, png-chunks-encode and crc-32 included)', () => {
    const png = makePng()
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'
    const credential = { id: 'urn:uuid:1', name: 'Zoë ✓' }
    const saved = globalThis.Buffer
    const results: unknown[] = []
    Reflect.deleteProperty(globalThis, 'Buffer')
    try {
      results.push(extractCredential(bakePng(png, credential)), extractCredential(bakeSvg(svg, credential)))
    } finally {
      globalThis.Buffer = saved
    }
    expect(results).toEqual([{ format: 'png', credential }, { format: 'svg', credential }])
  })
})
