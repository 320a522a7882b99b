/**
 * The summary of `mcred batch`: counts and failed rows, written atomically to `DIR/summary.json` at
 * the end of a run. Credentials are never kept in memory: only the failures (row number, id, problems).
 *
 * @module cli
 */
import type { BatchResult, RowProblem } from '../../../batch/index.js'
import { json, writeFiles } from '../../io.js'

/** The summary file's name in the output folder. */
export const SUMMARY_FILE = 'summary.json'

/** Rows seen so far by outcome. */
export interface BatchCounts {
  rows: number
  issued: number
  alreadyIssued: number
  failed: number
}

/** One failed row in the summary. */
export interface FailedRow {
  rowNumber: number
  /** Line of the learners file where the row starts. */
  line?: number
  id?: string
  problems: RowProblem[]
}

/** What `summary.json` holds. */
export interface BatchSummary {
  spec: string
  learners: string
  startedAt: string
  finishedAt: string
  counts: BatchCounts
  failed: FailedRow[]
}

/** Collects counts and failed rows while results stream by. */
export class SummaryCollector {
  readonly counts: BatchCounts = { rows: 0, issued: 0, alreadyIssued: 0, failed: 0 }
  readonly failed: FailedRow[] = []
  readonly startedAt = new Date()

  constructor(private readonly spec: string, private readonly learners: string) {}

  /** Counts one result (and keeps it when it failed). */
  add(result: BatchResult): void {
    this.counts.rows++
    if (result.status === 'failed') {
      this.counts.failed++
      this.failed.push({ rowNumber: result.rowNumber, ...(result.line === undefined ? {} : { line: result.line }), ...(result.id === undefined ? {} : { id: result.id }), problems: result.problems })
    } else if (result.status === 'issued') this.counts.issued++
    else this.counts.alreadyIssued++
  }

  /** The summary as of now. */
  summary(): BatchSummary {
    return {
      spec: this.spec,
      learners: this.learners,
      startedAt: this.startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      counts: { ...this.counts },
      failed: this.failed,
    }
  }
}

/** Writes the summary to `path` atomically (temporary file, flushed, renamed). */
export async function writeSummary(path: string, summary: BatchSummary): Promise<void> {
  await writeFiles([{ path, text: json(summary) }])
}
