import type { CodeRule } from '../rule.js'

/** The code rules for OB 3.0, EU Annex I, the Dutch common rules and the pilots. */
export const CORE_RULES: readonly CodeRule[] = []
