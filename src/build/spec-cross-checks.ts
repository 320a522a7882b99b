/** Internal: spec rules JSON Schema cannot say. Each reads only values of the right type, so it never throws. */
import type { ErrorProblem } from '../errors/errors.js'
import { NLQF_TO_EQF } from '../model/levels.js'
import { SUPERVISION_IDENTITY_CHECKED, type SupervisionType } from '../model/vocabulary.js'
import { parseSpecDate } from './format-date.js'

type Obj = Record<string, unknown>

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const obj = (v: unknown): Obj => (isObj(v) ? v : {})
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/**
 * Every cross-field problem of a spec object.
 *
 * @example
 * ```ts
 * crossFieldProblems({ achievement: { level: { eqf: 5, nlqf: 4 } } }, {}) // [{ path: '$.achievement.level.eqf', ... }]
 * ```
 */
export function crossFieldProblems(spec: Obj, options: { issuerId?: string; requireIssuerId?: boolean; now?: Date }): ErrorProblem[] {
  const achievement = obj(spec.achievement)
  return [
    ...(isObj(spec.issuer) ? issuerIdProblems(spec.issuer, options) : []),
    ...levelProblems(obj(achievement.level)),
    ...supervisionProblems(obj(achievement.assessment)),
    ...stackabilityProblems(obj(achievement.stackability)),
    ...dateProblems(obj(spec.dates), options.now),
    ...gradeProblems(obj(achievement.gradeScale), isObj(achievement.gradeScale), obj(spec.result)),
  ]
}

function issuerIdProblems(issuer: Obj, options: { issuerId?: string; requireIssuerId?: boolean }): ErrorProblem[] {
  const id = str(issuer.id)
  if (id !== undefined && options.issuerId !== undefined && id !== options.issuerId) {
    return [{ path: '$.issuer.id', message: `differs from the issuer id given in options (${options.issuerId}): the signing key's controller must be the issuer` }]
  }
  if (issuer.id === undefined && options.issuerId === undefined && options.requireIssuerId) {
    return [{ path: '$.issuer.id', message: 'is required: give issuer.id in the spec or options.issuerId (the signing key\'s controller)' }]
  }
  return []
}

function levelProblems(level: Obj): ErrorProblem[] {
  const { eqf, nlqf } = level
  if (typeof eqf !== 'number' || (typeof nlqf !== 'number' && typeof nlqf !== 'string')) return []
  const expected = NLQF_TO_EQF[String(nlqf)]
  if (expected === undefined || expected === eqf) return []
  const says = expected === null ? 'has no EQF level' : `is EQF ${expected}`
  return [{ path: '$.achievement.level.eqf', message: `EQF ${eqf} does not match NLQF ${String(nlqf)}, which ${says}` }]
}

function supervisionProblems(assessment: Obj): ErrorProblem[] {
  const supervision = str(assessment.supervision)
  const checked = assessment.identityChecked
  if (supervision === undefined || typeof checked !== 'boolean') return []
  const implied = SUPERVISION_IDENTITY_CHECKED[supervision as SupervisionType]
  if (implied === undefined || implied === null || implied === checked) return []
  return [{ path: '$.achievement.assessment.identityChecked', message: `is ${checked} but supervision is "${supervision}"` }]
}

function stackabilityProblems(stackability: Obj): ErrorProblem[] {
  if (stackability.option !== 'stand-alone' || stackability.towards === undefined) return []
  return [{ path: '$.achievement.stackability.towards', message: 'a stand-alone achievement does not stack towards anything: remove towards or change option' }]
}

function dateProblems(dates: Obj, now: Date | undefined): ErrorProblem[] {
  const out: ErrorProblem[] = []
  const parsed: Record<string, Date> = {}
  for (const name of ['validFrom', 'validUntil', 'awardedDate']) {
    const value = str(dates[name])
    if (value === undefined) continue
    const d = parseSpecDate(value)
    if (Number.isNaN(d.getTime())) out.push({ path: `$.dates.${name}`, message: `is not a valid date (got ${JSON.stringify(value)})` })
    else parsed[name] = d
  }
  const from = parsed.validFrom ?? (dates.validFrom === undefined ? now : undefined)
  const until = parsed.validUntil
  if (from !== undefined && until !== undefined && until.getTime() <= from.getTime()) {
    out.push({ path: '$.dates.validUntil', message: `must be later than validFrom (${from.toISOString()})` })
  }
  return out
}

function gradeProblems(scale: Obj, hasScale: boolean, result: Obj): ErrorProblem[] {
  const out: ErrorProblem[] = []
  const value = str(result.value)
  const allowed = Array.isArray(scale.allowedValues) ? scale.allowedValues.filter((v): v is string => typeof v === 'string') : undefined
  const min = num(scale.valueMin)
  const max = num(scale.valueMax)
  if (min !== undefined && max !== undefined && min > max) out.push({ path: '$.achievement.gradeScale.valueMin', message: 'is greater than valueMax' })
  const required = str(scale.requiredValue)
  if (required !== undefined && !fits(required, allowed, min, max)) {
    out.push({ path: '$.achievement.gradeScale.requiredValue', message: 'is outside the scale (allowedValues / valueMin..valueMax)' })
  }
  if (value === undefined) return out
  if (!hasScale) out.push({ path: '$.result.value', message: 'a grade needs achievement.gradeScale (name and range or allowed values)' })
  else if (!fits(value, allowed, min, max)) out.push({ path: '$.result.value', message: `"${value}" is outside the grade scale` })
  return out
}

/** A decimal number written with a point or a Dutch comma, else undefined. */
function num(v: unknown): number | undefined {
  if (typeof v !== 'string' || !/^-?\d+([.,]\d+)?$/.test(v.trim())) return undefined
  return Number(v.trim().replace(',', '.'))
}

function fits(value: string, allowed: string[] | undefined, min: number | undefined, max: number | undefined): boolean {
  if (allowed !== undefined) return allowed.includes(value)
  const n = num(value)
  if (n === undefined) return min === undefined && max === undefined
  return (min === undefined || n >= min) && (max === undefined || n <= max)
}
