import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { qualityRules, renderRuleDocs } from '../../src/index.js'
import { FIXTURES, ROOT } from '../helpers/fixtures.js'

/** The rule ids in the team's rule table (../shared/docs/quality-rules.md). */
const documented = [...readFileSync(join(FIXTURES, '../docs/quality-rules.md'), 'utf8').matchAll(/^\| ([A-Z0-9]+(?:-[A-Z0-9]+)+) \|/gm)].map((m) => m[1] as string)

describe('the rule catalogue', () => {
  it('implements every rule of quality-rules.md, and only those', () => {
    expect(documented.length).toBeGreaterThan(40)
    expect(qualityRules().map((r) => r.id).sort()).toEqual([...new Set(documented)].sort())
  })

  it('ids are unique and every rule has English and Dutch titles and a source', () => {
    const ids = qualityRules().map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const r of qualityRules()) {
      expect(r.title.en.length, r.id).toBeGreaterThan(10)
      expect(r.title.nl.length, r.id).toBeGreaterThan(10)
      expect(r.source.length, r.id).toBeGreaterThan(2)
    }
  })

  for (const profile of ['ob3', 'eu', 'mbo', 'hbo', 'wo'] as const) {
    it(`docs/quality/${profile}.md is generated from the rules (run npm run docs:rules after changing a rule)`, () => {
      expect(readFileSync(join(ROOT, `docs/quality/${profile}.md`), 'utf8')).toBe(renderRuleDocs(profile))
    })
  }
})
