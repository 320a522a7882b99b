/**
 * Findings: what validation says about a credential or spec, as data.
 *
 * @module findings
 */

/**
 * How serious a finding is; `error` makes a report invalid.
 *
 * @example
 * ```ts
 * import { validateCredential, type Severity } from 'microcredentials'
 * const count = (s: Severity) => validateCredential(credential).findings.filter((f) => f.severity === s).length
 * console.log(count('error'), count('warning'))
 * ```
 */
export type Severity = 'error' | 'warning' | 'info'

/**
 * One validation finding.
 *
 * @example
 * ```ts
 * const f: Finding = { rule: 'OB3-SCHEMA', severity: 'error', path: '$.type', message: 'must be array' }
 * ```
 */
export interface Finding {
  /** Stable rule id (see docs/quality-rules). */
  rule: string
  severity: Severity
  /** JSON path of the value the finding is about, `$` for the root. */
  path: string
  /** English message. */
  message: string
  /** Dutch message, when the rule has one. */
  messageNl?: string
}

/**
 * The result of validating a credential or a spec.
 *
 * @example
 * ```ts
 * const report = validateCredential(credential)
 * if (!report.valid) console.log(report.findings)
 * ```
 */
export interface ValidationReport {
  /** False iff some finding has severity `error`. */
  valid: boolean
  findings: Finding[]
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/**
 * Builds a report from findings: sorted by severity, then path, then rule; `valid` computed.
 *
 * @example
 * ```ts
 * const report = toReport([{ rule: 'X', severity: 'warning', path: '$', message: 'm' }]) // valid: true
 * ```
 */
export function toReport(findings: Finding[]): ValidationReport {
  const sorted = [...findings].sort((a, b) =>
    ORDER[a.severity] - ORDER[b.severity] || cmp(a.path, b.path) || cmp(a.rule, b.rule) || cmp(a.message, b.message))
  return { valid: !sorted.some((f) => f.severity === 'error'), findings: sorted }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
