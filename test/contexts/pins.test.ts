import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundledContexts, optInContexts } from '../../src/contexts/bundled-contexts.js'
import { FIXTURES, ROOT } from '../helpers/fixtures.js'

interface Pin { url: string; file: string; sha256: string; origin: string; optIn?: boolean }
const manifest = JSON.parse(readFileSync(join(ROOT, 'contexts/manifest.json'), 'utf8')) as Pin[]
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')

/** The SHA-256 of each pinned file, written here as well so that a change to file and manifest together still fails. */
const EXPECTED: Record<string, string> = {
  'credentials-v2.json': '59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734',
  'ob-v3p0-context-3.0.3.json': '3d34f4d4ef1bce691106e63798beb5e7b862ba841423f5ee1e53ab7ddf3bca84',
  'ob-v3p0-context-3.0.2.json': '00666ad080ba407687ed1846b7f5e7495f5019042b202a727de47c48a1755c53',
  'ob-v3p0-context-3.0.1.json': 'd582f3564282fb3b709136d28412e78e70b678b4dbc2f0221f67d84932748355',
  'ob-v3p0-context-3.0.0.json': 'b077fa134d909d92c1dcd1c153f2af1b244aeb415967fdc1467d7fc5dd48ac10',
  'ob-v3p0-extensions.json': '146f85aa16effd7ca1da8056eb443f53ce1eca8a34186cb062832c0a97d889c3',
}

describe('pinned contexts', () => {
  it('every file in contexts/ matches its SHA-256 pin in the manifest', () => {
    for (const pin of manifest) expect(sha(join(ROOT, 'contexts', pin.file)), pin.file).toBe(pin.sha256)
    const files = readdirSync(join(ROOT, 'contexts')).filter((f) => f !== 'manifest.json').sort()
    expect(files).toEqual(manifest.map((p) => p.file).sort())
  })

  it('the outside contexts are byte-identical to the shared fixtures they were copied from', () => {
    for (const [file, hash] of Object.entries(EXPECTED)) expect(manifest.find((p) => p.file === file)?.sha256, file).toBe(hash)
    expect(sha(join(FIXTURES, 'contexts/ob-v3p0-context-3.0.3.validator-latest.json'))).toBe(EXPECTED['ob-v3p0-context-3.0.3.json'])
  })

  it('the bundle served by the loader is exactly the manifest, by URL and content', () => {
    const served = new Map([...bundledContexts(), ...optInContexts()])
    expect([...served.keys()].sort()).toEqual(manifest.map((p) => p.url).sort())
    for (const pin of manifest) {
      expect(served.get(pin.url)).toEqual(JSON.parse(readFileSync(join(ROOT, 'contexts', pin.file), 'utf8')))
    }
    expect([...optInContexts().keys()]).toEqual(manifest.filter((p) => p.optIn).map((p) => p.url))
  })
})
