import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { extractCredential } from '../../src/bake/index.js'
import { bake } from '../../src/cli/commands/bake.js'
import { extract } from '../../src/cli/commands/extract.js'
import { CliError } from '../../src/cli/io.js'
import { issueCredential } from '../../src/issue/index.js'
import { verifyCredential } from '../../src/verify/index.js'
import { minimalBadge, NOW, testKey } from '../helpers/credentials.js'
import { ROOT } from '../helpers/fixtures.js'
import { pixelData } from '../bake/png-helpers.js'

// The command functions of `mcred bake` and `mcred extract`, called directly (the built CLI wires them).
const dirs: string[] = []
afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }) })
afterEach(() => { vi.restoreAllMocks() })

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcred-bake-'))
  dirs.push(dir)
  copyFileSync(join(ROOT, 'examples/images/badge.png'), join(dir, 'badge.png'))
  copyFileSync(join(ROOT, 'examples/images/badge.svg'), join(dir, 'badge.svg'))
  return dir
}

/** Runs a command, returning its exit code and what it wrote to stdout. */
async function captured(run: () => Promise<number>): Promise<{ code: number; out: string }> {
  let out = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk)
    return true
  })
  const code = await run()
  vi.restoreAllMocks()
  return { code, out }
}

async function cliError(run: () => Promise<number>): Promise<CliError> {
  try {
    await run()
  } catch (e) {
    expect(e).toBeInstanceOf(CliError)
    return e as CliError
  }
  throw new Error('expected a CliError')
}

describe('mcred bake and mcred extract', () => {
  it('bakes a signed credential into the PNG and the SVG badge; extract gives it back and it still verifies', async () => {
    const { keyPair, signer } = await testKey()
    const signed = await issueCredential(minimalBadge(keyPair.controller), signer, { now: '2025-09-01T10:00:00Z' })
    const dir = workDir()
    writeFileSync(join(dir, 'cred.json'), JSON.stringify(signed, null, 2))
    for (const format of ['png', 'svg'] as const) {
      const out = join(dir, `baked.${format}`)
      expect(await bake(join(dir, 'cred.json'), { image: join(dir, `badge.${format}`), out })).toBe(0)
      expect(extractCredential(new Uint8Array(readFileSync(out)))).toEqual({ format, credential: signed })
      const printed = await captured(() => extract(out))
      expect(printed.code).toBe(0)
      expect(JSON.parse(printed.out)).toEqual(signed)
      const machine = await captured(() => extract(out, { json: true }))
      expect(JSON.parse(machine.out)).toEqual({ format, credential: signed })
      expect(await extract(out, { out: join(dir, `extracted-${format}.json`) })).toBe(0)
      const result = await verifyCredential(new Uint8Array(readFileSync(join(dir, `extracted-${format}.json`))), { now: NOW })
      expect(result.verified, JSON.stringify(result.errors)).toBe(true)
    }
    expect(pixelData(new Uint8Array(readFileSync(join(dir, 'baked.png'))))).toEqual(pixelData(new Uint8Array(readFileSync(join(dir, 'badge.png')))))
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('bakes a VC-JWT file (.jwt, the compact JWS on one line); extract prints the JWS line', async () => {
    const { keyPair, signer } = await testKey()
    const jwt = await issueCredential(minimalBadge(keyPair.controller), signer, { format: 'vc-jwt', now: NOW })
    const dir = workDir()
    writeFileSync(join(dir, 'cred.jwt'), `${jwt}\n`)
    expect(await bake(join(dir, 'cred.jwt'), { image: join(dir, 'badge.svg'), out: join(dir, 'out', 'baked.svg') })).toBe(0)
    const baked = readFileSync(join(dir, 'out', 'baked.svg'), 'utf8')
    expect(baked).toContain(`<openbadges:credential verify="${jwt}"></openbadges:credential>`)
    expect((await captured(() => extract(join(dir, 'out', 'baked.svg')))).out).toBe(`${jwt}\n`)
    // Baking again into the baked image replaces the credential.
    expect(await bake(join(dir, 'cred.jwt'), { image: join(dir, 'out', 'baked.svg'), out: join(dir, 'out', 'baked.svg') })).toBe(0)
    expect(readFileSync(join(dir, 'out', 'baked.svg'), 'utf8')).toBe(baked)
  })

  it('usage and input errors are exit 2 and name the file and the code', async () => {
    const dir = workDir()
    writeFileSync(join(dir, 'cred.json'), '{"id":"urn:x"}')
    writeFileSync(join(dir, 'list.json'), '[1]')
    writeFileSync(join(dir, 'bad.txt'), 'not json')
    writeFileSync(join(dir, 'photo.jpg'), Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46))
    const cases: Array<[() => Promise<number>, string]> = [
      [() => bake(join(dir, 'cred.json'), { image: join(dir, 'badge.png'), out: join(dir, 'x.svg') }), 'is a PNG, but --out'],
      [() => bake(join(dir, 'cred.json'), { image: join(dir, 'badge.svg'), out: join(dir, 'x.png') }), 'is not a PNG, but --out'],
      [() => bake(join(dir, 'bad.txt'), { image: join(dir, 'badge.png'), out: join(dir, 'x.png') }), 'neither a compact JWS (VC-JWT) nor valid JSON'],
      [() => bake(join(dir, 'list.json'), { image: join(dir, 'badge.png'), out: join(dir, 'x.png') }), 'must be a credential'],
      [() => bake(join(dir, 'cred.json'), { image: join(dir, 'photo.jpg'), out: join(dir, 'x.img') }), 'photo.jpg: not a PNG or SVG image'],
      [() => bake(join(dir, 'cred.json'), { image: join(dir, 'cred.json'), out: join(dir, 'x.img') }), '[ERR_MALFORMED_SVG]'],
      [() => bake(join(dir, 'missing.json'), { image: join(dir, 'badge.png'), out: join(dir, 'x.png') }), 'missing.json: cannot read file'],
      [() => bake(join(dir, 'cred.json'), { image: join(dir, 'badge.png'), out: '' }), '--out'],
      [() => extract(join(dir, 'badge.png')), 'badge.png: PNG has no baked credential'],
      [() => extract(join(dir, 'badge.svg')), '[ERR_NO_CREDENTIAL]'],
      [() => extract(join(dir, 'photo.jpg')), '[ERR_NOT_AN_IMAGE]'],
    ]
    for (const [run, message] of cases) {
      const e = await cliError(run)
      expect(e.exitCode).toBe(2)
      expect(e.message).toContain(message)
    }
    expect(readdirSync(dir).filter((name) => name.startsWith('x.'))).toEqual([])
  })
})
