/** Assertions shared by the schema-rule tests. */
import { expect } from 'vitest'
import type { Finding, Severity } from '../../../src/findings/finding.js'
import type { QualityProfile } from '../../../src/quality/rule.js'
import { findingsOf } from '../helpers.js'

/** JSON path of the achievement. */
export const ACH = '$.credentialSubject.achievement'

/** Asserts that the rule reports exactly one finding, with this severity and path, and a message in both languages. */
export function expectOneFinding(credential: unknown, profile: QualityProfile, rule: string, severity: Severity, path: string): Finding {
  const findings = findingsOf(credential, profile, rule)
  expect(findings.map((f) => ({ rule: f.rule, severity: f.severity, path: f.path }))).toEqual([{ rule, severity, path }])
  const finding = findings[0]!
  expect(finding.message.length).toBeGreaterThan(20)
  expect(finding.messageNl?.length ?? 0).toBeGreaterThan(20)
  return finding
}

/** Asserts that the rule reports nothing. */
export function expectNoFinding(credential: unknown, profile: QualityProfile, rule: string): void {
  expect(findingsOf(credential, profile, rule)).toEqual([])
}

/** Index of the first alignment of a target type (throws when the example has none, so a test cannot pass vacuously). */
export function alignmentIndex(credential: Record<string, any>, targetType: string): number {
  const index = (credential.credentialSubject.achievement.alignment as Array<{ targetType?: string }>).findIndex((a) => a.targetType === targetType)
  if (index < 0) throw new Error(`example has no ${targetType} alignment`)
  return index
}
