// Builds examples/verifier-web into a folder of static files that works offline, also from disk
// (file://): verifier.js (one classic script, esbuild iife, minified, with its source map), index.html
// and verifier.css. The library is bundled from dist/ (`microcredentials/verify`, `/render` and the
// root entry resolve through package.json `exports`), so `npm run build` must have run first:
// `npm run build:web` does both. Run directly, it builds into examples/verifier-web/dist and prints
// the path of index.html.
import { createHash } from 'node:crypto'
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const SOURCE = join(ROOT, 'examples', 'verifier-web')
/** Where index.html asks for the hashes of the credential page's inline styles. */
const STYLE_HASHES = '__RENDER_STYLE_HASHES__'

/**
 * The CSP hash sources (`'sha256-…'`) of the `<style>` blocks `renderCredentialHtml` writes: the page
 * shows that HTML in a srcdoc frame, which inherits the page's CSP, so its styles must be allowed by
 * hash (no 'unsafe-inline'). Taken from the built library, so they match the bundled renderer.
 */
export async function renderStyleHashes() {
  const { renderCredentialHtml } = await import('microcredentials/render')
  const sample = { type: ['VerifiableCredential', 'OpenBadgeCredential'], name: 'sample', credentialSubject: { achievement: { name: 'sample' } } }
  const blocks = new Set()
  for (const lang of ['en', 'nl']) {
    for (const verification of [undefined, { verified: true, checks: [{ id: 'proof', status: 'passed' }] }]) {
      const html = renderCredentialHtml(sample, { lang, ...(verification ? { verification } : {}) })
      for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) blocks.add(m[1])
    }
  }
  if (blocks.size === 0) throw new Error('renderCredentialHtml wrote no <style> block: check the CSP of examples/verifier-web/index.html')
  return [...blocks].map((css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`)
}

/**
 * Builds the verifier page into `outDir` and returns the path of its index.html.
 *
 * @param {string} [outDir] - the folder to write (created when missing); default examples/verifier-web/dist
 * @returns {Promise<string>} the path of the built index.html
 */
export async function buildVerifierWeb(outDir = join(SOURCE, 'dist')) {
  await mkdir(outDir, { recursive: true })
  await build({
    entryPoints: [join(SOURCE, 'src', 'main.ts')],
    outfile: join(outDir, 'verifier.js'),
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    logLevel: 'silent',
  })
  const html = await readFile(join(SOURCE, 'index.html'), 'utf8')
  if (!html.includes(STYLE_HASHES)) throw new Error(`examples/verifier-web/index.html has no ${STYLE_HASHES} in its CSP`)
  await writeFile(join(outDir, 'index.html'), html.replaceAll(STYLE_HASHES, (await renderStyleHashes()).join(' ')))
  await copyFile(join(SOURCE, 'verifier.css'), join(outDir, 'verifier.css'))
  return join(outDir, 'index.html')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`${await buildVerifierWeb()}\n`)
}
