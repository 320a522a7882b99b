import { toReport, type Finding, type ValidationReport } from '../findings/finding.js'
import { CODE_RULES } from './catalogue.js'
import { detectProfile, PROFILE_SETS } from './profiles.js'
import type { ProfileName, QualityProfile, RuleContext, RuleSet } from './rule.js'
import { asObject } from './rule-helpers.js'
import { runSchemaRules } from './run-schema-rules.js'
import { SCHEMA_RULES } from './schema-rules.js'

/**
 * A validation report that also says which profile was applied.
 *
 * @example
 * ```ts
 * const report: QualityReport = validateCredential(credential)
 * report.profile // 'mbo'
 * ```
 */
export interface QualityReport extends ValidationReport {
  profile: ProfileName
}

/** Runs every rule of the profile's sets over a credential. Never throws for bad input. */
export function evaluateQuality(credential: unknown, options: { profile?: QualityProfile; now?: Date } = {}): QualityReport {
  const profile = !options.profile || options.profile === 'auto' ? detectProfile(credential) : options.profile
  const sets = PROFILE_SETS[profile]
  const inSets = (ruleSets: readonly RuleSet[]): boolean => ruleSets.some((s) => sets.includes(s))
  const doc = asObject(credential)
  const findings: Finding[] = []
  const context: RuleContext = {
    credential: doc ?? {},
    achievement: asObject(asObject(doc?.credentialSubject)?.achievement),
    profile,
    now: options.now ?? new Date(),
  }
  for (const rule of CODE_RULES) {
    if (!inSets(rule.sets) || (!doc && rule.id !== 'OB3-SCHEMA')) continue
    const hits = safeCheck(() => rule.check(doc ? context : { ...context, credential: credential as Record<string, unknown> }), rule.id)
    for (const hit of hits) findings.push({ rule: rule.id, severity: hit.severity ?? rule.severity, path: hit.path, message: hit.message.en, messageNl: hit.message.nl })
  }
  if (doc) {
    const titles = new Map(SCHEMA_RULES.map((r) => [r.id, { severity: r.severity, title: r.title }]))
    findings.push(...runSchemaRules(doc, sets, titles))
  }
  return { ...toReport(findings), profile }
}

/** A rule that throws on odd input is a bug in the rule; report it as a finding rather than crash. */
function safeCheck(run: () => Array<{ path: string; message: { en: string; nl: string }; severity?: Finding['severity'] }>, id: string) {
  try {
    return run()
  } catch (error) {
    return [{ path: '$', severity: 'error' as const, message: { en: `rule ${id} could not be evaluated: ${(error as Error).message}`, nl: `regel ${id} kon niet worden toegepast: ${(error as Error).message}` } }]
  }
}
