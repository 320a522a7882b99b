import type { CodeRule, RuleHit } from '../rule.js'
import { ectsOf, getal, keyOf, readNumber, show, toon, type NumberTerm } from './core-readers.js'

/** Study-load hours per EC (WHW art. 7.4: 60 EC = 1680 hours). */
export const HOURS_PER_EC = 28
/** Allowed relative difference between the stated hours and ECTS × 28. */
export const HOURS_TOLERANCE = 0.1

/** A hit for a workload value that is present but not a number. */
function notANumber(term: NumberTerm & { state: 'invalid' }): RuleHit {
  const name = keyOf(term.path)
  return { path: term.path, message: { en: `${name} is ${show(term.raw)}, not a number: write it as a number so hours and EC can be compared`, nl: `${name} is ${toon(term.raw)}, geen getal: schrijf het als getal zodat uren en EC vergeleken kunnen worden` } }
}

/** Whether `hours` is within 10 % of `ects` × 28, boundaries included (a tiny epsilon absorbs float error: 169.4 h for 5.5 EC). */
export function hoursMatchEcts(hours: number, ects: number): boolean {
  const expected = ects * HOURS_PER_EC
  return Math.abs(hours - expected) <= HOURS_TOLERANCE * Math.abs(expected) + 1e-9
}

/**
 * NL-HOURS-EC: when both the hours (`timeInvestment`) and the ECTS (`ECTS`, else `creditsAvailable`) are
 * given they agree at 28 hours per EC, within 10 % (5 EC: 126 to 154 hours).
 *
 * @example
 * ```ts
 * evaluateQuality(cred, { profile: 'hbo' }).findings.filter((f) => f.rule === 'NL-HOURS-EC')
 * // ECTS 5 with timeInvestment 200 → warning at $.credentialSubject.achievement.timeInvestment
 * ```
 */
export const nlHoursEc: CodeRule = {
  kind: 'code',
  id: 'NL-HOURS-EC',
  severity: 'warning',
  sets: ['nl'],
  title: {
    en: 'Hours and EC, when both given, agree at 28 hours per EC (within 10 %).',
    nl: 'Uren en EC komen, als beide gegeven zijn, overeen met 28 uur per EC (binnen 10 %).',
  },
  source: 'WHW art. 7.4 (1 EC = 28 hours)',
  check({ achievement }): RuleHit[] {
    const hours = readNumber(achievement, 'timeInvestment')
    const ects = ectsOf(achievement)
    if (hours.state === 'absent' || ects.state === 'absent') return []
    if (hours.state === 'invalid') return [notANumber(hours)]
    if (ects.state === 'invalid') return [notANumber(ects)]
    if (hoursMatchEcts(hours.value, ects.value)) return []
    const expected = ects.value * HOURS_PER_EC
    return [{
      path: hours.path,
      message: {
        en: `timeInvestment ${hours.value} hours does not match ${ects.value} EC: at 28 hours per EC that is ${expected} hours (±10 %); correct the hours or the EC`,
        nl: `timeInvestment ${getal(hours.value)} uur past niet bij ${getal(ects.value)} EC: met 28 uur per EC is dat ${getal(expected)} uur (±10 %); corrigeer de uren of de EC`,
      },
    }]
  },
}
