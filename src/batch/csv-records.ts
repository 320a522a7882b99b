/**
 * Internal: CSV records from streamed lines. A record is one line, or several when a quoted field holds
 * line breaks. A record that cannot be parsed becomes an error for its first line, and reading goes on
 * with the next line, so one stray quote never swallows the rest of the file.
 *
 * @module batch
 */
import { parse } from 'csv-parse/sync'
import type { TextLines } from './text-lines.js'

/** At most this many lines per record (a quoted field with line breaks); longer is malformed. */
const MAX_RECORD_LINES = 200

/** A parsed record (or why it could not be parsed) and the line it starts on. */
export type CsvRecord = { line: number; fields: string[] } | { line: number; error: string }

/** The delimiter of a header line: the most frequent of `,` `;` and tab outside quotes (`,` on a tie). */
export function sniffDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]])
  let quoted = false
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  }
  let best = ','
  for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch
  return best
}

/** The fields of one record's text, or a message saying what is malformed. */
export function parseFields(text: string, delimiter: string): { fields: string[] } | { error: string } {
  try {
    const records = parse(text, { delimiter, relax_column_count: true, bom: false })
    if (records.length !== 1 || records[0] === undefined) return { error: 'is not one CSV record' }
    return { fields: records[0] }
  } catch (error) {
    return { error: describeCsvError(error) }
  }
}

/** The next non-empty record, or undefined at the end of the file. */
export async function nextCsvRecord(lines: TextLines, delimiter: string): Promise<CsvRecord | undefined> {
  let first = await lines.next()
  while (first !== undefined && first.text.trim() === '') first = await lines.next()
  if (first === undefined) return undefined
  const taken = [first]
  let text = first.text
  while (quoteOpen(text) && taken.length < MAX_RECORD_LINES) {
    const more = await lines.next()
    if (more === undefined) break
    taken.push(more)
    text += `\n${more.text}`
  }
  const parsed = parseFields(text, delimiter)
  if ('fields' in parsed) return { line: first.line, fields: parsed.fields }
  if (taken.length === 1) return { line: first.line, error: parsed.error }
  lines.unread(taken.slice(1))
  const alone = parseFields(first.text, delimiter)
  return { line: first.line, error: 'error' in alone ? alone.error : parsed.error }
}

/** An odd number of quotes: a quoted field is still open at the end of the text. */
function quoteOpen(text: string): boolean {
  let n = 0
  for (const ch of text) if (ch === '"') n++
  return n % 2 === 1
}

function describeCsvError(error: unknown): string {
  const code = (error as { code?: unknown })?.code
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED': return 'malformed CSV: a quoted field is not closed'
    case 'CSV_INVALID_CLOSING_QUOTE': return 'malformed CSV: a quoted field is followed by other characters (write a quote inside a quoted field as "")'
    case 'INVALID_OPENING_QUOTE': return 'malformed CSV: a quote inside an unquoted field (quote the whole field and write the quote as "")'
    default: return `malformed CSV: ${typeof code === 'string' ? code : (error as Error)?.message ?? String(error)}`
  }
}
