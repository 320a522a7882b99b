/**
 * The example images of docs/rendering.md, from examples/mbo-zorg-microcredential.spec.json:
 * `docs/images/badge-mbo.svg`, `badge-mbo-512.png`, `badge-mbo-128.png` and `credential-page.html`.
 *
 * Every run checks that the committed files are current (SVG and page byte for byte, PNGs by size).
 * To rewrite them first: `MCRED_RENDER_DOCS=1 npx vitest run test/render/docs-images.test.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { issueCredential } from '../../src/issue/index.js'
import { renderBadgeSvg, renderCredentialHtml } from '../../src/render/index.js'
import { verifyCredential } from '../../src/verify/index.js'
import { testKey } from '../helpers/credentials.js'
import { ROOT } from '../helpers/fixtures.js'
import { exampleCredential, exampleSpec, pngSize, rasterise } from './helpers.js'

const IMAGES = join(ROOT, 'docs', 'images')
const WRITE = process.env.MCRED_RENDER_DOCS === '1'

/** The files, made deterministically: the page shows the example signed with the public test key and verified. */
async function docsImages(): Promise<{ svg: string; page: string; png512: Uint8Array; png128: Uint8Array }> {
  const svg = renderBadgeSvg(exampleSpec('mbo-zorg-microcredential'))
  const { keyPair, signer } = await testKey()
  const signed = await issueCredential(exampleCredential('mbo-zorg-microcredential', keyPair.controller), signer, { now: '2025-07-01T00:00:00Z' })
  const verification = await verifyCredential(signed, { now: '2026-01-01T00:00:00Z' })
  expect(verification.verified).toBe(true)
  return { svg, page: renderCredentialHtml(signed, { verification }), png512: rasterise(svg, 512).png, png128: rasterise(svg, 128).png }
}

describe('docs/images', () => {
  it('are current (MCRED_RENDER_DOCS=1 writes them first)', async () => {
    const files = await docsImages()
    if (WRITE) {
      mkdirSync(IMAGES, { recursive: true })
      writeFileSync(join(IMAGES, 'badge-mbo.svg'), `${files.svg}\n`)
      writeFileSync(join(IMAGES, 'credential-page.html'), files.page)
      writeFileSync(join(IMAGES, 'badge-mbo-512.png'), files.png512)
      writeFileSync(join(IMAGES, 'badge-mbo-128.png'), files.png128)
    }
    expect(readFileSync(join(IMAGES, 'badge-mbo.svg'), 'utf8')).toBe(`${files.svg}\n`)
    expect(readFileSync(join(IMAGES, 'credential-page.html'), 'utf8')).toBe(files.page)
    expect(pngSize(readFileSync(join(IMAGES, 'badge-mbo-512.png')))).toEqual({ width: 512, height: 512 })
    expect(pngSize(readFileSync(join(IMAGES, 'badge-mbo-128.png')))).toEqual({ width: 128, height: 128 })
  })
})
