import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDirectoryJournal, credentialFileName } from '../../src/batch/index.js'
import { useTempDirs } from './helpers.js'

const tempDir = useTempDirs('mcred-journal-')

describe('createDirectoryJournal', () => {
  it('get returns undefined before put and the exact text after it; the folder is created on the first put', async () => {
    const dir = join(tempDir(), 'out', 'cohort')
    const journal = createDirectoryJournal(dir)
    expect(await journal.get('a1')).toBeUndefined()
    expect(existsSync(dir)).toBe(false)
    const json = JSON.stringify({ id: 'urn:uuid:1', name: 'Palliatieve zorg – één' })
    await journal.put('a1', json)
    expect(await journal.get('a1')).toBe(json)
    expect(readFileSync(join(dir, credentialFileName('a1')), 'utf8')).toBe(json)
  })

  it('leaves no temporary files, also with many puts at once', async () => {
    const dir = tempDir()
    const journal = createDirectoryJournal(dir)
    const ids = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? `row-${i}` : `SIS/${i}`))
    await Promise.all(ids.map((id) => journal.put(id, `{"n":${JSON.stringify(id)}}`)))
    expect(readdirSync(dir).sort()).toEqual(ids.map(credentialFileName).sort())
    for (const id of ids) expect(await journal.get(id)).toBe(`{"n":${JSON.stringify(id)}}`)
  })

  it('put replaces an entry whole', async () => {
    const dir = tempDir()
    const journal = createDirectoryJournal(dir)
    await journal.put('x', 'a'.repeat(10_000))
    await journal.put('x', 'b')
    expect(await journal.get('x')).toBe('b')
    expect(readdirSync(dir)).toEqual(['x.json'])
  })

  it('ignores a temporary file left by a crash (never read as an entry)', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, `.${credentialFileName('y')}.abc123.tmp`), '{"half":')
    const journal = createDirectoryJournal(dir)
    expect(await journal.get('y')).toBeUndefined()
    await journal.put('y', '{"whole":true}')
    expect(await journal.get('y')).toBe('{"whole":true}')
  })

  it('a failing put rejects and leaves nothing behind', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, credentialFileName('z')))
    const journal = createDirectoryJournal(dir)
    await expect(journal.put('z', '{}')).rejects.toThrow()
    expect(readdirSync(dir)).toEqual([credentialFileName('z')])
  })

  it('a get that fails for another reason than a missing file rejects', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, credentialFileName('d')))
    await expect(createDirectoryJournal(dir).get('d')).rejects.toMatchObject({ code: 'EISDIR' })
  })
})
