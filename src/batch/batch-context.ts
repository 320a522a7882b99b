/**
 * Internal: what every step of a batch shares, and the per-row outcome the steps produce.
 *
 * @module batch
 */
import type { MicrocredentialSpec } from '../model/microcredential-spec.js'
import type { RowSigner } from './row-signer.js'
import type { SignSettings } from './sign-task.js'
import type { BatchOptions, BatchResult, RowProblem } from './types.js'

/** The batch's options, signer and abort signal (raised when the consumer stops early). */
export interface BatchContext {
  spec: MicrocredentialSpec
  options: BatchOptions
  signer: RowSigner
  signal: AbortSignal
}

/** A row ready to issue: its id and the unsigned credential built for it. */
export interface ReadyRow {
  rowNumber: number
  /** The row's line in the input file, when known. */
  line?: number
  id: string
  credentialId: string
  credential: Record<string, unknown>
}

/** What happened to a row id in one step. */
export type RowOutcome =
  | { status: 'issued' | 'already-issued'; credentialId: string; credentialJson: string }
  | { status: 'failed'; problems: RowProblem[] }

/** The result of a ready row from its id's outcome; a repeat of an id earlier in the step is `already-issued`. */
export function resultOf(row: ReadyRow, outcome: RowOutcome, repeat: boolean): BatchResult {
  if (outcome.status === 'failed') return { rowNumber: row.rowNumber, ...lineOf(row), id: row.id, status: 'failed', problems: outcome.problems }
  return { rowNumber: row.rowNumber, id: row.id, status: repeat ? 'already-issued' : outcome.status, credentialId: outcome.credentialId, credentialJson: outcome.credentialJson }
}

/** How the credentials of a step are signed. */
export function signSettings(options: BatchOptions, now: Date): SignSettings {
  return {
    now: now.toISOString(),
    ...(options.format === undefined ? {} : { format: options.format }),
    ...(options.canonicalisation === undefined ? {} : { canonicalisation: options.canonicalisation }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.documents === undefined ? {} : { documents: options.documents }),
  }
}

/** `{ line }` when the row's line is known, else nothing. */
export function lineOf(row: { line?: number | undefined }): { line?: number } {
  return row.line === undefined ? {} : { line: row.line }
}
