import type { ValidationReport } from '../index.js'

/** A readable table of validation findings. */
export function formatFindings(file: string, report: ValidationReport, lang: 'en' | 'nl' = 'en'): string {
  const head = `${file}: ${report.valid ? 'VALID' : 'INVALID'} (${report.findings.length} finding${report.findings.length === 1 ? '' : 's'})`
  const rows = report.findings.map((f) => `  ${f.severity.padEnd(7)} ${f.rule.padEnd(18)} ${f.path}  ${lang === 'nl' && f.messageNl ? f.messageNl : f.message}`)
  return [head, ...rows].join('\n')
}
