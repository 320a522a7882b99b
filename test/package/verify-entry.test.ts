import { existsSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/fixtures.js'

/** Walks the built ESM import graph from an entry, through relative imports; returns files and bare imports. */
function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const queue = [join(ROOT, 'dist', entry)]
  while (queue.length > 0) {
    const file = queue.pop() as string
    if (files.has(file)) continue
    files.add(file)
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["']([^"']+)["']/g)) {
      const spec = m[1] as string
      if (spec.startsWith('.')) queue.push(join(dirname(file), spec))
      else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string))
    }
  }
  return { files, packages }
}

/** Node built-ins (tsup writes `node:fs` as `fs`). */
const isBuiltin = (name: string): boolean => name.startsWith('node:') || builtinModules.includes(name)

/** The src/ folders whose code ends up in the files of a built entry's graph (read from the source maps). */
function sourceFolders(entry: string): Set<string> {
  const folders = new Set<string>()
  for (const file of graph(entry).files) {
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }
    for (const source of map.sources) {
      const m = /(?:^|\/)src\/([^/]+)\//.exec(source)
      if (m) folders.add(m[1] as string)
    }
  }
  return folders
}

describe('built entries', () => {
  it('exist (npm test builds first)', () => {
    for (const entry of ['index.js', 'verify.js', 'issue.js', 'keys.js', 'status.js', 'cli/main.js']) expect(existsSync(join(ROOT, 'dist', entry)), entry).toBe(true)
  })

  it('the verify entry reaches no issuing or key code', () => {
    const { files, packages } = graph('verify.js')
    const code = [...files].map((f) => readFileSync(f, 'utf8')).join('\n')
    expect(packages.has('@digitalbazaar/vc')).toBe(false)
    for (const marker of ['issueCredential', 'createSigner', 'decodeSecretSeed', 'encodeSecretKey', 'createPrivateKey', 'generateKeyPair', 'createSigningSuite']) {
      expect(code.includes(marker), marker).toBe(false)
    }
  })

  it.each(['verify.js', 'index.js', 'render.js'])('%s: no issue, keys, store, batch or CLI source, no Node built-in', (entry) => {
    const folders = sourceFolders(entry)
    expect([...folders].filter((f) => ['issue', 'keys', 'store', 'batch', 'cli'].includes(f))).toEqual([])
    expect([...graph(entry).packages].filter(isBuiltin)).toEqual([])
  })

  it('the source-map walk sees issuing and key code where it is (the check above can fail)', () => {
    expect(sourceFolders('issue.js').has('issue')).toBe(true)
    expect(sourceFolders('keys.js').has('keys')).toBe(true)
    expect([...graph('store.js').packages].filter(isBuiltin)).toContain('fs')
  })

  it('the issue entry does reach the signing code (the check above can fail)', () => {
    const code = [...graph('issue.js').files].map((f) => readFileSync(f, 'utf8')).join('\n')
    expect(code.includes('createSigningSuite')).toBe(true)
  })
})
