import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { credentialFileName, rowId } from '../../src/batch/index.js'
import { progressLine, progressReporter } from '../../src/cli/commands/batch/progress.js'
import type { MicrocredentialSpec } from '../../src/index.js'
import { verifyCredential } from '../../src/verify/index.js'
import { ROOT } from '../helpers/fixtures.js'
import { freshPostgresDatabase } from '../helpers/postgres.js'
import { leftoverTempFiles, MBO_SPEC, mcredIn, readJsonFile, type CliRun } from './helpers.js'

// Runs the built CLI (`npm test` builds first).
const TEMPLATE = join(ROOT, 'examples/learners.template.csv')
const JSONL_EXAMPLE = join(ROOT, 'examples/learners.example.jsonl')
const HEADER = 'learner_id,email,eduid,given_name,family_name,grade,awarded_date,evidence_url,idempotency_key'
const spec = JSON.parse(readFileSync(MBO_SPEC, 'utf8')) as MicrocredentialSpec
let dir: string
let mcred: (...args: string[]) => CliRun
const batch = (learners: string, out: string, ...args: string[]) => mcred('batch', '--spec', MBO_SPEC, '--learners', learners, '--key', 'key.json', '--out', out, ...args)

interface Summary {
  spec: string
  learners: string
  startedAt: string
  finishedAt: string
  counts: { rows: number; issued: number; alreadyIssued: number; failed: number }
  failed: Array<{ rowNumber: number; line?: number; id?: string; problems: Array<{ column?: string; code: string; message: string }> }>
}

/** The credential files of an output folder (everything but summary.json), sorted. */
function credentialFiles(out: string): string[] {
  return readdirSync(join(dir, out)).filter((n) => n !== 'summary.json').sort()
}

/** The file name the CLI gives the credential of `row`. */
function fileOf(row: Parameters<typeof rowId>[1]): string {
  return credentialFileName(rowId(spec, row))
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcred-batch-cli-'))
  mcred = mcredIn(dir)
  expect(mcred('keygen', '--out', 'key.json').code).toBe(0)
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('mcred batch', () => {
  it('the CSV template: exit 0, one verifying credential per learner under its stable file name, and summary.json', async () => {
    const r = batch(TEMPLATE, 'template')
    expect(r.err).not.toContain('row ')
    expect(r.code).toBe(0)
    expect(r.out).toContain('3 rows: 3 issued, 0 already issued, 0 failed')
    const expected = [
      fileOf({ idempotencyKey: 'sis-2025-palliatief-118734' }),
      fileOf({ idempotencyKey: 'sis-2025-palliatief-120951' }),
      fileOf({ learnerId: '2023-097412' }),
    ].sort()
    expect(credentialFiles('template')).toEqual(expected)
    const ids = new Set<string>()
    for (const name of expected) {
      const credential = readJsonFile(join(dir, 'template', name))
      const result = await verifyCredential(credential)
      expect(result.errors, name).toEqual([])
      expect(result.verified).toBe(true)
      ids.add(credential.id as string)
    }
    expect(ids.size).toBe(3)
    const noor = readJsonFile(join(dir, 'template', fileOf({ learnerId: '2023-097412' })))
    expect(JSON.stringify(noor.credentialSubject)).toContain('Noor Bakker')
    const summary = readJsonFile<Summary>(join(dir, 'template/summary.json'))
    expect(summary).toMatchObject({ spec: MBO_SPEC, learners: TEMPLATE, counts: { rows: 3, issued: 3, alreadyIssued: 0, failed: 0 }, failed: [] })
    expect(Date.parse(summary.finishedAt)).toBeGreaterThanOrEqual(Date.parse(summary.startedAt))
    expect(leftoverTempFiles(join(dir, 'template'))).toEqual([])
  })

  it('a rerun reports every row already issued (--json) and leaves the files byte for byte', () => {
    const before = new Map(credentialFiles('template').map((n) => [n, readFileSync(join(dir, 'template', n), 'utf8')]))
    const r = batch(TEMPLATE, 'template', '--json')
    expect(r.code).toBe(0)
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines.map((l) => [l.rowNumber, l.status])).toEqual([[1, 'already-issued'], [2, 'already-issued'], [3, 'already-issued']])
    expect(new Map(credentialFiles('template').map((n) => [n, readFileSync(join(dir, 'template', n), 'utf8')]))).toEqual(before)
    for (const line of lines) {
      const text = readFileSync(join(dir, line.file as string), 'utf8')
      expect(JSON.parse(text).id).toBe(line.credentialId)
    }
    expect(readJsonFile<Summary>(join(dir, 'template/summary.json')).counts).toEqual({ rows: 3, issued: 0, alreadyIssued: 3, failed: 0 })
  })

  it('--json: one line per row in input order with row number, id, status, credential id and file; nothing else on stdout', () => {
    const r = batch(JSONL_EXAMPLE, 'jsonl', '--json')
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines).toHaveLength(3)
    expect(lines[2]).toEqual({
      rowNumber: 3,
      id: rowId(spec, { learnerId: '2023-097412' }),
      status: 'issued',
      credentialId: expect.stringMatching(/^urn:uuid:/),
      file: join('jsonl', fileOf({ learnerId: '2023-097412' })),
    })
    for (const line of lines) expect(readJsonFile(join(dir, line.file as string)).id).toBe(line.credentialId)
  })

  it('bad rows: exit 1, the good rows are issued, summary.json lists each failed row with its number, column and code', () => {
    writeFileSync(join(dir, 'mixed.csv'), [
      HEADER,
      'S-1,s1@example.org,,An,Smit,goed,2025-06-27,,',
      'S-2,not-an-email,,Bo,Smit,goed,2025-06-27,,',
      'S-3,s3@example.org,,Cas,Smit,uitstekend,2025-06-27,,',
      ',,,Dirk,Smit,goed,2025-06-27,,',
      'S-5,s5@example.org,,Eva,Smit,voldoende,31-02-2025,,',
      'S-6,s6@example.org,,Fem,Smit,voldoende,2025-06-27,ftp://files.example.org/x,',
      'S-7,s7@example.org,,Gijs,Smit,voldoende,2025-06-27,,',
    ].join('\n'))
    const r = batch('mixed.csv', 'mixed', '--concurrency', '1')
    expect(r.code).toBe(1)
    expect(r.out).toContain('7 rows: 2 issued, 0 already issued, 5 failed')
    expect(r.err).toContain('row 2, line 3 (email): INVALID_EMAIL')
    expect(credentialFiles('mixed')).toEqual([fileOf({ learnerId: 'S-1' }), fileOf({ learnerId: 'S-7' })].sort())
    const summary = readJsonFile<Summary>(join(dir, 'mixed/summary.json'))
    expect(summary.counts).toEqual({ rows: 7, issued: 2, alreadyIssued: 0, failed: 5 })
    const failures = summary.failed.map((f) => [f.rowNumber, f.line, f.problems.map((p) => `${p.column}:${p.code}`)])
    expect(failures).toEqual([
      [2, 3, ['email:INVALID_EMAIL']],
      [3, 4, ['grade:GRADE_OUT_OF_SCALE']],
      [4, 5, ['learner_id:MISSING_LEARNER_ID']],
      [5, 6, ['awarded_date:INVALID_DATE']],
      [6, 7, ['evidence_url:INVALID_URL']],
    ])
    expect(summary.failed[0]).toMatchObject({ id: rowId(spec, { learnerId: 'S-2' }) })
    for (const f of summary.failed) for (const p of f.problems) expect(p.message.length).toBeGreaterThan(0)
  })

  it('failed rows are tried again on a rerun; the issued ones come back already issued', () => {
    const r = batch('mixed.csv', 'mixed', '--json')
    expect(r.code).toBe(1)
    const statuses = r.out.trim().split('\n').map((l) => (JSON.parse(l) as { status: string }).status)
    expect(statuses).toEqual(['already-issued', 'failed', 'failed', 'failed', 'failed', 'failed', 'already-issued'])
    const failed = JSON.parse(r.out.trim().split('\n')[1] as string) as Record<string, unknown>
    expect(failed).toMatchObject({ rowNumber: 2, status: 'failed', problems: [{ column: 'email', code: 'INVALID_EMAIL' }] })
    expect(failed).not.toHaveProperty('file')
    expect(credentialFiles('mixed')).toHaveLength(2)
  })

  it("a CSV with ';' (Dutch Excel) and a row that cannot be read (wrong number of fields)", () => {
    writeFileSync(join(dir, 'semicolon.csv'), [
      'studentnummer;voornaam;achternaam;email;cijfer;awarded_date',
      '1001;Ilse;Jong;ilse@example.org;Goed;27-06-2025',
      '1002;Jan;Jong;jan@example.org;voldoende;2025-06-27;extra;fields',
      '1003;"Kim; K.";Jong;kim@example.org;voldoende;2025-06-27',
    ].join('\r\n'))
    const r = batch('semicolon.csv', 'semicolon', '--json')
    expect(r.code).toBe(1)
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>)
    expect(lines.map((l) => [l.rowNumber, l.status])).toEqual([[1, 'issued'], [2, 'failed'], [3, 'issued']])
    expect(lines[1]?.problems).toHaveLength(1)
    const [ilse, , kim] = lines as [Record<string, any>, Record<string, any>, Record<string, any>]
    expect(JSON.stringify(readJsonFile(join(dir, ilse.file)).credentialSubject)).toContain('"goed"')
    expect(JSON.stringify(readJsonFile(join(dir, kim.file)).credentialSubject)).toContain('Kim; K. Jong')
    expect(readJsonFile<Summary>(join(dir, 'semicolon/summary.json')).failed.map((f) => f.rowNumber)).toEqual([2])
  })

  it('off a terminal: a plain progress line on stderr at the end', () => {
    const r = batch(TEMPLATE, 'plain')
    expect(r.code).toBe(0)
    expect(r.err).toMatch(/^mcred: 3\/3 rows \(100%\), \d+\/s, 0 failed$/m)
  })

  it('exit 2 for usage errors and unreadable input, writing nothing', () => {
    const cases: Array<[string[], string]> = [
      [['batch', '--learners', TEMPLATE, '--key', 'key.json', '--out', 'u1'], '--spec is required'],
      [['batch', '--spec', MBO_SPEC, '--key', 'key.json', '--out', 'u2'], '--learners is required'],
      [['batch', '--spec', MBO_SPEC, '--learners', TEMPLATE, '--out', 'u3'], '--key is required'],
      [['batch', '--spec', MBO_SPEC, '--learners', TEMPLATE, '--key', 'key.json'], '--out is required'],
    ]
    for (const [args, message] of cases) {
      const r = mcred(...args)
      expect(r.code, message).toBe(2)
      expect(r.err).toContain(message)
    }
    for (const value of ['0', '-1', 'abc', '1.5', '100000']) {
      const r = batch(TEMPLATE, 'u4', '--concurrency', value)
      expect(r.code, value).toBe(2)
      expect(r.err).toContain('--concurrency must be a whole number')
    }
    const missing = batch('no-such-file.csv', 'u5')
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('no-such-file.csv')
    writeFileSync(join(dir, 'learners.xlsx'), 'PK')
    const extension = batch('learners.xlsx', 'u6')
    expect(extension.code).toBe(2)
    expect(extension.err).toContain('learners.xlsx')
    writeFileSync(join(dir, 'no-learner-column.csv'), 'naam,cijfer\nAn,goed\n')
    const header = batch('no-learner-column.csv', 'u7')
    expect(header.code).toBe(2)
    expect(header.err).toContain('no-learner-column.csv')
    const badSpec = mcred('batch', '--spec', 'no-spec.json', '--learners', TEMPLATE, '--key', 'key.json', '--out', 'u8')
    expect(badSpec.code).toBe(2)
    expect(badSpec.err).toContain('no-spec.json')
    const badFormat = batch(TEMPLATE, 'u9', '--format', 'jwt')
    expect(badFormat.code).toBe(2)
    expect(badFormat.err).toContain('--format must be one of')
    const statusWithoutStore = batch(TEMPLATE, 'u10', '--status-url', 'https://school.example.nl/status')
    expect(statusWithoutStore.code).toBe(2)
    expect(statusWithoutStore.err).toContain('--status-url needs --store')
    for (const out of ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9', 'u10']) expect(existsSync(join(dir, out)), out).toBe(false)
  })

  it('--learners-format reads a file whose extension does not tell', () => {
    writeFileSync(join(dir, 'export.dat'), readFileSync(JSONL_EXAMPLE))
    const r = batch('export.dat', 'dat', '--learners-format', 'jsonl')
    expect(r.code).toBe(0)
    expect(credentialFiles('dat')).toHaveLength(3)
  })

  it('an out path that is a file is exit 2', () => {
    writeFileSync(join(dir, 'occupied'), 'x')
    const r = batch(TEMPLATE, 'occupied')
    expect(r.code).toBe(2)
    expect(r.err).toContain('occupied')
  })

  it('a summary.json of an earlier run is removed at the start: a killed run leaves none behind', () => {
    mkdirSync(join(dir, 'stale'))
    writeFileSync(join(dir, 'stale/summary.json'), '{"stale":true}')
    const r = batch(TEMPLATE, 'stale')
    expect(r.code).toBe(0)
    expect(readJsonFile(join(dir, 'stale/summary.json'))).not.toHaveProperty('stale')
  })
})

describe('mcred batch --store', () => {
  it('records every credential with its row id as idempotency key; the files are the stored bytes; a rerun signs nothing new', async () => {
    const first = batch(TEMPLATE, 'stored', '--store', 'batch.db', '--status-url', 'https://roc-zuidwaard.example.nl/status', '--actor', 'sis-sync')
    expect(first.code).toBe(0)
    const { openStore } = await import('../../src/store/index.js')
    const keys = ['sis-2025-palliatief-118734', 'sis-2025-palliatief-120951', rowId(spec, { learnerId: '2023-097412' })]
    const checkStore = async (): Promise<void> => {
      const store = await openStore(join(dir, 'batch.db'))
      try {
        for (const key of keys) {
          const record = await store.getByIdempotencyKey(key)
          expect(record, key).toBeDefined()
          expect(readFileSync(join(dir, 'stored', credentialFileName(key)), 'utf8')).toBe(record?.credentialJson)
          expect(JSON.parse(record?.credentialJson as string).credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry' })
        }
        const events = await store.auditLog()
        expect(events.filter((e) => e.action === 'issue')).toHaveLength(3)
        expect(events.every((e) => e.actor === 'sis-sync')).toBe(true)
      } finally {
        await store.close()
      }
    }
    await checkStore()
    // The files lost (as a crash between the store's commit and the file writes would leave them): a rerun writes the stored bytes again.
    rmSync(join(dir, 'stored'), { recursive: true })
    const again = batch(TEMPLATE, 'stored', '--store', 'batch.db', '--json')
    expect(again.code).toBe(0)
    const lines = again.out.trim().split('\n').map((l) => JSON.parse(l) as { status: string })
    expect(lines.map((l) => l.status)).toEqual(['already-issued', 'already-issued', 'already-issued'])
    expect(credentialFiles('stored')).toHaveLength(3)
    await checkStore()
  })

  it('a new store without --status-url: exit 2 naming the option, no store file and no credential left', () => {
    const r = batch(TEMPLATE, 'no-url', '--store', 'no-url.db')
    expect(r.code).toBe(2)
    expect(r.err).toContain('--status-url')
    expect(existsSync(join(dir, 'no-url.db'))).toBe(false)
    expect(existsSync(join(dir, 'no-url')) ? credentialFiles('no-url') : []).toEqual([])
  })
})

describe('mcred batch --store (PostgreSQL)', () => {
  it('an existing store without a status list URL: exit 2 with ERR_STATUS_ALLOCATION, nothing issued', async () => {
    const url = await freshPostgresDatabase()
    const r = batch(TEMPLATE, 'pg-no-url', '--store', url)
    expect(r.code).toBe(2)
    expect(r.err).toContain('ERR_STATUS_ALLOCATION')
    expect(r.err).toContain('--status-url')
    expect(existsSync(join(dir, 'pg-no-url')) ? credentialFiles('pg-no-url') : []).toEqual([])
    const issued = batch(TEMPLATE, 'pg', '--store', url, '--status-url', 'https://roc-zuidwaard.example.nl/status', '--json')
    expect(issued.code).toBe(0)
    expect(issued.out.trim().split('\n').map((l) => (JSON.parse(l) as { status: string }).status)).toEqual(['issued', 'issued', 'issued'])
  })
})

describe('batch progress', () => {
  it('the plain line: done/total, percentage, rate, ETA and failures', () => {
    expect(progressLine({ rows: 500, issued: 450, alreadyIssued: 40, failed: 10 }, 2000, 2000)).toBe('500/2000 rows (25%), 250/s, ETA 6 s, 10 failed')
    expect(progressLine({ rows: 2000, issued: 2000, alreadyIssued: 0, failed: 0 }, 2000, 4000)).toBe('2000/2000 rows (100%), 500/s, 0 failed')
    expect(progressLine({ rows: 0, issued: 0, alreadyIssued: 0, failed: 0 }, undefined, 0)).toBe('0 rows, 0/s, 0 failed')
  })

  it('on a terminal: a cli-progress bar with done/total, rate and failures', () => {
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true })
    let text = ''
    stream.on('data', (chunk: Buffer) => { text += chunk.toString('utf8') })
    const bar = progressReporter('bar', 4, stream as unknown as NodeJS.WriteStream)
    bar.update({ rows: 3, issued: 2, alreadyIssued: 0, failed: 1 })
    bar.stop({ rows: 4, issued: 3, alreadyIssued: 0, failed: 1 })
    expect(text).toMatch(/4\/4 rows \| \d+\/s \| ETA 0s \| 1 failed/)
  })
})
