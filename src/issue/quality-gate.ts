import { QualityGateError } from '../errors/errors.js'
import type { Finding } from '../findings/finding.js'
import { evaluateQuality, type QualityReport } from '../quality/evaluate-quality.js'
import { isMicrocredential } from '../quality/profiles.js'
import type { QualityProfile } from '../quality/rule.js'

/**
 * Why a credential is issued despite error findings, and who decided. Recorded with the findings it
 * overrode in the result of `issueCredentialWithReport`.
 *
 * @example
 * ```ts
 * const override: QualityOverride = { reason: 'examencommissie besluit 2025-14', by: 'j.jansen' }
 * ```
 */
export interface QualityOverride {
  reason: string
  by?: string
}

/** What the gate decided: the report, and the override when one was used. */
export interface GateOutcome {
  quality: QualityReport
  override?: QualityOverride & { findings: Finding[] }
}

/**
 * Checks a credential under its quality profile before signing. Microcredentials (achievementType
 * `MicroCredential`, a sector or a pilot quality agreement) default to `auto`; other badges to `ob3`
 * (the Open Badges 3.0 rules only). Error findings stop issuance with {@link QualityGateError} unless an
 * override with a reason is given.
 */
export function qualityGate(credential: Record<string, unknown>, options: { profile?: QualityProfile; override?: QualityOverride; now?: Date }): GateOutcome {
  const profile = options.profile ?? (isMicrocredential(credential) ? 'auto' : 'ob3')
  const quality = evaluateQuality(credential, { profile, ...(options.now ? { now: options.now } : {}) })
  const errors = quality.findings.filter((f) => f.severity === 'error')
  if (errors.length === 0) return { quality }
  if (!options.override || typeof options.override.reason !== 'string' || options.override.reason.trim() === '') {
    throw new QualityGateError(quality.profile, errors)
  }
  return { quality, override: { ...options.override, findings: errors } }
}
