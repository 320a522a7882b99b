/**
 * Internal: one input row to a credential ready to sign, or a failed result.
 *
 * @module batch
 */
import { buildCredential } from '../build/build-credential.js'
import { nameUuid } from './batch-ids.js'
import { lineOf, type BatchContext, type ReadyRow } from './batch-context.js'
import { errorProblems } from './row-problems.js'
import { rowId } from './row-id.js'
import { rowToSpec } from './row-to-spec.js'
import type { BatchResult, LearnerRow, NumberedRow } from './types.js'

/**
 * A batch input item: a numbered row from `readLearners`, or a bare row (numbered by its position).
 *
 * @example
 * ```ts
 * import { issueBatch, type BatchInput } from 'microcredentials/batch'
 * const rows: BatchInput[] = [{ learnerId: '123456', grade: '8' }, { rowNumber: 2, row: { email: 'jan@example.nl' } }]
 * for await (const r of issueBatch(rows, { spec, keyPair })) console.log(r.status)
 * ```
 */
export type BatchInput = NumberedRow | LearnerRow

/** Checks the row, fills the template and builds the unsigned credential (`validFrom` defaults to `now`). */
export function prepareRow(item: BatchInput, position: number, ctx: BatchContext, now: Date): { ready: ReadyRow } | { failed: BatchResult } {
  const numbered = isNumbered(item) ? item : { rowNumber: position, row: item }
  const { rowNumber } = numbered
  const line = lineOf(numbered)
  if ('error' in numbered) return { failed: { rowNumber, ...line, status: 'failed', problems: [{ code: 'MALFORMED_ROW', message: numbered.error }] } }
  const filled = rowToSpec(ctx.spec, numbered.row)
  if ('problems' in filled) {
    const id = idOrUndefined(ctx, numbered.row)
    return { failed: { rowNumber, ...line, ...(id === undefined ? {} : { id }), status: 'failed', problems: filled.problems } }
  }
  const id = rowId(ctx.spec, numbered.row)
  try {
    const credential = buildCredential(filled.spec, {
      issuerId: ctx.signer.controller,
      now: () => now,
      // Only an issuer faculty without an id needs one: the same for every credential of the batch.
      uuid: () => nameUuid('mcred-batch-creator', ctx.spec.issuer?.id ?? ctx.signer.controller, ctx.spec.issuer?.faculty?.name ?? ''),
    }) as unknown as Record<string, unknown>
    return { ready: { rowNumber, ...line, id, credentialId: credential.id as string, credential } }
  } catch (error) {
    return { failed: { rowNumber, ...line, id, status: 'failed', problems: errorProblems(error) } }
  }
}

function isNumbered(item: BatchInput): item is NumberedRow {
  return typeof (item as { rowNumber?: unknown }).rowNumber === 'number' && ('row' in item || 'error' in item)
}

function idOrUndefined(ctx: BatchContext, row: LearnerRow): string | undefined {
  try {
    return rowId(ctx.spec, row)
  } catch {
    return undefined
  }
}
