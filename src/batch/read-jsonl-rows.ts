/**
 * Internal: learner rows of a JSON Lines file (one object per line).
 *
 * @module batch
 */
import { COLUMN_OF, fieldOf, learnerRow, type LearnerField } from './learner-columns.js'
import { TextLines } from './text-lines.js'
import type { LearnerRow, NumberedRow } from './types.js'

/** Streams the rows of a JSONL file; see `readLearners`. */
export async function* readJsonlRows(path: string): AsyncGenerator<NumberedRow> {
  const lines = new TextLines(path)
  try {
    let rowNumber = 0
    for (let next = await lines.next(); next !== undefined; next = await lines.next()) {
      if (next.text.trim() === '') continue
      rowNumber++
      const parsed = parseRow(next.text)
      yield 'error' in parsed ? { rowNumber, line: next.line, error: parsed.error } : { rowNumber, line: next.line, row: parsed.row }
    }
  } finally {
    await lines.close()
  }
}

function parseRow(text: string): { row: LearnerRow } | { error: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { error: `malformed JSON: ${(error as Error).message}` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'must be a JSON object' }
  const pairs: Array<[LearnerField, string | undefined]> = []
  const seen = new Map<LearnerField, string>()
  for (const [key, v] of Object.entries(value)) {
    const field = fieldOf(key)
    if (field === undefined || v === null) continue
    const earlier = seen.get(field)
    if (earlier !== undefined) return { error: `"${earlier}" and "${key}" both give ${COLUMN_OF[field]}` }
    seen.set(field, key)
    if (typeof v === 'number' && Number.isFinite(v)) pairs.push([field, String(v)])
    else if (typeof v === 'string') pairs.push([field, v])
    else return { error: `"${key}" must be a string or a number` }
  }
  return { row: learnerRow(pairs) }
}
