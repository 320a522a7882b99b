/**
 * `mcred batch`: one credential per learner row of an SIS export (CSV or JSON Lines), each written to
 * the output folder under a stable file name, with `summary.json` at the end. Rerunning the same
 * command after a crash issues only what is missing: the folder is the journal, and with `--store`
 * every row also has its idempotency key in the store.
 *
 * @module cli
 */
import { join } from 'node:path'
import { createDirectoryJournal, credentialFileName, issueBatch, readLearners, type BatchOptions, type BatchResult, type NumberedRow } from '../../batch/index.js'
import { McredError, type MicrocredentialSpec } from '../../index.js'
import type { Ed25519KeyPair } from '../../keys/index.js'
import { StoreError, type IssuanceStore } from '../../store/index.js'
import { CliError, explain, readJson } from '../io.js'
import { readEd25519KeyFile } from '../key-file.js'
import { defaultActor } from '../option-values.js'
import { isNewSqliteStore, storeFailure, withIssuingStore } from '../store-location.js'
import { batchSettings, type BatchCliOptions, type BatchSettings } from './batch/options.js'
import { openOutDir } from './batch/out-dir.js'
import { progressReporter } from './batch/progress.js'
import { SUMMARY_FILE, SummaryCollector, writeSummary, type BatchCounts } from './batch/summary.js'

export type { BatchCliOptions } from './batch/options.js'

/** Failed rows printed on stderr (all of them are in summary.json). */
const SHOWN_FAILURES = 20

/** Store problems that would fail every row alike: they need a fix of the command or the store, not of the learner file. */
const STORE_WIDE_CODES = new Set(['ERR_STORE_OPEN', 'ERR_STORE_VERSION', 'ERR_STORE_CONFIG', 'ERR_STATUS_ALLOCATION'])

let stdoutClosed = false

/** Writes to stdout unless its reader went away (`mcred batch --json | head`): the batch goes on to the end. */
function print(text: string): void {
  if (stdoutClosed) return
  if (process.stdout.listenerCount('error') === 0) {
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e
      stdoutClosed = true
    })
  }
  process.stdout.write(text)
}

/** Runs `mcred batch`; returns 0 when every row is issued, 1 when some failed. */
export async function batch(options: BatchCliOptions): Promise<number> {
  const settings = batchSettings(options)
  const spec = (await readJson(settings.spec)) as MicrocredentialSpec
  const keyPair = await readEd25519KeyFile(settings.key, 'mcred batch (Data Integrity signing)')
  const total = await countRows(settings)
  const release = await openOutDir(settings.out)
  try {
    return await issueInto(settings, spec, keyPair, total)
  } finally {
    await release()
  }
}

async function issueInto(settings: BatchSettings, spec: MicrocredentialSpec, keyPair: Ed25519KeyPair, total: number): Promise<number> {
  const base: BatchOptions = {
    spec,
    keyPair,
    journal: createDirectoryJournal(settings.out),
    format: settings.format,
    concurrency: settings.concurrency,
    ...(settings.profile ? { profile: settings.profile } : {}),
  }
  if (!settings.store) return issueAll(settings, base, total)
  return withBatchStore(settings, (store) => issueAll(settings, { ...base, store, actor: settings.actor ?? defaultActor() }, total))
}

/** Reads the learner file once (streamed, nothing kept) to count its rows; an unreadable file or header is a usage error. */
async function countRows(settings: BatchSettings): Promise<number> {
  let rows = 0
  for await (const item of learnerRows(settings)) {
    if (item.rowNumber === 0 && 'error' in item) throw new CliError(`${settings.learners}: ${item.error}`)
    rows++
  }
  return rows
}

/** The learner rows, streamed; an error while reading becomes a CLI error naming the file (exit 2). */
async function* learnerRows(settings: BatchSettings): AsyncGenerator<NumberedRow> {
  try {
    yield* readLearners(settings.learners, settings.learnersFormat ? { format: settings.learnersFormat } : {})
  } catch (e) {
    throw explain(settings.learners, e)
  }
}

/** Issues every row, reporting as it goes, then writes the summary. */
async function issueAll(settings: BatchSettings, options: BatchOptions, total: number): Promise<number> {
  const collector = new SummaryCollector(settings.spec, settings.learners)
  const progress = progressReporter(settings.json ? 'none' : process.stderr.isTTY ? 'bar' : 'plain', total)
  try {
    for await (const result of issueBatch(learnerRows(settings), options)) {
      stopOnRunWideProblem(settings, result, collector.counts)
      collector.add(result)
      if (settings.json) print(`${JSON.stringify(jsonLine(settings.out, result))}\n`)
      progress.update(collector.counts)
    }
  } catch (e) {
    throw runFailure(settings, e)
  } finally {
    progress.stop(collector.counts)
  }
  const summary = collector.summary()
  await writeSummary(join(settings.out, SUMMARY_FILE), summary)
  if (!settings.json) report(settings, summary.counts, collector.failed, Date.parse(summary.finishedAt) - Date.parse(summary.startedAt))
  return summary.counts.failed > 0 ? 1 : 0
}

/**
 * Stops the run (exit 2) when the first rows fail for a reason no row can fix: a problem of the spec
 * itself (`INVALID_SPEC`, with its JSON path) or of the store (opening, settings, no status list URL).
 */
function stopOnRunWideProblem(settings: BatchSettings, result: BatchResult, counts: BatchCounts): void {
  if (result.status !== 'failed' || counts.issued + counts.alreadyIssued > 0) return
  const template = result.problems.filter((p) => p.code === 'INVALID_SPEC')
  if (template.length > 0) {
    throw new CliError(`${settings.spec}: ${template.map((p) => `${p.path ?? '$'}: ${p.message}`).join('; ')} [ERR_INVALID_SPEC]; nothing was issued`)
  }
  const problem = settings.store ? result.problems.find((p) => STORE_WIDE_CODES.has(p.code)) : undefined
  if (!problem || !settings.store) return
  throw storeFailure(settings.store, new CliError(`${problem.message} [${problem.code}]; nothing was issued`))
}

/** An error that stopped the run, as a CLI error naming what to fix: the spec, the store, or neither. */
function runFailure(settings: BatchSettings, error: unknown): CliError {
  if (error instanceof CliError) return error
  if (error instanceof StoreError && settings.store) return storeFailure(settings.store, error)
  if (error instanceof McredError && ['ERR_INVALID_SPEC', 'ERR_ISSUER_KEY_MISMATCH'].includes(error.code)) return explain(settings.spec, error)
  return new CliError(`batch stopped: ${error instanceof McredError ? `${error.message} [${error.code}]` : (error as Error)?.message ?? String(error)}; run the same command again to issue the rest`)
}

/** The `--json` line of one row. */
function jsonLine(out: string, result: BatchResult): Record<string, unknown> {
  if (result.status === 'failed') return { rowNumber: result.rowNumber, ...(result.line === undefined ? {} : { line: result.line }), ...(result.id === undefined ? {} : { id: result.id }), status: result.status, problems: result.problems }
  return { rowNumber: result.rowNumber, id: result.id, status: result.status, credentialId: result.credentialId, file: join(out, credentialFileName(result.id)) }
}

function report(settings: BatchSettings, counts: BatchCounts, failed: SummaryCollector['failed'], elapsedMs: number): void {
  for (const row of failed.slice(0, SHOWN_FAILURES)) {
    for (const p of row.problems) process.stderr.write(`mcred: row ${row.rowNumber}${row.line === undefined ? '' : `, line ${row.line}`}${p.column ? ` (${p.column})` : ''}: ${p.code} ${p.message}\n`)
  }
  if (failed.length > SHOWN_FAILURES) process.stderr.write(`mcred: … and ${failed.length - SHOWN_FAILURES} more failed rows in ${join(settings.out, SUMMARY_FILE)}\n`)
  const seconds = elapsedMs / 1000
  const rate = seconds > 0 ? Math.round(counts.issued / seconds) : counts.issued
  print(`${counts.rows} rows: ${counts.issued} issued, ${counts.alreadyIssued} already issued, ${counts.failed} failed in ${seconds.toFixed(1)} s (${rate} credentials/s)\n`)
  print(`credentials in ${settings.out}, summary in ${join(settings.out, SUMMARY_FILE)}\n`)
}

/** Runs `action` on the store (see `withIssuingStore`); a new SQLite store needs --status-url first. */
async function withBatchStore(settings: BatchSettings, action: (store: IssuanceStore) => Promise<number>): Promise<number> {
  const location = settings.store as string
  if (isNewSqliteStore(location) && settings.statusUrl === undefined) {
    throw new CliError(`store ${location} does not exist yet: a new store needs --status-url, the address where its status lists will be hosted (list n at <url>/n)`)
  }
  return withIssuingStore(location, settings, action)
}
