/**
 * Internal: who signs a batch's credentials: a pool of worker threads holding the key, or the caller's
 * signer on the calling thread with bounded concurrency.
 *
 * @module batch
 */
import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import { InvalidArgumentError } from '../errors/errors.js'
import { exportKeyPair } from '../keys/export-key-pair.js'
import { isEd25519KeyPair, notEd25519Message } from '../keys/is-ed25519-key-pair.js'
import type { Ed25519KeyPair, KeyPair, Signer } from '../keys/key-pair.js'
import { controllerOf } from '../lib/issuer-id.js'
import { signTask, type SignOutcome, type SignTask } from './sign-task.js'
import type { WorkerTask } from './sign-worker.js'
import { resolveWorkerFile } from './worker-file.js'

/** Signs tasks, at most `concurrency` at a time. */
export interface RowSigner {
  /** The controller of the signing key: the issuer id of the batch's credentials. */
  readonly controller: string
  readonly concurrency: number
  /** The outcome of one task. Rejects only when signing itself broke down (a worker died), or on abort. */
  sign(task: SignTask, signal: AbortSignal): Promise<SignOutcome>
  /** Stops the workers. */
  close(): Promise<void>
}

/** A row signer for the batch options: workers for a key pair, the calling thread for a signer. */
export function createRowSigner(options: { keyPair?: Ed25519KeyPair; signer?: Signer; concurrency?: number; workerUrl?: string | URL }): RowSigner {
  const concurrency = options.concurrency ?? availableParallelism()
  if (!Number.isSafeInteger(concurrency) || concurrency < 1) throw new InvalidArgumentError(`"concurrency" must be a positive integer, got ${String(options.concurrency)}`)
  if ((options.keyPair === undefined) === (options.signer === undefined)) throw new InvalidArgumentError('give either "keyPair" (signing in worker threads) or "signer" (signing on this thread)')
  if (options.keyPair !== undefined) {
    assertEd25519(options.keyPair)
    return workerSigner(options.keyPair, concurrency, resolveWorkerFile(options.workerUrl))
  }
  const signer = options.signer as Signer
  if (typeof signer?.algorithm === 'string' && signer.algorithm !== 'Ed25519') {
    throw new InvalidArgumentError(`signer ${signer.id} signs ${signer.algorithm}; batch signing (Data Integrity proofs) needs an Ed25519 signer`)
  }
  return localSigner(signer, concurrency)
}

function workerSigner(keyPair: Ed25519KeyPair, concurrency: number, filename: string): RowSigner {
  if (!keyPair.secretKeyMultibase) throw new InvalidArgumentError(`key ${keyPair.id} has no secret key: cannot sign`)
  const key = exportKeyPair(keyPair, { includeSecret: true })
  // Started on the first task: a batch that fails before signing (bad template, store settings) starts
  // no threads, and no thread is stopped while it is still loading its modules.
  let pool: Piscina<WorkerTask, SignOutcome> | undefined
  return {
    controller: keyPair.controller,
    concurrency,
    sign: (task, signal) => {
      pool ??= new Piscina<WorkerTask, SignOutcome>({ filename, minThreads: concurrency, maxThreads: concurrency })
      return pool.run({ ...task, key }, { signal })
    },
    close: async () => {
      await pool?.destroy()
    },
  }
}

/** Batch issuance signs Data Integrity proofs: refuse a P-256 or RSA key pair a JavaScript caller passes. */
function assertEd25519(keyPair: KeyPair): asserts keyPair is Ed25519KeyPair {
  if (!isEd25519KeyPair(keyPair)) throw new InvalidArgumentError(notEd25519Message(keyPair, 'batch signing'))
}

function localSigner(signer: Signer, concurrency: number): RowSigner {
  const waiting: Array<() => void> = []
  let running = 0
  const acquire = async (): Promise<void> => {
    if (running < concurrency) running++
    else await new Promise<void>((resolve) => waiting.push(resolve))
  }
  // A waiting task takes over the slot; only when none waits does the slot become free.
  const release = (): void => {
    const next = waiting.shift()
    if (next) next()
    else running--
  }
  return {
    controller: signer.controller ?? controllerOf(signer.id),
    concurrency,
    async sign(task, signal) {
      await acquire()
      try {
        signal.throwIfAborted()
        return await signTask(signer, task)
      } finally {
        release()
      }
    },
    close: async () => undefined,
  }
}
