/**
 * Helpers of the verifier page's end-to-end tests (test/examples/verifier-web.test.ts): serving the
 * built page to Chromium, signing the inputs, reading what the page shows, and the checks every case
 * ends with (no request left the page, no error, no CSP violation, a screenshot kept).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'
import { issueCredential, issueStatusListCredential } from '../../src/issue/index.js'
import { buildStatusListCredential, statusListEntry } from '../../src/status/index.js'
import type { TestBrowser } from '../helpers/chromium.js'
import { minimalBadge, testKey } from '../helpers/credentials.js'
import { ROOT } from '../helpers/fixtures.js'
import { exampleCredential } from '../render/helpers.js'

/**
 * Where the tests serve the page. https, because browsers give WebCrypto (which checks the signatures)
 * only to secure contexts: https pages, localhost and files; on plain http the page says so instead.
 */
export const PAGE_ORIGIN = 'https://verifier.test'
/** The files of the built page: the only ones it may ask for. */
export const PAGE_FILES = ['index.html', 'verifier.css', 'verifier.js'] as const
/** Screenshots of every case. */
export const ARTIFACTS = join(ROOT, '.tmp', 'artifacts')

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8' }

/**
 * Serves the built page in `dir` at {@link PAGE_ORIGIN} and, for the file:// case, lets Chromium read
 * the page's files from disk. Registered after `startChromium`'s catch-all, so these routes win for
 * their URLs; everything else is still refused and recorded in `browser.requests`. Returns the list of
 * URLs asked of these two routes (anything that is not one of {@link PAGE_FILES} is refused).
 */
export async function servePage(context: BrowserContext, dir: string): Promise<string[]> {
  const requests: string[] = []
  const isPageFile = (name: string): boolean => (PAGE_FILES as readonly string[]).includes(name)
  await context.route(`${PAGE_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url())
    requests.push(url.href)
    const name = url.pathname.slice(1)
    if (!isPageFile(name)) return route.fulfill({ status: 404, body: '' })
    return route.fulfill({ status: 200, body: readFileSync(join(dir, name)), contentType: TYPES[extname(name)] ?? 'application/octet-stream' })
  })
  await context.route('file://**', async (route) => {
    const url = route.request().url()
    requests.push(url)
    const path = fileURLToPath(url)
    return path.startsWith(dir) && isPageFile(path.slice(dir.length).replace(/^\//, '')) ? route.continue() : route.abort()
  })
  return requests
}

/** The names of the page files in a list of requested URLs (`verifier.js`, ...), or the URL when it is not one. */
export function requestedFiles(requests: readonly string[]): string[] {
  return [...new Set(requests.map((url) => {
    const name = new URL(url).pathname.split('/').pop() ?? url
    return (PAGE_FILES as readonly string[]).includes(name) ? name : url
  }))].sort()
}

/** A page of the verifier, with the errors, warnings and CSP violations it reported. */
export interface VerifierPage {
  page: Page
  problems: string[]
}

/** Opens the verifier at `url` and waits until its script has started. */
export async function openVerifier(browser: TestBrowser, url: string): Promise<VerifierPage> {
  const page = await browser.page()
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`)
  })
  await page.goto(url)
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' })
  return { page, problems }
}

/** Waits for the page's `n`-th verification to be shown. */
export async function waitForRun(page: Page, n: number): Promise<void> {
  await page.waitForSelector(`#result[data-run="${n}"]:not([aria-busy])`, { timeout: 20_000 })
}

/** Picks a file with the credential file input. */
export async function pickFile(page: Page, name: string, content: Uint8Array | string, mimeType: string): Promise<void> {
  await page.setInputFiles('#file-input', { name, mimeType, buffer: Buffer.from(content) })
}

/** Adds documents with the "Add documents" input. */
export async function addDocuments(page: Page, documents: Record<string, unknown>): Promise<void> {
  await page.setInputFiles('#documents-input', Object.entries(documents).map(([name, value]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) })))
}

/** What the page shows, read from its DOM. */
export interface PageReport {
  lang: string
  verdict: string
  verdictTitle: string
  tone: string
  checks: Array<{ id: string; status: string; lines: string[] }>
  statusHint: string | null
  findingsSummary: string
  findings: Array<{ rule: string; severity: string; message: string }>
  badge: { src: string; loaded: boolean } | null
  original: { src: string; loaded: boolean } | null
  frameHidden: boolean
}

/** Reads the verdict, check lines, hint, findings and images the page shows. */
export async function readReport(page: Page): Promise<PageReport> {
  return page.evaluate(() => {
    const text = (node: Element | null): string => (node?.textContent ?? '').trim()
    const image = (selector: string): { src: string; loaded: boolean } | null => {
      const img = document.querySelector<HTMLImageElement>(selector)
      return img === null ? null : { src: img.src, loaded: img.complete && img.naturalWidth > 0 }
    }
    const verdict = document.getElementById('verdict')
    const hint = document.getElementById('status-hint')
    return {
      lang: document.documentElement.lang,
      verdict: verdict?.dataset.verdict ?? '',
      verdictTitle: text(verdict?.querySelector('.verdict-title') ?? null),
      tone: ['good', 'warn', 'bad'].find((t) => verdict?.classList.contains(t)) ?? '',
      checks: Array.from(document.querySelectorAll<HTMLElement>('#checks > li')).map((li) => ({
        id: li.dataset.check ?? '',
        status: ['passed', 'failed', 'skipped'].find((s) => li.classList.contains(s)) ?? '',
        lines: Array.from(li.querySelectorAll(':scope > .line')).map(text),
      })),
      statusHint: hint === null || hint.hidden ? null : text(hint),
      findingsSummary: text(document.getElementById('findings-summary')),
      findings: Array.from(document.querySelectorAll<HTMLElement>('#findings > li.finding:not(.none)')).map((li) => ({
        rule: li.dataset.rule ?? '',
        severity: ['error', 'warning', 'info'].find((s) => li.classList.contains(s)) ?? '',
        message: text(li.querySelector('.finding-message')),
      })),
      badge: image('#images img.image-badge'),
      original: image('#images img.image-original'),
      frameHidden: document.getElementById('credential-frame')?.hidden ?? true,
    }
  })
}

/** The credential page in the frame: its title, language, verification section and text. */
export async function readFrame(page: Page): Promise<{ h1: string; lang: string; verification: string; quality: boolean; text: string }> {
  const frame = page.frameLocator('#credential-frame')
  await frame.locator('h1').waitFor({ timeout: 10_000 })
  return frame.locator('html').evaluate((html) => ({
    h1: html.querySelector('h1')?.textContent ?? '',
    lang: html.getAttribute('lang') ?? '',
    verification: html.querySelector('section.verification')?.className ?? '',
    quality: html.querySelector('section.quality') !== null,
    text: (html as HTMLElement).innerText,
  }))
}

/**
 * A screenshot of the whole page. The viewport is first made as tall as the page: Chromium's
 * full-page capture leaves the sandboxed frame (an out-of-process frame) blank.
 */
export async function wholePage(page: Page): Promise<Buffer> {
  const width = page.viewportSize()?.width ?? 1000
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  await page.setViewportSize({ width, height })
  // The frame paints on its own, some time after the resize.
  await page.waitForTimeout(500)
  return page.screenshot()
}

/** Keeps a screenshot of the whole page as `.tmp/artifacts/verifier-web-<name>.png` and returns it. */
export async function keepScreenshot(page: Page, name: string): Promise<Buffer> {
  const screenshot = await wholePage(page)
  mkdirSync(ARTIFACTS, { recursive: true })
  writeFileSync(join(ARTIFACTS, `verifier-web-${name}.png`), screenshot)
  return screenshot
}

/**
 * Ends a case: keeps a full-page screenshot (`.tmp/artifacts/verifier-web-<name>.png`), then checks
 * that no request left the page, that the page asked only for its own files, and that it reported no
 * error, warning or CSP violation. Returns the screenshot.
 */
export async function finishCase(browser: TestBrowser, verifier: VerifierPage, pageRequests: readonly string[], name: string): Promise<Buffer> {
  const screenshot = await keepScreenshot(verifier.page, name)
  expect(browser.requests).toEqual([])
  expect(requestedFiles(pageRequests)).toEqual([...PAGE_FILES])
  expect(verifier.problems).toEqual([])
  await verifier.page.close()
  return screenshot
}

/** The complete mbo example (examples/mbo-zorg-microcredential.spec.json), signed with the public test key. */
export async function signedMbo(): Promise<Record<string, unknown>> {
  const { keyPair, signer } = await testKey()
  return issueCredential(exampleCredential('mbo-zorg-microcredential', keyPair.controller), signer, { now: '2025-07-01T00:00:00Z' })
}

/** A minimal badge by the test key's did:key, edited before signing, signed at `now`. */
export async function signedBadge(edit: (credential: Record<string, unknown>) => void = () => {}, now = '2025-09-01T00:00:00Z'): Promise<Record<string, unknown>> {
  const { keyPair, signer } = await testKey()
  const credential = minimalBadge(keyPair.controller)
  edit(credential)
  return issueCredential(credential, signer, { now })
}

/** A minimal badge as a VC-JWT (EdDSA, did:key). */
export async function signedJwt(): Promise<string> {
  const { keyPair, signer } = await testKey()
  return issueCredential(minimalBadge(keyPair.controller), signer, { format: 'vc-jwt', now: '2025-09-01T00:00:00Z' })
}

/** Where the status list of the status case lives. */
export const STATUS_LIST_URL = 'https://roc-voorbeeld.example.nl/status/1'

/** A signed revocation list with bit 7 set, a credential at index 7 (revoked) and one at index 8 (not revoked). */
export async function statusCase(): Promise<{ list: Record<string, unknown>; revoked: Record<string, unknown>; fine: Record<string, unknown> }> {
  const { keyPair, signer } = await testKey()
  const unsigned = buildStatusListCredential({ url: STATUS_LIST_URL, issuer: keyPair.controller, purpose: 'revocation', setIndexes: [7], validFrom: '2025-09-01T00:00:00Z' })
  const list = await issueStatusListCredential(unsigned, signer, { now: '2025-09-01T00:00:00Z' })
  const withIndex = (statusListIndex: number) => signedBadge((c) => {
    c.id = `urn:uuid:2f5b8c7e-8a4e-4a51-9f0e-6f2d8f1d2b${String(statusListIndex).padStart(2, '0')}`
    c.credentialStatus = statusListEntry({ statusListCredential: STATUS_LIST_URL, statusListIndex, statusPurpose: 'revocation' })
  })
  return { list, revoked: await withIndex(7), fine: await withIndex(8) }
}
