import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, it, expect } from 'vitest'
import { EDUCREDENTIAL_ACHIEVEMENT_TYPE, PROFILE_TERMS } from '../../src/model/index.js'
import { MICROCREDENTIALS_CONTEXT } from '../../src/contexts/urls.js'

const file = new URL('../../contexts/microcredentials-v1.json', import.meta.url)
const bytes = readFileSync(file)
type TermDef = { '@id': string; '@container'?: string; '@type'?: string }
const ctx = (JSON.parse(bytes.toString('utf8')) as { '@context': Record<string, { '@id': string; '@context': Record<string, TermDef | string | boolean> }> })['@context']
const scoped = ctx[EDUCREDENTIAL_ACHIEVEMENT_TYPE]?.['@context'] ?? {}
const EDUBADGES_TERMS = ['assessmentType', 'participationType', 'supervisionType', 'identityChecked', 'ECTS', 'SBU', 'timeInvestment', 'educationProgramIdentifier']

describe('the profile context', () => {
  it('defines every profile term the model writes, protected, scoped to EducredentialAchievement', () => {
    expect(scoped['@protected']).toBe(true)
    for (const term of PROFILE_TERMS) expect(scoped[term], term).toHaveProperty('@id')
  })

  it('keeps edubadges IRIs for their terms and uses the library vocabulary for its own', () => {
    for (const term of PROFILE_TERMS) {
      const iri = (scoped[term] as TermDef)['@id']
      if (EDUBADGES_TERMS.includes(term)) expect(iri).toMatch(/^https:\/\/edubadges\.nl\/static\/obv3-glossary\.html#/)
      else expect(iri).toBe(`https://w3id.org/microcredentials/vocab#${term}`)
    }
  })

  it('declares the multi-valued terms as sets', () => {
    for (const term of ['assessmentType', 'participationType', 'educationProgramIdentifier', 'stackableTowards']) {
      expect((scoped[term] as TermDef)['@container']).toBe('@set')
    }
  })

  it('is pinned in the manifest with its current SHA-256', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../contexts/manifest.json', import.meta.url), 'utf8')) as Array<{ url: string; sha256: string }>
    const entry = manifest.find((m) => m.url === MICROCREDENTIALS_CONTEXT)
    expect(entry?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
  })
})
