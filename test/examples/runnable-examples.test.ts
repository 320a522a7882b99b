import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createStatusChecker, verifyCredential } from '../../src/verify/index.js'
import { ROOT } from '../helpers/fixtures.js'

describe('runnable examples', () => {
  it('the README example (examples/issue-and-verify.mjs) prints true and every check', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'examples/issue-and-verify.mjs')], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    const lines = r.stdout.trim().split('\n')
    expect(lines[0]).toBe('true')
    expect(lines.slice(1)).toContain('proof passed')
    expect(lines.slice(1)).toContain('issuer passed')
  })

  it('mcred demo issues, verifies, shows a tampered copy failing, and writes its folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcred-demo-'))
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'demo', '--out', join(dir, 'out')], { cwd: dir, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(join(dir, 'out'))
    const credential = JSON.parse(readFileSync(join(dir, 'out/credential.json'), 'utf8')) as Record<string, unknown>
    // The demo issues through its embedded store: the credential has a status entry, checked against the list it published.
    const list = JSON.parse(readFileSync(join(dir, 'out/status/1.json'), 'utf8')) as Record<string, unknown>
    const statusChecker = createStatusChecker({ documents: { 'https://mcred-demo.example/status/1': list } })
    expect((await verifyCredential(credential, { statusChecker })).verified).toBe(true)
    expect(JSON.parse(readFileSync(join(dir, 'out/verification.json'), 'utf8'))).toMatchObject({ verified: true })
    expect(readFileSync(join(dir, 'out/tampered-verification.txt'), 'utf8')).toContain('CRYPTOGRAPHIC_SECURITY_ERROR')
  })
})
