/**
 * Batch issuance: the row model, options and per-row results of `issueBatch`.
 *
 * @module batch
 */
import type { CanonicalisationPolicy } from '../canonical/canonicalise.js'
import type { ProofFormat } from '../issue/signing-suite.js'
import type { Ed25519KeyPair, Signer } from '../keys/key-pair.js'
import type { MicrocredentialSpec } from '../model/microcredential-spec.js'
import type { IssuanceStore } from '../model/issuance-store.js'
import type { QualityProfile } from '../quality/rule.js'

/**
 * One learner of an SIS export. CSV columns (header names, case-insensitive; documented with a
 * template in `examples/learners.template.csv`): `learner_id` (student number), `email`, `eduid`,
 * `given_name`, `family_name`, `grade`, `awarded_date`, `evidence_url`, `idempotency_key`.
 * At least one of learner id, email or eduID identifies the learner.
 *
 * @example
 * ```ts
 * import type { LearnerRow } from 'microcredentials/batch'
 * const row: LearnerRow = { learnerId: '123456', email: 'jan@example.nl', givenName: 'Jan', familyName: 'Jansen', grade: '8', awardedDate: '2026-06-30' }
 * ```
 */
export interface LearnerRow {
  learnerId?: string
  email?: string
  eduId?: string
  givenName?: string
  familyName?: string
  grade?: string
  awardedDate?: string
  evidenceUrl?: string
  idempotencyKey?: string
}

/**
 * A row with its 1-based row number in the input (header excluded, empty lines not counted), or a row
 * that could not be read. `readLearners` yields `rowNumber` 0 when the file's header is unusable (no
 * identifying column); nothing follows it.
 *
 * @example
 * ```ts
 * import type { NumberedRow } from 'microcredentials/batch'
 * const row: NumberedRow = { rowNumber: 1, row: { learnerId: '123456' } }
 * ```
 */
export type NumberedRow =
  | { rowNumber: number; row: LearnerRow; /** 1-based line of the file where the row starts (`readLearners`). */ line?: number }
  | { rowNumber: number; error: string; /** 1-based line of the file where the row starts (`readLearners`). */ line?: number }

/**
 * Where batch results are kept without a store: a journal by stable row id (the CLI uses the output
 * folder: one credential file per learner, written atomically).
 *
 * @example
 * ```ts
 * import { createDirectoryJournal, type BatchJournal } from 'microcredentials/batch'
 * const journal: BatchJournal = createDirectoryJournal('out')
 * ```
 */
export interface BatchJournal {
  /** The credential JSON issued under `id`, or undefined. */
  get(id: string): Promise<string | undefined>
  /** Records `json` under `id`, atomically (a crash leaves either nothing or all of it). */
  put(id: string, json: string): Promise<void>
}

/**
 * Options of `issueBatch`.
 *
 * @example
 * ```ts
 * import type { BatchOptions } from 'microcredentials/batch'
 * const options: BatchOptions = { spec, keyPair, store, concurrency: 2 }
 * ```
 */
export interface BatchOptions {
  /** The achievement and issuer; each row fills in recipient, result, awarded date and evidence. */
  spec: MicrocredentialSpec
  /**
   * The issuer's Ed25519 key pair: signing runs in worker threads, which need the key itself. Batch
   * issuance signs Data Integrity proofs only, so a P-256 or RSA key pair is refused.
   */
  keyPair?: Ed25519KeyPair
  /** Or a signer (HSM, KMS): signing then runs on the calling thread. One of `keyPair` or `signer`. */
  signer?: Signer
  /** Record every credential (status list entry, idempotency per row). */
  store?: IssuanceStore
  /**
   * Where issued credentials are kept by row id. Without a store it says what a rerun skips; with a
   * store it receives a copy of every issued or already-issued credential after each step commits.
   */
  journal?: BatchJournal
  format?: ProofFormat
  /** How credentials are canonicalised (default `'auto'`: the fast JSON-LD path, jsonld.js for anything outside it; `'fast'` fails such rows). */
  canonicalisation?: CanonicalisationPolicy
  profile?: QualityProfile
  /** Worker threads (with `signer`: credentials signed at a time on the calling thread). Default: the number of cores. */
  concurrency?: number
  /** Issuance time (proof.created, record times). Default: now. */
  now?: Date
  /** Who issues, for the store's audit log. */
  actor?: string
  /** Controller documents for the self-check (did:web issuers). */
  documents?: Record<string, unknown>
  /**
   * Rows per step (and per store transaction). At most two steps are in memory at a time.
   * Default: 16 per worker, at least 64.
   */
  chunkSize?: number
  /**
   * The built worker module (`dist/batch-worker.js` of this package). Default: found next to the
   * built library; when running from the TypeScript sources, `dist/batch-worker.js` of the repository.
   */
  workerUrl?: string | URL
}

/**
 * One problem of a failed row: the column (when one is to blame), a rule id or error code, and the message.
 *
 * @example
 * ```ts
 * import type { RowProblem } from 'microcredentials/batch'
 * const p: RowProblem = { column: 'email', code: 'INVALID_EMAIL', message: 'not an email address: "jan@"' }
 * ```
 */
export interface RowProblem {
  column?: string
  /** A quality rule id, an error code (`ERR_…`) or a row check code. */
  code: string
  message: string
  /** JSON path in the credential, for quality findings. */
  path?: string
}

/**
 * The result of one row, yielded in input order.
 *
 * @example
 * ```ts
 * import type { BatchResult } from 'microcredentials/batch'
 * for await (const r of issueBatch(rows, options)) if (r.status === 'failed') console.log(r.rowNumber, r.problems)
 * ```
 */
export type BatchResult =
  | { rowNumber: number; id: string; status: 'issued' | 'already-issued'; credentialId: string; credentialJson: string }
  | { rowNumber: number; /** 1-based line of the input file where the row starts, when read by `readLearners`. */ line?: number; id?: string; status: 'failed'; problems: RowProblem[] }
