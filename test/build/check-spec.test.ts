import { describe, it, expect } from 'vitest'
import { buildCredential, checkSpec } from '../../src/build/index.js'
import { InvalidSpecError, McredError } from '../../src/errors/errors.js'
import type { MicrocredentialSpec } from '../../src/model/index.js'
import { deterministicOptions, EXAMPLES, loadExample, minimalSpec } from './helpers.js'

const paths = (spec: unknown, options = {}) => checkSpec(spec, options).map((p) => p.path)
/** A copy of the minimal spec with fields set (dotted paths; `undefined` deletes): bad inputs on purpose. */
const bad = (patch: Record<string, unknown>): unknown => {
  const spec = structuredClone(minimalSpec()) as unknown as Record<string, unknown>
  for (const [path, value] of Object.entries(patch)) {
    const keys = path.split('.')
    const last = keys.pop() as string
    let node = spec
    for (const k of keys) node = (node[k] ??= {}) as Record<string, unknown>
    if (value === undefined) delete node[last]
    else node[last] = value
  }
  return spec
}

describe('checkSpec on good specs', () => {
  it.each(EXAMPLES)('finds no problem in %s', (name) => {
    expect(checkSpec(loadExample(name))).toEqual([])
  })
})

describe('checkSpec on bad specs', () => {
  it('reports the missing top-level parts of {}', () => {
    expect(checkSpec({})).toEqual([
      { path: '$.issuer', message: 'is required' },
      { path: '$.recipient', message: 'is required' },
      { path: '$.achievement', message: 'is required' },
    ])
  })

  it.each([null, [], 'spec', 42, undefined])('reports non-object input %j at $', (input) => {
    const problems = checkSpec(input)
    expect(problems).toHaveLength(1)
    expect(problems[0]?.path).toBe('$')
    expect(problems[0]?.message).toMatch(/must be a JSON object/)
  })

  it('reports missing fields at every depth', () => {
    expect(paths({ issuer: {}, recipient: {}, achievement: { criteria: {}, stackability: {} } })).toEqual(expect.arrayContaining([
      '$.issuer.name', '$.recipient', '$.achievement.name', '$.achievement.description', '$.achievement.criteria',
      '$.achievement.stackability.option',
    ]))
  })

  it('reports numbers given as strings instead of coercing them', () => {
    const problems = checkSpec(bad({ 'achievement.workload': { ects: '5', sbu: '240' }, 'achievement.level': { eqf: '4' } }))
    expect(problems).toEqual(expect.arrayContaining([
      { path: '$.achievement.workload.ects', message: 'must be number (got string "5")' },
      { path: '$.achievement.workload.sbu', message: 'must be integer (got string "240")' },
      { path: '$.achievement.level.eqf', message: 'must be integer (got string "4")' },
    ]))
  })

  it('reports unknown fields (typos) by path', () => {
    expect(checkSpec(bad({ 'achievement.workload': { ect: 5 } }))).toEqual(expect.arrayContaining([
      { path: '$.achievement.workload.ect', message: 'is not a known field' },
    ]))
  })

  it('reports values outside the value sets with their array index', () => {
    const problems = checkSpec(bad({
      'achievement.assessment': { types: ['testing', 'written_exam'], supervision: 'proctored' },
      'achievement.participation': ['blended'],
      'achievement.sector': 'vo',
      'achievement.level': { nlqf: '4' },
      'achievement.qualityAgreement': 'mbo',
    }))
    expect(problems.map((p) => p.path)).toEqual([
      '$.achievement.sector', '$.achievement.level.nlqf', '$.achievement.assessment.types[1]',
      '$.achievement.assessment.supervision', '$.achievement.participation[0]', '$.achievement.qualityAgreement',
    ])
  })

  it('reports malformed Dutch identifiers, codes and language tags', () => {
    expect(paths(bad({
      'issuer.identifiers': { brin: '22oj', rio: '123456', oin: '123', kvk: '1234567' },
      'achievement.programmes': [{ system: 'CROHO', code: '3447' }, { system: 'RIO', code: 'anything' }],
      'achievement.language': 'nl_NL',
      'issuer.country': 'Nederland',
    }))).toEqual(expect.arrayContaining([
      '$.issuer.identifiers.brin', '$.issuer.identifiers.rio', '$.issuer.identifiers.oin', '$.issuer.identifiers.kvk',
      '$.achievement.programmes[0].code', '$.achievement.language', '$.issuer.country',
    ]))
    expect(paths(bad({ 'achievement.programmes': [{ system: 'RIO', code: '1009O1234' }] }))).toEqual([])
  })

  it('reports a recipient without any identifier', () => {
    expect(checkSpec(bad({ recipient: { name: 'Jan' } }))).toEqual([
      { path: '$.recipient', message: "must give the learner's id (DID) or at least one of email, eduId, studentNumber" },
    ])
  })

  it('reports one problem for a value of the wrong type in a union', () => {
    expect(checkSpec(bad({ 'achievement.image': 5 }))).toEqual([
      { path: '$.achievement.image', message: 'must be string or object (got number 5)' },
    ])
  })

  it('reports bad dates', () => {
    expect(paths(bad({ dates: { validFrom: '30-06-2025', awardedDate: '2025-02-30' } }))).toEqual(['$.dates.validFrom', '$.dates.awardedDate'])
  })
})

describe('cross-field checks', () => {
  it('reports EQF and NLQF that disagree', () => {
    expect(paths(bad({ 'achievement.level': { eqf: 5, nlqf: '4+' } }))).toEqual(['$.achievement.level.eqf'])
    expect(paths(bad({ 'achievement.level': { eqf: 1, nlqf: 'entry' } }))).toEqual(['$.achievement.level.eqf'])
    expect(paths(bad({ 'achievement.level': { eqf: 4, nlqf: '4+' } }))).toEqual([])
  })

  it('reports identityChecked contradicting the supervision value', () => {
    expect(paths(bad({ 'achievement.assessment': { types: ['testing'], supervision: 'onsite with identity verification', identityChecked: false } })))
      .toEqual(['$.achievement.assessment.identityChecked'])
    expect(paths(bad({ 'achievement.assessment': { types: ['testing'], supervision: 'supervised online', identityChecked: false } }))).toEqual([])
  })

  it('reports validUntil not after validFrom, also against a defaulted validFrom', () => {
    expect(paths(bad({ dates: { validFrom: '2025-01-01', validUntil: '2024-12-31' } }))).toEqual(['$.dates.validUntil'])
    expect(paths(bad({ dates: { validUntil: '2025-01-01' } }), { now: new Date('2026-01-01T00:00:00Z') })).toEqual(['$.dates.validUntil'])
  })

  it('reports a grade without a scale and a grade outside its scale', () => {
    expect(paths(bad({ result: { value: '8' } }))).toEqual(['$.result.value'])
    expect(paths(bad({ result: { value: '11' }, 'achievement.gradeScale': { name: 'Cijfer', valueMin: '1', valueMax: '10' } }))).toEqual(['$.result.value'])
    expect(paths(bad({ result: { value: '7,5' }, 'achievement.gradeScale': { name: 'Cijfer', valueMin: '1', valueMax: '10' } }))).toEqual([])
    expect(paths(bad({ result: { value: 'matig' }, 'achievement.gradeScale': { name: 'Oordeel', allowedValues: ['voldoende', 'goed'] } }))).toEqual(['$.result.value'])
  })

  it('reports stand-alone achievements that stack towards something', () => {
    expect(paths(bad({ 'achievement.stackability': { option: 'stand-alone', towards: [{ name: 'X' }] } }))).toEqual(['$.achievement.stackability.towards'])
  })

  it('reports a missing issuer id only when required, and a mismatch with options.issuerId', () => {
    const noId = bad({ 'issuer.id': undefined })
    expect(paths(noId)).toEqual([])
    expect(paths(noId, { requireIssuerId: true })).toEqual(['$.issuer.id'])
    expect(paths(noId, { requireIssuerId: true, issuerId: 'did:key:z6Mk' })).toEqual([])
    expect(paths(minimalSpec(), { issuerId: 'did:key:z6MkOther' })).toEqual(['$.issuer.id'])
  })
})

describe('buildCredential with a bad spec', () => {
  it('throws InvalidSpecError listing every problem with its path', () => {
    const spec = bad({ 'achievement.workload': { ects: '5' }, 'achievement.language': 'nl_NL', 'issuer.name': undefined })
    let error: unknown
    try { buildCredential(spec as MicrocredentialSpec, deterministicOptions()) } catch (e) { error = e }
    expect(error).toBeInstanceOf(InvalidSpecError)
    expect(error).toBeInstanceOf(McredError)
    const e = error as InvalidSpecError
    expect(e.code).toBe('ERR_INVALID_SPEC')
    expect(e.problems.map((p) => p.path).sort()).toEqual(['$.achievement.language', '$.achievement.workload.ects', '$.issuer.name'])
    expect(e.message).toContain('$.achievement.workload.ects')
  })

  it('throws for {} and for non-object input instead of failing deep inside', () => {
    expect(() => buildCredential({} as MicrocredentialSpec)).toThrow(InvalidSpecError)
    expect(() => buildCredential(null as unknown as MicrocredentialSpec)).toThrow(/\$: must be a JSON object/)
  })

  it('throws when neither the spec nor the options give an issuer id', () => {
    const spec = minimalSpec()
    delete spec.issuer.id
    expect(() => buildCredential(spec, deterministicOptions())).toThrow(/\$\.issuer\.id: is required/)
  })
})
