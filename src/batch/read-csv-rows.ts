/**
 * Internal: learner rows of a CSV file (`,`, `;` or tab, sniffed from the header line).
 *
 * @module batch
 */
import { nextCsvRecord, parseFields, sniffDelimiter } from './csv-records.js'
import { COLUMN_OF, fieldOf, IDENTIFYING_FIELDS, learnerRow, type LearnerField } from './learner-columns.js'
import { TextLines } from './text-lines.js'
import type { NumberedRow } from './types.js'

/** The field of each column (undefined: an unknown column, ignored). */
type Layout = Array<LearnerField | undefined>

/** Streams the rows of a CSV file with a header line; see `readLearners`. */
export async function* readCsvRows(path: string): AsyncGenerator<NumberedRow> {
  const lines = new TextLines(path)
  try {
    let header = await lines.next()
    while (header !== undefined && header.text.trim() === '') header = await lines.next()
    if (header === undefined) {
      yield { rowNumber: 0, line: 1, error: 'the file is empty: the first line must name the columns (learner_id, email, eduid, ...)' }
      return
    }
    const delimiter = sniffDelimiter(header.text)
    const layout = headerLayout(header.text, delimiter)
    if ('error' in layout) {
      yield { rowNumber: 0, line: header.line, error: layout.error }
      return
    }
    let rowNumber = 0
    for (let record = await nextCsvRecord(lines, delimiter); record !== undefined; record = await nextCsvRecord(lines, delimiter)) {
      if ('fields' in record && record.fields.every((f) => f.trim() === '')) continue
      rowNumber++
      if ('error' in record) yield { rowNumber, line: record.line, error: record.error }
      else yield toRow(record.fields, layout.fields, rowNumber, record.line)
    }
  } finally {
    await lines.close()
  }
}

function headerLayout(text: string, delimiter: string): { fields: Layout } | { error: string } {
  const parsed = parseFields(text, delimiter)
  if ('error' in parsed) return { error: `header: ${parsed.error}` }
  const fields = parsed.fields.map(fieldOf)
  const seen = new Map<LearnerField, string>()
  for (const [i, field] of fields.entries()) {
    if (field === undefined) continue
    const name = parsed.fields[i] as string
    const earlier = seen.get(field)
    if (earlier !== undefined) return { error: `header: columns "${earlier}" and "${name}" both give ${COLUMN_OF[field]}` }
    seen.set(field, name)
  }
  if (!IDENTIFYING_FIELDS.some((f) => seen.has(f))) {
    const found = parsed.fields.map((n) => JSON.stringify(n.trim())).join(', ')
    return { error: `header: no column identifies the learner (learner_id, student_number, studentnummer, email, eduid); found ${found}` }
  }
  return { fields }
}

function toRow(fields: string[], layout: Layout, rowNumber: number, line: number): NumberedRow {
  const extra = fields.slice(layout.length)
  if (fields.length < layout.length || extra.some((f) => f.trim() !== '')) {
    return { rowNumber, line, error: `has ${fields.length} fields, the header has ${layout.length} columns` }
  }
  const pairs: Array<[LearnerField, string]> = []
  for (const [i, field] of layout.entries()) if (field !== undefined) pairs.push([field, fields[i] as string])
  return { rowNumber, line, row: learnerRow(pairs) }
}
