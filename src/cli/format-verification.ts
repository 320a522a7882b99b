import type { PresentationVerificationResult } from '../verify/index.js'

const MARK = { passed: 'ok  ', failed: 'FAIL', skipped: '-   ' } as const

/** A check of a credential or a presentation, as far as the report shows it. */
interface CheckLike {
  id: string
  status: 'passed' | 'failed' | 'skipped'
  reason?: string
  errors?: ReadonlyArray<{ code: string; path?: string; message: string }>
}

/** The presentation's checks, then each enclosed credential's report, indented. */
export function formatPresentationVerification(file: string, result: PresentationVerificationResult): string {
  const lines = [formatVerification(`${file} (presentation)`, result)]
  result.credentials.forEach((c, i) => {
    const name = typeof c.credential?.name === 'string' ? ` "${c.credential.name}"` : ''
    lines.push(formatVerification(`credential ${i + 1}${name}`, c).split('\n').map((l) => `    ${l}`).join('\n'))
  })
  return lines.join('\n')
}

/** A readable per-check report of a verification result. */
export function formatVerification(file: string, result: { verified: boolean; checks: ReadonlyArray<CheckLike>; warnings: ReadonlyArray<{ code: string; message: string }> }): string {
  const lines = [`${file}: ${result.verified ? 'VERIFIED' : 'NOT VERIFIED'}`]
  for (const check of result.checks) {
    const note = check.status === 'skipped' && check.reason ? `  (${check.reason})` : ''
    lines.push(`  ${MARK[check.status]} ${check.id}${note}`)
    for (const e of check.errors ?? []) lines.push(`         ${e.code}${e.path ? ` at ${e.path}` : ''}: ${e.message}`)
  }
  for (const w of result.warnings) lines.push(`  warning ${w.code}: ${w.message}`)
  return lines.join('\n')
}
