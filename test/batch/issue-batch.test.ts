/**
 * issueBatch without a store: order, bad rows, verification, the journal (rerun, partial rerun),
 * determinism across concurrency, the calling-thread signer, early stop and lazy reading.
 * Signing runs in worker threads from the built `dist/batch-worker.js` (run `npm run build` first).
 */
import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDirectoryJournal, credentialFileName, issueBatch, rowId, type BatchJournal, type BatchResult, type NumberedRow } from '../../src/batch/index.js'
import { signSettings } from '../../src/batch/batch-context.js'
import { hashIdentifier } from '../../src/build/index.js'
import { InvalidArgumentError, InvalidSpecError } from '../../src/errors/errors.js'
import { createSigner, generateKeyPair } from '../../src/keys/index.js'
import { verifyCredential } from '../../src/verify/index.js'
import { testKey } from '../helpers/credentials.js'
import { collect, DAY_LATER, learner, numbered, statuses, succeeded, T0, template, useTempDirs } from './helpers.js'

const { keyPair } = await testKey()
const tempDir = useTempDirs('mcred-issue-batch-')

type Json = Record<string, any>

/** Six learners; rows 2-5 are bad in different ways. */
function mixedRows(): NumberedRow[] {
  return [
    { rowNumber: 1, row: learner(1) },
    { rowNumber: 2, error: 'has 2 fields, the header has 5 columns' },
    { rowNumber: 3, row: learner(3, { learnerId: undefined, email: undefined }) },
    { rowNumber: 4, row: learner(4, { email: 'learner.4@' }) },
    { rowNumber: 5, row: learner(5, { grade: 'uitstekend' }) },
    { rowNumber: 6, row: learner(6, { evidenceUrl: 'https://portfolio.example.nl/6', awardedDate: '29-06-2025' }) },
  ]
}

async function verifies(json: string): Promise<void> {
  const result = await verifyCredential(JSON.parse(json) as Json, { now: DAY_LATER })
  expect(result.errors).toEqual([])
  expect(result.verified).toBe(true)
}

describe('issueBatch without a store', () => {
  it('issues the good rows in input order, reports the bad ones with row number and reason, and every credential verifies', async () => {
    const journal = createDirectoryJournal(tempDir())
    const results = await collect(issueBatch(mixedRows(), { spec: template(), keyPair, journal, now: T0, concurrency: 2 }))
    expect(results.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4, 5, 6])
    expect(statuses(results)).toEqual({ 1: 'issued', 2: 'failed', 3: 'failed', 4: 'failed', 5: 'failed', 6: 'issued' })
    const problems = Object.fromEntries(results.map((r) => [r.rowNumber, r.status === 'failed' ? r.problems.map((p) => `${p.column ?? ''}:${p.code}`) : []]))
    expect(problems).toEqual({ 1: [], 2: [':MALFORMED_ROW'], 3: ['learner_id:MISSING_LEARNER_ID'], 4: ['email:INVALID_EMAIL'], 5: ['grade:GRADE_OUT_OF_SCALE'], 6: [] })
    const [one, six] = succeeded(results)
    for (const r of [one!, six!]) {
      await verifies(r.credentialJson)
      expect(r.id).toBe(rowId(template(), r.rowNumber === 1 ? learner(1) : learner(6)))
      expect(await journal.get(r.id)).toBe(r.credentialJson)
    }
    const credential = JSON.parse(six!.credentialJson) as Json
    expect(credential.id).toBe(six!.credentialId)
    expect(credential.awardedDate).toBe('2025-06-29T00:00:00Z')
    expect(credential.evidence[0].id).toBe('https://portfolio.example.nl/6')
    expect(credential.credentialSubject.result[0].value).toBe('goed')
    const studentNumber = credential.credentialSubject.identifier.find((i: Json) => i.identityType === 'sisSourcedId')
    expect(studentNumber.identityHash).toBe(hashIdentifier('2026-0006', studentNumber.salt))
    expect(credential.proof[0].created).toBe('2026-03-02T09:00:00Z')
  })

  it('a rerun with the same journal issues nothing new; after losing one file it issues exactly that one', async () => {
    const dir = tempDir()
    const rows = numbered([1, 2, 3, 4].map((i) => learner(i)))
    const first = await collect(issueBatch(rows, { spec: template(), keyPair, journal: createDirectoryJournal(dir), concurrency: 2 }))
    expect(Object.values(statuses(first))).toEqual(['issued', 'issued', 'issued', 'issued'])
    const again = await collect(issueBatch(rows, { spec: template(), keyPair, journal: createDirectoryJournal(dir), concurrency: 2 }))
    expect(Object.values(statuses(again))).toEqual(['already-issued', 'already-issued', 'already-issued', 'already-issued'])
    expect(succeeded(again).map((r) => r.credentialJson)).toEqual(succeeded(first).map((r) => r.credentialJson))
    rmSync(join(dir, credentialFileName(first[2]!.id!)))
    const third = await collect(issueBatch(rows, { spec: template(), keyPair, journal: createDirectoryJournal(dir), concurrency: 2 }))
    expect(Object.values(statuses(third))).toEqual(['already-issued', 'already-issued', 'issued', 'already-issued'])
    expect(succeeded(third)[2]!.credentialId).toBe(succeeded(first)[2]!.credentialId)
    expect(readdirSync(dir).sort()).toEqual(first.map((r) => credentialFileName(r.id!)).sort())
  })

  it('the same learner twice is issued once: the repeat is already-issued with the same credential', async () => {
    const rows = numbered([learner(1), learner(2), learner(1, { grade: 'goed' })])
    const results = await collect(issueBatch(rows, { spec: template(), keyPair, journal: createDirectoryJournal(tempDir()), concurrency: 2 }))
    expect(statuses(results)).toEqual({ 1: 'issued', 2: 'issued', 3: 'already-issued' })
    const [a, , c] = succeeded(results)
    expect(c!.credentialJson).toBe(a!.credentialJson)
  })

  it('a template failing its quality profile fails every row with one problem per finding (rule id as code), and the batch goes on', async () => {
    const spec = template()
    delete spec.achievement.workload
    const results = await collect(issueBatch(numbered([learner(1), learner(2)]), { spec, keyPair, concurrency: 2 }))
    expect(results.map((r) => r.status)).toEqual(['failed', 'failed'])
    for (const r of results) {
      if (r.status !== 'failed') throw new Error('expected failures')
      expect(r.problems.map((p) => p.code).sort()).toEqual(['EU-M7', 'MBO-SBU'])
      expect(r.problems.every((p) => p.path?.startsWith('$.') && p.message.length > 0)).toBe(true)
    }
  })

  it('a row whose credential fails the quality profile (awarded in the future) fails with the finding; the others are issued', async () => {
    const rows = numbered([learner(1), learner(2, { awardedDate: '2026-06-30' }), learner(3)]).map((r) => ({ ...r, line: r.rowNumber + 1 }))
    const results = await collect(issueBatch(rows, { spec: template(), keyPair, concurrency: 2, now: T0 }))
    expect(statuses(results)).toEqual({ 1: 'issued', 2: 'failed', 3: 'issued' })
    expect(results[1]).toMatchObject({ status: 'failed', line: 3, problems: [{ column: 'awarded_date', code: 'EU-M5', path: '$.awardedDate', message: expect.stringMatching(/future/) }] })
  })

  it("signs on the fast canonicalisation path in the workers: with canonicalisation 'fast' (no jsonld.js fallback allowed) every row is issued and verifies on it", async () => {
    const rows = numbered(Array.from({ length: 12 }, (_, i) => learner(i + 1, { evidenceUrl: `https://portfolio.example.nl/${i + 1}` })))
    const results = await collect(issueBatch(rows, { spec: template(), keyPair, concurrency: 2, now: T0, canonicalisation: 'fast' }))
    expect(results.map((r) => r.status)).toEqual(Array(12).fill('issued'))
    for (const r of results) {
      if (r.status === 'failed') throw new Error('expected issued rows')
      const result = await verifyCredential(JSON.parse(r.credentialJson) as Json, { now: DAY_LATER, canonicalisation: 'fast' })
      expect(result.errors).toEqual([])
    }
    // The policy reaches the workers with the other signing settings.
    expect(signSettings({ spec: template(), keyPair, canonicalisation: 'fast' }, T0)).toEqual({ now: T0.toISOString(), canonicalisation: 'fast' })
  })

  it('concurrency 1 and 2 give the same statuses, ids and credential ids', async () => {
    const rows = [...numbered([1, 2, 3, 4, 5].map((i) => learner(i))), { rowNumber: 6, row: learner(6, { grade: 'slecht' }) }]
    const summary = (results: BatchResult[]) => results.map((r) => [r.rowNumber, r.status, r.id, r.status === 'failed' ? r.problems.map((p) => p.code) : r.credentialId])
    const one = await collect(issueBatch(rows, { spec: template(), keyPair, concurrency: 1, now: T0 }))
    const two = await collect(issueBatch(rows, { spec: template(), keyPair, concurrency: 2, now: T0, chunkSize: 2 }))
    expect(summary(two)).toEqual(summary(one))
    expect(one.filter((r) => r.status === 'issued')).toHaveLength(5)
  })

  it('signs on the calling thread with a signer, bare rows numbered by position', async () => {
    const results = await collect(issueBatch([learner(1), learner(2, { email: 'x' }), learner(3)], { spec: template(), signer: createSigner(keyPair), concurrency: 2, now: T0 }))
    expect(statuses(results)).toEqual({ 1: 'issued', 2: 'failed', 3: 'issued' })
    for (const r of succeeded(results)) await verifies(r.credentialJson)
  })

  it('stopping early stops the workers and rolls back the step in flight (nothing of it reaches the journal)', async () => {
    const dir = tempDir()
    let pulled = 0
    function* rows() {
      for (let i = 1; i <= 400; i++) {
        pulled++
        yield { rowNumber: i, row: learner(i) }
      }
    }
    const seen: BatchResult[] = []
    for await (const r of issueBatch(rows(), { spec: template(), keyPair, journal: createDirectoryJournal(dir), concurrency: 2, chunkSize: 3 })) {
      seen.push(r)
      break
    }
    expect(seen.map((r) => r.status)).toEqual(['issued'])
    expect(pulled).toBeLessThanOrEqual(6)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(readdirSync(dir).sort()).toEqual([1, 2, 3].map((i) => credentialFileName(rowId(template(), learner(i)))).sort())
  })

  it('pulls rows lazily: never more than two steps ahead of the results, over 20,000 rows', async () => {
    const chunkSize = 50
    let pulled = 0
    let maxAhead = 0
    function* rows() {
      for (let i = 1; i <= 20_000; i++) {
        pulled++
        yield { rowNumber: i, row: { givenName: `Learner ${i}` } }
      }
    }
    let count = 0
    for await (const r of issueBatch(rows(), { spec: template(), keyPair, chunkSize, concurrency: 1 })) {
      count++
      maxAhead = Math.max(maxAhead, pulled - count)
      expect(r).toMatchObject({ rowNumber: count, status: 'failed', problems: [{ code: 'MISSING_LEARNER_ID' }] })
    }
    expect(count).toBe(20_000)
    expect(maxAhead).toBeLessThanOrEqual(2 * chunkSize)
    expect(maxAhead).toBeGreaterThan(0)
  })

  it('a journal that fails ends the iteration with its error (no row is reported for it)', async () => {
    const broken: BatchJournal = { get: async () => undefined, put: async () => { throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }) } }
    await expect(collect(issueBatch(numbered([learner(1)]), { spec: template(), keyPair, journal: broken, concurrency: 1 }))).rejects.toMatchObject({ code: 'ENOSPC' })
  })

  it('checks the template and options before any row', async () => {
    const other = await generateKeyPair()
    const spec = { ...template(), issuer: { ...template().issuer, id: other.controller } }
    await expect(collect(issueBatch(numbered([learner(1)]), { spec, keyPair, concurrency: 1 }))).rejects.toBeInstanceOf(InvalidSpecError)
    await expect(collect(issueBatch([], { spec: template(), keyPair, signer: createSigner(keyPair) }))).rejects.toBeInstanceOf(InvalidArgumentError)
    await expect(collect(issueBatch([], { spec: template() }))).rejects.toBeInstanceOf(InvalidArgumentError)
    await expect(collect(issueBatch([], { spec: template(), keyPair, concurrency: 0 }))).rejects.toBeInstanceOf(InvalidArgumentError)
    await expect(collect(issueBatch([], { spec: template(), keyPair, chunkSize: 0 }))).rejects.toBeInstanceOf(InvalidArgumentError)
    await expect(collect(issueBatch([], { spec: template(), keyPair, workerUrl: join(tempDir(), 'missing.js') }))).rejects.toThrow(/worker module not found/)
    const { secretKeyMultibase: _secret, ...publicOnly } = keyPair
    await expect(collect(issueBatch([], { spec: template(), keyPair: publicOnly }))).rejects.toThrow(/no secret key/)
  })
})
