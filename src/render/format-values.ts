/**
 * Internal: dates and numbers written the same way everywhere (no locale or time zone of the machine
 * that renders: the same credential gives the same page).
 *
 * @module render
 */
import { MONTHS } from './labels.js'
import type { RenderLanguage } from './render-language.js'

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/

/**
 * The calendar date of an ISO 8601 date or date-time as the issuer wrote it (`2025-06-30T10:00:00+02:00`
 * is 30 June 2025), e.g. `30 juni 2025` / `30 June 2025`; `undefined` when it is not such a date.
 */
export function formatDate(value: string, lang: RenderLanguage): string | undefined {
  const m = DATE.exec(value)
  if (!m) return undefined
  const month = MONTHS[lang][Number(m[2]) - 1]
  const day = Number(m[3])
  if (month === undefined || day < 1 || day > 31) return undefined
  return `${day} ${month} ${m[1]}`
}

/** A number with a decimal comma in Dutch (`2,5`), a point in English; strings as written. */
export function formatAmount(value: number | string, lang: RenderLanguage): string {
  if (typeof value === 'string') return value
  const text = String(value)
  return lang === 'nl' ? text.replace('.', ',') : text
}
