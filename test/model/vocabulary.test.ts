import { readFileSync } from 'node:fs'
import { describe, it, expect } from 'vitest'
import specSchema from '../../schemas/microcredential-spec.schema.json' with { type: 'json' }
import {
  ASSESSMENT_TYPES, NLQF_LEVELS, NLQF_TO_EQF, NLQF_URIS, PARTICIPATION_TYPES, SECTORS, STACKABILITY_OPTIONS,
  SUPERVISION_IDENTITY_CHECKED, SUPERVISION_TYPES, ACHIEVEMENT_KINDS, KIND_ACHIEVEMENT_TYPES, PROGRAMME_IDENTIFIER_TYPES,
} from '../../src/model/index.js'

type Defs = Record<string, { properties?: Record<string, { enum?: unknown[]; items?: { enum?: unknown[] } }> }>
const defs = (specSchema as unknown as { $defs: Defs }).$defs
const enumOf = (def: string, prop: string): unknown[] | undefined => {
  const p = defs[def]?.properties?.[prop]
  return p?.enum ?? p?.items?.enum
}

describe('value sets agree with the spec JSON Schema', () => {
  it.each([
    ['assessment', 'types', ASSESSMENT_TYPES],
    ['assessment', 'supervision', SUPERVISION_TYPES],
    ['achievement', 'participation', PARTICIPATION_TYPES],
    ['achievement', 'sector', SECTORS],
    ['achievement', 'kind', ACHIEVEMENT_KINDS],
    ['stackability', 'option', STACKABILITY_OPTIONS],
    ['level', 'nlqf', NLQF_LEVELS],
    ['programme', 'system', Object.keys(PROGRAMME_IDENTIFIER_TYPES)],
  ] as const)('%s.%s', (def, prop, values) => {
    expect(enumOf(def, prop)).toEqual([...values])
  })
})

describe('levels', () => {
  it('maps every NLQF level to an EQF level (entry: none) and a EU NQF URI', () => {
    for (const level of NLQF_LEVELS) {
      expect(NLQF_URIS[String(level)]).toMatch(/^http:\/\/data\.europa\.eu\/snb\/qdr\/c_[0-9a-f]{8}$/)
      expect(String(level) in NLQF_TO_EQF).toBe(true)
    }
    expect(NLQF_TO_EQF['4+']).toBe(4)
    expect(NLQF_TO_EQF.entry).toBeNull()
    expect(new Set(Object.values(NLQF_URIS)).size).toBe(NLQF_LEVELS.length)
  })

  const fixture = '/work/shared/fixtures/eu/nl-levels-and-units.json'
  it('matches the compiled NLQF table in the shared fixtures', () => {
    const table = JSON.parse(readFileSync(fixture, 'utf8')) as { nlqf_to_eqf: { levels: Array<{ nlqf: string; eqf: number | null; nlqfUri: string }> } }
    for (const row of table.nlqf_to_eqf.levels) {
      expect(NLQF_TO_EQF[row.nlqf]).toBe(row.eqf)
      expect(NLQF_URIS[row.nlqf]).toBe(row.nlqfUri)
    }
  })
})

describe('kinds and supervision', () => {
  it('marks microcredentials with the native achievement type', () => {
    expect(KIND_ACHIEVEMENT_TYPES.microcredential).toBe('MicroCredential')
  })

  it('knows which supervision values imply identity verification', () => {
    expect(SUPERVISION_TYPES.filter((s) => SUPERVISION_IDENTITY_CHECKED[s] === false)).toEqual([
      'unsupervised with no identity verification', 'supervised with no identity verification',
    ])
    expect(SUPERVISION_IDENTITY_CHECKED['onsite with identity verification']).toBe(true)
  })
})
