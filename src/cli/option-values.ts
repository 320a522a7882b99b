/**
 * Parsing of CLI option values shared by several commands.
 *
 * @module cli
 */
import { userInfo } from 'node:os'
import { CliError } from './io.js'

const UNIT_SECONDS: Record<string, number> = { d: 86_400, h: 3_600, m: 60, s: 1 }

/** `7d`, `48h`, `90m` or `3600s` (a bare number is seconds) → seconds. */
export function parseDuration(option: string, value: string): number {
  const match = /^(\d+)([dhms]?)$/.exec(value.trim())
  const seconds = match ? Number(match[1]) * (UNIT_SECONDS[match[2] || 's'] as number) : Number.NaN
  if (!Number.isSafeInteger(seconds) || seconds <= 0) throw new CliError(`${option} must be a positive duration such as 7d, 48h, 90m or 3600s; got ${JSON.stringify(value)}`)
  return seconds
}

/** An ISO date-time option → Date. */
export function parseDate(option: string, value: string): Date {
  const date = new Date(value)
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) throw new CliError(`${option} is not an ISO date-time: ${JSON.stringify(value)}`)
  return date
}

/** Checks a value against a list of choices. */
export function choice<T extends string>(option: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) throw new CliError(`${option} must be one of ${choices.join(', ')}; got ${JSON.stringify(value)}`)
  return value as T
}

/** The actor recorded in the audit log when `--actor` is not given: the user name running mcred. */
export function defaultActor(): string {
  try {
    const name = userInfo().username
    if (name) return name
  } catch {
    // no passwd entry (some containers): fall through
  }
  return process.env.USER || process.env.USERNAME || 'mcred'
}
