import type { CodeRule, Rule } from './rule.js'
import { CORE_RULES } from './rules/core-rules.js'
import { LINT_RULES } from './rules/lint-rules.js'
import { ob3Context } from './rules/ob3-context.js'
import { ob3Schema } from './rules/ob3-schema.js'
import { SCHEMA_RULES } from './schema-rules.js'

/** Every code rule. */
export const CODE_RULES: readonly CodeRule[] = [ob3Schema, ob3Context, ...CORE_RULES, ...LINT_RULES]

/**
 * Every quality rule (code and schema), sorted by id: the data the docs pages are generated from.
 *
 * @example
 * ```ts
 * import { qualityRules } from 'microcredentials'
 * qualityRules().filter((r) => r.sets.includes('mbo')).map((r) => r.id)
 * ```
 */
export function qualityRules(): readonly Rule[] {
  return [...CODE_RULES, ...SCHEMA_RULES].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
}
