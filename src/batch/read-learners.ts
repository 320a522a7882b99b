/**
 * Reading learner rows from SIS exports (CSV or JSON Lines), streamed.
 *
 * @module batch
 */
import { extname } from 'node:path'
import { InvalidArgumentError } from '../errors/errors.js'
import { readCsvRows } from './read-csv-rows.js'
import { readJsonlRows } from './read-jsonl-rows.js'
import type { NumberedRow } from './types.js'

/**
 * Options of {@link readLearners}.
 *
 * @example
 * ```ts
 * import type { ReadLearnersOptions } from 'microcredentials/batch'
 * const options: ReadLearnersOptions = { format: 'jsonl' }
 * ```
 */
export interface ReadLearnersOptions {
  /** `csv` or `jsonl`. Default: from the file extension (`.csv`, `.tsv`, `.txt`: CSV; `.jsonl`, `.ndjson`: JSONL). */
  format?: 'csv' | 'jsonl'
}

/**
 * Streams the learners of an SIS export, one {@link NumberedRow} at a time (the file is never read
 * whole). CSV: a header line names the columns, case-insensitively, with aliases (`learner_id` |
 * `student_number` | `studentnummer`, `email`, `eduid` | `edu_id`, `given_name` | `first_name` |
 * `voornaam`, `family_name` | `last_name` | `achternaam`, `grade` | `cijfer`, `awarded_date`,
 * `evidence_url`, `idempotency_key`); unknown columns are ignored; the delimiter (`,`, `;` as in Dutch
 * Excel exports, or tab) is sniffed from the header; quoted fields may hold delimiters, quotes (`""`)
 * and line breaks. JSON Lines: one object per line with the same names (or camelCase: `learnerId`).
 * A UTF-8 byte order mark is skipped, empty lines too. A row that cannot be read (bad JSON, wrong
 * number of fields, a stray quote) is yielded as `{ rowNumber, line, error }` and reading goes on.
 * A CSV header without any learner column (learner id, email, eduID) yields only
 * `{ rowNumber: 0, error }`. Throws `InvalidArgumentError` at once for an unknown format; an unreadable
 * file rejects the first iteration step.
 *
 * @example
 * ```ts
 * import { readLearners } from 'microcredentials/batch'
 * for await (const item of readLearners('cohort-2026.csv')) {
 *   if ('error' in item) console.error(`row ${item.rowNumber}: ${item.error}`)
 *   else console.log(item.row.learnerId, item.row.grade)
 * }
 * ```
 */
export function readLearners(path: string, options: ReadLearnersOptions = {}): AsyncIterable<NumberedRow> {
  const format = options.format ?? formatOf(path)
  if (format === 'csv') return readCsvRows(path)
  if (format === 'jsonl') return readJsonlRows(path)
  throw new InvalidArgumentError(`unknown learner file format ${JSON.stringify(format)}: use csv or jsonl`)
}

function formatOf(path: string): 'csv' | 'jsonl' {
  const ext = extname(path).toLowerCase()
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv'
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl'
  throw new InvalidArgumentError(`cannot tell the format of ${path} from its extension: name it .csv or .jsonl, or pass { format }`)
}
