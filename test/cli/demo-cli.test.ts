import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { leftoverTempFiles, MBO_SPEC, mcredIn, readJsonFile, tempDir } from './helpers.js'

// Runs the built CLI (`npm test` builds first).
const LIST = 'https://mcred-demo.example/status/1'

describe('mcred demo with the embedded store', () => {
  it('issues through issuance.db, publishes status/1.json, shows revocation; a second run in the same folder works', () => {
    const dir = tempDir('mcred-demo-store-')
    const mcred = mcredIn(dir)
    const first = mcred('demo', '--out', 'out')
    expect(first.err).toBe('')
    expect(first.code).toBe(0)
    expect(first.out).toContain('credential.json: VERIFIED')
    expect(first.out).toContain('revoked-credential.json: NOT VERIFIED (REVOKED)')
    const firstKey = readFileSync(join(dir, 'out/key.json'), 'utf8')

    const second = mcred('demo', '--out', 'out', '--json')
    expect(second.err).toBe('')
    expect(second.code).toBe(0)
    const summary = JSON.parse(second.out)
    expect(summary).toMatchObject({
      verified: true, tamperedVerified: false, revokedVerified: false, revokedCodes: ['REVOKED'], verifiedAfterRevocation: true,
      store: join(dir, 'out/issuance.db'), statusList: { url: LIST, file: join(dir, 'out/status/1.json') },
    })
    expect(readFileSync(join(dir, 'out/key.json'), 'utf8')).not.toBe(firstKey)

    const credential = readJsonFile(join(dir, 'out/credential.json'))
    expect(credential.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListCredential: LIST })
    // A fresh store each run: one list with just this run's two credentials, one of them revoked.
    const lists = JSON.parse(mcred('status', 'lists', '--store', 'out/issuance.db', '--json').out).lists
    expect(lists).toEqual([expect.objectContaining({ url: LIST, allocated: 2 })])
    const record = JSON.parse(mcred('status', 'show', credential.id, '--store', 'out/issuance.db', '--json').out).record
    expect(record).toMatchObject({ state: 'active', idempotencyKey: 'demo-credential' })

    expect(mcred('verify', 'out/credential.json', '--document', `${LIST}=out/status/1.json`).code).toBe(0)
    const revoked = mcred('verify', 'out/revoked-credential.json', '--document', `${LIST}=out/status/1.json`)
    expect(revoked.code).toBe(1)
    expect(revoked.out).toContain('REVOKED')
    expect(readFileSync(join(dir, 'out/revoked-verification.txt'), 'utf8')).toContain('REVOKED')
    // The page and the baked watermark badge; the badge verifies like the credential inside it.
    expect(readFileSync(join(dir, 'out/credential.html'), 'utf8')).toContain(String(credential.name))
    expect(summary).toMatchObject({ page: join(dir, 'out/credential.html'), bakedBadge: join(dir, 'out/badge.svg') })
    const baked = mcred('verify', 'out/badge.svg', '--document', `${LIST}=out/status/1.json`)
    expect(baked.out).toContain('out/badge.svg: VERIFIED')
    expect(baked.code).toBe(0)
    expect(leftoverTempFiles(dir)).toEqual([])
  })

  it('leaves a store that is not a demo store alone', () => {
    const dir = tempDir('mcred-demo-foreign-')
    const mcred = mcredIn(dir)
    expect(mcred('keygen', '--out', 'key.json').code).toBe(0)
    expect(mcred('issue', MBO_SPEC, '--key', 'key.json', '--store', 'real/issuance.db', '--status-url', 'https://school.example.nl/status', '--out', 'real.json').code).toBe(0)
    const before = readFileSync(join(dir, 'real/issuance.db'))
    const r = mcred('demo', '--out', 'real')
    expect(r.code).toBe(2)
    expect(r.err).toContain('not a store of mcred demo')
    expect(r.err).toContain('https://school.example.nl/status/1')
    expect(readFileSync(join(dir, 'real/issuance.db')).equals(before)).toBe(true)
  })
})
