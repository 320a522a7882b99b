import type { CodeRule } from '../rule.js'
import { loVerb } from './lo-verb.js'
import { vocEu } from './voc-eu.js'

/** The code rules for learning outcomes (verb lint) and EU vocabularies. */
export const LINT_RULES: readonly CodeRule[] = [loVerb, vocEu]
