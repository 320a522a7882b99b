/**
 * Checking a `MicrocredentialSpec` (JSON Schema + cross-field rules), reporting every problem with its path.
 *
 * @module build
 */
import type { ErrorObject, ValidateFunction } from 'ajv'
import specSchema from '../../schemas/microcredential-spec.schema.json' with { type: 'json' }
import type { ErrorProblem } from '../errors/errors.js'
import { toJsonPath } from '../lib/json-path.js'
import { createAjv } from '../schema/ajv.js'
import { crossFieldProblems } from './spec-cross-checks.js'

/**
 * Options of {@link checkSpec}.
 *
 * @example
 * ```ts
 * checkSpec(spec, { issuerId: 'did:key:z6Mk...', requireIssuerId: true, now: new Date() })
 * ```
 */
export interface CheckSpecOptions {
  /** The issuer id `buildCredential` will use when the spec has none; a different `issuer.id` is a problem. */
  issuerId?: string
  /** Report a missing issuer id (no `issuer.id`, no `issuerId`). Default false: the CLI may fill it in later. */
  requireIssuerId?: boolean
  /** "Now", to check `validUntil` against a defaulted `validFrom`. */
  now?: Date
}

let compiled: ValidateFunction | undefined

/**
 * Checks a spec against `schemas/microcredential-spec.schema.json` (draft 2019-09) and the cross-field
 * rules (EQF/NLQF agree, supervision agrees with `identityChecked`, `validUntil` after `validFrom`, a
 * grade needs a grade scale and fits it, ...). Returns every problem, `[]` when the spec is fine.
 * Values are never coerced: `"ects": "5"` is reported. The schema is compiled on first use.
 *
 * @example
 * ```ts
 * checkSpec({}) // [{ path: '$.issuer', message: 'is required' }, { path: '$.recipient', ... }, ...]
 * checkSpec(spec).forEach((p) => console.error(`${p.path}: ${p.message}`))
 * ```
 */
export function checkSpec(spec: unknown, options: CheckSpecOptions = {}): ErrorProblem[] {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    return [{ path: '$', message: `must be a JSON object (got ${describe(spec)})` }]
  }
  const validate = (compiled ??= createAjv().compile(specSchema as object))
  const problems = validate(spec) ? [] : schemaProblems(validate.errors ?? [], spec)
  const reported = new Set(problems.map((p) => p.path))
  for (const p of crossFieldProblems(spec as Record<string, unknown>, options)) {
    // A value the schema already rejected is not judged again against its neighbours.
    if (!reported.has(p.path)) { reported.add(p.path); problems.push(p) }
  }
  return problems
}

function key(p: ErrorProblem): string {
  return `${p.path}\u0000${p.message}`
}

/** Turns ajv errors into problems: one per place, branch noise of if/then/else and anyOf removed. */
function schemaProblems(errors: readonly ErrorObject[], root: unknown): ErrorProblem[] {
  const typeErrorPaths = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath))
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => `${e.instancePath}|${e.schemaPath}`))
  const out: ErrorProblem[] = []
  const seen = new Set<string>()
  const typeReported = new Set<string>()
  for (const e of errors) {
    if (e.keyword === 'if') continue
    if (e.keyword !== 'type' && typeErrorPaths.has(e.instancePath)) continue
    if (e.keyword === 'type') {
      if (typeReported.has(e.instancePath)) continue
      typeReported.add(e.instancePath)
    }
    if (e.keyword !== 'anyOf' && [...anyOfPaths].some((k) => isUnderAnyOf(e, k))) continue
    const p = toProblem(e, root)
    const k = key(p)
    if (!seen.has(k)) { seen.add(k); out.push(p) }
  }
  return out
}

function isUnderAnyOf(e: ErrorObject, anyOfKey: string): boolean {
  const [path = '', schemaPath = ''] = anyOfKey.split('|')
  return e.instancePath === path && e.schemaPath.startsWith(`${schemaPath}/`)
}

function toProblem(e: ErrorObject, root: unknown): ErrorProblem {
  const p = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'required':
      return { path: toJsonPath(`${e.instancePath}/${escape(String(p.missingProperty))}`), message: 'is required' }
    case 'additionalProperties':
      return { path: toJsonPath(`${e.instancePath}/${escape(String(p.additionalProperty))}`), message: 'is not a known field' }
    case 'type':
      return { path: toJsonPath(e.instancePath), message: `must be ${String(p.type).split(',').join(' or ')} (got ${describe(valueAt(root, e.instancePath))})` }
    case 'enum':
      return { path: toJsonPath(e.instancePath), message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')} (got ${JSON.stringify(valueAt(root, e.instancePath))})` }
    case 'anyOf':
      return { path: toJsonPath(e.instancePath), message: anyOfMessage(e) }
    case 'minProperties':
      return { path: toJsonPath(e.instancePath), message: 'must not be empty' }
    case 'pattern':
      return { path: toJsonPath(e.instancePath), message: `must match ${String(p.pattern)} (got ${JSON.stringify(valueAt(root, e.instancePath))})` }
    case 'format':
      return { path: toJsonPath(e.instancePath), message: `must be a valid ${String(p.format)} (got ${JSON.stringify(valueAt(root, e.instancePath))})` }
    default:
      return { path: toJsonPath(e.instancePath), message: e.message ?? 'is invalid' }
  }
}

function anyOfMessage(e: ErrorObject): string {
  if (e.schemaPath.includes('/recipient/')) return 'must give the learner\'s id (DID) or at least one of email, eduId, studentNumber'
  return e.message ?? 'is invalid'
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root
  for (const raw of pointer.split('/').slice(1)) {
    const k = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[k]
  }
  return node
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`
  return typeof value
}
