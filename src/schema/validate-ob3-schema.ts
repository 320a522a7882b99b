/**
 * Validation against the 1EdTech Open Badges 3.0 JSON Schemas bundled in `schemas/1edtech/`.
 *
 * @module schema
 */
import type { ErrorObject, ValidateFunction } from 'ajv'
import achievementCredentialSchema from '../../schemas/1edtech/ob_v3p0_achievementcredential_schema.json' with { type: 'json' }
import endorsementCredentialSchema from '../../schemas/1edtech/ob_v3p0_endorsementcredential_schema.derived.json' with { type: 'json' }
import type { Finding } from '../findings/finding.js'
import { toJsonPath } from '../lib/json-path.js'
import { createAjv } from './ajv.js'
import { upgradeVcdm11, wrapSingleValues } from './normalise-for-schema.js'
import { VC_V1_CONTEXT } from '../contexts/urls.js'

/** The outcome of a schema check. */
export interface SchemaCheck {
  /** `OB3-SCHEMA` findings; empty when the credential passes. */
  findings: Finding[]
  /** JSON pointers where a single value was wrapped in an array before checking. */
  normalised: string[]
  /** True when the input was VCDM 1.1 and was upgraded for the check. */
  upgradedFromVcdm11: boolean
}

/** Options of a schema check. */
export interface SchemaCheckOptions {
  /** Wrap single values in arrays where the schema wants arrays (lenient reading). Default true. */
  normaliseSingleValues?: boolean
}

/** A schema validator for OB 3.0 AchievementCredentials (or, from {@link createEndorsementSchemaValidator}, EndorsementCredentials). */
export type Ob3SchemaValidator = (credential: unknown, options?: SchemaCheckOptions) => SchemaCheck

/**
 * Creates a validator for the 1EdTech AchievementCredential JSON Schema (draft 2019-09). The schema is
 * compiled once, on first use. VCDM 1.1 input is upgraded for the check (context v1 → v2,
 * `issuanceDate` → `validFrom`, `expirationDate` → `validUntil`); single values where the schema wants
 * arrays are wrapped unless `normaliseSingleValues` is false, and the wrapped places are reported.
 *
 * @example
 * ```ts
 * const validate = createOb3SchemaValidator()
 * const { findings } = validate(credential)
 * findings.length === 0 // passes the 1EdTech schema
 * ```
 */
export function createOb3SchemaValidator(): Ob3SchemaValidator {
  return createValidator(achievementCredentialSchema as object, '1EdTech AchievementCredential schema')
}

/**
 * Creates a validator for EndorsementCredentials (OB 3.0 §EndorsementCredential), with the schema in
 * `schemas/1edtech/ob_v3p0_endorsementcredential_schema.derived.json`: NOT the official 1EdTech file but
 * one rebuilt from the `$defs` of the AchievementCredential schema (see `schemas/1edtech/SOURCES.md`).
 * Compiled once, on first use; otherwise it works like {@link createOb3SchemaValidator}.
 *
 * @example
 * ```ts
 * const validate = createEndorsementSchemaValidator()
 * const { findings } = validate(endorsement)
 * findings.length === 0 // passes the (derived) EndorsementCredential schema
 * ```
 */
export function createEndorsementSchemaValidator(): Ob3SchemaValidator {
  // The derived file's `$id` starts with "(derived) " (not a URI ajv accepts); its refs are all local.
  const { $id: _derivedId, ...schema } = endorsementCredentialSchema as Record<string, unknown>
  void _derivedId
  return createValidator(schema, 'EndorsementCredential schema (derived from 1EdTech)')
}

function createValidator(schema: object, label: string): Ob3SchemaValidator {
  let compiled: ValidateFunction | undefined
  const get = (): ValidateFunction => (compiled ??= createAjv().compile(schema))
  const finding = (path: string, message: string): Finding => ({ rule: 'OB3-SCHEMA', severity: 'error', path, message: `${label}: ${message}` })
  return (credential, options = {}) => {
    const validate = get()
    if (typeof credential !== 'object' || credential === null || Array.isArray(credential)) {
      return { findings: [finding('$', 'credential must be a JSON object')], normalised: [], upgradedFromVcdm11: false }
    }
    const doc = credential as Record<string, unknown>
    const isV1 = Array.isArray(doc['@context']) && doc['@context'][0] === VC_V1_CONTEXT
    let subject: unknown = structuredClone(isV1 ? upgradeVcdm11(doc) : doc)
    const normalised: string[] = []
    let ok = validate(subject)
    for (let round = 0; !ok && options.normaliseSingleValues !== false && round < 8; round++) {
      const changed = wrapSingleValues(subject, validate.errors ?? [])
      if (changed.length === 0) break
      normalised.push(...changed)
      ok = validate(subject)
    }
    subject = undefined
    return { findings: ok ? [] : toFindings(validate.errors ?? [], finding, label), normalised, upgradedFromVcdm11: isV1 }
  }
}

function toFindings(errors: readonly ErrorObject[], finding: (path: string, message: string) => Finding, label: string): Finding[] {
  const seen = new Set<string>()
  const out: Finding[] = []
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'oneOf') continue
    const path = toJsonPath(e.instancePath)
    const message = `${e.message ?? 'is invalid'}${describeParams(e)} (schema ${e.schemaPath})`
    const key = `${path}|${message}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(finding(path, message))
  }
  return out.length > 0 ? out : [finding('$', `does not match the ${label}`)]
}

function describeParams(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>
  if (typeof p.missingProperty === 'string') return ''
  if (typeof p.additionalProperty === 'string') return `: ${JSON.stringify(p.additionalProperty)}`
  if (Array.isArray(p.allowedValues)) return `: ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
  return ''
}
