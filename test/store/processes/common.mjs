/**
 * Shared plumbing of the store child processes: they import the BUILT library (dist/), read one JSON
 * configuration from argv[2], report progress as JSON lines on stdout, and can wait at a barrier
 * ("READY" out, "GO" in on stdin) so several processes start their race at the same moment.
 */
import { readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** Imports one built entry (`store`, `issue`, `keys`, `index`). */
export async function dist(entry) {
  return import(new URL(`dist/${entry}.js`, new URL('../../../', import.meta.url)).href)
}

/** The configuration passed as argv[2]. */
export function config() {
  const text = process.argv[2]
  if (!text) fail('usage: node <script>.mjs <json config>')
  return JSON.parse(text)
}

/** One JSON line on stdout, written synchronously (it must be out before a SIGKILL). */
export function emit(event) {
  writeSync(1, `${JSON.stringify({ pid: process.pid, ...event })}\n`)
}

/** Reports an error and exits non-zero. */
export function fail(message) {
  writeSync(2, `${message}\n`)
  process.exit(2)
}

/** Tells the parent this process is ready, and resolves when it writes "GO" on stdin. */
export function barrier() {
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin })
    lines.on('line', (line) => {
      if (line.trim() !== 'GO') return
      lines.close()
      process.stdin.destroy() // else the open stdin keeps this process alive after its work
      resolve()
    })
    emit({ event: 'ready' })
  })
}

/** The signing key pair from the key file the test wrote (Multikey JSON with the secret key). */
export async function loadSigner(keyFile) {
  const { importKeyPair, createSigner } = await dist('keys')
  const keyPair = importKeyPair(JSON.parse(readFileSync(keyFile, 'utf8')))
  return { keyPair, signer: createSigner(keyPair) }
}

/** The example microcredential spec every child builds its credentials from. */
export function exampleSpec() {
  return JSON.parse(readFileSync(new URL('examples/mbo-zorg-microcredential.spec.json', new URL('../../../', import.meta.url)), 'utf8'))
}

/**
 * Wraps a signer so that its `killAt`-th call kills this process with SIGKILL before signing: the
 * store calls the signer inside its issuance transaction, after allocating the status list slot and
 * before writing the record, so this dies in the middle of that transaction. `describe()` names what
 * is being issued, for the marker line.
 */
export function killingSigner(signer, killAt, describe) {
  let calls = 0
  return {
    ...signer,
    sign(data) {
      calls += 1
      if (calls === killAt) {
        emit({ event: 'self-kill', call: calls, ...describe() })
        process.kill(process.pid, 'SIGKILL')
      }
      return signer.sign(data)
    },
  }
}

/** Writes `text` to `path` atomically (temporary file, then rename), so a kill leaves no torn file. */
export function writeAtomic(path, text) {
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, text)
  renameSync(temporary, path)
}
