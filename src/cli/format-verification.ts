import type { VerificationResult } from '../verify/index.js'

const MARK = { passed: 'ok  ', failed: 'FAIL', skipped: '-   ' } as const

/** A readable per-check report of a verification result. */
export function formatVerification(file: string, result: VerificationResult): string {
  const lines = [`${file}: ${result.verified ? 'VERIFIED' : 'NOT VERIFIED'}`]
  for (const check of result.checks) {
    const note = check.status === 'skipped' && check.reason ? `  (${check.reason})` : ''
    lines.push(`  ${MARK[check.status]} ${check.id}${note}`)
    for (const e of check.errors ?? []) lines.push(`         ${e.code}${e.path ? ` at ${e.path}` : ''}: ${e.message}`)
  }
  for (const w of result.warnings) lines.push(`  warning ${w.code}: ${w.message}`)
  return lines.join('\n')
}
