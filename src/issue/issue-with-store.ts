import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { VC_V2_CONTEXT } from '../contexts/urls.js'
import { InvalidArgumentError, InvalidCredentialError } from '../errors/errors.js'
import type { IssuanceStore, IssueRequest } from '../model/issuance-store.js'
import { statusListEntry } from '../status/status-list-credential.js'
import { signPrepared, type PreparedIssue } from './prepare-issue.js'
import type { IssueOptions, IssueResult, SignedCredential } from './types.js'

/** The actor recorded when the caller names none. */
const DEFAULT_ACTOR = 'microcredentials'

/**
 * Issues through a store: the store reserves the idempotency key, allocates a status list slot, and
 * records the credential signed with that slot's `credentialStatus`, in one transaction. A retry with
 * the same key returns the stored credential.
 */
export async function issueWithStore(prepared: PreparedIssue, store: IssuanceStore, options: IssueOptions): Promise<IssueResult> {
  const { unsigned } = prepared
  assertStorable(unsigned)
  const request: IssueRequest = {
    credentialId: unsigned.id as string,
    ...(options.idempotencyKey === undefined ? {} : { idempotencyKey: options.idempotencyKey }),
    ...optional('achievementId', achievementIdOf(unsigned)),
    ...optional('recipient', recipientKeyOf(unsigned)),
    actor: options.actor ?? DEFAULT_ACTOR,
    now: prepared.created,
  }
  const outcome = await store.issue(request, async (slot) => JSON.stringify(await signPrepared(prepared, { ...unsigned, credentialStatus: statusListEntry(slot) })))
  const credential = JSON.parse(outcome.record.credentialJson) as SignedCredential
  return { credential, ...prepared.gate, record: outcome.record, reused: outcome.reused }
}

function assertStorable(unsigned: Record<string, unknown>): void {
  if (typeof unsigned.id !== 'string' || unsigned.id.length === 0) throw new InvalidArgumentError('a credential issued through a store needs an "id" (buildCredential gives one)')
  if (unsigned.credentialStatus !== undefined) throw new InvalidArgumentError('the credential already has a credentialStatus; the store adds one')
  const contexts = unsigned['@context']
  if (!Array.isArray(contexts) || contexts[0] !== VC_V2_CONTEXT) {
    throw new InvalidCredentialError(`status lists need a VC Data Model 2.0 credential (first @context ${VC_V2_CONTEXT})`)
  }
}

function achievementIdOf(credential: Record<string, unknown>): string | undefined {
  const subject = credential.credentialSubject as { achievement?: { id?: unknown } } | undefined
  const id = subject?.achievement?.id
  return typeof id === 'string' ? id : undefined
}

/** The recipient as stored: the salted identity hash when the subject has one, else `sha256$` + hex of the subject id. */
export function recipientKeyOf(credential: Record<string, unknown>): string | undefined {
  const subject = credential.credentialSubject as { id?: unknown; identifier?: unknown } | undefined
  const identifiers = Array.isArray(subject?.identifier) ? subject.identifier : subject?.identifier === undefined ? [] : [subject.identifier]
  for (const entry of identifiers as Array<{ hashed?: unknown; identityHash?: unknown }>) {
    if (entry?.hashed === true && typeof entry.identityHash === 'string') return entry.identityHash
  }
  return typeof subject?.id === 'string' ? `sha256$${bytesToHex(sha256(utf8ToBytes(subject.id)))}` : undefined
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: string })
}
