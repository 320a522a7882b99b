/**
 * The output folder of `mcred batch`: created, locked against a second run writing to it at the same
 * time, cleared of the leftovers of a killed run (temporary files, an old summary).
 *
 * @module cli
 */
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { CliError } from '../../io.js'
import { SUMMARY_FILE } from './summary.js'

/** The lock file in the output folder: the pid of the run writing to it. */
export const LOCK_FILE = '.mcred-batch.lock'

/** Temporary files of the journal (`.<name>.<random>.tmp`) and of the summary's atomic write. */
const TEMP_FILE = /^\..+\.tmp$/

/**
 * Creates `out`, takes its lock, removes the temporary files a killed run left and the summary of an
 * earlier run (a summary is there only when the last run finished). Returns the lock's release.
 */
export async function openOutDir(out: string): Promise<() => Promise<void>> {
  try {
    await mkdir(out, { recursive: true })
  } catch (e) {
    throw new CliError(`${out}: cannot use as output folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
  }
  const lock = join(out, LOCK_FILE)
  await takeLock(out, lock)
  try {
    const names = await readdir(out)
    await Promise.all(names.filter((n) => TEMP_FILE.test(n)).map((n) => rm(join(out, n), { force: true })))
    await rm(join(out, SUMMARY_FILE), { force: true })
  } catch (e) {
    await rm(lock, { force: true })
    throw new CliError(`${out}: cannot use as output folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
  }
  return () => rm(lock, { force: true })
}

/** Creates the lock file with this pid; a lock of a process that is gone (killed) is taken over. */
async function takeLock(out: string, lock: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lock, 'wx')
      await handle.writeFile(`${process.pid}\n`)
      await handle.close()
      return
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new CliError(`${out}: cannot use as output folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
    }
    const holder = Number.parseInt(await readFile(lock, 'utf8').catch(() => ''), 10)
    if (Number.isSafeInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
      throw new CliError(`${out}: another mcred batch (pid ${holder}) is writing to this folder; if it is not running, remove ${lock}`)
    }
    await rm(lock, { force: true })
  }
  throw new CliError(`${out}: cannot take the lock ${lock}`)
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}
