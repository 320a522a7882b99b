import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/fixtures.js'
import { credentialWithStatus, entry, keys, LIST_URL, listCredential, signed } from './helpers.js'

// Needs the build (`npx tsup`; `npm test` builds first).
const CLI = join(ROOT, 'dist/cli/main.js')
let dir: string
const mcred = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mcred-status-'))
  const k = await keys()
  writeFileSync(join(dir, 'list.json'), JSON.stringify(await signed(listCredential(k.issuerId, { set: [7] }), k.issuer.signer)))
  writeFileSync(join(dir, 'revoked.json'), JSON.stringify(await credentialWithStatus(entry('7'))))
  writeFileSync(join(dir, 'fine.json'), JSON.stringify(await credentialWithStatus(entry('8'))))
})

describe('mcred verify with a status list', () => {
  it('--document URL=list.json: a revoked credential exits 1 and shows REVOKED', () => {
    const r = mcred('verify', 'revoked.json', '--now', '2026-01-01T00:00:00Z', '--document', `${LIST_URL}=list.json`)
    expect(r.err).toBe('')
    expect(r.code).toBe(1)
    expect(r.out).toContain('REVOKED')
  })

  it('a credential whose bit is clear verifies (exit 0); without the list it fails closed', () => {
    const ok = mcred('verify', 'fine.json', '--now', '2026-01-01T00:00:00Z', '--document', `${LIST_URL}=list.json`)
    expect(ok.code).toBe(0)
    expect(ok.out).not.toContain('REVOKED')
    const none = mcred('verify', 'fine.json', '--now', '2026-01-01T00:00:00Z')
    expect(none.code).toBe(1)
    expect(none.out).toContain('STATUS_UNCHECKED')
  })
})
