import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { importEdubadgesCli } from '../../src/cli/commands/import-edubadges.js'
import { CliError } from '../../src/cli/io.js'
import { checkSpec } from '../../src/index.js'
import { FIXTURES } from '../helpers/fixtures.js'

// The command function, run in process (the CLI tests of test/cli run the built dist/ instead).
const dir = mkdtempSync(join(tmpdir(), 'mcred-import-edubadges-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const fixture = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).pathname
const PRODUCTION = join(FIXTURES, 'edubadges-ob2/production-2022')

let out = ''
let err = ''
beforeEach(() => {
  out = ''
  err = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out += String(chunk); return true })
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { err += String(chunk); return true })
})
afterEach(() => vi.restoreAllMocks())

describe('mcred import-edubadges (command function)', () => {
  it('writes the spec to --out, the notes to stderr, exit 1 while checkSpec still finds the learner missing', async () => {
    const file = fixture('mbo-microcredential-assertion-expanded.json')
    const target = join(dir, 'mbo.spec.json')
    expect(await importEdubadgesCli(file, { out: target })).toBe(1)
    const spec = JSON.parse(readFileSync(target, 'utf8'))
    expect(spec.achievement.name).toBe('Palliatieve zorg in de thuissituatie')
    expect(checkSpec(spec).map((p) => p.path)).toEqual(['$.recipient'])
    expect(out).toBe('')
    expect(err).toContain(`mcred: ${file}: $.recipient: warning: the learner is identified by a salted hash`)
    expect(err).toContain(`mcred: ${file}: spec:$.recipient: warning: must give the learner's id`)
    expect(err.trim().split('\n').every((line) => line.startsWith(`mcred: ${file}: `))).toBe(true)
  })

  it('exit 0 for a complete spec, written to stdout', async () => {
    const assertion = JSON.parse(readFileSync(fixture('mbo-microcredential-assertion-expanded.json'), 'utf8'))
    assertion.recipient = { hashed: false, type: 'email', identity: 'fatima@example.org' }
    const file = join(dir, 'plain.json')
    writeFileSync(file, JSON.stringify(assertion))
    expect(await importEdubadgesCli(file)).toBe(0)
    expect(JSON.parse(out).recipient).toEqual({ email: 'fatima@example.org' })
  })

  it('--json prints { spec, report, complete }; --issuer and --badge-class give the linked documents', async () => {
    const code = await importEdubadgesCli(join(PRODUCTION, 'ob3report_example_ob_2_0_assertion.json'), {
      json: true, issuer: join(PRODUCTION, 'ob3report_example_ob_2_0_issuer_profile.json'), badgeClass: join(PRODUCTION, 'ob3report_example_ob_2_0_badgeclass.json'),
    })
    expect(code).toBe(1)
    const result = JSON.parse(out)
    expect(result.complete).toBe(false)
    expect(result.spec.issuer.name).toBe('SURF')
    expect(result.spec.achievement.name).toBe('Edubadge account complete')
    expect(result.report.some((n: { path: string }) => n.path.startsWith('badgeClass:$'))).toBe(true)
    expect(err).toBe('')
  })

  it('reads an eduCredentials OB 3.0 credential', async () => {
    const file = join(FIXTURES, 'educredentials/credentials/theed_regular_full_ho.json')
    expect(await importEdubadgesCli(file)).toBe(0)
    expect(JSON.parse(out).achievement.kind).toBe('regular')
  })

  it('exit 2 (CliError) for a missing file, bad JSON and a JSON value that is no object', async () => {
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{ nope')
    const list = join(dir, 'list.json')
    writeFileSync(list, '[1, 2]')
    for (const file of [join(dir, 'missing.json'), bad, list]) {
      const error = await importEdubadgesCli(file).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(CliError)
      expect((error as CliError).exitCode).toBe(2)
      expect((error as CliError).message).toContain(file)
    }
  })
})
