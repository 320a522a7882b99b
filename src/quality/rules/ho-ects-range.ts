import type { CodeRule, RuleHit } from '../rule.js'
import { ectsOf, getal, isWo, keyOf, show, toon } from './core-readers.js'
import { inWoOnlyRange, woOneEcAllowed } from './ho-ects-wo-1.js'

/** Why a value below 3 is not covered by the wo experimental space. */
function whyNotWo(isWoCredential: boolean): { en: string; nl: string } {
  return isWoCredential
    ? { en: 'the wo exception (from 1 EC) applies only to credentials issued between 2025-05-01 and 2027-04-30', nl: 'de uitzondering voor het wo (vanaf 1 EC) geldt alleen voor credentials uitgegeven tussen 2025-05-01 en 2027-04-30' }
    : { en: 'only universities (wo) may go down to 1 EC, between 2025-05-01 and 2027-04-30', nl: 'alleen universiteiten (wo) mogen tot 1 EC omlaag, tussen 2025-05-01 en 2027-04-30' }
}

/**
 * HO-ECTS-RANGE: an hbo/wo microcredential has 3 to 30 ECTS (`ECTS`, else `creditsAvailable`), except
 * 1 <= ECTS < 3 for wo inside the experimental space (see HO-ECTS-WO-1). A non-number is an error too.
 *
 * @example
 * ```ts
 * evaluateQuality(cred, { profile: 'hbo' }).findings.filter((f) => f.rule === 'HO-ECTS-RANGE')
 * // ECTS 45 → error at $.credentialSubject.achievement.ECTS
 * ```
 */
export const hoEctsRange: CodeRule = {
  kind: 'code',
  id: 'HO-ECTS-RANGE',
  severity: 'error',
  sets: ['ho'],
  title: {
    en: 'An hbo/wo microcredential has 3 to 30 ECTS (wo: from 1 ECTS between 2025-05-01 and 2027-04-30).',
    nl: 'Een hbo/wo-microcredential heeft 3 tot en met 30 ECTS (wo: vanaf 1 ECTS tussen 2025-05-01 en 2027-04-30).',
  },
  source: 'Kwaliteitskader Microcredentials voor Professionals HBO en WO (with the 2025 addendum)',
  check(context): RuleHit[] {
    const ects = ectsOf(context.achievement)
    if (ects.state === 'absent') return []
    if (ects.state === 'invalid') {
      return [{ path: ects.path, message: { en: `${keyOf(ects.path)} is ${show(ects.raw)}, not a number: write the credits as a number from 3 to 30`, nl: `${keyOf(ects.path)} is ${toon(ects.raw)}, geen getal: schrijf de studiepunten als getal van 3 tot en met 30` } }]
    }
    const v = ects.value
    if (v >= 3 && v <= 30) return []
    if (v > 30) {
      return [{ path: ects.path, message: { en: `${v} ECTS is more than the maximum of 30: split the microcredential or reduce its size`, nl: `${getal(v)} ECTS is meer dan het maximum van 30: splits de microcredential of verklein de omvang` } }]
    }
    if (inWoOnlyRange(v) && woOneEcAllowed(context)) return []
    const why = inWoOnlyRange(v) ? whyNotWo(isWo(context)) : { en: 'even the wo exception starts at 1 EC', nl: 'ook de uitzondering voor het wo begint bij 1 EC' }
    return [{
      path: ects.path,
      message: {
        en: `${v} ECTS is less than the minimum of 3 (${why.en}): make the microcredential at least 3 ECTS`,
        nl: `${getal(v)} ECTS is minder dan het minimum van 3 (${why.nl}): maak de microcredential minstens 3 ECTS`,
      },
    }]
  },
}
