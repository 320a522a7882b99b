import type { QualityReport } from '../index.js'

/** A readable table of validation findings. */
export function formatFindings(file: string, report: QualityReport, lang: 'en' | 'nl' = 'en'): string {
  const verdict = lang === 'nl' ? (report.valid ? 'GELDIG' : 'ONGELDIG') : report.valid ? 'VALID' : 'INVALID'
  const count = lang === 'nl' ? `${report.findings.length} bevinding${report.findings.length === 1 ? '' : 'en'}` : `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`
  const head = `${file}: ${verdict} (profile ${report.profile}, ${count})`
  const rows = report.findings.map((f) => `  ${f.severity.padEnd(7)} ${f.rule.padEnd(18)} ${f.path}  ${lang === 'nl' && f.messageNl ? f.messageNl : f.message}`)
  return [head, ...rows].join('\n')
}
