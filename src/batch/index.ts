/**
 * Batch issuance from SIS exports: `microcredentials/batch`.
 *
 * @example
 * ```ts
 * import { createDirectoryJournal, issueBatch, readLearners } from 'microcredentials/batch'
 * const journal = createDirectoryJournal('out')
 * for await (const r of issueBatch(readLearners('learners.csv'), { spec, keyPair, journal })) console.log(r.rowNumber, r.status)
 * ```
 * @module batch
 */
export { readLearners } from './read-learners.js'
export type { ReadLearnersOptions } from './read-learners.js'
export { rowId } from './row-id.js'
export { credentialFileName } from './credential-file-name.js'
export { rowToSpec } from './row-to-spec.js'
export type { RowSpec } from './row-to-spec.js'
export { createDirectoryJournal } from './directory-journal.js'
export { issueBatch } from './issue-batch.js'
export type { BatchInput } from './prepare-row.js'
export type { BatchJournal, BatchOptions, BatchResult, LearnerRow, NumberedRow, RowProblem } from './types.js'
