import type { CodeRule } from '../rule.js'

/** The code rules for learning outcomes (verb lint) and EU vocabularies. */
export const LINT_RULES: readonly CodeRule[] = []
