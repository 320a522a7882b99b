/**
 * Internal: issuing one step of rows without a store: the journal (when given) says what was issued
 * before; new credentials are signed in parallel and put into the journal.
 *
 * @module batch
 */
import { signSettings, type BatchContext, type ReadyRow, type RowOutcome } from './batch-context.js'
import { errorProblems } from './row-problems.js'

/** The outcome of each row id. Rejects on a journal failure (after every row of the step has settled). */
export async function issueStepWithoutStore(rows: readonly ReadyRow[], ctx: BatchContext, now: Date): Promise<Map<string, RowOutcome>> {
  const settings = signSettings(ctx.options, now)
  const { journal } = ctx.options
  const settled = await Promise.allSettled(rows.map(async (row): Promise<[string, RowOutcome]> => {
    const earlier = journal === undefined ? undefined : await journal.get(row.id)
    if (earlier !== undefined) return [row.id, journalled(earlier)]
    const outcome = await ctx.signer.sign({ credential: row.credential, settings }, ctx.signal)
    if ('error' in outcome) return [row.id, { status: 'failed', problems: errorProblems(outcome.error) }]
    if (journal !== undefined) {
      ctx.signal.throwIfAborted()
      await journal.put(row.id, outcome.json)
    }
    return [row.id, { status: 'issued', credentialId: row.credentialId, credentialJson: outcome.json }]
  }))
  const failure = settled.find((s) => s.status === 'rejected')
  if (failure !== undefined) throw failure.reason
  return new Map(settled.map((s) => (s as PromiseFulfilledResult<[string, RowOutcome]>).value))
}

/** A journal entry as an `already-issued` outcome, or a failure when it is not a credential. */
function journalled(json: string): RowOutcome {
  try {
    const id = (JSON.parse(json) as { id?: unknown }).id
    if (typeof id === 'string') return { status: 'already-issued', credentialId: id, credentialJson: json }
  } catch {
    // reported below
  }
  return { status: 'failed', problems: [{ code: 'ERR_JOURNAL', message: 'the journal entry of this row is not a credential: remove it to issue the row again' }] }
}
