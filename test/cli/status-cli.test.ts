import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/index.js'
import { leftoverTempFiles, MBO_SPEC, mcredIn, readJsonFile, type CliRun, tempDir } from './helpers.js'

// Runs the built CLI (`npm test` builds first).
const BASE = 'https://roc-zuidwaard.example.nl/status'
const LIST_1 = `${BASE}/1`
let dir: string
let mcred: (...args: string[]) => CliRun
let credentialId: string

/** Issues the mbo example into `store` and returns the credential's id. */
function issueInto(store: string, out: string, ...extra: string[]): string {
  const r = mcred('issue', MBO_SPEC, '--key', 'key.json', '--store', store, '--out', out, ...extra)
  expect(r.err).toBe('')
  expect(r.code).toBe(0)
  return readJsonFile(join(dir, out)).id as string
}

beforeAll(() => {
  dir = tempDir('mcred-status-cli-')
  mcred = mcredIn(dir)
  expect(mcred('keygen', '--out', 'key.json').code).toBe(0)
  expect(mcred('keygen', '--out', 'other-key.json').code).toBe(0)
  credentialId = issueInto('issued.db', 'cred.json', '--status-url', BASE, '--actor', 'registrar')
})

describe('mcred status on the embedded store', () => {
  it('publish --out writes the signed list; verify --document <list URL>=list.json verifies the credential', () => {
    const published = mcred('status', 'publish', '--store', 'issued.db', '--key', 'key.json', '--out', 'list.json')
    expect(published.err).toBe('')
    expect(published.code).toBe(0)
    expect(published.out).toContain(`${LIST_1} -> list.json`)
    const list = readJsonFile(join(dir, 'list.json'))
    expect(list).toMatchObject({ id: LIST_1, type: ['VerifiableCredential', 'BitstringStatusListCredential'] })
    const verified = mcred('verify', 'cred.json', '--document', `${LIST_1}=list.json`)
    expect(verified.code).toBe(0)
    expect(verified.out).toContain('cred.json: VERIFIED')
  })

  it('revoke prints the new state; after publishing again verify shows REVOKED and exits 1', () => {
    const revoked = mcred('status', 'revoke', credentialId, '--store', 'issued.db', '--reason', 'exam result withdrawn', '--actor', 'exam-board')
    expect(revoked.err).toBe('')
    expect(revoked.code).toBe(0)
    expect(revoked.out).toContain(`${credentialId}: revoked (was active)`)
    const stale = mcred('verify', 'cred.json', '--document', `${LIST_1}=list.json`)
    expect(stale.code).toBe(0) // the old list does not know yet
    expect(mcred('status', 'publish', '--store', 'issued.db', '--key', 'key.json', '--out', 'list.json').code).toBe(0)
    const verdict = mcred('verify', 'cred.json', '--document', `${LIST_1}=list.json`)
    expect(verdict.code).toBe(1)
    expect(verdict.out).toContain('NOT VERIFIED')
    expect(verdict.out).toContain('REVOKED')
    const json = mcred('verify', 'cred.json', '--document', `${LIST_1}=list.json`, '--json')
    expect(JSON.parse(json.out).errors.map((e: { code: string }) => e.code)).toEqual(['REVOKED'])
  })

  it('revoking again changes nothing; --json gives the state', () => {
    const again = mcred('status', 'revoke', credentialId, '--store', 'issued.db', '--json')
    expect(again.code).toBe(0)
    expect(JSON.parse(again.out)).toMatchObject({ credentialId, state: 'revoked', previousState: 'revoked', changed: false, statusListCredential: LIST_1 })
  })

  it('show prints the record without the credential, with its audit events', () => {
    const text = mcred('status', 'show', credentialId, '--store', 'issued.db')
    expect(text.code).toBe(0)
    expect(text.out).toMatch(/state\s+revoked/)
    expect(text.out).toContain('issue by registrar')
    expect(text.out).toContain('revoke by exam-board')
    expect(text.out).toContain('reason=exam result withdrawn')
    const shown = JSON.parse(mcred('status', 'show', credentialId, '--store', 'issued.db', '--json').out)
    expect(shown.record).toMatchObject({ credentialId, state: 'revoked', statusListCredential: LIST_1, actor: 'registrar' })
    expect(shown.record).not.toHaveProperty('credentialJson')
    const credential = readJsonFile(join(dir, 'cred.json'))
    expect(shown.record.statusListIndex).toBe(Number(credential.credentialStatus.statusListIndex))
    expect(shown.events.map((e: { action: string }) => e.action)).toEqual(['issue', 'revoke'])
  })

  it('lists shows each list with its allocation and last publication', () => {
    const lists = JSON.parse(mcred('status', 'lists', '--store', 'issued.db', '--json').out).lists
    expect(lists).toHaveLength(1)
    expect(lists[0]).toMatchObject({ url: LIST_1, purpose: 'revocation', length: 131072, allocated: 1 })
    expect(Date.parse(lists[0].validUntil) - Date.parse(lists[0].publishedAt)).toBe(7 * 24 * 3600 * 1000)
    const text = mcred('status', 'lists', '--store', 'issued.db')
    expect(text.out).toContain(`${LIST_1}  revocation  1 of 131072 allocated  published`)
  })

  it('suspend and reinstate on a revocation store: exit 2 with the reason', () => {
    for (const action of ['suspend', 'reinstate']) {
      const r = mcred('status', action, credentialId, '--store', 'issued.db')
      expect(r.code).toBe(2)
      expect(r.err).toContain('ERR_STATUS_TRANSITION')
      expect(r.err).toContain('revocation list')
    }
  })

  it('an unknown credential id: exit 2 naming the id and the store', () => {
    for (const args of [['revoke', 'urn:uuid:00000000-0000-4000-8000-000000000000'], ['show', 'urn:uuid:00000000-0000-4000-8000-000000000000']]) {
      const r = mcred('status', ...args, '--store', 'issued.db')
      expect(r.code).toBe(2)
      expect(r.err).toContain('urn:uuid:00000000-0000-4000-8000-000000000000')
      expect(r.err).toContain('issued.db')
      expect(r.err).toContain('ERR_NOT_FOUND')
    }
  })

  it('a store that cannot be opened: exit 2 naming it; a missing SQLite file is not created', () => {
    const missing = mcred('status', 'revoke', credentialId, '--store', 'missing.db')
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('missing.db does not exist')
    expect(existsSync(join(dir, 'missing.db'))).toBe(false)
    writeFileSync(join(dir, 'garbage.db'), 'this is not a database, just text that is long enough to be read as a header '.repeat(3))
    const garbage = mcred('status', 'lists', '--store', 'garbage.db')
    expect(garbage.code).toBe(2)
    expect(garbage.err).toContain('garbage.db')
    expect(garbage.err).toContain('ERR_STORE_OPEN')
    const pg = mcred('status', 'lists', '--store', 'postgres://registrar:hunter2secret@127.0.0.1:1/mcred')
    expect(pg.code).toBe(2)
    expect(pg.err).toContain('postgres://registrar:***@127.0.0.1:1/mcred')
    expect(pg.err).not.toContain('hunter2secret')
  })

  it('no --store and no MCRED_STORE: usage error; MCRED_STORE stands in for --store', () => {
    const none = mcred('status', 'lists')
    expect(none.code).toBe(2)
    expect(none.err).toContain('--store is required')
    const viaEnv = mcredIn(dir, { MCRED_STORE: 'issued.db' })('status', 'show', credentialId, '--json')
    expect(viaEnv.code).toBe(0)
    expect(JSON.parse(viaEnv.out).record.credentialId).toBe(credentialId)
  })

  it('publish refuses bad options and a key of another issuer, writing nothing', () => {
    const cases: Array<[string[], string]> = [
      [[], 'give either --out FILE'],
      [['--out', 'a.json', '--out-dir', 'pub'], 'give either --out FILE'],
      [['--out', 'a.json', '--valid-for', '7 days'], '--valid-for'],
      [['--out', 'a.json', '--valid-for', '0s'], '--valid-for'],
      [['--out', 'a.json', '--now', 'yesterday'], '--now'],
      [['--out', 'a.json', '--list', `${BASE}/9`], `no status list ${BASE}/9 in store issued.db; its lists: ${LIST_1}`],
    ]
    for (const [args, message] of cases) {
      const r = mcred('status', 'publish', '--store', 'issued.db', '--key', 'key.json', ...args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err).toContain(message)
    }
    const other = mcred('status', 'publish', '--store', 'issued.db', '--key', 'other-key.json', '--out', 'a.json')
    expect(other.code).toBe(2)
    expect(other.err).toContain('other-key.json')
    expect(other.err).toContain('issued by')
    expect(existsSync(join(dir, 'a.json'))).toBe(false)
  })

  it('publish --now and --valid-for set the list validity', () => {
    const r = mcred('status', 'publish', '--store', 'issued.db', '--key', 'key.json', '--out', 'dated.json', '--now', '2026-05-01T12:00:00Z', '--valid-for', '48h', '--json')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).published[0]).toMatchObject({ url: LIST_1, file: 'dated.json', set: 1, allocated: 1, validUntil: '2026-05-03T12:00:00Z' })
    expect(readJsonFile(join(dir, 'dated.json'))).toMatchObject({ validFrom: '2026-05-01T12:00:00Z', validUntil: '2026-05-03T12:00:00Z' })
    const expired = mcred('verify', 'cred.json', '--document', `${LIST_1}=dated.json`)
    expect(expired.code).toBe(1)
    expect(expired.out).toContain('STATUS_VERIFICATION_ERROR')
  })

  it('a store without lists yet: --out is an error, --out-dir publishes nothing and says so', async () => {
    await (await openStore(join(dir, 'empty.db'), { statusListBaseUrl: BASE })).close()
    const one = mcred('status', 'publish', '--store', 'empty.db', '--key', 'key.json', '--out', 'empty.json')
    expect(one.code).toBe(2)
    expect(one.err).toContain('store empty.db has no status lists yet')
    const all = mcred('status', 'publish', '--store', 'empty.db', '--key', 'key.json', '--out-dir', 'empty-dir')
    expect(all.code).toBe(0)
    expect(all.out).toContain('nothing to publish')
    expect(existsSync(join(dir, 'empty-dir'))).toBe(false)
    expect(mcred('status', 'lists', '--store', 'empty.db').out).toContain('no status lists yet')
  })

  it('a failed write leaves no partial file and no temporary file', () => {
    writeFileSync(join(dir, 'blocker'), 'a file where a folder is expected')
    const r = mcred('status', 'publish', '--store', 'issued.db', '--key', 'key.json', '--out', 'blocker/list.json')
    expect(r.code).toBe(2)
    expect(r.err).toContain('blocker/list.json: cannot write file')
    expect(readFileSync(join(dir, 'blocker'), 'utf8')).toBe('a file where a folder is expected')
    expect(leftoverTempFiles(dir)).toEqual([])
  })
})

describe('mcred status publish with several lists', () => {
  beforeAll(() => {
    issueInto('multi.db', 'first.json', '--status-url', BASE)
    // Fill list 1 (test setup): the next credential opens list 2.
    const db = new Database(join(dir, 'multi.db'))
    db.prepare(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 131071)
      INSERT OR IGNORE INTO mcred_status_entries (list_url, list_index, credential_id) SELECT ?, i, 'urn:test:filler:' || i FROM n`).run(LIST_1)
    db.close()
    issueInto('multi.db', 'second.json')
  })

  it('the second credential is on list 2', () => {
    expect(readJsonFile(join(dir, 'second.json')).credentialStatus.statusListCredential).toBe(`${BASE}/2`)
  })

  it('--out without --list is a usage error listing the lists; --list picks one', () => {
    const r = mcred('status', 'publish', '--store', 'multi.db', '--key', 'key.json', '--out', 'one.json')
    expect(r.code).toBe(2)
    expect(r.err).toContain(`has 2 status lists (${LIST_1}, ${BASE}/2)`)
    expect(existsSync(join(dir, 'one.json'))).toBe(false)
    const picked = mcred('status', 'publish', '--store', 'multi.db', '--key', 'key.json', '--out', 'one.json', '--list', `${BASE}/2`)
    expect(picked.code).toBe(0)
    expect(readJsonFile(join(dir, 'one.json')).id).toBe(`${BASE}/2`)
  })

  it('--out-dir writes every list to DIR/<last URL segment>.json and names the URL to host it at', () => {
    const r = mcred('status', 'publish', '--store', 'multi.db', '--key', 'key.json', '--out-dir', 'public/status')
    expect(r.code).toBe(0)
    expect(r.out).toContain(`${LIST_1} -> public/status/1.json`)
    expect(r.out).toContain(`${BASE}/2 -> public/status/2.json`)
    expect(readJsonFile(join(dir, 'public/status/1.json')).id).toBe(LIST_1)
    expect(readJsonFile(join(dir, 'public/status/2.json')).id).toBe(`${BASE}/2`)
    expect(mcred('verify', 'second.json', '--document', `${BASE}/2=public/status/2.json`).code).toBe(0)
    expect(mcred('verify', 'first.json', '--document', `${LIST_1}=public/status/1.json`).code).toBe(0)
    expect(leftoverTempFiles(dir)).toEqual([])
  })
})

describe('mcred status on a suspension store', () => {
  let id: string
  beforeAll(() => {
    id = issueInto('suspension.db', 'susp.json', '--status-url', BASE, '--status-purpose', 'suspension')
  })
  const publishAndVerify = (): CliRun => {
    expect(mcred('status', 'publish', '--store', 'suspension.db', '--key', 'key.json', '--out', 'susp-list.json').code).toBe(0)
    return mcred('verify', 'susp.json', '--document', `${LIST_1}=susp-list.json`)
  }

  it('suspend shows SUSPENDED; reinstate verifies again', () => {
    expect(readJsonFile(join(dir, 'susp.json')).credentialStatus.statusPurpose).toBe('suspension')
    expect(mcred('status', 'suspend', id, '--store', 'suspension.db').out).toContain(`${id}: suspended (was active)`)
    const suspended = publishAndVerify()
    expect(suspended.code).toBe(1)
    expect(suspended.out).toContain('SUSPENDED')
    expect(mcred('status', 'reinstate', id, '--store', 'suspension.db').out).toContain(`${id}: active (was suspended)`)
    expect(publishAndVerify().code).toBe(0)
  })

  it('revoke is final: reinstate afterwards exits 2', () => {
    expect(mcred('status', 'revoke', id, '--store', 'suspension.db').code).toBe(0)
    const r = mcred('status', 'reinstate', id, '--store', 'suspension.db')
    expect(r.code).toBe(2)
    expect(r.err).toContain('revocation is final')
    expect(publishAndVerify().out).toContain('SUSPENDED')
  })
})
