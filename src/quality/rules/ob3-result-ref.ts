import type { CodeRule, RuleHit } from '../rule.js'
import { asArray, asObject } from '../rule-helpers.js'
import { show, toon } from './core-readers.js'

/** The ids of the achievement's result descriptions. */
function resultDescriptionIds(achievement: Record<string, unknown> | undefined): unknown[] {
  return asArray(achievement?.resultDescription).map((d) => asObject(d)?.id).filter((id) => id !== undefined)
}

/**
 * OB3-RESULT-REF: every `credentialSubject.result[].resultDescription` names the `id` of one of the
 * achievement's `resultDescription[]` entries.
 *
 * @example
 * ```ts
 * evaluateQuality(cred, { profile: 'mbo' }).findings.filter((f) => f.rule === 'OB3-RESULT-REF')
 * // a result pointing at "#grade" while the scale's id is "#grade-scale" → error at
 * // $.credentialSubject.result[0].resultDescription
 * ```
 */
export const ob3ResultRef: CodeRule = {
  kind: 'code',
  id: 'OB3-RESULT-REF',
  severity: 'error',
  sets: ['ob3'],
  title: {
    en: 'Every result refers, through resultDescription, to the id of one of the achievement\'s result descriptions.',
    nl: 'Elk resultaat verwijst met resultDescription naar de id van een van de resultaatbeschrijvingen van de achievement.',
  },
  source: 'Open Badges 3.0',
  check({ credential, achievement }): RuleHit[] {
    const ids = resultDescriptionIds(achievement)
    const hits: RuleHit[] = []
    asArray(asObject(credential.credentialSubject)?.result).forEach((r, i) => {
      const ref = asObject(r)?.resultDescription
      if (ref === undefined || ids.includes(ref)) return
      hits.push({
        path: `$.credentialSubject.result[${i}].resultDescription`,
        message: {
          en: `result ${i + 1} refers to result description ${show(ref, 200)}, which the achievement does not have: use the id of one of achievement.resultDescription[] (${ids.length ? ids.map((id) => show(id, 200)).join(', ') : 'there are none; add one'})`,
          nl: `resultaat ${i + 1} verwijst naar resultaatbeschrijving ${toon(ref, 200)}, die de achievement niet heeft: gebruik de id van een van achievement.resultDescription[] (${ids.length ? ids.map((id) => toon(id, 200)).join(', ') : 'er zijn er geen; voeg er een toe'})`,
        },
      })
    })
    return hits
  },
}
