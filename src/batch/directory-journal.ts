/**
 * A batch journal in a folder: one credential file per row id.
 *
 * @module batch
 */
import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { credentialFileName } from './credential-file-name.js'
import type { BatchJournal } from './types.js'

/**
 * A {@link BatchJournal} that keeps each credential in `dir` as `credentialFileName(id)`. `put` writes
 * a temporary file (`.<name>.<random>.tmp`), flushes it to disk, renames it over the final name and
 * flushes the folder, so after a crash a credential file is either complete or absent (at worst a
 * stray `.tmp` file remains, which `get` never reads). `get` returns the file's text, or undefined.
 * The folder is created on the first `put`.
 *
 * @example
 * ```ts
 * import { createDirectoryJournal, issueBatch, readLearners } from 'microcredentials/batch'
 * const journal = createDirectoryJournal('out/cohort-2026')
 * for await (const r of issueBatch(readLearners('cohort-2026.csv'), { spec, keyPair, journal })) console.log(r.rowNumber, r.status)
 * ```
 */
export function createDirectoryJournal(dir: string): BatchJournal {
  let ready: Promise<unknown> | undefined
  return {
    async get(id) {
      try {
        const text = await readFile(join(dir, credentialFileName(id)), 'utf8')
        return text === '' ? undefined : text
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
        throw error
      }
    },
    async put(id, json) {
      ready ??= mkdir(dir, { recursive: true })
      await ready
      const name = credentialFileName(id)
      const temp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`)
      try {
        await writeDurably(temp, json)
        await rename(temp, join(dir, name))
      } catch (error) {
        await rm(temp, { force: true })
        throw error
      }
      await syncFolder(dir)
    },
  }
}

async function writeDurably(path: string, text: string): Promise<void> {
  const file = await open(path, 'wx')
  try {
    await file.writeFile(text, 'utf8')
    await file.sync()
  } finally {
    await file.close()
  }
}

/** Flushes the folder entry of a rename (not possible on every platform: then skipped). */
async function syncFolder(dir: string): Promise<void> {
  let folder
  try {
    folder = await open(dir, 'r')
    await folder.sync()
  } catch {
    // Windows cannot open or sync a folder; the rename is still atomic.
  } finally {
    await folder?.close()
  }
}
