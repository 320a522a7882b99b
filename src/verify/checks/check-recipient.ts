import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { addError, type CheckContext } from '../check-context.js'
import type { ExpectedRecipient } from '../types.js'

/**
 * The `recipient` check (only with `expectedRecipient`): a known id equals `credentialSubject.id`, or a
 * known identifier matches an `identifier[]` entry (hashed: SHA-256 of identifier + salt, compared in
 * constant time; the exact value and the trimmed, lower-cased value are tried).
 */
export function checkRecipient(ctx: CheckContext, expected?: ExpectedRecipient): void {
  if (!expected) {
    ctx.skipped.set('recipient', 'no expected recipient given')
    return
  }
  const subject = ctx.credential.credentialSubject as Record<string, unknown> | undefined
  if ('id' in expected) {
    if (subject?.id !== expected.id) addError(ctx, 'recipient', 'RECIPIENT_NOT_MATCHED', `credentialSubject.id is not ${expected.id}`, '$.credentialSubject.id')
    return
  }
  const entries = Array.isArray(subject?.identifier) ? subject.identifier : subject?.identifier ? [subject.identifier] : []
  const matched = entries.some((e) => matches(e as Record<string, unknown>, expected))
  if (!matched) addError(ctx, 'recipient', 'RECIPIENT_NOT_MATCHED', 'no identifier of the subject matches the expected recipient', '$.credentialSubject.identifier')
}

function matches(entry: Record<string, unknown>, expected: { identity: string; identityType?: string }): boolean {
  if (expected.identityType && entry.identityType !== expected.identityType) return false
  const candidates = [...new Set([expected.identity, expected.identity.trim().toLowerCase()])]
  if (entry.hashed !== true) return candidates.some((c) => c === entry.identityHash)
  const hash = typeof entry.identityHash === 'string' ? entry.identityHash : ''
  const m = /^sha256\$([0-9a-fA-F]{64})$/.exec(hash)
  if (!m) return false
  const salt = typeof entry.salt === 'string' ? entry.salt : ''
  return candidates.some((c) => constantTimeEqual(bytesToHex(sha256(utf8ToBytes(c + salt))), (m[1] as string).toLowerCase()))
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}
