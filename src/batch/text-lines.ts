/**
 * Internal: a file's lines, streamed, numbered, with lines that can be put back (the CSV reader
 * backtracks after a malformed multi-line record).
 *
 * @module batch
 */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'

/** One line of text (without its line break) and its 1-based line number. */
export interface TextLine {
  text: string
  line: number
}

/** Lines of a UTF-8 file, read lazily; a leading byte order mark is removed. */
export class TextLines {
  private readonly source: AsyncIterator<string>
  private readonly putBack: TextLine[] = []
  private count = 0

  constructor(path: string) {
    const reader = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity })
    this.source = reader[Symbol.asyncIterator]()
  }

  /** The next line, or undefined at the end of the file. */
  async next(): Promise<TextLine | undefined> {
    const back = this.putBack.pop()
    if (back !== undefined) return back
    const result = await this.source.next()
    if (result.done) return undefined
    this.count++
    const text = this.count === 1 ? result.value.replace(/^\uFEFF/, '') : result.value
    return { text, line: this.count }
  }

  /** Puts lines back, to be read again in the same order. */
  unread(lines: readonly TextLine[]): void {
    for (let i = lines.length - 1; i >= 0; i--) this.putBack.push(lines[i] as TextLine)
  }

  /** Stops reading and closes the file. */
  async close(): Promise<void> {
    await this.source.return?.()
  }
}
