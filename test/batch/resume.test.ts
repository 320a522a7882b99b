/**
 * Issue #6, resume after a crash: the built CLI (`mcred batch`) issues 2,000 learners (a few rows
 * deliberately bad) into a SQLite store and is SIGKILLed at least 10 times at random moments (seeded
 * and logged; `MCRED_TEST_SEED` replays a plan), run again with the same command each time, and once
 * more to the end; smaller runs do the same without a store and with PostgreSQL. Afterwards every good
 * learner has exactly one credential file, each verifies, no credential id appears twice, the summary
 * is right, and with a store there is exactly one record per row id holding the file's bytes.
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { credentialFileName, rowId } from '../../src/batch/index.js'
import type { LearnerRow } from '../../src/batch/index.js'
import type { MicrocredentialSpec } from '../../src/index.js'
import { ROOT } from '../helpers/fixtures.js'
import {
  Child, expectConsistentSlots, openRaw, prng, publishAllLists, readStoreRows, testSeed, useProcessFixture, type BuiltLibrary, type BuiltSigner, type ChildExit,
} from '../store/process-helpers.js'

const CLI = join(ROOT, 'dist/cli/main.js')
const VERIFIER = join(ROOT, 'test/batch/processes/verify-files.mjs')
const SPEC = join(ROOT, 'examples/mbo-zorg-microcredential.spec.json')
const STATUS_URL = 'https://roc-zuidwaard.example.nl/status'
/** Generous: under a loaded machine the 2,000 rows alone can take minutes. */
const TIMEOUT = 600_000

/** The deliberately bad rows: row number -> the column and code the summary must name. */
const BAD: ReadonlyMap<number, { column: string; code: string; patch: Partial<Record<keyof LearnerRow, string>> }> = new Map([
  [7, { column: 'email', code: 'INVALID_EMAIL', patch: { email: 'geen-email-adres' } }],
  [333, { column: 'grade', code: 'GRADE_OUT_OF_SCALE', patch: { grade: 'uitstekend' } }],
  [1000, { column: 'awarded_date', code: 'INVALID_DATE', patch: { awardedDate: '2026-13-01' } }],
  [1500, { column: 'learner_id', code: 'MISSING_LEARNER_ID', patch: { learnerId: '', email: '', eduId: '', idempotencyKey: '' } }],
  [1999, { column: 'evidence_url', code: 'INVALID_URL', patch: { evidenceUrl: 'ftp://portfolio.example.org/1999' } }],
])

const spec = JSON.parse(readFileSync(SPEC, 'utf8')) as MicrocredentialSpec

/** Learner `i` (1-based): every third row has its own idempotency key, every fifth an evidence URL, some names need quoting. */
function learner(i: number): LearnerRow {
  const row: LearnerRow = {
    learnerId: `2026-${String(i).padStart(6, '0')}`,
    email: `learner.${i}@example.org`,
    givenName: i % 7 === 0 ? `Anne, "Ans"` : `Voornaam${i}`,
    familyName: `Achternaam${i}`,
    grade: i % 2 === 0 ? 'goed' : 'voldoende',
    awardedDate: i % 4 === 0 ? '30-06-2026' : '2026-06-30',
    ...(i % 5 === 0 ? { evidenceUrl: `https://portfolio.roc-zuidwaard.example.nl/deelnemers/${i}` } : {}),
    ...(i % 3 === 0 ? { idempotencyKey: `sis-2026-palliatief-${i}` } : {}),
  }
  const bad = BAD.get(i)
  return bad ? { ...row, ...bad.patch } : row
}

const COLUMNS: Array<[keyof LearnerRow, string]> = [
  ['learnerId', 'learner_id'], ['email', 'email'], ['eduId', 'eduid'], ['givenName', 'given_name'], ['familyName', 'family_name'],
  ['grade', 'grade'], ['awardedDate', 'awarded_date'], ['evidenceUrl', 'evidence_url'], ['idempotencyKey', 'idempotency_key'],
]

function csv(rows: LearnerRow[]): string {
  const field = (v: string | undefined) => (v === undefined ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  return [COLUMNS.map(([, c]) => c).join(','), ...rows.map((r) => COLUMNS.map(([f]) => field(r[f])).join(','))].join('\n') + '\n'
}

/**
 * When a run is killed: `early`, a random moment 0.3-2.5 s after it starts (startup, counting the rows,
 * opening the store, starting the workers, replaying what was issued); `working`, a random 0-0.4 s after
 * it wrote its first new credential files (signing, inside a store transaction, writing files). Short, so
 * a run cannot get through many 64-row steps before its kill, however fast signing is.
 */
type Plan = { kind: 'none' } | { kind: 'early'; afterMs: number } | { kind: 'working'; afterNewFiles: number; thenMs: number }

function planKill(random: ReturnType<typeof prng>): Plan {
  if (random.next() < 0.25) return { kind: 'early', afterMs: Math.round(300 + random.next() * 2_200) }
  // A third of these kill as soon as the files appear: with a store, while a committed step is still being written out.
  const thenMs = random.next() < 1 / 3 ? 0 : Math.round(random.next() * 400)
  return { kind: 'working', afterNewFiles: 1 + random.int(16), thenMs }
}

interface Round {
  round: number
  plan: Plan
  filesBefore: number
  filesAfter: number
  recordsBefore?: number
  code: number | null
  signal: NodeJS.Signals | null
}

/**
 * The variants: where the credentials go, how many rows, how many runs get a planned kill and how many
 * of them must be killed (a run may finish first). The SQLite store run is the one of issue #6 (2,000
 * rows, at least 10 kills; the CLI writes the folder journal too); the others are smaller: ten 64-row
 * steps, so five killed runs fit even when each gets a step done before its kill.
 */
const VARIANTS: Array<{ variant: 'sqlite store' | 'journal only' | 'postgres store'; rows: number; killRounds: number; minKills: number }> = [
  { variant: 'sqlite store', rows: 2_000, killRounds: 12, minKills: 10 },
  { variant: 'journal only', rows: 640, killRounds: 6, minKills: 5 },
  { variant: 'postgres store', rows: 640, killRounds: 6, minKills: 5 },
]

describe.each(VARIANTS.map((v) => [v.variant, v.rows, v] as const))('mcred batch (%s, %i rows), SIGKILLed at random moments', (variant, count, { killRounds, minKills }) => {
  const fx = useProcessFixture(variant === 'postgres store' ? 'postgres' : 'sqlite', 'mcred-batch-resume-')

  it(`run again until done, it leaves exactly one valid credential per good learner`, { timeout: TIMEOUT }, async () => {
    const seed = testSeed()
    console.info(`[batch resume, ${variant}] seed ${seed} (MCRED_TEST_SEED=${seed} replays the kill plan)`)
    const random = prng(seed)
    const rows = Array.from({ length: count }, (_, k) => learner(k + 1))
    const bad = [...BAD].filter(([n]) => n <= count)
    const learners = join(fx.dir, `learners-${variant.replace(/ /g, '-')}.csv`)
    writeFileSync(learners, csv(rows))
    const out = join(fx.dir, `out-${variant.replace(/ /g, '-')}`)
    const store = variant === 'journal only' ? undefined : await fx.locations.fresh(variant.replace(/ /g, '-'))
    const args = ['batch', '--spec', SPEC, '--learners', learners, '--key', fx.keyFile, '--out', out, '--concurrency', '2',
      ...(store ? ['--store', store, '--status-url', STATUS_URL, '--actor', 'resume-test'] : [])]
    const good = rows.map((row, k) => ({ row, rowNumber: k + 1 })).filter((r) => !BAD.has(r.rowNumber))
    const expectedFiles = good.map((r) => credentialFileName(rowId(spec, r.row))).sort()

    const rounds: Round[] = []
    const context = () => `seed ${seed}, rounds ${JSON.stringify(rounds)}`
    let last: ChildExit | undefined
    const removed: string[] = []
    for (let round = 0; ; round++) {
      if (store && round === killRounds) removed.push(...removeSomeFiles(out, random))
      const filesBefore = countFiles(out)
      const recordsBefore = store ? await countRecords(store) : undefined
      const plan = round < killRounds ? planKill(random) : { kind: 'none' as const }
      const child = new Child('mcred batch', spawn(process.execPath, [CLI, ...args], { cwd: fx.dir, stdio: ['ignore', 'pipe', 'pipe'], env: withoutStoreEnv() }))
      if (plan.kind !== 'none') void killAsPlanned(child, out, plan, filesBefore)
      const exit = await child.exited
      rounds.push({ round, plan, filesBefore, filesAfter: countFiles(out), ...(recordsBefore === undefined ? {} : { recordsBefore }), code: exit.code, signal: exit.signal })
      if (exit.signal === 'SIGKILL') continue
      // A run the plan did not catch (or the final one) must have finished: exit 1 (the bad rows) with its summary.
      expect(exit.signal, `${context()}\n${child.describe()}`).toBeNull()
      expect(exit.code, `${context()}\n${child.describe()}`).toBe(1)
      expect(existsSync(join(out, 'summary.json')), context()).toBe(true)
      last = exit
      if (round >= killRounds) break
    }
    const kills = rounds.filter((r) => r.signal === 'SIGKILL').length
    console.info(`[batch resume, ${variant}] ${rounds.length} runs, ${kills} killed:\n${rounds.map((r) => `  ${r.round}: ${JSON.stringify(r.plan)} -> ${r.signal ?? `exit ${r.code}`}, files ${r.filesBefore} -> ${r.filesAfter}${r.recordsBefore === undefined ? '' : `, records before ${r.recordsBefore}`}`).join('\n')}`)
    expect(kills, context()).toBeGreaterThanOrEqual(minKills)
    if (store) console.info(`[batch resume, ${variant}] removed before the last run (recorded, file lost): ${removed.join(', ')}`)
    expect(last?.code, context()).toBe(1)

    // Exactly one credential file per good learner, nothing else (no temporary file, no lock).
    const names = readdirSync(out).filter((n) => n !== 'summary.json').sort()
    expect(names, context()).toEqual(expectedFiles)

    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as {
      counts: { rows: number; issued: number; alreadyIssued: number; failed: number }
      failed: Array<{ rowNumber: number; problems: Array<{ column?: string; code: string }> }>
    }
    expect(summary.counts.rows).toBe(count)
    expect(summary.counts.failed).toBe(bad.length)
    expect(summary.counts.issued + summary.counts.alreadyIssued).toBe(good.length)
    // The last run issued what neither the folder nor the store had (a record whose file a kill prevented comes back already issued).
    expect(summary.counts.issued).toBe(good.length - (store ? (rounds.at(-1)?.recordsBefore ?? 0) : (rounds.at(-1)?.filesBefore ?? 0)))
    expect(summary.failed.map((f) => [f.rowNumber, f.problems.map((p) => `${p.column}:${p.code}`)]))
      .toEqual(bad.map(([n, b]) => [n, [`${b.column}:${b.code}`]]))

    const records = store ? await storeRecords(store, good.length) : undefined
    const ids = new Set<string>()
    for (const { row, rowNumber } of good) {
      const id = rowId(spec, row)
      const text = readFileSync(join(out, credentialFileName(id)), 'utf8')
      const credential = JSON.parse(text) as { id: string; credentialSubject: unknown; credentialStatus?: unknown }
      expect(ids.has(credential.id), `row ${rowNumber}: credential id ${credential.id} twice`).toBe(false)
      ids.add(credential.id)
      expect(JSON.stringify(credential.credentialSubject), `row ${rowNumber}`).toContain(JSON.stringify(`${row.givenName} ${row.familyName}`).slice(1, -1))
      if (records) {
        expect(text, `row ${rowNumber}: the file holds the stored bytes`).toBe(records.get(id))
        expect(credential.credentialStatus, `row ${rowNumber}`).toBeDefined()
      } else {
        expect(credential.credentialStatus, `row ${rowNumber}`).toBeUndefined()
      }
    }
    expect(ids.size).toBe(good.length)
    // Every file verifies (proof, issuer, schema, validity; with a store, its status against the published list).
    const documents = store ? await publishedLists(fx.lib, store, fx.signer) : undefined
    expect(await verifyAll(fx.dir, out, expectedFiles, documents)).toEqual({ verified: expectedFiles.length, failures: [] })
  })
})

/** The store's status lists, published with the issuing key: documents for the status checker. */
async function publishedLists(lib: BuiltLibrary, location: string, signer: BuiltSigner): Promise<Record<string, unknown>> {
  const store = await lib.store.openStore(location)
  try {
    return (await publishAllLists(lib, store, signer)).documents
  } finally {
    await store.close()
  }
}

/** Every record of the store (one per row id, each with one status entry and one issue event): row id -> credential JSON. */
async function storeRecords(location: string, good: number): Promise<Map<string, string>> {
  const rows = await readStoreRows(location)
  expectConsistentSlots(rows, good)
  const byKey = new Map<string, string>()
  for (const record of rows.credentials) {
    expect(record.idempotency_key, record.credential_id).toBeTypeOf('string')
    expect(byKey.has(record.idempotency_key as string), `key ${record.idempotency_key} has one record`).toBe(false)
    byKey.set(record.idempotency_key as string, record.credential_json)
  }
  expect(rows.audit.filter((a) => a.action === 'issue').length).toBe(good)
  return byKey
}

/** Verifies the files `names` in `out` with the built library, split over one child process per core. */
async function verifyAll(dir: string, out: string, names: string[], documents?: Record<string, unknown>): Promise<{ verified: number; failures: unknown[] }> {
  const documentsFile = documents ? join(dir, 'status-lists.json') : undefined
  if (documentsFile) writeFileSync(documentsFile, JSON.stringify(documents))
  const parts = Math.max(1, Math.min(availableParallelism(), 4))
  const children = Array.from({ length: parts }, (_, k) => {
    const config = { dir: out, names: names.filter((_, i) => i % parts === k), ...(documentsFile ? { documentsFile } : {}) }
    return new Child('verify-files.mjs', spawn(process.execPath, [VERIFIER, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'pipe'] }))
  })
  const total = { verified: 0, failures: [] as unknown[] }
  for (const child of children) {
    const exit = await child.exited
    const report = exit.events.find((e) => 'verified' in e) as unknown as { verified: number; failures: unknown[] } | undefined
    if (exit.code !== 0 || !report) throw new Error(`verifier failed: ${child.describe()}`)
    total.verified += report.verified
    total.failures.push(...report.failures)
  }
  return total
}

/**
 * With a store, before the last run: removes up to 5 credential files of recorded credentials, as a kill
 * between a step's commit and its file writes leaves them (a window random kills rarely hit). The last
 * run must write them again with the stored bytes.
 */
function removeSomeFiles(out: string, random: ReturnType<typeof prng>): string[] {
  const names = readdirSync(out).filter((n) => n.endsWith('.json') && !n.startsWith('.') && n !== 'summary.json')
  const chosen = new Set<string>()
  for (let i = 0; i < 5 && names.length > 0; i++) chosen.add(names[random.int(names.length)] as string)
  for (const name of chosen) rmSync(join(out, name))
  return [...chosen]
}

/** The records in the store (none before its tables exist). */
async function countRecords(location: string): Promise<number> {
  const raw = await openRaw(location)
  try {
    return Number((await raw.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM mcred_credentials'))[0]?.n ?? 0)
  } catch {
    return 0
  } finally {
    await raw.close()
  }
}

/** The credential files in `out` so far (temporary files and the lock excluded). */
function countFiles(out: string): number {
  if (!existsSync(out)) return 0
  return readdirSync(out).filter((n) => n.endsWith('.json') && !n.startsWith('.') && n !== 'summary.json').length
}

/** SIGKILLs `child` as `plan` says; nothing when it ends first. */
async function killAsPlanned(child: Child, out: string, plan: Exclude<Plan, { kind: 'none' }>, filesBefore: number): Promise<void> {
  let ended = false
  void child.exited.then(() => { ended = true })
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  if (plan.kind === 'working') {
    while (!ended && countFiles(out) < filesBefore + plan.afterNewFiles) await pause(5)
    if (plan.thenMs > 0) await pause(plan.thenMs)
  } else {
    await pause(plan.afterMs)
  }
  child.kill()
}

function withoutStoreEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.MCRED_STORE
  return env
}
