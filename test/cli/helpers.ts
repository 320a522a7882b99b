/**
 * Helpers of the CLI tests: run the built `mcred` (dist/cli/main.js; `npm test` builds first) in a
 * folder, read JSON outputs, and find leftover temporary files.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { ROOT } from '../helpers/fixtures.js'

/** The built CLI. */
export const CLI = join(ROOT, 'dist/cli/main.js')
/** The bundled mbo example spec. */
export const MBO_SPEC = join(ROOT, 'examples/mbo-zorg-microcredential.spec.json')

const tempDirs: string[] = []
// Registered while the test file imports this module, so once per test file.
afterAll(() => { for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true }) })

/** A new temporary folder, removed after the test file's tests (callable in hooks and tests). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  tempDirs.push(dir)
  return dir
}

/** What one run of the CLI gave. */
export interface CliRun {
  code: number | null
  out: string
  err: string
}

/** A runner of `mcred` in `dir`; `MCRED_STORE` is unset unless `env` sets it. */
export function mcredIn(dir: string, env: Record<string, string> = {}): (...args: string[]) => CliRun {
  const base = { ...process.env }
  delete base.MCRED_STORE
  return (...args) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...base, ...env } })
    return { code: r.status, out: r.stdout, err: r.stderr }
  }
}

/** Parses a JSON file. */
export function readJsonFile<T = Record<string, any>>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T
}

/** Every file under `dir` whose name looks like one of the CLI's temporary files. */
export function leftoverTempFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return leftoverTempFiles(path)
    return /\.tmp$/.test(name) ? [path] : []
  })
}
