/**
 * Internal: where the built worker module of `issueBatch` is.
 *
 * @module batch
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { InvalidArgumentError } from '../errors/errors.js'

/**
 * Places to look, relative to this module: beside it (the built `dist/batch.js` or a `dist/chunk-*.js`),
 * one folder up (a `dist/cli/` entry), and the repository's `dist/` (running from `src/batch/`).
 */
const CANDIDATES = ['./batch-worker.js', '../batch-worker.js', '../../dist/batch-worker.js']

/** The path of the worker module: `workerUrl` when given, else the first candidate that exists. */
export function resolveWorkerFile(workerUrl?: string | URL): string {
  if (workerUrl !== undefined) {
    const path = toPath(workerUrl)
    if (!existsSync(path)) throw new InvalidArgumentError(`batch worker module not found: ${path}`)
    return path
  }
  for (const candidate of CANDIDATES) {
    const path = fileURLToPath(new URL(candidate, import.meta.url))
    if (existsSync(path)) return path
  }
  throw new InvalidArgumentError('batch worker module batch-worker.js not found next to the library: build the package (npm run build) or pass workerUrl')
}

function toPath(url: string | URL): string {
  if (url instanceof URL) return fileURLToPath(url)
  return url.startsWith('file:') ? fileURLToPath(url) : url
}
