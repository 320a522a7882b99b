/**
 * Where Debian's Chromium is and how it is started, for playwright-core tests and vitest's browser mode.
 * `.ci/run` installs it (apt-get install chromium); elsewhere set MCRED_CHROMIUM to a Chromium binary.
 */

/** The Chromium binary: MCRED_CHROMIUM, or Debian's /usr/bin/chromium. */
export const CHROMIUM = process.env.MCRED_CHROMIUM ?? '/usr/bin/chromium'

/** Headless, no sandbox (CI runs as root), no GPU, and nothing the browser would fetch on its own. */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
