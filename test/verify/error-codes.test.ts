import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, typeScriptFiles } from '../helpers/fixtures.js'

/** The quoted string literals of a union type in a source file. */
function unionMembers(file: string, name: string): Set<string> {
  const text = readFileSync(join(ROOT, file), 'utf8')
  const start = text.indexOf(name)
  const end = text.indexOf('\n\n', start)
  return new Set([...text.slice(start, end).matchAll(/'([A-Z][A-Z_]+)'/g)].map((m) => m[1] as string))
}

describe('verification error codes', () => {
  it('every code the verifier reports is in VerificationErrorCode or the presentation codes (so callers can switch on them)', () => {
    const listed = new Set([
      ...unionMembers('src/verify/types.ts', 'export type VerificationErrorCode ='),
      ...unionMembers('src/verify/presentation/types.ts', 'export interface PresentationError {'),
    ])
    expect(listed.size).toBeGreaterThan(25)
    const reported = new Set<string>()
    for (const dir of ['src/verify', 'src/proofs', 'src/status']) {
      for (const file of typeScriptFiles(join(ROOT, dir))) {
        const text = readFileSync(file, 'utf8')
        for (const m of text.matchAll(/(?:code:\s*|addError\([^,]+,\s*[^,]+,\s*|fail\(|bad\()'([A-Z][A-Z_]{4,})'/g)) reported.add(m[1] as string)
      }
    }
    expect(reported.size).toBeGreaterThan(20)
    expect([...reported].filter((code) => !code.startsWith('ERR_') && !listed.has(code)).sort()).toEqual([])
  })
})
