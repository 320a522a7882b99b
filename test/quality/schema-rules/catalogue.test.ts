import { readdirSync, readFileSync } from 'node:fs'
import { Ajv2019 } from 'ajv/dist/2019.js'
import { describe, expect, it } from 'vitest'
import { PROFILE_SETS } from '../../../src/quality/profiles.js'
import { QUALITY_SCHEMA_FILES, QUALITY_SCHEMAS } from '../../../src/quality/quality-schemas.js'
import type { RuleSet } from '../../../src/quality/rule.js'
import { SCHEMA_RULES } from '../../../src/quality/schema-rules.js'
import { validHbo, validMbo } from '../helpers.js'

const DIR = new URL('../../../schemas/quality/', import.meta.url)
const FILES = ['eu-annex-i.schema.json', 'nl-common.schema.json', 'mbo-pilot.schema.json', 'ho-pilot.schema.json', 'learning-outcomes.schema.json']

interface Entry {
  'x-rule'?: unknown
  'x-severity'?: unknown
  'x-message'?: { en?: unknown; nl?: unknown }
}

interface QualitySchema {
  $schema: string
  $id: string
  title: string
  allOf: Entry[]
}

function load(file: string): QualitySchema {
  return JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as QualitySchema
}

/** Every (file, entry) pair of the five quality schemas. */
function entries(): Array<{ file: string; index: number; entry: Entry }> {
  return FILES.flatMap((file) => load(file).allOf.map((entry, index) => ({ file, index, entry })))
}

/** The rule set whose schema is `file`. */
function setOf(file: string): RuleSet {
  const found = Object.entries(QUALITY_SCHEMA_FILES).find(([, f]) => f === file)
  if (!found) throw new Error(`no rule set for ${file}`)
  return found[0] as RuleSet
}

describe('quality schema files', () => {
  it('are exactly the five files, each registered for its rule set', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.schema.json')).sort()).toEqual([...FILES].sort())
    expect(Object.values(QUALITY_SCHEMA_FILES).sort()).toEqual([...FILES].sort())
    for (const file of FILES) expect(QUALITY_SCHEMAS[setOf(file)]).toEqual(load(file))
  })

  it('are draft 2019-09 with an $id and a title', () => {
    for (const file of FILES) {
      const schema = load(file)
      expect(schema.$schema).toBe('https://json-schema.org/draft/2019-09/schema')
      expect(schema.$id).toBe(`https://w3id.org/microcredentials/schemas/quality/${file}`)
      expect(schema.title.length).toBeGreaterThan(0)
      expect(schema.allOf.length).toBeGreaterThan(0)
    }
  })

  it('compile under plain ajv 2019 with strict mode off', () => {
    for (const file of FILES) {
      const ajv = new Ajv2019({ strict: false, allErrors: true })
      expect(() => ajv.compile(load(file)), file).not.toThrow()
    }
  })

  it('accept the valid examples under plain ajv, with the schemas of their profile', () => {
    const cases = [
      { credential: validMbo(), sets: PROFILE_SETS.mbo },
      { credential: validHbo(), sets: PROFILE_SETS.hbo },
    ]
    for (const { credential, sets } of cases) {
      for (const file of FILES.filter((f) => sets.includes(setOf(f)))) {
        const validate = new Ajv2019({ strict: false, allErrors: true }).compile(load(file))
        expect(validate(credential), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true)
      }
    }
  })

  it('reject a broken credential under plain ajv (the files work without this library)', () => {
    const c = validMbo()
    c.credentialSubject.achievement.SBU = '240'
    const validate = new Ajv2019({ strict: false, allErrors: true }).compile(load('mbo-pilot.schema.json'))
    expect(validate(c)).toBe(false)
    expect(validate.errors?.map((e) => e.schemaPath)).toContain('#/allOf/0/properties/credentialSubject/properties/achievement/properties/SBU/type')
  })
})

describe('schema rules and the catalogue', () => {
  it('every allOf entry names exactly one rule, and no rule appears twice', () => {
    const ids = entries().map(({ entry }) => entry['x-rule'])
    for (const id of ids) expect(typeof id === 'string' && /^[A-Z0-9]+(-[A-Z0-9]+)+$/.test(id), String(id)).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('every x-rule has a SCHEMA_RULES entry and vice versa', () => {
    const inFiles = entries().map(({ entry }) => entry['x-rule'] as string).sort()
    const inCatalogue = SCHEMA_RULES.map((r) => r.id).sort()
    expect(inCatalogue).toEqual(inFiles)
    expect(new Set(inCatalogue).size).toBe(inCatalogue.length)
  })

  it('catalogue entries point at the file that holds the rule and agree on severity and set', () => {
    const byId = new Map(entries().map((e) => [e.entry['x-rule'] as string, e]))
    for (const rule of SCHEMA_RULES) {
      const found = byId.get(rule.id)
      expect(found, rule.id).toBeDefined()
      expect(rule.kind).toBe('schema')
      expect(rule.schema, rule.id).toBe(found!.file)
      expect(rule.sets, rule.id).toEqual([setOf(found!.file)])
      expect(rule.severity, rule.id).toBe(found!.entry['x-severity'] ?? 'error')
      expect(rule.title.en.length, rule.id).toBeGreaterThan(10)
      expect(rule.title.nl.length, rule.id).toBeGreaterThan(10)
      expect(rule.title.nl, rule.id).not.toBe(rule.title.en)
      expect(rule.source.length, rule.id).toBeGreaterThan(0)
    }
  })

  it('every entry has an x-message in English and Dutch, and a valid x-severity when it has one', () => {
    for (const { file, index, entry } of entries()) {
      const where = `${file} allOf/${index} (${String(entry['x-rule'])})`
      const message = entry['x-message']
      expect(typeof message?.en === 'string' && message.en.length > 20, where).toBe(true)
      expect(typeof message?.nl === 'string' && message.nl.length > 20, where).toBe(true)
      expect(message?.nl, where).not.toBe(message?.en)
      if (entry['x-severity'] !== undefined) expect(['error', 'warning', 'info'], where).toContain(entry['x-severity'])
    }
  })

  it('covers the rules the quality-rules table assigns to JSON Schema', () => {
    expect(SCHEMA_RULES.map((r) => r.id).sort()).toEqual([
      'EU-M1', 'EU-M11', 'EU-M2', 'EU-M3', 'EU-M4', 'EU-M6', 'EU-M7',
      'HO-ECTS', 'HO-ECTS-STEP', 'HO-LEVEL', 'HO-PREREQ', 'HO-QA',
      'LO-ESCO',
      'MBO-LEVEL', 'MBO-QA', 'MBO-SBU', 'MBO-SBU-240', 'MBO-SBU-MIN', 'MBO-SBU-STEP',
      'NL-COUNTRY', 'NL-LANGUAGE', 'NL-PROGRAMME-CODE',
    ])
  })
})
