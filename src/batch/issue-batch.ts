/**
 * Batch issuance: one credential per learner row, streamed, signed in worker threads, resumable.
 *
 * @module batch
 */
import { setMaxListeners } from 'node:events'
import { InvalidArgumentError } from '../errors/errors.js'
import type { BatchContext, ReadyRow, RowOutcome } from './batch-context.js'
import { resultOf } from './batch-context.js'
import { checkTemplate } from './check-template.js'
import { chunked } from './chunked.js'
import { issueStepWithStore } from './issue-step-with-store.js'
import { issueStepWithoutStore } from './issue-step-without-store.js'
import { prepareRow, type BatchInput } from './prepare-row.js'
import { createRowSigner } from './row-signer.js'
import type { BatchOptions, BatchResult } from './types.js'

/**
 * Issues one credential per learner row and yields a {@link BatchResult} per row, in input order:
 * `issued`, `already-issued` (with the bytes issued before) or `failed` (with its problems: the row's
 * columns, or one per quality finding, code = rule id). Bad rows never stop the batch.
 *
 * Rows are pulled lazily, `chunkSize` at a time (at most two steps in memory, however long the input).
 * Each row is checked and filled into the template `spec` ({@link rowToSpec}), built with a stable
 * credential id, then quality-checked, signed and self-checked: with `keyPair` in `concurrency` worker
 * threads (default: the number of cores), with `signer` on the calling thread, `concurrency` at a time.
 * The row's {@link rowId} makes a rerun after a crash issue exactly what is missing:
 * - with `store`: one `issueMany` transaction per step with idempotency key = row id; each new
 *   credential gets its `credentialStatus` slot; rows the store has are `already-issued` with the stored
 *   bytes; a `journal`, when given too, receives every credential after the step commits.
 * - without `store`: `journal.get(id)` says what was issued; new credentials are `put` after signing.
 * - with neither: every row is simply issued.
 * The same id twice in one step is issued once (the repeat is `already-issued`). Failures that are not
 * about a row (store closed, disk full, a worker that cannot start) end the iteration with the error;
 * rerunning resumes. The template is checked first (`InvalidSpecError`, also for an `issuer.id` that is
 * not the key's controller). Stopping the iteration early (`break`) abandons the step in flight (with
 * a store its transaction is rolled back; credentials already in the journal stay) and stops the
 * workers. Workers load the built `dist/batch-worker.js` (see `workerUrl`).
 *
 * @example
 * ```ts
 * import { issueBatch, readLearners } from 'microcredentials/batch'
 * import { openStore } from 'microcredentials/store'
 * const store = await openStore('issued.db', { statusListBaseUrl: 'https://school.example.nl/status' })
 * for await (const r of issueBatch(readLearners('cohort-2026.csv'), { spec, keyPair, store, actor: 'examenbureau' })) {
 *   if (r.status === 'failed') console.error(`row ${r.rowNumber}:`, r.problems.map((p) => `${p.column ?? p.path}: ${p.message}`).join('; '))
 * }
 * await store.close()
 * ```
 */
export async function* issueBatch(rows: AsyncIterable<BatchInput> | Iterable<BatchInput>, options: BatchOptions): AsyncGenerator<BatchResult, void, undefined> {
  const signer = createRowSigner(options)
  const abort = new AbortController()
  // Every task in flight listens for the abort.
  setMaxListeners(0, abort.signal)
  let steps: AsyncGenerator<BatchInput[]> | undefined
  let running: Promise<BatchResult[]> | undefined
  let preparing: Promise<PreparedStep | undefined> | undefined
  try {
    const source = chunked(rows, stepSize(options, signer.concurrency))
    steps = source
    checkTemplate(options.spec, signer.controller, options.now ?? new Date())
    const ctx: BatchContext = { spec: options.spec, options, signer, signal: abort.signal }
    let position = 0
    const readStep = async (): Promise<PreparedStep | undefined> => {
      const step = await source.next()
      if (step.done) return undefined
      const first = position
      position += step.value.length
      return prepareStep(step.value, first, ctx)
    }
    const start = (step: PreparedStep | undefined): Promise<BatchResult[]> | undefined => {
      const run = step === undefined ? undefined : issueStep(step, ctx)
      run?.catch(() => undefined)
      return run
    }
    running = start(await readStep())
    while (running !== undefined) {
      // The next rows are read and built on this thread while the workers sign this step; the next
      // step is issued (after this one, so the store and the journal see it) while the consumer
      // handles this one's results.
      preparing = readStep()
      preparing.catch(() => undefined)
      const results = await running
      running = start(await preparing)
      preparing = undefined
      yield* results
    }
  } finally {
    abort.abort()
    await preparing?.catch(() => undefined)
    await running?.catch(() => undefined)
    await steps?.return(undefined)
    await signer.close()
  }
}

function stepSize(options: BatchOptions, concurrency: number): number {
  const size = options.chunkSize ?? Math.max(64, concurrency * 16)
  if (!Number.isSafeInteger(size) || size < 1) throw new InvalidArgumentError(`"chunkSize" must be a positive integer, got ${String(options.chunkSize)}`)
  return size
}

/** A step's rows checked and built: each a ready row or a failed result, with the step's time. */
interface PreparedStep {
  now: Date
  rows: Array<{ ready: ReadyRow } | { failed: BatchResult }>
}

/** Checks and builds one step's rows (on the calling thread). */
function prepareStep(items: BatchInput[], first: number, ctx: BatchContext): PreparedStep {
  const now = ctx.options.now ?? new Date()
  return { now, rows: items.map((item, i) => prepareRow(item, first + i + 1, ctx, now)) }
}

/** Issues and reports one prepared step, in input order. */
async function issueStep(step: PreparedStep, ctx: BatchContext): Promise<BatchResult[]> {
  const { now, rows } = step
  const firstOfId = new Map<string, ReadyRow>()
  for (const p of rows) if ('ready' in p && !firstOfId.has(p.ready.id)) firstOfId.set(p.ready.id, p.ready)
  const unique = [...firstOfId.values()]
  const outcomes: Map<string, RowOutcome> = unique.length === 0
    ? new Map()
    : ctx.options.store !== undefined ? await issueStepWithStore(ctx.options.store, unique, ctx, now) : await issueStepWithoutStore(unique, ctx, now)
  return rows.map((p) => ('failed' in p ? p.failed : resultOf(p.ready, outcomes.get(p.ready.id) as RowOutcome, firstOfId.get(p.ready.id) !== p.ready)))
}
