/**
 * `mcred keygen --type` and the key-file readers, run from the sources (the built CLI is covered by
 * cli.test.ts): Ed25519 Multikey files by default, JsonWebKey files for P-256 and RSA, and a clear
 * refusal where Data Integrity signing needs an Ed25519 key.
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { keygen } from '../../src/cli/commands/keygen.js'
import { CliError } from '../../src/cli/io.js'
import { readEd25519KeyFile, readKeyFile } from '../../src/cli/key-file.js'
import { createSigner, isEd25519KeyPair } from '../../src/keys/index.js'
import { tempDir } from './helpers.js'

const dir = tempDir('mcred-keygen-')

/** Runs keygen, returning what it printed. */
async function run(options: Parameters<typeof keygen>[0]): Promise<string> {
  let printed = ''
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed += String(chunk)
    return true
  })
  try {
    expect(await keygen(options)).toBe(0)
  } finally {
    spy.mockRestore()
  }
  return printed
}

const readJson = (path: string): Record<string, any> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>

afterEach(() => {
  vi.restoreAllMocks()
})

describe('mcred keygen --type', () => {
  it('ed25519 (the default): a Multikey key file and a did:key issuer', async () => {
    const out = join(dir, 'ed.json')
    const printed = await run({ out })
    const file = readJson(out)
    expect(file).toMatchObject({ '@context': 'https://w3id.org/security/multikey/v1', type: 'Multikey', secretKeyMultibase: expect.stringMatching(/^z/) })
    expect(printed.trim()).toBe(file.controller)
    expect(file.controller).toMatch(/^did:key:z6Mk/)
    expect(statSync(out).mode & 0o777).toBe(0o600)
    expect(isEd25519KeyPair(await readKeyFile(out))).toBe(true)
  })

  it('p-256: a JsonWebKey key file with its secret, a did:jwk issuer; it reads back and signs ES256', async () => {
    const out = join(dir, 'p256.json')
    const printed = await run({ out, type: 'p-256', json: true })
    const file = readJson(out)
    expect(file).toMatchObject({ '@context': 'https://w3id.org/security/jwk/v1', type: 'JsonWebKey', publicKeyJwk: { kty: 'EC', crv: 'P-256' }, secretKeyJwk: { d: expect.any(String) } })
    expect(file.controller).toMatch(/^did:jwk:/)
    expect(file.id).toBe(`${file.controller}#0`)
    expect(JSON.parse(printed)).toEqual({ issuer: file.controller, verificationMethod: file.id, keyType: 'P-256', keyFile: out })
    expect(statSync(out).mode & 0o777).toBe(0o600)
    const keyPair = await readKeyFile(out)
    expect(keyPair).toMatchObject({ type: 'JsonWebKey', keyType: 'P-256', id: file.id })
    expect(createSigner(keyPair).algorithm).toBe('ES256')
  })

  it('rsa with --controller: a JsonWebKey file whose id is <controller>#<thumbprint>; the type is case-insensitive', async () => {
    const out = join(dir, 'rsa.json')
    const printed = await run({ out, type: 'RSA', controller: 'did:web:school.example.nl' })
    const file = readJson(out)
    expect(printed.trim()).toBe('did:web:school.example.nl')
    expect(file).toMatchObject({ type: 'JsonWebKey', controller: 'did:web:school.example.nl', publicKeyJwk: { kty: 'RSA', e: 'AQAB' } })
    expect(file.id).toMatch(/^did:web:school\.example\.nl#[A-Za-z0-9_-]{43}$/)
    expect(Buffer.from(file.publicKeyJwk.n as string, 'base64url')).toHaveLength(256)
  })

  it('refuses an unknown type (exit 2) before writing anything, and an existing file without --force', async () => {
    const out = join(dir, 'never.json')
    await expect(keygen({ out, type: 'secp256k1' })).rejects.toThrow(/--type must be one of ed25519, p-256, rsa; got "secp256k1"/)
    await expect(keygen({ out, type: 'secp256k1' })).rejects.toMatchObject({ exitCode: 2 })
    expect(() => statSync(out)).toThrow()
    await expect(keygen({ out: join(dir, 'p256.json'), type: 'p-256' })).rejects.toThrow(/file exists; use --force/)
  })
})

describe('key files where Data Integrity signing needs Ed25519', () => {
  it('readEd25519KeyFile refuses a P-256 or RSA key naming the file, the key and the operation', async () => {
    const file = join(dir, 'p256.json')
    const id = readJson(file).id as string
    const error = await readEd25519KeyFile(file, 'mcred endorse (Data Integrity signing)').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CliError)
    expect((error as CliError).exitCode).toBe(2)
    expect((error as Error).message).toBe(`${file}: key ${id} is a P-256 key; mcred endorse (Data Integrity signing) needs an Ed25519 key (mcred keygen --type ed25519)`)
    await expect(readEd25519KeyFile(join(dir, 'rsa.json'), 'mcred batch')).rejects.toThrow(/is an RSA key; mcred batch needs an Ed25519 key/)
    expect((await readEd25519KeyFile(join(dir, 'ed.json'), 'mcred batch')).type).toBe('Multikey')
  })
})
