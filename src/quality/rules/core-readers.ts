/**
 * Readers shared by the core code rules (OB 3.0, EU Annex I, Dutch common and pilot rules). Every reader
 * tolerates any input shape and never throws; numbers written as strings are not coerced.
 */
import { SECTORS, type Sector } from '../../model/vocabulary.js'
import type { RuleContext } from '../rule.js'
import { ACHIEVEMENT_PATH, asObject } from '../rule-helpers.js'

/** A numeric term as found: absent, a finite number, or something else (reported, never coerced). */
export type NumberTerm = { state: 'absent'; path: string } | { state: 'number'; value: number; path: string } | { state: 'invalid'; raw: unknown; path: string }

/** Reads `object[key]` as a number; `path` is the JSON path of the object. */
export function readNumber(object: Record<string, unknown> | undefined, key: string, path: string = ACHIEVEMENT_PATH): NumberTerm {
  const at = `${path}.${key}`
  const raw = object?.[key]
  if (raw === undefined) return { state: 'absent', path: at }
  return typeof raw === 'number' && Number.isFinite(raw) ? { state: 'number', value: raw, path: at } : { state: 'invalid', raw, path: at }
}

/** The ECTS of an achievement: the profile term `ECTS`, else the native `creditsAvailable`. */
export function ectsOf(achievement: Record<string, unknown> | undefined): NumberTerm {
  const term = readNumber(achievement, 'ECTS')
  return term.state === 'absent' ? readNumber(achievement, 'creditsAvailable') : term
}

/** The achievement's `sector` term when it is one of mbo, hbo, wo. */
export function sectorOf(achievement: Record<string, unknown> | undefined): Sector | undefined {
  const sector = achievement?.sector
  return (SECTORS as readonly unknown[]).includes(sector) ? (sector as Sector) : undefined
}

/** Higher education: the profile is hbo or wo, or the achievement's sector is hbo or wo. */
export function isHigherEducation({ profile, achievement }: Pick<RuleContext, 'profile' | 'achievement'>): boolean {
  const sector = sectorOf(achievement)
  return profile === 'hbo' || profile === 'wo' || sector === 'hbo' || sector === 'wo'
}

/** A university (wo) credential: the profile is wo or the achievement's sector is wo. */
export function isWo({ profile, achievement }: Pick<RuleContext, 'profile' | 'achievement'>): boolean {
  return profile === 'wo' || sectorOf(achievement) === 'wo'
}

export { parseDateTime, type DateTime } from '../../lib/date-time.js'

/** The date of issuing: `validFrom` (VCDM 2.0), else `issuanceDate` (VCDM 1.1), with its path. */
export function issueDateOf(credential: Record<string, unknown>): { raw: unknown; path: string } | undefined {
  if (credential.validFrom !== undefined) return { raw: credential.validFrom, path: '$.validFrom' }
  if (credential.issuanceDate !== undefined) return { raw: credential.issuanceDate, path: '$.issuanceDate' }
  return undefined
}

/** A short, safe rendering of any value for a message: strings quoted (cut at `max`), objects named by kind. */
export function show(value: unknown, max = 60): string {
  if (typeof value === 'string') return JSON.stringify(value.length > max ? `${value.slice(0, max - 3)}...` : value)
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value)
  if (Array.isArray(value)) return 'an array'
  return asObject(value) ? 'an object' : typeof value
}

/** Dutch rendering of {@link show}. */
export function toon(value: unknown, max = 60): string {
  const en = show(value, max)
  return en === 'an array' ? 'een lijst' : en === 'an object' ? 'een object' : en
}

/** The last property name of a JSON path (`$.a.ECTS` → `ECTS`). */
export function keyOf(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1)
}

/** A number written the Dutch way, with a decimal comma (`5,5`). */
export function getal(value: number): string {
  return String(value).replace('.', ',')
}
