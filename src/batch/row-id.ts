/**
 * The stable id of a learner row.
 *
 * @module batch
 */
import { InvalidArgumentError } from '../errors/errors.js'
import type { MicrocredentialSpec } from '../model/microcredential-spec.js'
import { batchAchievementId, hashHex, learnerKey } from './batch-ids.js'
import type { LearnerRow } from './types.js'

/**
 * The stable id of a row, used as the store's idempotency key and the journal's key: the row's
 * `idempotencyKey` (trimmed) when it has one, else 32 hex characters of SHA-256 over the achievement id
 * and the learner (learner id, else eduID, else the normalised email). The same learner and achievement
 * give the same id in every run, so a rerun finds what was issued. Derived ids are safe file names;
 * for any id, use {@link credentialFileName}.
 *
 * @throws InvalidArgumentError when the row has neither an idempotency key nor a learner id, eduID or email.
 * @example
 * ```ts
 * import { rowId } from 'microcredentials/batch'
 * rowId(spec, { learnerId: '123456', grade: '8' }) // e.g. '9f2c…' (32 hex characters)
 * rowId(spec, { idempotencyKey: 'sis-2026-000123' }) // 'sis-2026-000123'
 * ```
 */
export function rowId(spec: MicrocredentialSpec, row: LearnerRow): string {
  const key = row.idempotencyKey?.trim()
  if (key) return key
  const learner = learnerKey(row)
  if (learner === undefined) throw new InvalidArgumentError('the row has no learner id, eduID, email or idempotency key to identify it')
  return hashHex('mcred-batch-row', batchAchievementId(spec), learner).slice(0, 32)
}
