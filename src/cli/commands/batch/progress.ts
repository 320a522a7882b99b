/**
 * Progress of `mcred batch` on stderr: a bar on a terminal (cli-progress: done / total, rate, ETA,
 * failures), plain lines every few seconds elsewhere, nothing with `--json`.
 *
 * @module cli
 */
import cliProgress from 'cli-progress'
import type { BatchCounts } from './summary.js'

/** Receives the running counts; `stop` once at the end. */
export interface ProgressReporter {
  update(counts: BatchCounts): void
  stop(counts: BatchCounts): void
}

/** How often the plain reporter writes a line, in milliseconds. */
export const PLAIN_INTERVAL_MS = 2_000

/** The reporter for this run: none (`--json`), a bar (stderr is a terminal) or plain lines. */
export function progressReporter(mode: 'none' | 'bar' | 'plain', total: number | undefined, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (mode === 'none') return { update: () => undefined, stop: () => undefined }
  return mode === 'bar' ? barReporter(total ?? 0, stream) : plainReporter(total, stream)
}

function barReporter(total: number, stream: NodeJS.WriteStream): ProgressReporter {
  const started = Date.now()
  const bar = new cliProgress.SingleBar({
    stream,
    format: '{bar} {value}/{total} rows | {rate}/s | ETA {eta_formatted} | {failed} failed',
    hideCursor: false, // a Ctrl-C (the batch resumes on the next run) must not leave the cursor hidden
    etaBuffer: 200,
    fps: 10,
  }, cliProgress.Presets.shades_classic)
  bar.start(total, 0, { rate: '0', failed: 0 })
  const payload = (counts: BatchCounts) => ({ rate: rate(done(counts), Date.now() - started), failed: counts.failed })
  return {
    update: (counts) => bar.update(done(counts), payload(counts)),
    stop: (counts) => {
      bar.update(done(counts), payload(counts))
      bar.stop()
    },
  }
}

function plainReporter(total: number | undefined, stream: NodeJS.WriteStream): ProgressReporter {
  const started = Date.now()
  let latest: BatchCounts = { rows: 0, issued: 0, alreadyIssued: 0, failed: 0 }
  let lastWritten = -1
  const write = (): void => {
    if (done(latest) === lastWritten) return
    lastWritten = done(latest)
    stream.write(`mcred: ${progressLine(latest, total, Date.now() - started)}\n`)
  }
  const timer = setInterval(write, PLAIN_INTERVAL_MS)
  timer.unref()
  return {
    update: (counts) => { latest = counts },
    stop: (counts) => {
      clearInterval(timer)
      latest = counts
      write()
    },
  }
}

/** `1200/2000 rows (60%), 480/s, ETA 2 s, 3 failed`: the plain progress line. */
export function progressLine(counts: BatchCounts, total: number | undefined, elapsedMs: number): string {
  const n = done(counts)
  const perSecond = elapsedMs > 0 ? (n * 1000) / elapsedMs : 0
  const of = total === undefined ? `${n} rows` : `${n}/${total} rows (${total === 0 ? 100 : Math.floor((n * 100) / total)}%)`
  const eta = total !== undefined && perSecond > 0 && n < total ? `, ETA ${Math.ceil((total - n) / perSecond)} s` : ''
  return `${of}, ${rate(n, elapsedMs)}/s${eta}, ${counts.failed} failed`
}

function done(counts: BatchCounts): number {
  return counts.issued + counts.alreadyIssued + counts.failed
}

function rate(n: number, elapsedMs: number): string {
  return elapsedMs > 0 ? ((n * 1000) / elapsedMs).toFixed(0) : '0'
}
