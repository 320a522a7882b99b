import { readFileSync } from 'node:fs'
import { describe, it, expect } from 'vitest'
import { QUALITY_FRAMEWORKS } from '../../src/model/index.js'

const fixture = '/work/shared/fixtures/edubadges-ob2/micro_credentials_quality_frameworks.json'

describe('QUALITY_FRAMEWORKS', () => {
  it('holds the two pilot frameworks with https URLs', () => {
    expect(Object.keys(QUALITY_FRAMEWORKS).sort()).toEqual(['hbo-wo-pilot', 'mbo-pilot'])
    expect(QUALITY_FRAMEWORKS['mbo-pilot'].name).toBe('Kwaliteitskader voor pilot microcredentials mbo 2024 - 2025')
    expect(QUALITY_FRAMEWORKS['hbo-wo-pilot'].url).toBe('https://npuls.nl/doorbouwen-aan-microcredentials')
    expect(QUALITY_FRAMEWORKS['mbo-pilot'].text).toContain('niet kleiner zijn dan 240 SBU')
    expect(QUALITY_FRAMEWORKS['hbo-wo-pilot'].text).toContain('minimaal 3 EC en maximaal 30 EC')
  })

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(QUALITY_FRAMEWORKS)).toBe(true)
    expect(Object.isFrozen(QUALITY_FRAMEWORKS['mbo-pilot'])).toBe(true)
  })

  it('is a verbatim copy of the edubadges constants', () => {
    const source = JSON.parse(readFileSync(fixture, 'utf8')) as Record<string, { name: string; url: string; description: string }>
    const pairs = [['mbo-pilot', 'micro_credentials_framework_mbo'], ['hbo-wo-pilot', 'micro_credentials_framework']] as const
    for (const [preset, key] of pairs) {
      const s = source[key]
      expect(QUALITY_FRAMEWORKS[preset]).toEqual({ name: s?.name, url: s?.url, text: s?.description })
    }
  })
})
