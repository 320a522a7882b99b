import type { CodeRule, RuleHit } from '../rule.js'
import { ACHIEVEMENT_PATH } from '../rule-helpers.js'
import { ectsOf, isHigherEducation, keyOf, show, toon } from './core-readers.js'

/**
 * EU-M7-ECTS: a higher-education credential (profile hbo/wo, or the achievement's `sector` is hbo/wo)
 * states its workload in ECTS: the profile term `ECTS` or `creditsAvailable`, as a number.
 *
 * @example
 * ```ts
 * evaluateQuality(cred, { profile: 'hbo' }).findings.filter((f) => f.rule === 'EU-M7-ECTS')
 * // no ECTS and no creditsAvailable → warning at $.credentialSubject.achievement.ECTS
 * ```
 */
export const euM7Ects: CodeRule = {
  kind: 'code',
  id: 'EU-M7-ECTS',
  severity: 'warning',
  sets: ['eu'],
  title: {
    en: 'Higher-education credentials state their workload in ECTS.',
    nl: 'Credentials uit het hoger onderwijs geven de studielast in ECTS.',
  },
  source: 'EU Council Recommendation 2022, Annex I (workload "in ECTS, wherever possible")',
  check(context): RuleHit[] {
    if (!context.achievement || !isHigherEducation(context)) return []
    const ects = ectsOf(context.achievement)
    if (ects.state === 'number') return []
    if (ects.state === 'invalid') {
      return [{ path: ects.path, message: { en: `${keyOf(ects.path)} is ${show(ects.raw)}, not a number: write the credits as a number, e.g. 5`, nl: `${keyOf(ects.path)} is ${toon(ects.raw)}, geen getal: schrijf de studiepunten als getal, bijvoorbeeld 5` } }]
    }
    return [{
      path: `${ACHIEVEMENT_PATH}.ECTS`,
      message: {
        en: 'this higher-education credential states no ECTS: add the workload in ECTS (ECTS and creditsAvailable)',
        nl: 'deze credential uit het hoger onderwijs vermeldt geen ECTS: voeg de studielast in ECTS toe (ECTS en creditsAvailable)',
      },
    }]
  },
}
