// Batch issuance (issue #6): issueBatch over a generated CSV of mbo microcredentials (the spec of
// examples/mbo-zorg-microcredential.spec.json), in worker threads, into a journal folder; then the same
// with a SQLite store; then the CLI end to end; then a sequential @digitalbazaar/vc loop over the same
// rows (same credentials built with buildCredential, DataIntegrityProof + eddsa-rdfc-2022), in one run.
// Run with `npm run bench:batch` (builds first). MCRED_BENCH_ROWS sets the rows (default 10,000);
// MCRED_BENCH_REFERENCE_ROWS limits the reference loop to its first rows (default: all), and the
// ratio then compares rates. Prints a table; asserts nothing.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import { createDirectoryJournal, issueBatch, readLearners, rowToSpec } from '../dist/batch.js'
import { buildCredential, createDocumentLoader } from '../dist/index.js'
import { exportKeyPair, generateKeyPair } from '../dist/keys.js'
import { openStore } from '../dist/store.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ROWS = positive('MCRED_BENCH_ROWS', 10_000)
const REFERENCE_ROWS = Math.min(ROWS, positive('MCRED_BENCH_REFERENCE_ROWS', ROWS))
const CORES = availableParallelism()
const spec = JSON.parse(readFileSync(join(ROOT, 'examples/mbo-zorg-microcredential.spec.json'), 'utf8'))
const keyPair = await generateKeyPair({ seed: Uint8Array.from({ length: 32 }, (_, i) => i + 1) })
const dir = mkdtempSync(join(tmpdir(), 'mcred-bench-batch-'))

function positive(name, fallback) {
  const value = process.env[name]
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number, got ${JSON.stringify(value)}`)
  return n
}

/** A learners CSV of `n` rows: the columns of examples/learners.template.csv. */
function learnersCsv(n) {
  const lines = ['learner_id,email,given_name,family_name,grade,awarded_date,evidence_url,idempotency_key']
  for (let i = 1; i <= n; i++) {
    const evidence = i % 5 === 0 ? `https://portfolio.roc-zuidwaard.example.nl/deelnemers/${i}` : ''
    lines.push(`2026-${String(i).padStart(6, '0')},learner.${i}@example.org,Voornaam${i},Achternaam${i},${i % 2 ? 'voldoende' : 'goed'},2026-06-30,${evidence},sis-${i}`)
  }
  return `${lines.join('\n')}\n`
}

/** Runs `fn`, sampling the resident set size every 20 ms: wall time and the peak seen. */
async function measure(fn) {
  let peak = process.memoryUsage.rss()
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()) }, 20)
  const start = performance.now()
  try {
    const value = await fn()
    return { ms: performance.now() - start, peakRss: Math.max(peak, process.memoryUsage.rss()), value }
  } finally {
    clearInterval(timer)
  }
}

/** Iterates issueBatch; throws unless every row was issued. */
async function runBatch(csv, options) {
  const counts = { issued: 0, 'already-issued': 0, failed: 0 }
  let firstFailure
  for await (const r of issueBatch(readLearners(csv), { spec, keyPair, concurrency: CORES, ...options })) {
    counts[r.status]++
    if (r.status === 'failed') firstFailure ??= r
  }
  if (counts.issued !== ROWS) throw new Error(`expected ${ROWS} issued, got ${JSON.stringify(counts)}; first failure ${JSON.stringify(firstFailure)}`)
  return counts
}

/** The same credentials as the batch (filled template, buildCredential), signed one by one by @digitalbazaar/vc. */
async function referenceLoop(csv, n) {
  const dbKey = await Ed25519Multikey.from({ ...exportKeyPair(keyPair, { includeSecret: true }) })
  const documentLoader = createDocumentLoader()
  const date = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
  let issued = 0
  for await (const item of readLearners(csv)) {
    if (issued >= n) break
    const filled = rowToSpec(spec, item.row)
    if (!('spec' in filled)) throw new Error(`row ${item.rowNumber}: ${JSON.stringify(filled.problems)}`)
    const credential = buildCredential(filled.spec, { issuerId: keyPair.controller })
    const signed = await vc.issue({ credential, suite: new DataIntegrityProof({ signer: dbKey.signer(), date, cryptosuite: eddsaRdfc2022 }), documentLoader })
    JSON.stringify(signed)
    issued++
  }
  return issued
}

const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`
const rate = (n, ms) => (n * 1000) / ms

try {
  const csv = join(dir, 'learners.csv')
  writeFileSync(csv, learnersCsv(ROWS))
  const rows = []

  const journalRun = await measure(() => runBatch(csv, { journal: createDirectoryJournal(join(dir, 'out-journal')) }))
  rows.push({ what: `issueBatch, journal folder (concurrency ${CORES})`, n: ROWS, ...journalRun })

  const store = await openStore(join(dir, 'issued.db'), { statusListBaseUrl: 'https://roc-zuidwaard.example.nl/status' })
  const storeRun = await measure(() => runBatch(csv, { store, journal: createDirectoryJournal(join(dir, 'out-store')), actor: 'bench' }))
  await store.close()
  rows.push({ what: `issueBatch, SQLite store + journal folder (concurrency ${CORES})`, n: ROWS, ...storeRun })

  writeFileSync(join(dir, 'key.json'), JSON.stringify(exportKeyPair(keyPair, { includeSecret: true })))
  const cliStart = performance.now()
  const cli = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'batch', '--spec', join(ROOT, 'examples/mbo-zorg-microcredential.spec.json'),
    '--learners', csv, '--key', join(dir, 'key.json'), '--out', join(dir, 'out-cli')], { encoding: 'utf8' })
  const cliMs = performance.now() - cliStart
  if (cli.status !== 0) throw new Error(`mcred batch exited ${cli.status}: ${cli.stderr}`)
  const cliFiles = readdirSync(join(dir, 'out-cli')).filter((n) => n !== 'summary.json').length
  if (cliFiles !== ROWS) throw new Error(`mcred batch wrote ${cliFiles} credential files, expected ${ROWS}`)
  rows.push({ what: 'mcred batch CLI, journal folder (process start to exit)', n: ROWS, ms: cliMs })

  const reference = await measure(() => referenceLoop(csv, REFERENCE_ROWS))
  const refRate = rate(REFERENCE_ROWS, reference.ms)

  console.log('')
  console.log(`Batch issuance of ${ROWS} mbo microcredentials (eddsa-rdfc-2022), Node ${process.version}, ${CORES} cores (${cpus()[0]?.model ?? 'unknown CPU'})`)
  console.log('ratio = our credentials/s / the @digitalbazaar/vc loop\'s credentials/s (above 1: ours is faster)')
  console.log('')
  console.log('| run | credentials | wall | credentials/s | peak RSS | ratio |')
  console.log('|---|---|---|---|---|---|')
  for (const r of rows) {
    console.log(`| ${r.what} | ${r.n} | ${(r.ms / 1000).toFixed(2)} s | ${rate(r.n, r.ms).toFixed(0)} | ${r.peakRss === undefined ? '(child process)' : mb(r.peakRss)} | ${(rate(r.n, r.ms) / refRate).toFixed(2)}x |`)
  }
  console.log(`| @digitalbazaar/vc sequential loop (build + vc.issue, no files) | ${REFERENCE_ROWS} | ${(reference.ms / 1000).toFixed(2)} s | ${refRate.toFixed(0)} | ${mb(reference.peakRss)} | 1.00x |`)
  console.log('')
  console.log(`Process peak RSS over the whole run (resourceUsage().maxRSS): ${mb(process.resourceUsage().maxRSS * 1024)}`)
  console.log('Ours also runs the quality gate and a self-check (verification) of every credential, and writes each one to its own file (fsync, atomic rename);')
  console.log('the store run also allocates a status list slot and records every credential with an audit event, one transaction per step.')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
