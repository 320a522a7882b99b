import { existsSync, readFileSync } from 'node:fs'
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

  it('the issue entry does reach the signing code (the check above can fail)', () => {
    const code = [...graph('issue.js').files].map((f) => readFileSync(f, 'utf8')).join('\n')
    expect(code.includes('createSigningSuite')).toBe(true)
  })
})
