import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'
import { CHROMIUM, CHROMIUM_FLAGS } from './test/helpers/chromium-binary.js'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'threads',
          globalSetup: ['test/setup/postgres.ts'],
        },
      },
      {
        // The verify suite's cases again, in Debian's Chromium (vitest browser mode, playwright): inputs
        // are signed in Node by the global setup; each must give the same report in the browser.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          globalSetup: ['test/browser/setup/make-cases.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_FLAGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
})
