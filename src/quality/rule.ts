/**
 * The shape of a quality rule: an id, a severity, the rule sets it belongs to, plain-language titles in
 * English and Dutch, and (for code rules) a check.
 *
 * @module quality
 */
import type { Severity } from '../findings/finding.js'

/**
 * The concrete quality profiles (`auto` resolves to one of these). `ob3` (the Open Badges 3.0 rules
 * only) is for badges that are not microcredentials.
 *
 * @example
 * ```ts
 * const profile: ProfileName = 'mbo'
 * ```
 */
export type ProfileName = 'ob3' | 'eu' | 'mbo' | 'hbo' | 'wo'

/**
 * A profile to validate against: a concrete one, or `auto` to pick from the credential.
 *
 * @example
 * ```ts
 * const profile: QualityProfile = 'auto'
 * ```
 */
export type QualityProfile = ProfileName | 'auto'

/**
 * Rule sets; a profile is a union of sets (quality-rules.md).
 *
 * @example
 * ```ts
 * qualityRules().filter((r) => r.sets.includes('mbo' satisfies RuleSet))
 * ```
 */
export type RuleSet = 'ob3' | 'eu' | 'nl' | 'mbo' | 'ho' | 'lo'

/**
 * A message in English and Dutch.
 *
 * @example
 * ```ts
 * const m: Message = { en: 'SBU must be a whole number', nl: 'De studielast in SBU moet een geheel getal zijn.' }
 * ```
 */
export interface Message {
  en: string
  nl: string
}

/**
 * What every rule declares (the catalogue and the generated docs read this).
 *
 * @example
 * ```ts
 * for (const r of qualityRules()) console.log(r.id, r.severity, r.title.nl)
 * ```
 */
export interface RuleInfo {
  /** Stable rule id, e.g. `EU-M6`. */
  id: string
  /** The default severity; a hit may override it (e.g. EU-M8 is a warning under `eu`, an error elsewhere). */
  severity: Severity
  /** The rule sets that include this rule. */
  sets: readonly RuleSet[]
  /** What the rule requires, in plain language. */
  title: Message
  /** Where the rule comes from (framework, regulation, spec). */
  source: string
}

/**
 * The data a code rule looks at.
 *
 * @example
 * ```ts
 * const check = ({ achievement }: RuleContext): RuleHit[] => (achievement?.name ? [] : [{ path: '$.credentialSubject.achievement.name', message: { en: 'no title', nl: 'geen titel' } }])
 * ```
 */
export interface RuleContext {
  /** The credential (always an object; other input is reported by OB3-SCHEMA). */
  credential: Record<string, unknown>
  /** `credentialSubject.achievement` when it is an object. */
  achievement: Record<string, unknown> | undefined
  /** The profile being checked. */
  profile: ProfileName
  /** The time "not in the future" is judged against. */
  now: Date
}

/**
 * One hit of a code rule.
 *
 * @example
 * ```ts
 * const hit: RuleHit = { path: '$.credentialSubject.achievement.SBU', message: { en: 'SBU below 80', nl: 'SBU lager dan 80' }, severity: 'error' }
 * ```
 */
export interface RuleHit {
  /** JSON path, e.g. `$.credentialSubject.achievement.alignment[2].targetName`. */
  path: string
  message: Message
  /** Overrides the rule's default severity for this hit. */
  severity?: Severity
}

/**
 * A rule implemented in code (cross-field checks, dates, vocabularies, language lint).
 *
 * @example
 * ```ts
 * const codeRules = qualityRules().filter((r): r is CodeRule => r.kind === 'code')
 * ```
 */
export interface CodeRule extends RuleInfo {
  kind: 'code'
  check(context: RuleContext): RuleHit[]
}

/**
 * A rule expressed in a JSON Schema file under `schemas/quality/`: entries carry `"x-rule": "<id>"`.
 *
 * @example
 * ```ts
 * const files = qualityRules().filter((r): r is SchemaRule => r.kind === 'schema').map((r) => r.schema)
 * ```
 */
export interface SchemaRule extends RuleInfo {
  kind: 'schema'
  /** The schema file (under `schemas/quality/`) that holds the rule's constraints. */
  schema: string
}

/**
 * Any rule.
 *
 * @example
 * ```ts
 * const rules: readonly Rule[] = qualityRules()
 * ```
 */
export type Rule = CodeRule | SchemaRule
