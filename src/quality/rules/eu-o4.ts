import type { CodeRule, RuleHit } from '../rule.js'
import { ACHIEVEMENT_PATH, asArray } from '../rule-helpers.js'

/** Stackability values that point at another credential. */
const POINTING = ['stackable', 'integrated']

/**
 * EU-O4 (integration/stackability): an achievement that is `stackable` or `integrated` says towards what,
 * with the profile term `stackableTowards` or OB 3.0 `related[]`.
 *
 * @example
 * ```ts
 * evaluateQuality(cred, { profile: 'mbo' }).findings.filter((f) => f.rule === 'EU-O4')
 * // stackability "stackable" without stackableTowards → warning at …achievement.stackableTowards
 * ```
 */
export const euO4: CodeRule = {
  kind: 'code',
  id: 'EU-O4',
  severity: 'warning',
  sets: ['eu'],
  title: {
    en: 'A stackable or integrated microcredential says towards which credential (stackableTowards or related).',
    nl: 'Een stapelbare of geïntegreerde microcredential zegt naar welke credential (stackableTowards of related).',
  },
  source: 'EU Council Recommendation 2022, Annex I (optional: integration/stackability options)',
  check({ achievement }): RuleHit[] {
    const option = achievement?.stackability
    if (typeof option !== 'string' || !POINTING.includes(option)) return []
    if (asArray(achievement?.stackableTowards).length > 0 || asArray(achievement?.related).length > 0) return []
    const nl = option === 'stackable' ? 'stapelbaar' : 'geïntegreerd'
    return [{
      path: `${ACHIEVEMENT_PATH}.stackableTowards`,
      message: {
        en: `the achievement is "${option}" but does not say towards what: add stackableTowards with the name (and URL) of the credential it counts towards`,
        nl: `de achievement is "${option}" (${nl}), maar zegt niet waarnaartoe: voeg stackableTowards toe met de naam (en URL) van de credential waarvoor hij meetelt`,
      },
    }]
  },
}
