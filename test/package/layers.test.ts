import { readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, typeScriptFiles } from '../helpers/fixtures.js'

/** The layers of design.md / docs/architecture.md: a module imports only from its own layer or below. */
const LAYER: Record<string, number> = {
  model: 0, errors: 0, findings: 0, lib: 0, types: 0,
  schema: 1, contexts: 1, build: 1, quality: 1, edubadges: 1, render: 1, bake: 1,
  net: 2, did: 2, loader: 2, canonical: 2,
  keys: 3, proofs: 3, status: 3,
  issue: 4, verify: 4,
  store: 5, batch: 5,
  cli: 6,
}

describe('layers', () => {
  it('no module imports from a higher layer; issue and verify never import each other; verify never imports keys', () => {
    const src = join(ROOT, 'src')
    const broken: string[] = []
    for (const file of typeScriptFiles(src)) {
      const from = relative(src, file).split('/')[0] as string
      if (!(from in LAYER)) continue
      for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const to = relative(src, normalize(join(dirname(file), m[1] as string))).split('/')[0] as string
        if (!(to in LAYER) || to === from) continue
        const pair = `${relative(ROOT, file)} -> ${m[1]}`
        if ((LAYER[to] as number) > (LAYER[from] as number)) broken.push(`${pair} (layer ${LAYER[from]} imports layer ${LAYER[to]})`)
        if ((from === 'issue' && to === 'verify') || (from === 'verify' && (to === 'issue' || to === 'keys'))) broken.push(pair)
      }
    }
    expect(broken).toEqual([])
  })
})
