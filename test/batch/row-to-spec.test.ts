import { describe, expect, it } from 'vitest'
import { rowId, rowToSpec, type RowProblem } from '../../src/batch/index.js'
import { buildCredential } from '../../src/build/index.js'
import type { MicrocredentialSpec } from '../../src/model/index.js'
import { loadExample } from '../build/helpers.js'
import { template } from './helpers.js'

const ISSUER = 'did:web:roc-zuidwaard.example.nl'

function problemsOf(spec: MicrocredentialSpec, row: Parameters<typeof rowToSpec>[1]): RowProblem[] {
  const filled = rowToSpec(spec, row)
  if ('spec' in filled) throw new Error('expected problems')
  return filled.problems
}

const codes = (problems: RowProblem[]) => problems.map((p) => `${p.column}:${p.code}`)

describe('rowToSpec', () => {
  it('fills recipient, grade, awarded date and evidence into the template; the template\'s own learner parts are dropped', () => {
    const spec = template()
    const filled = rowToSpec(spec, { learnerId: ' 2026-0001 ', email: 'Jan@Example.nl', eduId: 'eduid-1', givenName: 'Jan', familyName: 'Jansen', grade: 'Goed', awardedDate: '30-06-2026', evidenceUrl: 'https://portfolio.example.nl/jan' })
    if (!('spec' in filled)) throw new Error(JSON.stringify(filled.problems))
    expect(filled.spec.recipient).toEqual({ studentNumber: '2026-0001', email: 'Jan@Example.nl', eduId: 'eduid-1', name: 'Jan Jansen' })
    expect(filled.spec.result).toEqual({ value: 'goed' })
    expect(filled.spec.dates).toEqual({ ...spec.dates, awardedDate: '2026-06-30' })
    const { id: _ignored, ...description } = spec.evidence![0]!
    expect(filled.spec.evidence).toEqual([{ ...description, id: 'https://portfolio.example.nl/jan' }])
    expect(filled.spec.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(filled.spec.achievement).toEqual(spec.achievement)
    expect(filled.spec.issuer).toEqual(spec.issuer)
  })

  it('a row without grade or evidence has neither, even though the template (a filled-in example) does', () => {
    const filled = rowToSpec(template(), { email: 'a@example.nl' })
    if (!('spec' in filled)) throw new Error('expected a spec')
    expect(filled.spec.result).toBeUndefined()
    expect(filled.spec.evidence).toBeUndefined()
    expect(filled.spec.recipient).toEqual({ email: 'a@example.nl' })
  })

  it('the filled spec builds (and the credential id is the same for the same learner every time)', () => {
    const row = { learnerId: '1', grade: 'voldoende' }
    const a = rowToSpec(template(), row)
    const b = rowToSpec(template(), { ...row, grade: 'goed' })
    if (!('spec' in a) || !('spec' in b)) throw new Error('expected specs')
    expect(a.spec.id).toBe(b.spec.id)
    const credential = buildCredential(a.spec, { issuerId: ISSUER })
    expect(credential.id).toBe(a.spec.id)
    expect(credential.credentialSubject.result?.[0]?.value).toBe('voldoende')
  })

  it('reports each bad column with its code', () => {
    expect(codes(problemsOf(template(), { givenName: 'Jan' }))).toEqual(['learner_id:MISSING_LEARNER_ID'])
    expect(codes(problemsOf(template(), { learnerId: '1', email: 'jan@' }))).toEqual(['email:INVALID_EMAIL'])
    expect(codes(problemsOf(template(), { learnerId: '1', grade: 'uitstekend' }))).toEqual(['grade:GRADE_OUT_OF_SCALE'])
    expect(codes(problemsOf(template(), { learnerId: '1', awardedDate: '2026-02-30' }))).toEqual(['awarded_date:INVALID_DATE'])
    expect(codes(problemsOf(template(), { learnerId: '1', awardedDate: '31-04-2026' }))).toEqual(['awarded_date:INVALID_DATE'])
    expect(codes(problemsOf(template(), { learnerId: '1', awardedDate: 'gisteren' }))).toEqual(['awarded_date:INVALID_DATE'])
    expect(codes(problemsOf(template(), { learnerId: '1', evidenceUrl: 'ftp://files.example.nl/1' }))).toEqual(['evidence_url:INVALID_URL'])
    expect(codes(problemsOf(template(), { learnerId: '1', evidenceUrl: 'portfolio' }))).toEqual(['evidence_url:INVALID_URL'])
    expect(codes(problemsOf(template(), { learnerId: '1', idempotencyKey: 'k'.repeat(201) }))).toEqual(['idempotency_key:INVALID_IDEMPOTENCY_KEY'])
  })

  it('reports every bad column of a row at once, with a message naming the value', () => {
    const problems = problemsOf(template(), { email: 'not-an-email', grade: 'uitstekend', awardedDate: '2026-13-01' })
    expect(codes(problems)).toEqual(['email:INVALID_EMAIL', 'grade:GRADE_OUT_OF_SCALE', 'awarded_date:INVALID_DATE'])
    expect(problems[0]!.message).toContain('"not-an-email"')
    expect(problems[1]!.message).toBe('"uitstekend" is not one of "onvoldoende", "voldoende", "goed"')
  })

  it('checks numeric grades against valueMin..valueMax, with a decimal point or comma', () => {
    const hbo = loadExample('hbo-data-microcredential')
    expect('spec' in rowToSpec(hbo, { learnerId: '1', grade: '7,5' })).toBe(true)
    expect('spec' in rowToSpec(hbo, { learnerId: '1', grade: '10' })).toBe(true)
    expect(problemsOf(hbo, { learnerId: '1', grade: '10.5' })).toEqual([{ column: 'grade', code: 'GRADE_OUT_OF_SCALE', message: '10.5 is outside the grade scale 1..10' }])
    expect(codes(problemsOf(hbo, { learnerId: '1', grade: 'goed' }))).toEqual(['grade:GRADE_OUT_OF_SCALE'])
  })

  it('a grade for an achievement without a grade scale is a problem', () => {
    const spec = template()
    delete spec.achievement.gradeScale
    expect(codes(problemsOf(spec, { learnerId: '1', grade: '8' }))).toEqual(['grade:GRADE_WITHOUT_SCALE'])
  })

  it('accepts ISO dates and date-times with a zone', () => {
    for (const awardedDate of ['2026-06-30', '2026-06-30T10:00:00+02:00', '2026-06-30T08:00:00Z', '1-7-2026', '01/07/2026']) {
      const filled = rowToSpec(template(), { learnerId: '1', awardedDate })
      expect('spec' in filled && filled.spec.dates?.awardedDate, awardedDate).toMatch(/^2026-0[67]-/)
    }
  })

  it('reports problems of the template itself with code INVALID_SPEC and their path', () => {
    const spec = template()
    ;(spec.achievement as unknown as Record<string, unknown>).workload = { sbu: 'veel' }
    const problems = problemsOf(spec, { learnerId: '1' })
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.every((p) => p.code === 'INVALID_SPEC' && p.column === undefined && p.path?.startsWith('$.achievement.workload'))).toBe(true)
  })

  it('a template without achievement id gets one stable id for every row', () => {
    const spec = template()
    delete spec.achievement.id
    const a = rowToSpec(spec, { learnerId: '1' })
    const b = rowToSpec(spec, { learnerId: '2' })
    if (!('spec' in a) || !('spec' in b)) throw new Error('expected specs')
    expect(a.spec.achievement.id).toMatch(/^urn:uuid:/)
    expect(b.spec.achievement.id).toBe(a.spec.achievement.id)
    expect(rowId(spec, { learnerId: '1' })).not.toBe(rowId(spec, { learnerId: '2' }))
  })
})
