/**
 * The credential page looked at in a real browser (Debian's Chromium): it lays out with the quality
 * agreements under the credential, shows the badge, makes no request, runs no injected script, and a
 * screenshot is kept as a test artifact (`.tmp/artifacts/`; `MCRED_RENDER_DOCS=1` also writes
 * docs/images/credential-page.png).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueCredential } from '../../src/issue/index.js'
import { renderCredentialHtml } from '../../src/render/index.js'
import { verifyCredential } from '../../src/verify/index.js'
import { startChromium, type TestBrowser } from '../helpers/chromium.js'
import { testKey } from '../helpers/credentials.js'
import { ROOT } from '../helpers/fixtures.js'
import { exampleCredential } from './helpers.js'

const ARTIFACTS = join(ROOT, '.tmp', 'artifacts')
let browser: TestBrowser

beforeAll(async () => {
  browser = await startChromium()
}, 60_000)
afterAll(async () => {
  await browser?.close()
})

async function signedExample(edit: (c: Record<string, any>) => void = () => {}): Promise<Record<string, unknown>> {
  const { keyPair, signer } = await testKey()
  const credential = exampleCredential('mbo-zorg-microcredential', keyPair.controller)
  edit(credential)
  return issueCredential(credential, signer, { now: '2025-07-01T00:00:00Z', qualityOverride: { reason: 'test of hostile text' } })
}

describe('the credential page in Chromium', () => {
  it('shows title, badge, verdict and, under the credential, the quality agreements; no request; screenshot kept', async () => {
    const signed = await signedExample()
    const verification = await verifyCredential(signed, { now: '2026-01-01T00:00:00Z' })
    const html = renderCredentialHtml(signed, { verification })
    const page = await browser.page()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.setContent(html, { waitUntil: 'load' })
    const layout = await page.evaluate(() => {
      const box = (selector: string) => {
        const el = document.querySelector(selector)
        const r = el?.getBoundingClientRect()
        return r ? { top: r.top + window.scrollY, height: r.height, width: r.width } : undefined
      }
      return { title: document.title, h1: box('h1'), badge: box('svg'), quality: box('section.quality'), facts: box('section.facts'), verification: box('.verification'), text: document.body.innerText }
    })
    expect(layout.title).toContain(String(signed.name))
    expect(layout.badge?.width).toBeGreaterThan(64)
    expect(layout.quality?.top).toBeGreaterThan(layout.facts?.top ?? Infinity)
    expect(layout.quality?.top).toBeGreaterThan(layout.h1?.top ?? Infinity)
    expect(layout.text).toContain('Kwaliteitsafspraken')
    expect(layout.text).toMatch(/MICROCREDENTIAL/i)
    expect(layout.verification?.height).toBeGreaterThan(0)
    const screenshot = await page.screenshot({ fullPage: true })
    mkdirSync(ARTIFACTS, { recursive: true })
    writeFileSync(join(ARTIFACTS, 'credential-page.png'), screenshot)
    if (process.env.MCRED_RENDER_DOCS === '1') writeFileSync(join(ROOT, 'docs/images/credential-page.png'), screenshot)
    expect(screenshot.length).toBeGreaterThan(20_000)
    expect(browser.requests).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  }, 60_000)

  it('hostile text in the credential runs nothing and loads nothing', async () => {
    const signed = await signedExample((c) => {
      c.name = '<img src=x onerror="window.__pwned=1">'
      c.credentialSubject.achievement.criteria.narrative = '<script>window.__pwned=2</script> [klik](javascript:window.__pwned=3) ![x](https://attacker.example/x.png) <style>body{display:none}</style>'
      c.credentialSubject.achievement.description = '"><svg onload="window.__pwned=4">'
    })
    const page = await browser.page()
    await page.setContent(renderCredentialHtml(signed, { lang: 'en' }), { waitUntil: 'load' })
    for (const a of await page.locator('a').all()) {
      const href = await a.getAttribute('href')
      expect(href ?? '').toMatch(/^(https?:|mailto:|#)/)
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await page.evaluate(() => document.querySelectorAll('script, img[src="x"], style:not(head style)').length)).toBe(0)
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none')
    expect(await page.evaluate(() => document.body.innerText)).toContain('<img src=x onerror=')
    expect(browser.requests).toEqual([])
    await page.close()
  }, 60_000)
})
