/**
 * Splitting edubadges' learning-outcome Markdown into separate outcomes.
 *
 * @module edubadges
 */

/**
 * The outcomes found in a Markdown text, and the text around them that is not an outcome.
 *
 * @example
 * ```ts
 * const split: LearningOutcomeSplit = { outcomes: ['Past wondzorg toe'], other: ['Na afloop kan de deelnemer:'] }
 * ```
 */
export interface LearningOutcomeSplit {
  /** One entry per list item (or the whole text when there is no list), marker removed, text otherwise kept. */
  outcomes: string[]
  /** Paragraphs before, between or after the list items (an introduction, a heading), trimmed. */
  other: string[]
}

/** A bullet (`-`, `*`, `+`, `•`) or number (`1.`, `1)`) marker, then the item text. */
const ITEM = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+(.*)$/

/**
 * Splits edubadges' `LearningOutcome` Markdown into outcomes: every bullet line (`-`, `*`, `+`, `•`)
 * and every numbered line (`1.`, `1)`) starts an outcome; its marker is removed and the rest of the
 * text is kept as written (lines that continue an item are joined to it with a space, as Markdown
 * renders them). Text outside the list (an introduction such as "Na afloop kan de deelnemer:", a
 * heading, a closing paragraph) is returned in `other`. A text without any list is one outcome.
 *
 * @example
 * ```ts
 * import { splitLearningOutcomes } from 'microcredentials/edubadges'
 * splitLearningOutcomes('De deelnemer:\n* past wondzorg toe,\n* rapporteert in het dossier.')
 * // { outcomes: ['past wondzorg toe,', 'rapporteert in het dossier.'], other: ['De deelnemer:'] }
 * ```
 */
export function splitLearningOutcomes(markdown: string): LearningOutcomeSplit {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  if (!lines.some((line) => isItem(line))) {
    const whole = markdown.replace(/\r\n?/g, '\n').trim()
    return { outcomes: whole === '' ? [] : [whole], other: [] }
  }
  const outcomes: string[] = []
  const other: string[] = []
  let item: string[] | undefined
  let paragraph: string[] = []
  let blank = false
  const endItem = (): void => {
    const text = item?.join(' ').trim()
    if (text) outcomes.push(text)
    item = undefined
  }
  const endParagraph = (): void => {
    const text = paragraph.join('\n').trim()
    if (text) other.push(text)
    paragraph = []
  }
  for (const line of lines) {
    const m = ITEM.exec(line)
    if (m && (m[1] ?? '').trim() !== '') {
      endItem()
      endParagraph()
      item = [(m[1] ?? '').trim()]
      blank = false
    } else if (line.trim() === '') {
      blank = true
      endParagraph()
    } else if (item !== undefined && (!blank || /^[ \t]/.test(line))) {
      item.push(line.trim())
      blank = false
    } else {
      endItem()
      paragraph.push(line)
      blank = false
    }
  }
  endItem()
  endParagraph()
  return { outcomes, other }
}

function isItem(line: string): boolean {
  const m = ITEM.exec(line)
  return m !== null && (m[1] ?? '').trim() !== ''
}
