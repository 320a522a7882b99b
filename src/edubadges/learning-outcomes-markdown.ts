/** Internal: learning outcomes back to edubadges' `LearningOutcome` Markdown. */
import { splitLearningOutcomes } from './split-learning-outcomes.js'

/**
 * One outcome: its text as is when it reads back as itself; several: a `- ` list, one item per line
 * (line breaks inside an item become spaces, as Markdown renders them).
 *
 * @example
 * ```ts
 * learningOutcomesToMarkdown(['Past wondzorg toe', 'Rapporteert']) // '- Past wondzorg toe\n- Rapporteert'
 * ```
 */
export function learningOutcomesToMarkdown(outcomes: readonly string[]): string {
  if (outcomes.length === 1) {
    const only = outcomes[0] as string
    const back = splitLearningOutcomes(only)
    if (back.other.length === 0 && back.outcomes.length === 1 && back.outcomes[0] === only) return only
  }
  return outcomes.map((text) => `- ${text.replace(/\s*\r?\n\s*/g, ' ').trim()}`).join('\n')
}
