import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { minimalBadge } from '../helpers/credentials.js'
import { FIXTURES, ROOT } from '../helpers/fixtures.js'
import { tempDir } from './helpers.js'

const CLI = join(ROOT, 'dist/cli/main.js')
let dir: string
const mcred = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

beforeAll(() => {
  dir = tempDir('mcred-cli-')
})

describe('mcred', () => {
  it('keygen prints the did:key and writes a Multikey key file; refuses to overwrite it', () => {
    const r = mcred('keygen', '--out', 'key.json')
    expect(r.code).toBe(0)
    const key = JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')) as Record<string, string>
    expect(r.out.trim()).toBe(key.controller)
    expect(key.type).toBe('Multikey')
    expect(key.secretKeyMultibase).toMatch(/^z/)
    const again = mcred('keygen', '--out', 'key.json')
    expect(again.code).toBe(2)
    expect(again.err).toContain('key.json')
  })

  it('issue → verify → validate round trip, --json output, and exit 1 for a tampered file', () => {
    const key = JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')) as { controller: string }
    writeFileSync(join(dir, 'unsigned.json'), JSON.stringify(minimalBadge(key.controller)))
    expect(mcred('issue', 'unsigned.json', '--key', 'key.json', '--out', 'signed.json').code).toBe(0)
    const verified = mcred('verify', 'signed.json', '--json')
    expect(verified.code).toBe(0)
    expect(JSON.parse(verified.out)).toMatchObject({ verified: true })
    expect(mcred('verify', 'signed.json').out).toContain('VERIFIED')
    expect(mcred('validate', 'signed.json', '--profile', 'ob3').code).toBe(0)
    expect(mcred('validate', 'signed.json').code).toBe(1) // auto falls back to eu: a plain badge lacks the Annex I elements
    const signed = JSON.parse(readFileSync(join(dir, 'signed.json'), 'utf8')) as Record<string, unknown>
    writeFileSync(join(dir, 'tampered.json'), JSON.stringify({ ...signed, name: 'Edited' }))
    const bad = mcred('verify', 'tampered.json')
    expect(bad.code).toBe(1)
    expect(bad.out).toContain('CRYPTOGRAPHIC_SECURITY_ERROR')
  })

  it('validate prints a readable table in English or Dutch, with the profile', () => {
    const mbo = join(ROOT, 'examples/mbo-zorg-microcredential.spec.json')
    expect(mcred('build', mbo, '--issuer', 'did:web:roc-zuidwaard.example.nl', '--out', 'mbo.json').code).toBe(0)
    const credential = JSON.parse(readFileSync(join(dir, 'mbo.json'), 'utf8')) as Record<string, any>
    credential.credentialSubject.achievement.SBU = 40
    writeFileSync(join(dir, 'mbo-40.json'), JSON.stringify(credential))
    const en = mcred('validate', 'mbo-40.json')
    expect(en.code).toBe(1)
    expect(en.out).toContain('INVALID (profile mbo')
    expect(en.out).toMatch(/error\s+MBO-SBU-MIN/)
    const nl = mcred('validate', 'mbo-40.json', '--lang', 'nl')
    expect(nl.out).toContain('ONGELDIG (profile mbo')
    expect(nl.out).toMatch(/SBU/)
    expect(nl.out).not.toEqual(en.out)
  })

  it('verify --document serves a controller document offline', () => {
    const vector = join(FIXTURES, 'test-vectors/ob3-eddsa-rdfc-2022/')
    const key = JSON.parse(readFileSync(join(vector, 'keyPair-and-expected.json'), 'utf8')) as { verificationMethod: { id: string; controller: string } }
    const doc = { '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'], id: key.verificationMethod.controller, verificationMethod: [key.verificationMethod], assertionMethod: [key.verificationMethod.id] }
    writeFileSync(join(dir, 'controller.json'), JSON.stringify(doc))
    expect(mcred('verify', join(vector, 'signed.json')).code).toBe(1)
    expect(mcred('verify', join(vector, 'signed.json'), '--document', `${doc.id}=controller.json`).code).toBe(0)
  })

  it('usage and I/O errors exit 2 and name the file on stderr', () => {
    const missing = mcred('verify', 'nope.json')
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('nope.json')
    writeFileSync(join(dir, 'broken.json'), '{')
    const broken = mcred('issue', 'broken.json', '--key', 'key.json')
    expect(broken.code).toBe(2)
    expect(broken.err).toContain('broken.json: not valid JSON')
    expect(mcred('frobnicate').code).toBe(2)
    expect(mcred('issue', 'unsigned.json', '--key', 'key.json', '--format', 'bbs').code).toBe(2)
  })

  it('a credential that fails the schema: validate exits 1, issue exits 2 listing the problems', () => {
    const key = JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')) as { controller: string }
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...minimalBadge(key.controller), type: 'OpenBadgeCredential' }))
    const v = mcred('validate', 'bad.json', '--json', '--profile', 'ob3')
    expect(v.code).toBe(1)
    expect(JSON.parse(v.out).findings[0]).toMatchObject({ rule: 'OB3-SCHEMA', path: '$.type' })
    const i = mcred('issue', 'bad.json', '--key', 'key.json')
    expect(i.code).toBe(2)
    expect(i.err).toContain('$.type')
  })
})
