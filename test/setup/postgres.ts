/**
 * Vitest global setup: a real PostgreSQL server for the PostgreSQL store tests.
 *
 * Uses `MCRED_TEST_POSTGRES_URL` when set (CI starts a server and sets it). Otherwise starts a
 * throwaway cluster from the installed PostgreSQL binaries (Debian: `apt-get install postgresql`) in a
 * temporary folder on a free loopback port, and removes it afterwards. When neither is possible, the
 * PostgreSQL tests fail with the reason (they are never skipped).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { freePort } from '../helpers/free-port.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL of a database the tests may create other databases from, or the reason there is none. */
    postgres: { url: string } | { unavailable: string }
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.MCRED_TEST_POSTGRES_URL
  if (given) {
    project.provide('postgres', { url: given })
    return async () => {}
  }
  const bindir = findBindir()
  if (!bindir) {
    project.provide('postgres', { unavailable: 'no PostgreSQL server binaries found: install them (Debian: apt-get install postgresql) or set MCRED_TEST_POSTGRES_URL' })
    return async () => {}
  }
  const dir = mkdtempSync(join(tmpdir(), 'mcred-pg-'))
  chmodSync(dir, 0o777)
  const port = await freePort()
  const asUser = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : []
  const run = (cmd: string, args: string[]): void => {
    const [file, ...rest] = [...asUser, join(bindir, cmd), ...args]
    const result = spawnSync(file!, rest, { encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout || result.error?.message}`)
  }
  const data = join(dir, 'data')
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync'])
    run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-o', `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`, 'start'])
  } catch (error) {
    project.provide('postgres', { unavailable: `could not start a PostgreSQL server from ${bindir}: ${(error as Error).message}` })
    return async () => rmSync(dir, { recursive: true, force: true })
  }
  project.provide('postgres', { url: `postgres://postgres@127.0.0.1:${port}/postgres` })
  return async () => {
    try { run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']) } finally { rmSync(dir, { recursive: true, force: true }) }
  }
}

function findBindir(): string | undefined {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim()
    if (existsSync(join(dir, 'initdb'))) return dir
  } catch { /* not on PATH */ }
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return undefined
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a))
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin')
}
