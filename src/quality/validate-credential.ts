/**
 * Validation as data: `validateCredential`.
 *
 * @module quality
 */
import type { QualityProfile } from './rule.js'
import { evaluateQuality, type QualityReport } from './evaluate-quality.js'

export type { QualityProfile } from './rule.js'


/**
 * Options of {@link validateCredential}.
 *
 * @example
 * ```ts
 * import { validateCredential, type ValidateOptions } from 'microcredentials'
 * const options: ValidateOptions = { profile: 'mbo', now: new Date('2026-01-01T00:00:00Z') }
 * const { valid, findings } = validateCredential(credential, options)
 * ```
 */
export interface ValidateOptions {
  /** The quality profile. Default `auto`: mbo/hbo/wo from the credential's sector or quality agreement, else eu. */
  profile?: QualityProfile
  /** The time dates are judged against ("not in the future", the wo 1-EC window). Default: now. */
  now?: Date
}

/**
 * Validates an unsigned or signed credential against the OB 3.0 rules, EU Annex I, and the Dutch pilot
 * quality frameworks of the profile, and returns findings as data (never throws for bad input). Each
 * finding has a stable `rule` id (docs/quality/), a `severity`, the JSON `path`, an English `message`
 * and a Dutch `messageNl`; findings are sorted by severity, then path. `valid` is false iff some finding
 * is an error. JSON-LD safe mode itself runs in `verifyCredential` and `issueCredential`.
 *
 * @example
 * ```ts
 * import { validateCredential } from 'microcredentials'
 * const { valid, findings, profile } = validateCredential(credential, { profile: 'mbo' })
 * for (const f of findings) console.log(f.severity, f.rule, f.path, f.messageNl ?? f.message)
 * ```
 */
export function validateCredential(credential: unknown, options: ValidateOptions = {}): QualityReport {
  return evaluateQuality(credential, options)
}
