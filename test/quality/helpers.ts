/** Test helpers for the quality rules: valid example credentials and finding lookups. */
import type { Finding } from '../../src/findings/finding.js'
import { evaluateQuality } from '../../src/quality/evaluate-quality.js'
import type { QualityProfile } from '../../src/quality/rule.js'
import { buildExample } from '../build/helpers.js'

/** A fresh, mutable copy of the mbo example credential (valid under the mbo profile). */
export function validMbo(): Record<string, any> {
  return structuredClone(buildExample('mbo-zorg-microcredential')) as unknown as Record<string, any>
}

/** A fresh, mutable copy of the hbo example credential (valid under the hbo profile). */
export function validHbo(): Record<string, any> {
  return structuredClone(buildExample('hbo-data-microcredential')) as unknown as Record<string, any>
}

/** The time the example credentials are judged at. */
export const QUALITY_NOW = new Date('2026-01-15T00:00:00Z')

/** The findings of one rule for a credential under a profile. */
export function findingsOf(credential: unknown, profile: QualityProfile, rule: string, now: Date = QUALITY_NOW): Finding[] {
  return evaluateQuality(credential, { profile, now }).findings.filter((f) => f.rule === rule)
}
