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
  let pending: Promise<BatchResult[] | undefined> | undefined
  try {
    const source = chunked(rows, stepSize(options, signer.concurrency))
    steps = source
    checkTemplate(options.spec, signer.controller, options.now ?? new Date())
    const ctx: BatchContext = { spec: options.spec, options, signer, signal: abort.signal }
    let position = 0
    const nextStep = async (): Promise<BatchResult[] | undefined> => {
      const step = await source.next()
      if (step.done) return undefined
      const first = position
      position += step.value.length
      return issueStep(step.value, first, ctx)
    }
    pending = nextStep()
    for (let results = await pending; results !== undefined; results = await pending) {
      // The next step runs while the consumer handles this one's results.
      pending = nextStep()
      pending.catch(() => undefined)
      yield* results
    }
    pending = undefined
  } finally {
    abort.abort()
    await pending?.catch(() => undefined)
    await steps?.return(undefined)
    await signer.close()
  }
}

function stepSize(options: BatchOptions, concurrency: number): number {
  const size = options.chunkSize ?? Math.max(64, concurrency * 16)
  if (!Number.isSafeInteger(size) || size < 1) throw new InvalidArgumentError(`"chunkSize" must be a positive integer, got ${String(options.chunkSize)}`)
  return size
}

/** Prepares, issues and reports one step of rows, in input order. */
async function issueStep(items: BatchInput[], first: number, ctx: BatchContext): Promise<BatchResult[]> {
  const now = ctx.options.now ?? new Date()
  const prepared = items.map((item, i) => prepareRow(item, first + i + 1, ctx, now))
  const firstOfId = new Map<string, ReadyRow>()
  for (const p of prepared) if ('ready' in p && !firstOfId.has(p.ready.id)) firstOfId.set(p.ready.id, p.ready)
  const unique = [...firstOfId.values()]
  const outcomes: Map<string, RowOutcome> = unique.length === 0
    ? new Map()
    : ctx.options.store !== undefined ? await issueStepWithStore(ctx.options.store, unique, ctx, now) : await issueStepWithoutStore(unique, ctx, now)
  return prepared.map((p) => ('failed' in p ? p.failed : resultOf(p.ready, outcomes.get(p.ready.id) as RowOutcome, firstOfId.get(p.ready.id) !== p.ready)))
}
