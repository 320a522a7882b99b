/**
 * The worker module of `issueBatch` (built to `dist/batch-worker.js`): signs one credential per task
 * with the batch's key, imported once per worker thread.
 *
 * @module batch
 */
import { createSigner } from '../keys/create-signer.js'
import { InvalidKeyError } from '../errors/errors.js'
import { importKeyPair } from '../keys/import-key-pair.js'
import { isEd25519KeyPair, notEd25519Message } from '../keys/is-ed25519-key-pair.js'
import type { MultikeyJson, Signer } from '../keys/key-pair.js'
import { signTask, toSignFailure, type SignOutcome, type SignTask } from './sign-task.js'

/** What the pool sends: a task and the exported key pair (with its secret) to sign with. */
export interface WorkerTask extends SignTask {
  key: MultikeyJson
}

/** Signers by exported key, so each worker imports a key once. */
const signers = new Map<string, Signer>()

function signerFor(key: MultikeyJson): Signer {
  const cacheKey = `${key.id}\n${key.secretKeyMultibase ?? ''}`
  let signer = signers.get(cacheKey)
  if (signer === undefined) {
    const keyPair = importKeyPair(key as unknown)
    if (!isEd25519KeyPair(keyPair)) throw new InvalidKeyError(notEd25519Message(keyPair, 'batch signing'))
    signer = createSigner(keyPair)
    signers.set(cacheKey, signer)
  }
  return signer
}

/**
 * Signs one credential in a worker thread; never throws (failures are `{ error }`).
 *
 * @example
 * ```ts
 * // Run by piscina: new Piscina({ filename: 'dist/batch-worker.js' }).run({ key, credential, settings })
 * const outcome = await signInWorker({ key: exportKeyPair(keyPair, { includeSecret: true }), credential, settings: { now: new Date().toISOString() } })
 * ```
 */
export default async function signInWorker(task: WorkerTask): Promise<SignOutcome> {
  try {
    return await signTask(signerFor(task.key), task)
  } catch (error) {
    return { error: toSignFailure(error) }
  }
}
