/**
 * Internal: issuing one step of rows through a store, in one transaction (`issueMany`): the row id is
 * the idempotency key, each new credential gets its status list slot and is signed in parallel.
 *
 * @module batch
 */
import type { IssuanceStore, IssueOutcome, IssueRequest, StatusAllocation } from '../model/issuance-store.js'
import { recipientKeyOf } from '../issue/issue-with-store.js'
import { statusListEntry } from '../status/status-list-credential.js'
import { signSettings, type BatchContext, type ReadyRow, type RowOutcome } from './batch-context.js'
import { batchAchievementId } from './batch-ids.js'
import { errorProblems } from './row-problems.js'

/** The actor recorded when the options name none (as `issueCredential`). */
const DEFAULT_ACTOR = 'microcredentials'

/**
 * The outcome of each row id (ids are unique), from one `issueMany` transaction: the store says which
 * requests are new (their slots come with them), the rest are already issued. Rejects on store failures.
 */
export async function issueStepWithStore(store: IssuanceStore, rows: readonly ReadyRow[], ctx: BatchContext, now: Date): Promise<Map<string, RowOutcome>> {
  const requests = rows.map((row) => requestOf(row, ctx, now))
  const rowOf = new Map(rows.map((row) => [row.credentialId, row]))
  const outcomes = await store.issueMany(requests, (slots, forRequests) => signNew(forRequests.map((r) => rowOf.get(r.credentialId) as ReadyRow), slots, ctx, now))
  const result = new Map(rows.map((row, i) => [row.id, toOutcome(outcomes[i])]))
  await journalAll(ctx, result)
  return result
}

function requestOf(row: ReadyRow, ctx: BatchContext, now: Date): IssueRequest {
  const recipient = recipientKeyOf(row.credential)
  return {
    credentialId: row.credentialId,
    idempotencyKey: row.id,
    achievementId: batchAchievementId(ctx.spec),
    ...(recipient === undefined ? {} : { recipient }),
    actor: ctx.options.actor ?? DEFAULT_ACTOR,
    now,
  }
}

/** Signs the new rows with their slots, in parallel. */
async function signNew(rows: readonly ReadyRow[], slots: StatusAllocation[], ctx: BatchContext, now: Date): Promise<Array<string | { error: unknown }>> {
  const settings = signSettings(ctx.options, now)
  const outcomes = await Promise.all(slots.map((slot, j) => ctx.signer.sign({ credential: { ...rows[j]!.credential, credentialStatus: statusListEntry(slot) }, settings }, ctx.signal)))
  ctx.signal.throwIfAborted()
  return outcomes.map((o) => ('json' in o ? o.json : { error: o.error }))
}

function toOutcome(outcome: IssueOutcome | { error: unknown } | undefined): RowOutcome {
  if (outcome === undefined) return { status: 'failed', problems: [{ code: 'ERR_UNEXPECTED', message: 'the store returned no outcome for this row' }] }
  if ('error' in outcome) return { status: 'failed', problems: errorProblems(outcome.error) }
  return { status: outcome.reused ? 'already-issued' : 'issued', credentialId: outcome.record.credentialId, credentialJson: outcome.record.credentialJson }
}

/** With a journal too: every issued or already-issued credential into it, unless it is there already. */
async function journalAll(ctx: BatchContext, outcomes: Map<string, RowOutcome>): Promise<void> {
  const { journal } = ctx.options
  if (journal === undefined) return
  const settled = await Promise.allSettled([...outcomes].map(async ([id, outcome]) => {
    if (outcome.status === 'failed') return
    if ((await journal.get(id)) !== outcome.credentialJson) await journal.put(id, outcome.credentialJson)
  }))
  const failure = settled.find((s) => s.status === 'rejected')
  if (failure !== undefined) throw failure.reason
}
