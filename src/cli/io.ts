import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { McredError } from '../index.js'

/** A CLI failure with its exit code (2: usage or I/O, 1: negative verdict). */
export class CliError extends Error {
  readonly exitCode: number
  constructor(message: string, exitCode = 2) {
    super(message)
    this.exitCode = exitCode
  }
}

/** Reads a file, naming it in the error. */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path))
  } catch (e) {
    throw new CliError(`${path}: cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
  }
}

/** Reads and parses a JSON file, naming the file and the problem in the error. */
export async function readJson(path: string): Promise<unknown> {
  const text = new TextDecoder().decode(await readBytes(path))
  try {
    return JSON.parse(text) as unknown
  } catch (e) {
    throw new CliError(`${path}: not valid JSON (${(e as Error).message})`)
  }
}

/** A credential file: a compact JWS (VC-JWT), or JSON holding an object; a byte-order mark is ignored. */
export async function readCredentialFile(path: string): Promise<Record<string, unknown> | string> {
  const text = new TextDecoder().decode(await readBytes(path)).replace(/^\uFEFF/, '').trim()
  if (/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(text)) return text
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    throw new CliError(`${path}: neither a compact JWS (VC-JWT) nor valid JSON (${(e as Error).message})`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CliError(`${path}: must be a credential (a JSON object) or a VC-JWT`)
  return value as Record<string, unknown>
}

/** One file to write: its path, its text (a final newline is added when missing), and its mode. */
export interface OutputFile {
  path: string
  text: string
  mode?: number
}

/** One binary file to write: its path and its bytes (written as they are: no newline added), and its mode. */
export interface BinaryOutputFile {
  path: string
  bytes: Uint8Array
  mode?: number
}

/** Writes bytes (an image) to a file atomically (creating folders), or to stdout when no path is given. */
export async function writeBytesOut(path: string | undefined, bytes: Uint8Array, mode?: number): Promise<void> {
  if (!path) {
    await new Promise<void>((resolve, reject) => process.stdout.write(bytes, (e) => (e ? reject(e) : resolve())))
    return
  }
  await writeFiles([{ path, bytes, ...(mode === undefined ? {} : { mode }) }])
}

/** Writes text to a file atomically (creating folders), or to stdout when no path is given. */
export async function writeOut(path: string | undefined, text: string, mode?: number): Promise<void> {
  if (!path) {
    process.stdout.write(withNewline(text))
    return
  }
  await writeFiles([{ path, text, ...(mode === undefined ? {} : { mode }) }])
}

/**
 * Writes files atomically: each goes to a temporary file beside it (flushed to disk), and only when
 * every one is written are they renamed into place. A failure leaves no partial file behind: each
 * file is either its old version or its new one, and no temporary file remains.
 */
export async function writeFiles(files: readonly (OutputFile | BinaryOutputFile)[]): Promise<void> {
  const staged: Array<{ path: string; temp: string }> = []
  try {
    for (const file of files) staged.push({ path: file.path, temp: await stage(file) })
  } catch (e) {
    await Promise.all(staged.map((s) => unlink(s.temp).catch(() => undefined)))
    throw e
  }
  for (const [i, { path, temp }] of staged.entries()) {
    try {
      await rename(temp, path)
    } catch (e) {
      await Promise.all(staged.slice(i).map((s) => unlink(s.temp).catch(() => undefined)))
      throw new CliError(`${path}: cannot write file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
    }
  }
}

/** Writes one file's text (or bytes) to a temporary file in its folder; returns the temporary path. */
async function stage(file: OutputFile | BinaryOutputFile): Promise<string> {
  const temp = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await mkdir(dirname(file.path), { recursive: true })
    const handle = await open(temp, 'wx', file.mode ?? 0o666)
    try {
      if ('bytes' in file) await handle.writeFile(file.bytes)
      else await handle.writeFile(withNewline(file.text), 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    return temp
  } catch (e) {
    await unlink(temp).catch(() => undefined)
    throw new CliError(`${file.path}: cannot write file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
  }
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`
}

/** JSON with two-space indentation. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2)
}

/** Turns a library error into a CLI error that names the file it came from. */
export function explain(file: string, error: unknown): CliError {
  if (error instanceof CliError) return error
  if (error instanceof McredError) return new CliError(`${file}: ${error.message} [${error.code}]`)
  return new CliError(`${file}: ${(error as Error)?.message ?? String(error)}`)
}
