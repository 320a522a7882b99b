import type { CodeRule, RuleHit } from '../rule.js'
import { ACHIEVEMENT_PATH, asArray, asObject } from '../rule-helpers.js'
import { show, toon } from './core-readers.js'

/** Whether a result description defines a scale: both `valueMin` and `valueMax`, or a non-empty `allowedValue`. */
function hasScale(description: Record<string, unknown>): boolean {
  return (description.valueMin !== undefined && description.valueMax !== undefined) || asArray(description.allowedValue).length > 0
}

/** The hit for one graded result, or `undefined` when its scale is in order. */
function checkResult(result: Record<string, unknown>, i: number, descriptions: unknown[]): RuleHit | undefined {
  const grade = show(result.value)
  const cijfer = toon(result.value)
  if (result.resultDescription === undefined) {
    return {
      path: `$.credentialSubject.result[${i}].resultDescription`,
      message: {
        en: `grade ${grade} names no result description: add a ResultDescription with its scale to the achievement and refer to its id`,
        nl: `cijfer ${cijfer} noemt geen resultaatbeschrijving: voeg een ResultDescription met de schaal toe aan de achievement en verwijs naar de id ervan`,
      },
    }
  }
  const j = descriptions.findIndex((d) => asObject(d)?.id === result.resultDescription)
  const description = asObject(descriptions[j])
  // A reference to a missing description is an OB3-RESULT-REF error; not reported twice.
  if (!description || hasScale(description)) return undefined
  return {
    path: `${ACHIEVEMENT_PATH}.resultDescription[${j}]`,
    message: {
      en: `the result description of grade ${grade} has no scale: add valueMin and valueMax, or allowedValue`,
      nl: `de resultaatbeschrijving van cijfer ${cijfer} heeft geen schaal: voeg valueMin en valueMax of allowedValue toe`,
    },
  }
}

/**
 * EU-O3 (grade): every result with a `value` (a grade) refers to a ResultDescription of the achievement
 * that has a scale: `valueMin` and `valueMax`, or `allowedValue`. A reference to a description that does not
 * exist is left to OB3-RESULT-REF.
 *
 * @example
 * ```ts
 * evaluateQuality(cred, { profile: 'hbo' }).findings.filter((f) => f.rule === 'EU-O3')
 * // a grade whose ResultDescription lacks valueMin/valueMax and allowedValue → warning at
 * // $.credentialSubject.achievement.resultDescription[0]
 * ```
 */
export const euO3: CodeRule = {
  kind: 'code',
  id: 'EU-O3',
  severity: 'warning',
  sets: ['eu'],
  title: {
    en: 'A grade has a matching result description with a scale (minimum and maximum, or allowed values).',
    nl: 'Een cijfer heeft een bijbehorende resultaatbeschrijving met een schaal (minimum en maximum, of toegestane waarden).',
  },
  source: 'EU Council Recommendation 2022, Annex I (optional: grade achieved)',
  check({ credential, achievement }): RuleHit[] {
    const descriptions = asArray(achievement?.resultDescription)
    const hits: RuleHit[] = []
    asArray(asObject(credential.credentialSubject)?.result).forEach((r, i) => {
      const result = asObject(r)
      const hit = result && result.value !== undefined ? checkResult(result, i, descriptions) : undefined
      if (hit) hits.push(hit)
    })
    return hits
  },
}
