import type { CodeRule, RuleHit } from '../rule.js'
import { issueDateOf, parseDateTime, show, toon } from './core-readers.js'

/** Errors about the date of issuing (`validFrom`, or `issuanceDate` for VCDM 1.1 input). */
function checkIssueDate(credential: Record<string, unknown>, now: Date): RuleHit[] {
  const issued = issueDateOf(credential)
  if (!issued) {
    return [{ path: '$.validFrom', message: { en: 'the credential has no date of issuing: set validFrom to the date-time of issuing', nl: 'de credential heeft geen datum van uitgifte: zet validFrom op de datum-tijd van uitgifte' } }]
  }
  const key = issued.path.slice(2)
  const parsed = parseDateTime(issued.raw)
  if (!parsed) {
    return [{ path: issued.path, message: { en: `${key} ${show(issued.raw)} is not a valid date-time: write the date of issuing like 2025-06-30T08:00:00Z`, nl: `${key} ${toon(issued.raw)} is geen geldige datum-tijd: schrijf de datum van uitgifte als 2025-06-30T08:00:00Z` } }]
  }
  if (parsed.time > now.getTime()) {
    return [{ path: issued.path, message: { en: `${key} ${show(issued.raw)} lies in the future (now is ${now.toISOString()}): the date of issuing cannot be later than today`, nl: `${key} ${toon(issued.raw)} ligt in de toekomst (nu is ${now.toISOString()}): de datum van uitgifte kan niet later zijn dan vandaag` } }]
  }
  return []
}

/** A warning when `awardedDate` is missing; an error when it lies in the future. */
function checkAwardedDate(credential: Record<string, unknown>, now: Date): RuleHit[] {
  const raw = credential.awardedDate
  if (raw === undefined) {
    return [{ path: '$.awardedDate', severity: 'warning', message: { en: 'awardedDate is missing: add the date the achievement was awarded', nl: 'awardedDate ontbreekt: voeg de datum toe waarop de achievement is toegekend' } }]
  }
  const parsed = parseDateTime(raw)
  if (parsed && parsed.time > now.getTime()) {
    return [{ path: '$.awardedDate', message: { en: `awardedDate ${show(raw)} lies in the future (now is ${now.toISOString()}): an achievement cannot be awarded later than today`, nl: `awardedDate ${toon(raw)} ligt in de toekomst (nu is ${now.toISOString()}): een achievement kan niet later dan vandaag zijn toegekend` } }]
  }
  return []
}

/**
 * EU-M5 (date of issuing): `validFrom` (or the VCDM 1.1 `issuanceDate`) is present, a valid date-time and
 * not later than `now`; a missing `awardedDate` is a warning, one in the future an error (a malformed
 * `awardedDate` is reported by OB3-VALIDITY).
 *
 * @example
 * ```ts
 * evaluateQuality(cred, { profile: 'mbo', now: new Date('2026-01-15T00:00:00Z') })
 * // validFrom "2030-01-01T00:00:00Z" → EU-M5 error at $.validFrom
 * ```
 */
export const euM5: CodeRule = {
  kind: 'code',
  id: 'EU-M5',
  severity: 'error',
  sets: ['eu'],
  title: {
    en: 'The date of issuing (validFrom) is present, a valid date-time and not in the future; awardedDate is present.',
    nl: 'De datum van uitgifte (validFrom) is aanwezig, een geldige datum-tijd en ligt niet in de toekomst; awardedDate is aanwezig.',
  },
  source: 'EU Council Recommendation 2022, Annex I (date of issuing)',
  check({ credential, now }): RuleHit[] {
    return [...checkIssueDate(credential, now), ...checkAwardedDate(credential, now)]
  },
}
