/**
 * Issue #5, crash safety with real processes: a child running the built library issues a fixed
 * sequence of credentials and is SIGKILLed at random moments (seeded, logged), from outside and from
 * inside its own store transaction (its signer kills it after the slot was allocated, before commit),
 * then restarted until the sequence completes. Nothing may be half-written or issued twice.
 */
import { describe, expect, it } from 'vitest'
import {
  expectConsistentSlots, prng, publishAllLists, readOutputs, readStoreRows, recordsByKey, setBitIndexes, sqliteChecks, startChild,
  STORE_KINDS, subDir, testSeed, useProcessFixture, verifyBuilt, type BuiltLibrary, type BuiltSigner, type BuiltStore, type Child,
  type ChildExit, type StoreRows,
} from './process-helpers.js'

const TIMEOUT = 120_000
/** Credentials in the sequence. */
const K = 20
/** Rounds that end in a kill (even: the signer kills inside the transaction; odd: the test kills from outside). */
const KILL_ROUNDS = 8
/** A safety net: more rounds than this means the child cannot complete. */
const MAX_ROUNDS = KILL_ROUNDS + 3

type Plan =
  | { kind: 'none' }
  /** MCRED_TEST_KILL_AT_SIGN: the child's signer SIGKILLs it at this call (each call is a new issuance). */
  | { kind: 'in-transaction'; signCall: number }
  /** SIGKILL `delayMs` after the child reported key `afterKey` (or after spawning when -1). */
  | { kind: 'external'; afterKey: number; delayMs: number }

interface RoundLog {
  round: number
  plan: Plan
  before: number
  after: number
  code: number | null
  signal: NodeJS.Signals | null
}

const key = (i: number): string => `k-${i}`

describe.each(STORE_KINDS)('%s store, issuing process killed at random moments', (kind) => {
  const fx = useProcessFixture(kind, `mcred-crash-${kind}-`)

  it(`restarted until done, it leaves exactly ${K} records, nothing half-written, and every output equals the stored bytes`, { timeout: TIMEOUT }, async () => {
    const seed = testSeed()
    console.info(`[crash ${kind}] seed ${seed} (MCRED_TEST_SEED=${seed} replays the kill plan)`)
    const random = prng(seed)
    const location = await fx.locations.fresh('crash')
    const outDirs: string[] = []
    const reported: string[][] = []
    const rounds: RoundLog[] = []
    const context = (): string => `seed ${seed}, rounds ${JSON.stringify(rounds)}`

    let done = false
    for (let round = 0; !done; round++) {
      if (round > MAX_ROUNDS) throw new Error(`the sequence did not complete (${context()})`)
      const before = (await readStoreRows(location)).credentials.length
      const plan = planRound(round, K - before, before, random)
      const outDir = subDir(fx.dir, `round-${round}`)
      outDirs.push(outDir)
      const child = startChild('issue-sequence.mjs', { store: location, keyFile: fx.keyFile, prefix: 'k', count: K, outDir },
        plan.kind === 'in-transaction' ? { MCRED_TEST_KILL_AT_SIGN: String(plan.signCall) } : {})
      if (plan.kind === 'external') void killLater(child, plan)
      const exit = await child.exited
      const rows = await readStoreRows(location)
      rounds.push({ round, plan, before, after: rows.credentials.length, code: exit.code, signal: exit.signal })
      reported.push(exit.events.filter((e) => e.event === 'issued').map((e) => String(e.key)))
      const where = `round ${round} (${context()})\n${child.describe()}`

      done = exit.code === 0
      if (!done) expect(exit.signal, `only our SIGKILL may stop the child: ${where}`).toBe('SIGKILL')
      expectWholePrefix(rows, where)
      if (plan.kind === 'in-transaction') expectKilledInTransaction(exit, rows, before + plan.signCall - 1, where)
      if (kind === 'sqlite') expect(await sqliteChecks(location), where).toEqual({ integrity: ['ok'], foreignKeyProblems: 0 })
    }

    console.info(`[crash ${kind}] rounds:\n${rounds.map((r) => `  ${r.round}: ${JSON.stringify(r.plan)} -> ${r.signal ?? `exit ${r.code}`}, records ${r.before} -> ${r.after}`).join('\n')}`)
    // Every planned in-transaction kill happened (checked per round); outside kills may miss only when the child finishes first.
    const planned = (planKind: Plan['kind']): RoundLog[] => rounds.filter((r) => r.plan.kind === planKind)
    expect(planned('in-transaction').every((r) => r.signal === 'SIGKILL'), context()).toBe(true)
    expect(planned('in-transaction').length, context()).toBeGreaterThanOrEqual(2)
    expect(planned('external').filter((r) => r.signal === 'SIGKILL').length, context()).toBeGreaterThanOrEqual(Math.max(2, planned('external').length - 1))
    expect(rounds.at(-1)!.code, context()).toBe(0)

    const rows = await readStoreRows(location)
    const byKey = recordsByKey(rows)
    expect([...byKey.keys()].sort(), context()).toEqual(Array.from({ length: K }, (_, i) => key(i)).sort())
    expectConsistentSlots(rows, K)
    for (const record of rows.credentials) {
      const status = (JSON.parse(record.credential_json) as { credentialStatus: { statusListCredential: string; statusListIndex: string } }).credentialStatus
      expect(status, record.credential_id).toMatchObject({ statusListCredential: record.status_list_url, statusListIndex: String(record.status_list_index) })
    }

    expectOutputsStored(outDirs, reported, byKey, context())
    await expectListsVerify(fx.lib, fx.signer, location, rows)
    if (kind === 'sqlite') expect(await sqliteChecks(location)).toEqual({ integrity: ['ok'], foreignKeyProblems: 0 })
  })
})

/** The kill plan of a round: `remaining` keys are not issued yet, `issued` are. */
function planRound(round: number, remaining: number, issued: number, random: ReturnType<typeof prng>): Plan {
  if (round >= KILL_ROUNDS || remaining === 0) return { kind: 'none' }
  if (round % 2 === 0) return { kind: 'in-transaction', signCall: 1 + random.int(Math.min(4, remaining)) }
  // From outside: during start-up and store opening (-1), or shortly after one of the next keys.
  const afterKey = random.next() < 0.25 ? -1 : issued - 1 + random.int(Math.min(4, remaining))
  return { kind: 'external', afterKey, delayMs: afterKey < 0 ? 100 + random.int(600) : random.int(60) }
}

/** SIGKILLs `child` as the plan says (not at all when it ends first). */
async function killLater(child: Child, plan: Extract<Plan, { kind: 'external' }>): Promise<void> {
  try {
    if (plan.afterKey >= 0) await child.waitFor((e) => e.event === 'issued' && e.key === key(plan.afterKey))
  } catch {
    return // it ended before that key
  }
  await new Promise((resolve) => setTimeout(resolve, plan.delayMs))
  child.kill()
}

/** The store holds whole issuances of k-0..k-(n-1) only: each record with its one slot and issue event. */
function expectWholePrefix(rows: StoreRows, where: string): void {
  const n = rows.credentials.length
  expect(rows.credentials.map((c) => c.idempotency_key).sort(), where).toEqual(Array.from({ length: n }, (_, i) => key(i)).sort())
  expect(rows.entries, `status entries of unfinished issuances: ${where}`).toHaveLength(n)
  expectConsistentSlots(rows, n)
}

/** The child killed itself while signing key `index` (inside the transaction); nothing of that key was kept. */
function expectKilledInTransaction(exit: ChildExit, rows: StoreRows, index: number, where: string): void {
  const marker = exit.events.find((e) => e.event === 'self-kill')
  expect(marker, `the signer killed the child: ${where}`).toMatchObject({ key: key(index) })
  expect(rows.credentials.map((c) => c.idempotency_key), where).not.toContain(key(index))
  expect(rows.credentials.map((c) => c.credential_id), where).not.toContain(marker!.credentialId)
  expect(rows.entries.map((e) => e.credential_id), where).not.toContain(marker!.credentialId)
  expect(rows.credentials, where).toHaveLength(index)
}

/** Every credential a process handed out (also just before it was killed) is the stored one, byte for byte. */
function expectOutputsStored(outDirs: string[], reported: string[][], byKey: Map<string, StoreRows['credentials'][number]>, context: string): void {
  for (const [round, outDir] of outDirs.entries()) {
    const outputs = readOutputs(outDir)
    for (const [name, text] of outputs) expect(text, `${outDir}/${name}.json (${context})`).toBe(byKey.get(name)?.credential_json)
    for (const name of reported[round]!) expect(outputs.has(name), `round ${round} reported ${name}, so wrote it`).toBe(true)
  }
  expect(readOutputs(outDirs.at(-1)!).size, 'the completing run wrote every credential').toBe(K)
}

/**
 * The published lists verify and hold every slot: with nothing revoked the credentials verify; after
 * revoking k-0 its bit is the only one set and it reports REVOKED, the others still verify.
 */
async function expectListsVerify(lib: BuiltLibrary, signer: BuiltSigner, location: string, rows: StoreRows): Promise<void> {
  const store = await lib.store.openStore(location)
  try {
    const lists = await store.statusLists()
    expect(lists.map((l) => l.allocated).reduce((a, b) => a + b, 0)).toBe(K)
    const verify = (json: string, documents: Record<string, unknown>) => verifyBuilt(lib, json, documents)
    const sorted = [...rows.credentials].sort((a, b) => Number(a.idempotency_key!.slice(2)) - Number(b.idempotency_key!.slice(2)))
    const first = sorted[0]!
    const clean = await publish(lib, store, signer)
    expect(clean.setBits).toEqual([])
    for (const record of sorted.slice(0, 3)) expect(await verify(record.credential_json, clean.documents), record.idempotency_key!).toEqual({ verified: true, codes: [] })

    await lib.store.revokeCredential(store, first.credential_id, { reason: 'crash test' })
    const after = await publish(lib, store, signer)
    expect(after.setBits).toEqual([`${first.status_list_url}#${first.status_list_index}`])
    expect(await verify(first.credential_json, after.documents)).toEqual({ verified: false, codes: ['REVOKED'] })
    for (const record of sorted.slice(1, 3)) expect(await verify(record.credential_json, after.documents), record.idempotency_key!).toEqual({ verified: true, codes: [] })
  } finally {
    await store.close()
  }
}

/** Publishes every list: the status checker documents, and the set bits of all lists as `<list URL>#<index>`. */
async function publish(lib: BuiltLibrary, store: BuiltStore, signer: BuiltSigner): Promise<{ documents: Record<string, unknown>; setBits: string[] }> {
  const { documents, bits } = await publishAllLists(lib, store, signer)
  const setBits = [...bits].flatMap(([url, listBits]) => setBitIndexes(lib, listBits).map((i) => `${url}#${i}`))
  return { documents, setBits }
}
