import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { freshPostgresDatabase } from '../helpers/postgres.js'
import { leftoverTempFiles, MBO_SPEC, mcredIn, readJsonFile, type CliRun, tempDir } from './helpers.js'

// Runs the built CLI (`npm test` builds first).
const BASE = 'https://roc-zuidwaard.example.nl/status'
let dir: string
let mcred: (...args: string[]) => CliRun
const issue = (...args: string[]) => mcred('issue', MBO_SPEC, '--key', 'key.json', ...args)

beforeAll(() => {
  dir = tempDir('mcred-issue-store-')
  mcred = mcredIn(dir)
  expect(mcred('keygen', '--out', 'key.json').code).toBe(0)
})

describe('mcred issue --store', () => {
  it('without --store: no credentialStatus, no store; store options alone are usage errors', () => {
    expect(issue('--out', 'plain.json').code).toBe(0)
    expect(readJsonFile(join(dir, 'plain.json'))).not.toHaveProperty('credentialStatus')
    for (const args of [['--idempotency-key', 'k'], ['--status-url', BASE], ['--status-purpose', 'suspension']]) {
      const r = issue(...args)
      expect(r.code).toBe(2)
      expect(r.err).toContain(`${args[0]} needs --store`)
    }
  })

  it('the first issue without --status-url fails naming the store and the option, and leaves no store file', () => {
    const r = issue('--store', 'first.db', '--out', 'never.json')
    expect(r.code).toBe(2)
    expect(r.err).toContain('first.db')
    expect(r.err).toContain('--status-url')
    expect(existsSync(join(dir, 'first.db'))).toBe(false)
    expect(existsSync(join(dir, 'never.json'))).toBe(false)
  })

  it('bad --status-url and --status-purpose are usage errors', () => {
    const url = issue('--store', 'x.db', '--status-url', 'status.example.nl')
    expect(url.code).toBe(2)
    expect(url.err).toContain('--status-url must be the absolute http(s) URL')
    const purpose = issue('--store', 'x.db', '--status-url', BASE, '--status-purpose', 'expiry')
    expect(purpose.code).toBe(2)
    expect(purpose.err).toContain('--status-purpose must be one of revocation, suspension')
    expect(existsSync(join(dir, 'x.db'))).toBe(false)
  })

  it('adds a BitstringStatusListEntry; the settings are kept, later runs need no --status-url', () => {
    expect(issue('--store', 'issued.db', '--status-url', BASE, '--out', 'a.json').code).toBe(0)
    const b = issue('--store', 'issued.db', '--out', 'b.json')
    expect(b.err).toBe('')
    expect(b.code).toBe(0)
    const [a, bb] = [readJsonFile(join(dir, 'a.json')), readJsonFile(join(dir, 'b.json'))]
    for (const credential of [a, bb]) {
      expect(credential.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListCredential: `${BASE}/1` })
      expect(credential.credentialStatus.statusListIndex).toMatch(/^\d+$/)
    }
    expect(a.id).not.toBe(bb.id)
    expect(a.credentialStatus.statusListIndex).not.toBe(bb.credentialStatus.statusListIndex)
  })

  it('a changed --status-url on a later run is refused with the kept value', () => {
    const r = issue('--store', 'issued.db', '--status-url', 'https://elsewhere.example.nl/status')
    expect(r.code).toBe(2)
    expect(r.err).toContain('ERR_STORE_CONFIG')
    expect(r.err).toContain(BASE)
  })

  it('the same --idempotency-key returns the stored credential byte for byte, with a note on stderr', () => {
    const first = issue('--store', 'issued.db', '--idempotency-key', 'sis-2026-000123', '--out', 'k1.json')
    expect(first.err).toBe('')
    const again = issue('--store', 'issued.db', '--idempotency-key', 'sis-2026-000123', '--out', 'k1-again.json')
    expect(again.code).toBe(0)
    expect(again.err).toContain('idempotency key "sis-2026-000123" was already used in store issued.db')
    expect(again.err).toContain('not signed again')
    expect(readFileSync(join(dir, 'k1-again.json'), 'utf8')).toBe(readFileSync(join(dir, 'k1.json'), 'utf8'))
    const stdout = issue('--store', 'issued.db', '--idempotency-key', 'sis-2026-000123')
    expect(JSON.parse(stdout.out)).toEqual(readJsonFile(join(dir, 'k1.json')))
  })

  it('an idempotency key reused for another achievement: exit 2 with ERR_IDEMPOTENCY_CONFLICT', () => {
    const spec = JSON.parse(readFileSync(MBO_SPEC, 'utf8')) as { achievement: { id: string } }
    spec.achievement.id = 'https://www.roc-zuidwaard.example.nl/microcredentials/wondzorg'
    writeFileSync(join(dir, 'other-spec.json'), JSON.stringify(spec))
    const r = mcred('issue', 'other-spec.json', '--key', 'key.json', '--store', 'issued.db', '--idempotency-key', 'sis-2026-000123')
    expect(r.code).toBe(2)
    expect(r.err).toContain('ERR_IDEMPOTENCY_CONFLICT')
    expect(r.err).toContain('wondzorg')
  })

  it('an unsigned credential that already has a credentialStatus is refused naming the file', () => {
    const built = mcred('build', MBO_SPEC, '--key', 'key.json', '--out', 'unsigned.json')
    expect(built.code).toBe(0)
    const unsigned = readJsonFile(join(dir, 'unsigned.json'))
    writeFileSync(join(dir, 'with-status.json'), JSON.stringify({ ...unsigned, credentialStatus: readJsonFile(join(dir, 'a.json')).credentialStatus }))
    const r = mcred('issue', 'with-status.json', '--key', 'key.json', '--store', 'issued.db')
    expect(r.code).toBe(2)
    expect(r.err).toContain('with-status.json')
    expect(r.err).toContain('credentialStatus')
  })

  it('when the output cannot be written the credential stays recorded; the same key gets it again', () => {
    mkdirSync(join(dir, 'taken.json'))
    const r = issue('--store', 'issued.db', '--idempotency-key', 'retry-me', '--out', 'taken.json')
    expect(r.code).toBe(2)
    expect(r.err).toContain('taken.json: cannot write file')
    expect(r.err).toContain('--idempotency-key "retry-me"')
    expect(leftoverTempFiles(dir)).toEqual([])
    const retry = issue('--store', 'issued.db', '--idempotency-key', 'retry-me', '--out', 'retried.json')
    expect(retry.code).toBe(0)
    expect(retry.err).toContain('was already used')
    const shown = JSON.parse(mcred('status', 'show', readJsonFile(join(dir, 'retried.json')).id, '--store', 'issued.db', '--json').out)
    expect(shown.record.idempotencyKey).toBe('retry-me')
    expect(shown.events.map((e: { action: string }) => e.action)).toEqual(['issue'])
  })

  it('--actor is recorded in the audit log', () => {
    expect(issue('--store', 'issued.db', '--actor', 'sis-sync', '--out', 'actor.json').code).toBe(0)
    const shown = JSON.parse(mcred('status', 'show', readJsonFile(join(dir, 'actor.json')).id, '--store', 'issued.db', '--json').out)
    expect(shown.record.actor).toBe('sis-sync')
    expect(shown.events[0]).toMatchObject({ action: 'issue', actor: 'sis-sync' })
  })
})

describe('mcred with a PostgreSQL store', () => {
  it('issue, revoke, publish and verify: REVOKED', async () => {
    const url = await freshPostgresDatabase()
    const first = issue('--store', url, '--status-url', BASE, '--idempotency-key', 'pg-1', '--out', 'pg.json')
    expect(first.err).toBe('')
    expect(first.code).toBe(0)
    const again = issue('--store', url, '--idempotency-key', 'pg-1', '--out', 'pg-again.json')
    expect(again.err).toContain('was already used')
    expect(readFileSync(join(dir, 'pg-again.json'), 'utf8')).toBe(readFileSync(join(dir, 'pg.json'), 'utf8'))
    const credential = readJsonFile(join(dir, 'pg.json'))
    expect(mcred('status', 'publish', '--store', url, '--key', 'key.json', '--out', 'pg-list.json').code).toBe(0)
    expect(mcred('verify', 'pg.json', '--document', `${BASE}/1=pg-list.json`).code).toBe(0)
    const revoked = mcredIn(dir, { MCRED_STORE: url })('status', 'revoke', credential.id, '--reason', 'fraud', '--json')
    expect(revoked.err).toBe('')
    expect(JSON.parse(revoked.out)).toMatchObject({ state: 'revoked', previousState: 'active', changed: true })
    expect(mcred('status', 'publish', '--store', url, '--key', 'key.json', '--out', 'pg-list.json').code).toBe(0)
    const verdict = mcred('verify', 'pg.json', '--document', `${BASE}/1=pg-list.json`)
    expect(verdict.code).toBe(1)
    expect(verdict.out).toContain('REVOKED')
    const unknown = mcred('status', 'revoke', 'urn:uuid:00000000-0000-4000-8000-000000000000', '--store', url)
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain('urn:uuid:00000000-0000-4000-8000-000000000000')
    expect(unknown.err).toContain(new URL(url).pathname)
  })
})
