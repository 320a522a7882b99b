// Browser bundle sizes of the built entries (run after `npm run build`): each entry in dist/ is bundled
// by esbuild for the browser (platform browser, so a Node built-in in the import graph fails the
// build), minified, then gzipped. `npm run size` prints the table; test/package/browser-size.test.ts
// holds every entry to its budget in size-budget.json.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const root = new URL('../', import.meta.url)

/** The entries that must run in browsers, with their budgets (gzip bytes and minified bytes). */
export const budgets = JSON.parse(readFileSync(new URL('size-budget.json', root), 'utf8'))

/**
 * Bundles one built entry (`verify`, `index`, `render`, …) for the browser.
 * Returns the minified bytes, the gzipped size and the bundle's input files.
 */
export async function bundleEntry(entry) {
  const result = await build({
    entryPoints: [new URL(`dist/${entry}.js`, root).pathname],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: new URL('.', root).pathname,
  })
  const code = result.outputFiles[0].contents
  return { code, minified: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) }
}

/** Measures every budgeted entry. */
export async function measureSizes() {
  const rows = []
  for (const [entry, budget] of Object.entries(budgets.entries)) {
    const { minified, gzip } = await bundleEntry(entry)
    rows.push({ entry, minified, gzip, budget })
  }
  return rows
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const rows = await measureSizes()
  const lines = ['entry                        minified      gzip   gzip budget  used']
  for (const { entry, minified, gzip, budget } of rows) {
    const name = entry === 'index' ? 'microcredentials' : `microcredentials/${entry}`
    lines.push(`${name.padEnd(26)} ${kb(minified).padStart(10)} ${kb(gzip).padStart(9)} ${kb(budget.gzip).padStart(12)} ${`${Math.round((100 * gzip) / budget.gzip)}%`.padStart(5)}`)
  }
  process.stdout.write(`${lines.join('\n')}\n`)
  if (rows.some((r) => r.gzip > r.budget.gzip || r.minified > r.budget.minified)) {
    process.stderr.write('an entry is over its budget (size-budget.json)\n')
    process.exitCode = 1
  }
}
