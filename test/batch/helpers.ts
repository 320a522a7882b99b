/** Helpers of the batch tests: temporary folders, learner files, the template spec and collecting results. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { BatchResult, LearnerRow, NumberedRow } from '../../src/batch/index.js'
import type { MicrocredentialSpec } from '../../src/model/index.js'
import { loadExample } from '../build/helpers.js'

/** Issuance time of the tests; credentials are verified a day later. */
export const T0 = new Date('2026-03-02T09:00:00Z')
export const DAY_LATER = new Date('2026-03-03T09:00:00Z')

/** The mbo example as a batch template (grade scale onvoldoende/voldoende/goed; no issuer id: the key's controller). */
export function template(): MicrocredentialSpec {
  return loadExample('mbo-zorg-microcredential')
}

/** Registers cleanup and returns a function making fresh temporary folders. */
export function useTempDirs(prefix = 'mcred-batch-'): () => string {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix))
    dirs.push(dir)
    return dir
  }
}

/** Writes `text` to `name` in `dir` and returns the path. */
export function writeFile(dir: string, name: string, text: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

/** Every item of an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of items) out.push(item)
  return out
}

/** Learner `i`: a student number, an email and a grade of the template's scale. */
export function learner(i: number, extra: Partial<LearnerRow> = {}): LearnerRow {
  return { learnerId: `2026-${String(i).padStart(4, '0')}`, email: `learner.${i}@example.org`, givenName: `Voornaam${i}`, familyName: 'Jansen', grade: i % 2 === 0 ? 'goed' : 'voldoende', ...extra }
}

/** Numbered rows 1..n of {@link learner}. */
export function numbered(rows: LearnerRow[]): NumberedRow[] {
  return rows.map((row, i) => ({ rowNumber: i + 1, row }))
}

/** Status per row number, e.g. `{ 1: 'issued', 2: 'failed' }`. */
export function statuses(results: BatchResult[]): Record<number, BatchResult['status']> {
  return Object.fromEntries(results.map((r) => [r.rowNumber, r.status]))
}

/** The successful results. */
export function succeeded(results: BatchResult[]): Array<Extract<BatchResult, { credentialJson: string }>> {
  return results.filter((r): r is Extract<BatchResult, { credentialJson: string }> => r.status !== 'failed')
}
