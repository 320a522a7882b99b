import { parseDateTime } from '../../lib/date-time.js'
import { addError, type CheckContext } from '../check-context.js'

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
    for (const e of proofTimeErrors(proof, path, now, ctx.skewMs)) addError(ctx, 'validity', e.code, e.message, e.path)
  })
}

/** A proof's times against now ± skew: `created` in the future (`NOT_YET_VALID`), `expires` past (`PROOF_EXPIRED`). */
export function proofTimeErrors(proof: Record<string, unknown>, path: string, now: number, skewMs: number): Array<{ code: 'NOT_YET_VALID' | 'PROOF_EXPIRED'; message: string; path: string }> {
  const errors: Array<{ code: 'NOT_YET_VALID' | 'PROOF_EXPIRED'; message: string; path: string }> = []
  const created = parseDateTime(proof.created)?.time ?? NaN
  if (created > now + skewMs) errors.push({ code: 'NOT_YET_VALID', message: `proof created in the future (${String(proof.created)})`, path: `${path}.created` })
  const expires = parseDateTime(proof.expires)?.time ?? NaN
  if (expires < now - skewMs) errors.push({ code: 'PROOF_EXPIRED', message: `proof expired at ${String(proof.expires)}`, path: `${path}.expires` })
  return errors
}

function readDate(ctx: CheckContext, name: string): { name: string; value: string; time: number } | undefined {
  const value = ctx.credential[name]
  if (value === undefined) return undefined
  const parsed = parseDateTime(value)
  if (typeof value !== 'string' || !parsed?.zoned) {
    addError(ctx, 'validity', 'MALFORMED_VALUE_ERROR', `${name} must be an XML Schema dateTime with a time zone, got ${JSON.stringify(value)}`, `$.${name}`)
    return undefined
  }
  return { name, value, time: parsed.time }
}
