/**
 * The offline verifier page (examples/verifier-web) in a real browser (Debian's Chromium): built into a
 * temp folder, served at https://verifier.test (or opened from disk), fed credentials signed here with
 * the public test key, the way a person would (file input, drag and drop, paste, "Add documents").
 * Each case compares what the page shows with the library's verdict in Node, keeps a screenshot in
 * `.tmp/artifacts/verifier-web-<case>.png`, and ends by checking that no request left the page, that
 * the page asked for its own three files only, and that it reported no error or CSP violation.
 * `MCRED_RENDER_DOCS=1` also writes docs/images/verifier-web.png (the valid mbo case).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { checkLines } from '../../examples/verifier-web/src/plain-words.js'
import { verdictOf, verdictWords } from '../../examples/verifier-web/src/verdict.js'
import type { Lang } from '../../examples/verifier-web/src/lang.js'
// @ts-expect-error: a plain .mjs script (npm run build:web), no type declarations
import { buildVerifierWeb as build } from '../../scripts/build-verifier-web.mjs'
import { bakePng, bakeSvg } from '../../src/bake/index.js'
import { validateCredential } from '../../src/quality/validate-credential.js'
import { createStatusChecker } from '../../src/status/create-status-checker.js'
import { verifyCredential, type VerificationResult, type VerifyOptions } from '../../src/verify/index.js'
import { startChromium, type TestBrowser } from '../helpers/chromium.js'
import { ROOT } from '../helpers/fixtures.js'
import {
  addDocuments, finishCase, keepScreenshot, openVerifier, PAGE_ORIGIN, pickFile, readFrame, readReport, servePage, signedBadge, signedJwt, signedMbo,
  statusCase, STATUS_LIST_URL, waitForRun, type PageReport,
} from './verifier-web-helpers.js'

const buildVerifierWeb = build as (outDir?: string) => Promise<string>
let dir: string
let browser: TestBrowser
/** What the page asked of its own origin (and of the disk), for the current case. */
let pageRequests: string[]

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mcred-verifier-web-'))
  await buildVerifierWeb(dir)
  browser = await startChromium()
  pageRequests = await servePage(browser.context, dir)
}, 60_000)

beforeEach(() => {
  browser.requests.length = 0
  pageRequests.length = 0
})

afterAll(async () => {
  await browser?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** The page, served. */
const PAGE = `${PAGE_ORIGIN}/index.html`

/** The page shows the Node verdict: the same verdict, and per check the same status and the plain-words lines of the Node result. */
function expectSameVerdict(report: PageReport, node: VerificationResult, lang: Lang = 'en'): void {
  expect(report.verdict).toBe(verdictOf(node))
  expect(report.verdictTitle).toBe(verdictWords(verdictOf(node), lang).title)
  expect(report.checks.map((c) => c.id)).toEqual(['parse', 'limits', 'context', 'schema', 'proof', 'issuer', 'validity', 'status', 'recipient', 'endorsements'])
  expect(report.checks).toEqual(node.checks.map((check) => ({ id: check.id, status: check.status, lines: checkLines(check, lang) })))
}

/** Node's verification with the options the page uses: documents and, with them, a status checker. */
function nodeVerify(input: unknown, documents: Record<string, unknown> = {}): Promise<VerificationResult> {
  const options: VerifyOptions = Object.keys(documents).length === 0 ? {} : { documents, statusChecker: createStatusChecker({ documents }) }
  return verifyCredential(input, options)
}

describe('the verifier page in Chromium', () => {
  it('a valid credential picked with the file input: verified, every check, the credential page, the badge and the quality findings', async () => {
    const signed = await signedMbo()
    const node = await nodeVerify(signed)
    expect(node.verified).toBe(true)
    const verifier = await openVerifier(browser, PAGE)
    await verifier.page.setViewportSize({ width: 1100, height: 900 })
    await pickFile(verifier.page, 'palliatieve-zorg.json', JSON.stringify(signed, null, 2), 'application/json')
    await waitForRun(verifier.page, 1)

    const report = await readReport(verifier.page)
    expectSameVerdict(report, node)
    expect(report.verdictTitle).toBe('Verified')
    expect(report.tone).toBe('good')
    expect(report.checks.find((c) => c.id === 'proof')?.lines).toEqual(['Signature: the digital signature is intact: nothing was changed after signing'])
    const frame = await readFrame(verifier.page)
    const achievement = (signed.credentialSubject as { achievement: { name: string } }).achievement.name
    expect(frame.h1).toBe(String(signed.name ?? achievement))
    expect(frame.text).toContain(achievement)
    expect(frame.lang).toBe('en')
    expect(frame.verification).toContain('verified')
    expect(frame.verification).not.toContain('not-verified')
    expect(frame.quality).toBe(true)
    expect(report.badge?.src).toMatch(/^data:image\/svg\+xml/)
    expect(report.badge?.loaded).toBe(true)
    expect(report.original).toBeNull()
    const quality = validateCredential(signed, { profile: 'auto' })
    expect(quality.profile).toBe('mbo')
    expect(report.findingsSummary).toContain(`Profile ${quality.profile}: ${quality.findings.filter((f) => f.severity === 'error').length} errors`)
    expect(report.findings.map((f) => f.rule)).toEqual(quality.findings.map((f) => f.rule))
    expect(await verifier.page.locator('#findings').innerText()).toContain(quality.findings.length === 0 ? 'No findings' : String(quality.findings[0]?.rule))

    // A link in the credential page (the issuer's website) opens nothing: the frame's sandbox refuses the
    // new window its links target, and Chromium says so (those messages, and only those, are expected here).
    const link = verifier.page.frameLocator('#credential-frame').locator('a[href^="https://"]').first()
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^https:\/\//)
    const pages = browser.context.pages().length
    const reported = verifier.problems.length
    await link.click()
    await verifier.page.waitForTimeout(300)
    expect(browser.requests).toEqual([])
    expect(browser.context.pages()).toHaveLength(pages)
    expect((await readFrame(verifier.page)).h1).toBe(frame.h1)
    const fromClick = verifier.problems.splice(reported)
    expect(fromClick).toContain(`error: Blocked opening '${href}' in a new window because the request was made in a sandboxed frame whose 'allow-popups' permission is not set.`)
    for (const message of fromClick) expect(message).toMatch(/because .*sandboxed and the 'allow-scripts' permission is not set|sandboxed frame whose 'allow-popups' permission is not set/)

    const screenshot = await finishCase(browser, verifier, pageRequests, 'valid')
    if (process.env.MCRED_RENDER_DOCS === '1') writeFileSync(join(ROOT, 'docs/images/verifier-web.png'), screenshot)
  }, 30_000)

  it('a tampered credential: not verified, naming the failed signature check with its code; the findings of its profile listed', async () => {
    const tampered = await signedBadge()
    tampered.name = 'Intensive care (changed after signing)'
    const node = await nodeVerify(tampered)
    const proof = node.checks.find((c) => c.id === 'proof')
    expect(proof?.status).toBe('failed')
    const verifier = await openVerifier(browser, PAGE)
    await pickFile(verifier.page, 'tampered.json', JSON.stringify(tampered), 'application/json')
    await waitForRun(verifier.page, 1)

    const report = await readReport(verifier.page)
    expectSameVerdict(report, node)
    expect(report.verdictTitle).toBe('Not verified')
    expect(report.tone).toBe('bad')
    const proofLines = report.checks.find((c) => c.id === 'proof')?.lines ?? []
    for (const error of proof?.errors ?? []) expect(proofLines.join('\n')).toContain(`(${error.code})`)
    expect(proofLines[0]).toMatch(/^Signature: /)
    expect(await verifier.page.locator('#checks li[data-check="proof"] .details').innerText()).toContain(proof?.errors?.[0]?.message ?? '?')
    const frame = await readFrame(verifier.page)
    expect(frame.h1).toBe('Intensive care (changed after signing)')
    expect(frame.verification).toContain('not-verified')
    const quality = validateCredential(tampered, { profile: 'auto' })
    expect(quality.findings.length).toBeGreaterThan(0)
    expect(report.findings).toEqual(quality.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message })))
    await finishCase(browser, verifier, pageRequests, 'tampered')
  }, 30_000)

  it('a baked PNG verifies and shows the image that was added', async () => {
    const signed = await signedBadge()
    const png = bakePng(new Uint8Array(readFileSync(join(ROOT, 'examples/images/badge.png'))), signed)
    const node = await nodeVerify(png)
    expect(node.verified).toBe(true)
    const verifier = await openVerifier(browser, PAGE)
    await pickFile(verifier.page, 'badge.png', png, 'image/png')
    await waitForRun(verifier.page, 1)
    const report = await readReport(verifier.page)
    expectSameVerdict(report, node)
    expect(report.original?.src).toMatch(/^blob:/)
    expect(report.original?.loaded).toBe(true)
    expect(report.badge?.loaded).toBe(true)
    expect((await readFrame(verifier.page)).h1).toBe(String(signed.name))
    await finishCase(browser, verifier, pageRequests, 'baked-png')
  }, 30_000)

  it('a baked SVG verifies and shows the image that was added', async () => {
    const signed = await signedBadge()
    const svg = bakeSvg(readFileSync(join(ROOT, 'examples/images/badge.svg'), 'utf8'), signed)
    const node = await nodeVerify(new TextEncoder().encode(svg))
    expect(node.verified).toBe(true)
    const verifier = await openVerifier(browser, PAGE)
    await pickFile(verifier.page, 'badge.svg', svg, 'image/svg+xml')
    await waitForRun(verifier.page, 1)
    const report = await readReport(verifier.page)
    expectSameVerdict(report, node)
    expect(report.verdict).toBe('verified')
    expect(report.original?.src).toMatch(/^blob:/)
    expect(report.original?.loaded).toBe(true)
    await finishCase(browser, verifier, pageRequests, 'baked-svg')
  }, 30_000)

  it('an expired credential says expired', async () => {
    const expired = await signedBadge((c) => { c.validUntil = '2026-01-01T00:00:00Z' }, '2025-10-01T00:00:00Z')
    const node = await nodeVerify(expired)
    expect(node.errors.map((e) => e.code)).toEqual(['EXPIRED'])
    const verifier = await openVerifier(browser, PAGE)
    await pickFile(verifier.page, 'expired.json', JSON.stringify(expired), 'application/json')
    await waitForRun(verifier.page, 1)
    const report = await readReport(verifier.page)
    expectSameVerdict(report, node)
    expect(report.verdictTitle).toBe('Expired')
    expect(report.tone).toBe('warn')
    expect(report.checks.find((c) => c.id === 'validity')?.lines).toEqual(['Validity: the credential has expired (EXPIRED)'])
    expect(report.checks.find((c) => c.id === 'proof')?.status).toBe('passed')
    await finishCase(browser, verifier, pageRequests, 'expired')
  }, 30_000)

  it('a VC-JWT pasted into the text box verifies', async () => {
    const jwt = await signedJwt()
    const node = await nodeVerify(jwt)
    expect(node.verified).toBe(true)
    const verifier = await openVerifier(browser, PAGE)
    await verifier.page.fill('#paste', `  ${jwt}\n`)
    await verifier.page.click('#verify-button')
    await waitForRun(verifier.page, 1)
    const report = await readReport(verifier.page)
    expectSameVerdict(report, node)
    expect(report.verdict).toBe('verified')
    expect((await readFrame(verifier.page)).h1).toBe('Basiszorg')
    await finishCase(browser, verifier, pageRequests, 'vc-jwt')
  }, 30_000)

  it('a file dropped on the drop zone verifies', async () => {
    const signed = await signedBadge()
    const node = await nodeVerify(signed)
    const verifier = await openVerifier(browser, PAGE)
    await verifier.page.evaluate((text) => {
      const data = new DataTransfer()
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }))
      document.getElementById('drop-zone')?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
    }, JSON.stringify(signed))
    await waitForRun(verifier.page, 1)
    const report = await readReport(verifier.page)
    expectSameVerdict(report, node)
    expect(report.verdict).toBe('verified')
    expect(await verifier.page.locator('.verdict-input').innerText()).toBe('dropped.json')
    await finishCase(browser, verifier, pageRequests, 'drop')
  }, 30_000)

  it('in Dutch (?lang=nl, and the language switch) the verdict, the check lines and the credential page are Dutch', async () => {
    const signed = await signedBadge()
    const node = await nodeVerify(signed)
    const verifier = await openVerifier(browser, `${PAGE}?lang=nl`)
    expect(await verifier.page.locator('#verify-button').innerText()).toBe('Controleren')
    await verifier.page.fill('#paste', JSON.stringify(signed))
    await verifier.page.click('#verify-button')
    await waitForRun(verifier.page, 1)
    const dutch = await readReport(verifier.page)
    expect(dutch.lang).toBe('nl')
    expectSameVerdict(dutch, node, 'nl')
    expect(dutch.verdictTitle).toBe('Geverifieerd')
    expect(dutch.checks.find((c) => c.id === 'proof')?.lines[0]).toMatch(/^Handtekening: /)
    expect((await readFrame(verifier.page)).lang).toBe('nl')

    await verifier.page.click('button[data-lang="en"]')
    const english = await readReport(verifier.page)
    expectSameVerdict(english, node, 'en')
    expect(english.verdictTitle).toBe('Verified')
    expect((await readFrame(verifier.page)).lang).toBe('en')

    await verifier.page.click('button[data-lang="nl"]')
    expect(await readReport(verifier.page)).toEqual(dutch)
    expect(await verifier.page.getAttribute('button[data-lang="nl"]', 'aria-pressed')).toBe('true')
    await finishCase(browser, verifier, pageRequests, 'dutch')
  }, 30_000)

  it('a credential with a status: not checked without documents; not revoked, then revoked, once its status list is added', async () => {
    const { list, revoked, fine } = await statusCase()
    const documents = { [STATUS_LIST_URL]: list }
    const verifier = await openVerifier(browser, PAGE)

    await pickFile(verifier.page, 'with-status.json', JSON.stringify(fine), 'application/json')
    await waitForRun(verifier.page, 1)
    const unchecked = await readReport(verifier.page)
    const nodeUnchecked = await nodeVerify(fine)
    expect(nodeUnchecked.errors.map((e) => e.code)).toEqual(['STATUS_UNCHECKED'])
    expectSameVerdict(unchecked, nodeUnchecked)
    expect(unchecked.verdictTitle).toBe('Revocation not checked')
    expect(unchecked.tone).toBe('warn')
    expect(unchecked.statusHint).toContain('could not be checked offline')
    expect(unchecked.statusHint).toContain('Add documents')
    expect(unchecked.statusHint).toContain(STATUS_LIST_URL)
    await keepScreenshot(verifier.page, 'status-unchecked')

    await addDocuments(verifier.page, { 'status-list.json': list })
    await waitForRun(verifier.page, 2)
    expect(await verifier.page.locator('#documents-list').innerText()).toContain(STATUS_LIST_URL)
    const notRevoked = await readReport(verifier.page)
    expectSameVerdict(notRevoked, await nodeVerify(fine, documents))
    expect(notRevoked.verdict).toBe('verified')
    expect(notRevoked.checks.find((c) => c.id === 'status')?.status).toBe('passed')
    expect(notRevoked.statusHint).toBeNull()

    await pickFile(verifier.page, 'revoked.json', JSON.stringify(revoked), 'application/json')
    await waitForRun(verifier.page, 3)
    const revokedReport = await readReport(verifier.page)
    const nodeRevoked = await nodeVerify(revoked, documents)
    expect(nodeRevoked.errors.map((e) => e.code)).toEqual(['REVOKED'])
    expectSameVerdict(revokedReport, nodeRevoked)
    expect(revokedReport.verdictTitle).toBe('Revoked')
    expect(revokedReport.tone).toBe('bad')
    expect(revokedReport.checks.find((c) => c.id === 'status')?.lines).toEqual(['Revocation: the issuer has revoked the credential (REVOKED)'])
    await finishCase(browser, verifier, pageRequests, 'status')
  }, 30_000)

  it('hostile text in the credential and in the file name is shown as text: nothing runs, nothing loads', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
    const signed = await signedBadge((c) => {
      c.name = hostile
      ;(c.credentialSubject as { achievement: { description: string } }).achievement.description = '"><svg onload="window.__pwned=3">'
    })
    const verifier = await openVerifier(browser, PAGE)
    await pickFile(verifier.page, `${hostile}.json`, JSON.stringify(signed), 'application/json')
    await waitForRun(verifier.page, 1)
    expect((await readReport(verifier.page)).verdict).toBe(verdictOf(await nodeVerify(signed)))
    expect(await verifier.page.locator('.verdict-input').innerText()).toBe(`${hostile}.json`)
    expect((await readFrame(verifier.page)).h1).toBe(hostile)
    expect(await verifier.page.evaluate(() => document.querySelectorAll('main img[src="x"], main script, main svg').length)).toBe(0)
    expect(await verifier.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    await finishCase(browser, verifier, pageRequests, 'hostile')
  }, 30_000)

  it('opened from disk (file://), the built page verifies a credential', async () => {
    const signed = await signedBadge()
    const node = await nodeVerify(signed)
    const verifier = await openVerifier(browser, pathToFileURL(join(dir, 'index.html')).href)
    expect(await verifier.page.evaluate(() => window.isSecureContext)).toBe(true)
    expect(await verifier.page.locator('#environment').isHidden()).toBe(true)
    await pickFile(verifier.page, 'credential.json', JSON.stringify(signed), 'application/json')
    await waitForRun(verifier.page, 1)
    const report = await readReport(verifier.page)
    expectSameVerdict(report, node)
    expect(report.verdict).toBe('verified')
    expect((await readFrame(verifier.page)).h1).toBe(String(signed.name))
    expect(pageRequests.every((url) => url.startsWith('file://'))).toBe(true)
    await finishCase(browser, verifier, pageRequests, 'file')
  }, 30_000)
})
