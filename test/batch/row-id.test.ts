import { describe, expect, it } from 'vitest'
import { credentialFileName, rowId } from '../../src/batch/index.js'
import { InvalidArgumentError } from '../../src/errors/errors.js'
import { template } from './helpers.js'

describe('rowId', () => {
  it('is stable: the same learner and achievement give the same id, whatever else the row says', () => {
    const spec = template()
    const id = rowId(spec, { learnerId: '2026-0001', grade: 'goed' })
    expect(id).toMatch(/^[0-9a-f]{32}$/)
    expect(rowId(template(), { learnerId: ' 2026-0001 ', email: 'other@example.nl', grade: 'voldoende', givenName: 'X' })).toBe(id)
  })

  it('identifies the learner by learner id, else eduID, else the normalised email', () => {
    const spec = template()
    expect(rowId(spec, { eduId: 'e1', email: 'a@example.nl' })).toBe(rowId(spec, { eduId: 'e1' }))
    expect(rowId(spec, { email: ' A@Example.NL ' })).toBe(rowId(spec, { email: 'a@example.nl' }))
    const ids = new Set([rowId(spec, { learnerId: 'x' }), rowId(spec, { eduId: 'x' }), rowId(spec, { email: 'x@example.nl' }), rowId(spec, { learnerId: 'y' })])
    expect(ids.size).toBe(4)
  })

  it('differs per achievement', () => {
    const other = template()
    other.achievement.id = 'https://www.roc-zuidwaard.example.nl/microcredentials/wondzorg'
    expect(rowId(other, { learnerId: '1' })).not.toBe(rowId(template(), { learnerId: '1' }))
  })

  it('is the row\'s idempotency key when it has one', () => {
    expect(rowId(template(), { learnerId: '1', idempotencyKey: ' sis-2026/000123 ' })).toBe('sis-2026/000123')
  })

  it('throws for a row that identifies nobody', () => {
    expect(() => rowId(template(), { givenName: 'Jan', email: '  ' })).toThrow(InvalidArgumentError)
  })
})

describe('credentialFileName', () => {
  it('keeps derived ids as they are', () => {
    const id = rowId(template(), { learnerId: '1' })
    expect(credentialFileName(id)).toBe(`${id}.json`)
  })

  it('makes any key a safe, distinct file name', () => {
    const keys = ['sis/2026/1', 'SIS-2026-1', 'sis-2026-1', '../../etc/passwd', '..', '.hidden', 'con', 'a'.repeat(500), 'ключ', 'sis 2026 1', 'sis_2026_1', '']
    const names = keys.map(credentialFileName)
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(keys.length)
    for (const name of names) {
      expect(name).toMatch(/^[a-z0-9][a-z0-9_.-]*\.json$/)
      expect(name.length).toBeLessThanOrEqual(120)
      expect(name).not.toContain('..')
    }
    expect(credentialFileName('sis/2026/1')).toMatch(/^sis_2026_1\.[0-9a-f]{16}\.json$/)
    expect(credentialFileName('sis/2026/1')).toBe(credentialFileName('sis/2026/1'))
    expect(credentialFileName('CON')).toMatch(/^con_\.[0-9a-f]{16}\.json$/)
  })
})
