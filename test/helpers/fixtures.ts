import { readFileSync, readdirSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

/** The shared fixtures folder (`../shared/fixtures` beside the repository). */
export const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url))
/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Reads a JSON fixture by path relative to the shared fixtures folder. */
export function fixtureJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, path), 'utf8')) as T
}

/** Reads a text fixture. */
export function fixtureText(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8')
}

/** Lists a fixture folder. */
export function fixtureDir(path: string): string[] {
  return readdirSync(join(FIXTURES, path)).sort()
}

/** Every `.ts` file below `dir` (absolute paths), for tests that read the sources. */
export function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? typeScriptFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}
