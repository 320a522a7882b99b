/**
 * Internal: one signing job of a batch, run in a worker thread or on the calling thread. Never throws:
 * every failure becomes `{ error }`, so nothing but plain data crosses a thread.
 *
 * @module batch
 */
import type { CanonicalisationPolicy } from '../canonical/canonicalise.js'
import { issueCredentialWithReport } from '../issue/issue-credential-with-report.js'
import type { ProofFormat } from '../issue/signing-suite.js'
import type { Signer } from '../keys/key-pair.js'
import type { QualityProfile } from '../quality/rule.js'

/** How every credential of a batch is issued. */
export interface SignSettings {
  format?: ProofFormat
  canonicalisation?: CanonicalisationPolicy
  profile?: QualityProfile
  /** ISO date-time of `proof.created`. */
  now: string
  documents?: Record<string, unknown>
}

/** One unsigned credential (with its `credentialStatus` when a store gave it a slot) to sign. */
export interface SignTask {
  credential: Record<string, unknown>
  settings: SignSettings
}

/** Why a credential was not signed: an error code (`ERR_QUALITY_GATE` with its error findings, ...). */
export interface SignFailure {
  code: string
  message: string
  findings?: Array<{ rule: string; path: string; message: string }>
}

/** The signed credential as JSON text, or why there is none. */
export type SignOutcome = { json: string } | { error: SignFailure }

/** Runs the quality gate, signs and self-checks one credential (`issueCredentialWithReport`). */
export async function signTask(signer: Signer, task: SignTask): Promise<SignOutcome> {
  try {
    const { settings } = task
    const { credential } = await issueCredentialWithReport(task.credential, signer, {
      now: settings.now,
      ...(settings.format === undefined ? {} : { format: settings.format }),
      ...(settings.canonicalisation === undefined ? {} : { canonicalisation: settings.canonicalisation }),
      ...(settings.profile === undefined ? {} : { profile: settings.profile }),
      ...(settings.documents === undefined ? {} : { documents: settings.documents }),
    })
    return { json: JSON.stringify(credential) }
  } catch (error) {
    return { error: toSignFailure(error) }
  }
}

/** Plain data for any thrown value: its code (`ERR_…`, else `ERR_UNEXPECTED`), message and findings. */
export function toSignFailure(error: unknown): SignFailure {
  const e = error as { code?: unknown; message?: unknown; findings?: unknown } | null
  const code = typeof e?.code === 'string' ? e.code : 'ERR_UNEXPECTED'
  const message = typeof e?.message === 'string' ? e.message : String(error)
  if (!Array.isArray(e?.findings)) return { code, message }
  const findings = (e.findings as Array<Record<string, unknown>>).map((f) => ({ rule: String(f.rule), path: String(f.path), message: String(f.message) }))
  return { code, message, findings }
}
