import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EQF_URI_BASE, NLQF_URIS } from '../../../src/model/levels.js'
import { checkEuUri, euVocabularyUris } from '../../../src/quality/rules/voc-eu.js'
import { EU_VOCABULARIES, EU_VOCABULARY_SOURCE } from '../../../src/quality/vocab/eu-vocabularies.js'
import { findingsOf, validHbo, validMbo } from '../helpers.js'

/** Index of the alignment of a type in a credential. */
function alignmentIndex(credential: Record<string, any>, targetType: string): number {
  return (credential.credentialSubject.achievement.alignment as Array<{ targetType: string }>).findIndex((a) => a.targetType === targetType)
}

describe('VOC-EU', () => {
  it('passes the valid examples under every profile', () => {
    for (const profile of ['eu', 'mbo'] as const) expect(findingsOf(validMbo(), profile, 'VOC-EU')).toEqual([])
    for (const profile of ['eu', 'hbo', 'wo'] as const) expect(findingsOf(validHbo(), profile, 'VOC-EU')).toEqual([])
  })

  it('finds the EQF and NLQF URIs the library builds', () => {
    const uris = euVocabularyUris(validMbo()).map((u) => u.uri)
    expect(uris).toEqual(expect.arrayContaining(['http://data.europa.eu/snb/eqf/4', NLQF_URIS[4]]))
  })

  it('reports an EQF URI outside the list as an error naming the URI and the list', () => {
    const credential = validMbo()
    const i = alignmentIndex(credential, 'ext:EQF')
    credential.credentialSubject.achievement.alignment[i].targetUrl = 'http://data.europa.eu/snb/eqf/9'
    const findings = findingsOf(credential, 'mbo', 'VOC-EU')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'VOC-EU', severity: 'error', path: `$.credentialSubject.achievement.alignment[${i}].targetUrl` })
    expect(findings[0]?.message).toContain('http://data.europa.eu/snb/eqf/9 is not in the EU vocabulary "EQF levels"')
    expect(findings[0]?.messageNl).toContain('http://data.europa.eu/snb/eqf/9 staat niet in de EU-vocabulaire "EQF levels"')
  })

  it('accepts every EQF level and every NLQF URI of src/model', () => {
    for (let n = 1; n <= 8; n++) expect(checkEuUri(`${EQF_URI_BASE}${n}`)).toBeUndefined()
    for (const uri of Object.values(NLQF_URIS)) expect(checkEuUri(uri)).toBeUndefined()
  })

  it('accepts members and scheme URIs of the other lists, rejects near misses', () => {
    expect(checkEuUri('http://data.europa.eu/snb/assessment/4f03b91c0e')).toBeUndefined()
    expect(checkEuUri('http://data.europa.eu/snb/learning-assessment/920fbb3cbe')).toBeUndefined()
    expect(checkEuUri('http://data.europa.eu/snb/education-credit/6fcec5c5af')).toBeUndefined()
    expect(checkEuUri('http://data.europa.eu/snb/eqf/25831c2')).toBeUndefined()
    expect(checkEuUri('http://data.europa.eu/snb/eqf/4/')?.en).toContain('"EQF levels"')
    expect(checkEuUri('http://data.europa.eu/snb/qdr/c_00000000')?.en).toContain('"NQF (Netherlands subset)"')
    expect(checkEuUri('http://data.europa.eu/snb/learning-assessment/4f03b91c0e')?.en).toContain('"Europass modes of learning and assessment"')
  })

  it('reports a URI under an unknown snb base as not a published EU vocabulary', () => {
    const credential = validHbo()
    credential.credentialSubject.achievement.fieldOfStudy = 'http://data.europa.eu/snb/isced-f/0613'
    const [finding, ...rest] = findingsOf(credential, 'hbo', 'VOC-EU')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ severity: 'error', path: '$.credentialSubject.achievement.fieldOfStudy' })
    expect(finding?.message).toMatch(/^http:\/\/data\.europa\.eu\/snb\/isced-f\/0613 is not a published EU vocabulary URI/)
  })

  it('checks strings anywhere under the achievement, including arrays of profile terms', () => {
    const credential = validMbo()
    credential.credentialSubject.achievement.assessmentType = ['portfolio', 'http://data.europa.eu/snb/assessment/4f03b91c0e', 'http://data.europa.eu/snb/assessment/0000000000']
    credential.credentialSubject.achievement['mode of learning'] = 'http://data.europa.eu/snb/learning-assessment/920fbb3cbe'
    const findings = findingsOf(credential, 'mbo', 'VOC-EU')
    expect(findings.map((f) => f.path)).toEqual(['$.credentialSubject.achievement.assessmentType[2]'])
    expect(findings[0]?.message).toContain('"Europass learning assessment types"')
  })

  it('checks alignment targetUrl outside the achievement but no other strings outside it', () => {
    const credential = validMbo()
    credential.credentialSubject.result = [{ type: ['Result'], alignment: [{ type: ['Alignment'], targetUrl: 'http://data.europa.eu/snb/eqf/0' }] }]
    credential.description = 'http://data.europa.eu/snb/eqf/0'
    expect(findingsOf(credential, 'mbo', 'VOC-EU').map((f) => f.path)).toEqual(['$.credentialSubject.result[0].alignment[0].targetUrl'])
  })

  it('ignores other URIs and odd shapes', () => {
    const credential = validMbo()
    credential.credentialSubject.achievement.alignment.push({ targetUrl: 'https://data.europa.eu/esco/skill/abc' }, null, 42)
    credential.credentialSubject.achievement.nested = { deep: [[{ x: 'https://example.org/snb/eqf/9' }]] }
    expect(findingsOf(credential, 'mbo', 'VOC-EU')).toEqual([])
    expect(findingsOf({ credentialSubject: 'x' }, 'eu', 'VOC-EU')).toEqual([])
  })
})

const FIXTURE = new URL('../../../../shared/fixtures/eu/elm-v3-controlled-vocabularies-micro-credential-subset.json', import.meta.url)

describe('EU vocabulary data module', () => {
  it('names its source', () => {
    expect(EU_VOCABULARY_SOURCE.origin).toMatch(/European-Learning-Model/)
    expect(EU_VOCABULARIES.map((v) => v.key)).toEqual(expect.arrayContaining(['eqf', 'nqf-netherlands-subset', 'europass-learning-assessment-types', 'europass-modes', 'credit-points', 'supervision-verification']))
  })

  it('gives each list one base that all its concepts share, and no base inside another', () => {
    for (const v of EU_VOCABULARIES) for (const c of v.concepts) expect(c.uri.startsWith(v.base)).toBe(true)
    for (const a of EU_VOCABULARIES) for (const b of EU_VOCABULARIES) if (a !== b) expect(a.base.startsWith(b.base)).toBe(false)
  })

  it('matches the shared fixture, URI for URI and label for label', () => {
    const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, { scheme: string; concepts: Array<{ uri: string; label: string }> } | string>
    expect(EU_VOCABULARY_SOURCE.origin).toBe(fixture._source)
    const lists = Object.entries(fixture).filter((e): e is [string, { scheme: string; concepts: Array<{ uri: string; label: string }> }] => typeof e[1] !== 'string')
    expect(EU_VOCABULARIES).toHaveLength(lists.length)
    for (const [key, list] of lists) {
      const ours = EU_VOCABULARIES.find((v) => v.scheme === list.scheme)
      expect(ours, key).toBeDefined()
      expect(ours?.concepts).toEqual(list.concepts)
    }
  })
})
