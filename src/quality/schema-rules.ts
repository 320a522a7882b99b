import type { SchemaRule } from './rule.js'

/**
 * The catalogue entries of the rules expressed as JSON Schema (`schemas/quality/*.schema.json`).
 * Every `x-rule` id used in those files has an entry here (a test checks both directions).
 */
export const SCHEMA_RULES: readonly SchemaRule[] = []
