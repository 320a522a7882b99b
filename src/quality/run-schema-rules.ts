import type { ErrorObject, ValidateFunction } from 'ajv'
import type { Finding, Severity } from '../findings/finding.js'
import { toJsonPath } from '../lib/json-path.js'
import { createAjv } from '../schema/ajv.js'
import type { Message, RuleSet } from './rule.js'
import { QUALITY_SCHEMAS } from './quality-schemas.js'

/** One `allOf` entry of a quality schema: the constraints of one rule, tagged with its id. */
interface RuleEntry {
  'x-rule': string
  'x-severity'?: Severity
  'x-message'?: Message
}

let ajv: ReturnType<typeof createAjv> | undefined
const compiled = new Map<RuleSet, ValidateFunction>()

/** The validator of a rule set's schema, compiled on first use. */
function validatorOf(set: RuleSet): ValidateFunction | undefined {
  const schema = QUALITY_SCHEMAS[set]
  if (!schema) return undefined
  let validate = compiled.get(set)
  if (!validate) {
    validate = (ajv ??= createAjv()).compile(schema)
    compiled.set(set, validate)
  }
  return validate
}

/**
 * Runs the JSON Schema rules of the given sets. The rule id of an ajv error is recovered from its
 * `schemaPath`: `#/allOf/<i>/…` names the entry, whose `x-rule` is the id (`x-severity` and
 * `x-message` refine it). One finding per rule and path.
 */
export function runSchemaRules(credential: unknown, sets: readonly RuleSet[], titles: ReadonlyMap<string, { severity: Severity; title: Message }>): Finding[] {
  const out = new Map<string, Finding>()
  for (const set of sets) {
    const validate = validatorOf(set)
    if (!validate || validate(credential)) continue
    const entries = (QUALITY_SCHEMAS[set] as { allOf?: RuleEntry[] }).allOf ?? []
    for (const error of validate.errors ?? []) {
      const finding = toFinding(error, entries, titles)
      if (finding) out.set(`${finding.rule}|${finding.path}`, finding)
    }
  }
  return [...out.values()]
}

function toFinding(error: ErrorObject, entries: RuleEntry[], titles: ReadonlyMap<string, { severity: Severity; title: Message }>): Finding | undefined {
  const m = /^#\/allOf\/(\d+)(?:\/|$)/.exec(error.schemaPath)
  const entry = m ? entries[Number(m[1])] : undefined
  if (!entry) return undefined
  const known = titles.get(entry['x-rule'])
  const message = entry['x-message'] ?? known?.title ?? { en: error.message ?? 'is invalid', nl: error.message ?? 'is ongeldig' }
  const missing = (error.params as { missingProperty?: string }).missingProperty
  const path = toJsonPath(missing ? `${error.instancePath}/${missing}` : error.instancePath)
  return { rule: entry['x-rule'], severity: entry['x-severity'] ?? known?.severity ?? 'error', path, message: message.en, messageNl: message.nl }
}
