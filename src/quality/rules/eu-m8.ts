import type { Severity } from '../../findings/finding.js'
import type { CodeRule, ProfileName, RuleHit } from '../rule.js'
import { ACHIEVEMENT_PATH, alignments } from '../rule-helpers.js'
import { show, toon } from './core-readers.js'

/** Level is "if applicable" in Annex I: a warning under `eu`, an error under the Dutch pilot profiles. */
function severityFor(profile: ProfileName): Severity {
  return profile === 'eu' ? 'warning' : 'error'
}

/**
 * EU-M8 (level): the achievement has an `ext:EQF` alignment whose `targetCode` is an EQF level "1" to
 * "8" (a string, as OB 3.0 `targetCode` is). Severity: warning under `eu`, error under mbo/hbo/wo.
 *
 * @example
 * ```ts
 * evaluateQuality(cred, { profile: 'eu' }).findings.filter((f) => f.rule === 'EU-M8')
 * // no ext:EQF alignment → warning under 'eu', error under 'mbo', at $.credentialSubject.achievement.alignment
 * ```
 */
export const euM8: CodeRule = {
  kind: 'code',
  id: 'EU-M8',
  severity: 'error',
  sets: ['eu'],
  title: {
    en: 'The level is given as an EQF level 1-8 (an ext:EQF alignment).',
    nl: 'Het niveau is gegeven als EQF-niveau 1-8 (een ext:EQF-alignment).',
  },
  source: 'EU Council Recommendation 2022, Annex I (level, "if applicable")',
  check({ achievement, profile }): RuleHit[] {
    if (!achievement) return []
    const severity = severityFor(profile)
    const eqf = alignments(achievement, 'ext:EQF')
    if (eqf.length === 0) {
      return [{
        path: `${ACHIEVEMENT_PATH}.alignment`,
        severity,
        message: {
          en: 'no EQF level is given: add an alignment with targetType "ext:EQF" and targetCode "1" to "8"',
          nl: 'er is geen EQF-niveau gegeven: voeg een alignment toe met targetType "ext:EQF" en targetCode "1" tot en met "8"',
        },
      }]
    }
    return eqf
      .filter(({ alignment }) => typeof alignment.targetCode !== 'string' || !/^[1-8]$/.test(alignment.targetCode))
      .map(({ alignment, path }) => ({
        path: `${path}.targetCode`,
        severity,
        message: {
          en: `EQF targetCode ${show(alignment.targetCode)} is not an EQF level: use one of the strings "1" to "8"`,
          nl: `EQF-targetCode ${toon(alignment.targetCode)} is geen EQF-niveau: gebruik een van de tekenreeksen "1" tot en met "8"`,
        },
      }))
  },
}
