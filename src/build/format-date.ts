/** Internal: date handling for specs (ISO 8601 in, UTC `Z` out). */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/**
 * Parses a spec date (`YYYY-MM-DD` = midnight UTC, or a date-time with offset); NaN time when invalid.
 *
 * @example
 * ```ts
 * parseSpecDate('2025-06-30').toISOString() // '2025-06-30T00:00:00.000Z'
 * ```
 */
export function parseSpecDate(value: string): Date {
  return new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value)
}

/**
 * Formats a date as ISO 8601 UTC with `Z`, without milliseconds when they are zero.
 *
 * @example
 * ```ts
 * toIsoZ(new Date('2025-06-30T10:00:00+02:00')) // '2025-06-30T08:00:00Z'
 * ```
 */
export function toIsoZ(date: Date): string {
  const iso = date.toISOString()
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso
}
