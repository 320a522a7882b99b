import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
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

/** Writes text to a file (creating folders), or to stdout when no path is given. */
export async function writeOut(path: string | undefined, text: string, mode?: number): Promise<void> {
  if (!path) {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
    return
  }
  try {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, text.endsWith('\n') ? text : `${text}\n`, mode === undefined ? {} : { mode })
  } catch (e) {
    throw new CliError(`${path}: cannot write file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
  }
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
