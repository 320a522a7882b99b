/**
 * Validation as data: `validateCredential`.
 *
 * @module quality
 */
import { bundledContexts } from '../contexts/bundled-contexts.js'
import { OB_V3_CONTEXTS, VC_V1_CONTEXT, VC_V2_CONTEXT } from '../contexts/urls.js'
import { toReport, type Finding, type ValidationReport } from '../findings/finding.js'
import { createOb3SchemaValidator, type Ob3SchemaValidator } from '../schema/validate-ob3-schema.js'

/**
 * Quality profiles (quality-rules.md): `eu`, `mbo`, `hbo`, `wo`, or `auto` to pick from the credential.
 *
 * @example
 * ```ts
 * import { validateCredential, type QualityProfile } from 'microcredentials'
 * const profile: QualityProfile = 'hbo'
 * const report = validateCredential(credential, { profile })
 * ```
 */
export type QualityProfile = 'eu' | 'mbo' | 'hbo' | 'wo' | 'auto'

/**
 * Options of {@link validateCredential}.
 *
 * @example
 * ```ts
 * import { validateCredential, type ValidateOptions } from 'microcredentials'
 * const options: ValidateOptions = { profile: 'mbo' }
 * const { valid, findings } = validateCredential(credential, options)
 * ```
 */
export interface ValidateOptions {
  /** The quality profile. Default `auto`. This version checks the OB 3.0 rules of every profile. */
  profile?: QualityProfile
}

let schema: Ob3SchemaValidator | undefined

/**
 * Validates an unsigned or signed credential and returns findings as data (never throws for bad
 * input). This version checks `OB3-SCHEMA` (the 1EdTech AchievementCredential JSON Schema, arrays
 * required) and `OB3-CONTEXT` (VC v2 or v1 first, an OB 3.0 context, pinned URLs only). Full JSON-LD
 * safe mode runs in `verifyCredential` and `issueCredential`.
 *
 * @example
 * ```ts
 * import { validateCredential } from 'microcredentials'
 * const { valid, findings } = validateCredential(credential, { profile: 'mbo' })
 * for (const f of findings) console.log(f.severity, f.rule, f.path, f.message)
 * ```
 */
export function validateCredential(credential: unknown, options: ValidateOptions = {}): ValidationReport {
  void options.profile
  const findings: Finding[] = []
  findings.push(...(schema ??= createOb3SchemaValidator())(credential, { normaliseSingleValues: false }).findings)
  if (typeof credential === 'object' && credential !== null && !Array.isArray(credential)) {
    findings.push(...contextFindings((credential as Record<string, unknown>)['@context']))
  }
  return toReport(findings)
}

function contextFindings(contexts: unknown): Finding[] {
  const out: Finding[] = []
  const add = (path: string, message: string, messageNl: string): void => { out.push({ rule: 'OB3-CONTEXT', severity: 'error', path, message, messageNl }) }
  const list = Array.isArray(contexts) ? contexts : [contexts]
  if (list[0] !== VC_V2_CONTEXT && list[0] !== VC_V1_CONTEXT) {
    add('$["@context"][0]', `the first context must be ${VC_V2_CONTEXT}`, `de eerste context moet ${VC_V2_CONTEXT} zijn`)
  }
  if (!list.some((c) => (OB_V3_CONTEXTS as readonly unknown[]).includes(c))) {
    add('$["@context"]', 'an Open Badges 3.0 context is required', 'een Open Badges 3.0-context is verplicht')
  }
  const known = bundledContexts()
  list.forEach((c, i) => {
    if (typeof c !== 'string') add(`$["@context"][${i}]`, 'inline contexts are not allowed', 'inline contexten zijn niet toegestaan')
    else if (!known.has(c)) add(`$["@context"][${i}]`, `unknown context ${c}: every term must be defined by a pinned context`, `onbekende context ${c}: elke term moet door een vastgelegde context gedefinieerd zijn`)
  })
  return out
}
