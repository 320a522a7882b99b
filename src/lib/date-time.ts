/** XML Schema / RFC 3339 date-time with an optional zone; the day must exist (no 2025-02-30). */
const DATE_TIME = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))?$/

/** A parsed date-time: its instant (UTC when no zone is given, as Data Integrity says) and whether it has a zone. */
export interface DateTime {
  time: number
  zoned: boolean
}

/**
 * Parses a date-time such as `2025-06-30T08:00:00Z` strictly: every field in range, a day that exists in
 * its month, an offset-less value read as UTC (not local time, as `Date.parse` would); `undefined` for
 * anything else. One parser for the verifier, the proof shape check and the quality rules.
 */
export function parseDateTime(value: unknown): DateTime | undefined {
  const m = typeof value === 'string' ? DATE_TIME.exec(value) : null
  if (!m) return undefined
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number]
  const day = new Date(0)
  day.setUTCFullYear(y, mo - 1, d)
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined
  const zone = m[8]
  if (zone && zone !== 'Z' && (Number(m[9]) > 23 || Number(m[10]) > 59)) return undefined
  const time = Date.parse(zone ? value as string : `${value as string}Z`)
  return Number.isNaN(time) ? undefined : { time, zoned: zone !== undefined }
}
