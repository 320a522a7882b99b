import type { CodeRule, RuleContext, RuleHit } from '../rule.js'
import { ectsOf, getal, isWo, issueDateOf, parseDateTime } from './core-readers.js'

/**
 * The wo experimental space of the hbo/wo framework addendum: 1 May 2025 to 30 April 2027 inclusive, as
 * calendar days in the Netherlands (both ends fall in CEST, UTC+02:00). The end is exclusive here.
 */
export const WO_WINDOW_START = Date.parse('2025-05-01T00:00:00+02:00')
export const WO_WINDOW_END = Date.parse('2027-05-01T00:00:00+02:00')

/** Whether ECTS in [1, 3) is allowed: a wo credential (profile or sector) issued inside the window. */
export function woOneEcAllowed(context: Pick<RuleContext, 'credential' | 'achievement' | 'profile'>): boolean {
  const issued = parseDateTime(issueDateOf(context.credential)?.raw)
  return isWo(context) && issued !== undefined && issued.time >= WO_WINDOW_START && issued.time < WO_WINDOW_END
}

/** Whether an ECTS value lies in the range only the wo experimental space allows. */
export function inWoOnlyRange(ects: number): boolean {
  return ects >= 1 && ects < 3
}

/**
 * HO-ECTS-WO-1: 1 <= ECTS < 3 is allowed only for wo (profile `wo` or sector `wo`) issued (`validFrom`)
 * between 2025-05-01 and 2027-04-30 inclusive, Dutch time; such a credential gets an info hit noting the
 * experimental space. Any other value below 3 is reported by HO-ECTS-RANGE.
 *
 * @example
 * ```ts
 * evaluateQuality(cred, { profile: 'wo' }).findings.filter((f) => f.rule === 'HO-ECTS-WO-1')
 * // ECTS 2 issued 2026-01-10 → info at $.credentialSubject.achievement.ECTS
 * ```
 */
export const hoEctsWo1: CodeRule = {
  kind: 'code',
  id: 'HO-ECTS-WO-1',
  severity: 'info',
  sets: ['ho'],
  title: {
    en: '1 to 3 ECTS is allowed only for universities (wo), issued between 2025-05-01 and 2027-04-30 (experimental space).',
    nl: '1 tot 3 ECTS mag alleen voor universiteiten (wo), uitgegeven tussen 2025-05-01 en 2027-04-30 (experimenteerruimte).',
  },
  source: 'Kwaliteitskader Microcredentials voor Professionals HBO en WO, addendum experimenteerruimte (2025)',
  check(context): RuleHit[] {
    const ects = ectsOf(context.achievement)
    if (ects.state !== 'number' || !inWoOnlyRange(ects.value) || !woOneEcAllowed(context)) return []
    return [{
      path: ects.path,
      message: {
        en: `${ects.value} ECTS is below the usual minimum of 3 and allowed only in the wo experimental space (2025-05-01 to 2027-04-30): check that this microcredential takes part in it`,
        nl: `${getal(ects.value)} ECTS ligt onder het gebruikelijke minimum van 3 en mag alleen binnen de experimenteerruimte voor het wo (2025-05-01 tot en met 2027-04-30): controleer of deze microcredential daaraan meedoet`,
      },
    }]
  },
}
