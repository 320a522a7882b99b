import type { CodeRule, RuleHit } from '../rule.js'
import { parseDateTime, show, toon } from './core-readers.js'

/** The date properties of a credential (VCDM 2.0 and, for legacy input, VCDM 1.1). */
const DATE_KEYS = ['validFrom', 'validUntil', 'issuanceDate', 'expirationDate', 'awardedDate'] as const

/** A hit when a present date is not a date-time or has no time zone. */
function checkFormat(key: string, value: unknown): RuleHit | undefined {
  const parsed = parseDateTime(value)
  const path = `$.${key}`
  if (!parsed) {
    return { path, message: { en: `${key} ${show(value)} is not a date-time: write it like 2025-06-30T08:00:00Z`, nl: `${key} ${toon(value)} is geen datum-tijd: schrijf deze als 2025-06-30T08:00:00Z` } }
  }
  if (!parsed.zoned) {
    return { path, message: { en: `${key} ${show(value)} has no time zone: add "Z" (UTC) or an offset such as "+02:00"`, nl: `${key} ${toon(value)} heeft geen tijdzone: voeg "Z" (UTC) of een verschuiving zoals "+02:00" toe` } }
  }
  return undefined
}

/** A hit when the end of validity is not later than its start. */
function checkOrder(credential: Record<string, unknown>, startKey: string, endKey: string): RuleHit | undefined {
  const start = parseDateTime(credential[startKey])
  const end = parseDateTime(credential[endKey])
  if (!start || !end || end.time > start.time) return undefined
  return {
    path: `$.${endKey}`,
    message: {
      en: `${endKey} ${show(credential[endKey])} is not later than ${startKey} ${show(credential[startKey])}: a credential must be valid for some time; correct one of the dates`,
      nl: `${endKey} ${toon(credential[endKey])} ligt niet na ${startKey} ${toon(credential[startKey])}: een credential moet enige tijd geldig zijn; corrigeer een van de datums`,
    },
  }
}

/**
 * OB3-VALIDITY: every date of the credential (`validFrom`, `validUntil`, `awardedDate`, and the VCDM 1.1
 * `issuanceDate`/`expirationDate`) is a date-time with a time zone, and `validUntil` (`expirationDate`)
 * is later than `validFrom` (`issuanceDate`).
 *
 * @example
 * ```ts
 * evaluateQuality(cred, { profile: 'eu' }).findings.filter((f) => f.rule === 'OB3-VALIDITY')
 * // validFrom "2025-06-30T08:00:00" → error at $.validFrom (no time zone)
 * ```
 */
export const ob3Validity: CodeRule = {
  kind: 'code',
  id: 'OB3-VALIDITY',
  severity: 'error',
  sets: ['ob3'],
  title: {
    en: 'Dates are date-times with a time zone, and validUntil, if present, is later than validFrom.',
    nl: 'Datums zijn datum-tijden met een tijdzone, en validUntil ligt, als die er is, na validFrom.',
  },
  source: 'VC Data Model 2.0',
  check({ credential }): RuleHit[] {
    const hits: Array<RuleHit | undefined> = DATE_KEYS.filter((key) => credential[key] !== undefined).map((key) => checkFormat(key, credential[key]))
    hits.push(checkOrder(credential, 'validFrom', 'validUntil'), checkOrder(credential, 'issuanceDate', 'expirationDate'))
    return hits.filter((hit): hit is RuleHit => hit !== undefined)
  },
}
