/**
 * Debian's Chromium, driven by playwright-core, for tests that look at pages in a real browser.
 * `.ci/run` installs it (apt-get install chromium); elsewhere set MCRED_CHROMIUM to a Chromium binary.
 * Started headless with a fresh user-data-dir and no background networking; every request a page
 * makes is refused and recorded (the pages under test must make none).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

import { CHROMIUM, CHROMIUM_FLAGS as FLAGS } from './chromium-binary.js'

export { CHROMIUM }

/** A browser with a fresh profile; `requests` lists every request any page tried (all refused). */
export interface TestBrowser {
  context: BrowserContext
  requests: string[]
  page(): Promise<Page>
  close(): Promise<void>
}

/** Starts Chromium. Throws, saying how to install it, when the binary is missing. */
export async function startChromium(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (bash .ci/run does), or set MCRED_CHROMIUM`)
  const profile = mkdtempSync(join(tmpdir(), 'mcred-chromium-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1000, height: 800 } })
  const requests: string[] = []
  await context.route('**/*', async (route) => {
    requests.push(route.request().url())
    await route.abort()
  })
  return {
    context,
    requests,
    page: () => context.newPage(),
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
