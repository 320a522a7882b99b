import { addError, type CheckContext } from '../check-context.js'

const DATE_TIME_WITH_OFFSET = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i

/**
 * The `validity` check: `validFrom`/`validUntil` (VCDM 2.0) or `issuanceDate`/`expirationDate`
 * (VCDM 1.1) are dateTimes with a time zone; now + skew is not before the start, now − skew not
 * after the end; the end is not before the start. Proofs: `created` not in the future, `expires` not
 * in the past.
 */
export function checkValidity(ctx: CheckContext, proofs: Array<Record<string, unknown>>): void {
  const c = ctx.credential
  const start = readDate(ctx, c.validFrom !== undefined ? 'validFrom' : 'issuanceDate')
  const end = readDate(ctx, c.validUntil !== undefined ? 'validUntil' : 'expirationDate')
  const now = ctx.now.getTime()
  if (start && end && end.time < start.time) addError(ctx, 'validity', 'MALFORMED_VALUE_ERROR', `${end.name} is before ${start.name}`, `$.${end.name}`)
  if (start && start.time > now + ctx.skewMs) addError(ctx, 'validity', 'NOT_YET_VALID', `not valid before ${start.value}`, `$.${start.name}`)
  if (end && end.time < now - ctx.skewMs) addError(ctx, 'validity', 'EXPIRED', `expired at ${end.value}`, `$.${end.name}`)
  proofs.forEach((proof, i) => {
    const path = Array.isArray(ctx.credential.proof) ? `$.proof[${i}]` : '$.proof'
    const created = typeof proof.created === 'string' ? Date.parse(proof.created) : NaN
    if (created > now + ctx.skewMs) addError(ctx, 'validity', 'NOT_YET_VALID', `proof created in the future (${String(proof.created)})`, `${path}.created`)
    const expires = typeof proof.expires === 'string' ? Date.parse(proof.expires) : NaN
    if (expires < now - ctx.skewMs) addError(ctx, 'validity', 'PROOF_EXPIRED', `proof expired at ${String(proof.expires)}`, `${path}.expires`)
  })
}

function readDate(ctx: CheckContext, name: string): { name: string; value: string; time: number } | undefined {
  const value = ctx.credential[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !DATE_TIME_WITH_OFFSET.test(value) || !realDay(value) || Number.isNaN(Date.parse(value))) {
    addError(ctx, 'validity', 'MALFORMED_VALUE_ERROR', `${name} must be an XML Schema dateTime with a time zone, got ${JSON.stringify(value)}`, `$.${name}`)
    return undefined
  }
  return { name, value, time: Date.parse(value) }
}

/** The day exists in its month (`Date.parse` rolls 2025-09-31 over to 1 October instead of refusing it). */
function realDay(value: string): boolean {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})T/.exec(value)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return day <= daysIn(year, month)
}

function daysIn(year: number, month: number): number {
  const d = new Date(0)
  d.setUTCFullYear(year, month, 0)
  return d.getUTCDate()
}
