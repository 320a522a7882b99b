/** Internal: the learner part of `credentialSubject` (`id` and hashed `identifier[]`). */
import type { RecipientSpec } from '../model/microcredential-spec.js'
import type { IdentityObject } from '../model/ob3-base.js'
import { RECIPIENT_IDENTITY_TYPES } from '../model/vocabulary.js'
import { hashIdentifier } from './hash-identifier.js'
import { normaliseEmail } from './normalise-email.js'
import { newSalt } from './randomness.js'

/**
 * The learner's `id` and `identifier[]`, ready to spread into `credentialSubject`.
 *
 * @example
 * ```ts
 * const { id, identifier }: SubjectIdentity = buildSubjectIdentity({ email: 'jan@example.org' }, defaultRandomBytes)
 * ```
 */
export interface SubjectIdentity {
  id?: string
  identifier?: IdentityObject[]
}

/**
 * Hashes email, eduID and student number (fresh salt each), adds the name in plain text.
 *
 * @example
 * ```ts
 * buildSubjectIdentity({ id: 'did:example:1', name: 'Jan' }, defaultRandomBytes).identifier?.[0]?.identityType // 'name'
 * ```
 */
export function buildSubjectIdentity(recipient: RecipientSpec, randomBytes: (n: number) => Uint8Array): SubjectIdentity {
  const identifier: IdentityObject[] = []
  const hashed = (value: string, identityType: string): IdentityObject => {
    const salt = newSalt(randomBytes)
    return { type: 'IdentityObject', hashed: true, identityHash: hashIdentifier(value, salt), identityType, salt }
  }
  if (recipient.email !== undefined) identifier.push(hashed(normaliseEmail(recipient.email), RECIPIENT_IDENTITY_TYPES.email))
  if (recipient.eduId !== undefined) identifier.push(hashed(recipient.eduId.trim(), RECIPIENT_IDENTITY_TYPES.eduId))
  if (recipient.studentNumber !== undefined) {
    identifier.push(hashed(recipient.studentNumber.trim(), RECIPIENT_IDENTITY_TYPES.studentNumber))
  }
  if (recipient.name !== undefined) {
    identifier.push({ type: 'IdentityObject', hashed: false, identityHash: recipient.name, identityType: RECIPIENT_IDENTITY_TYPES.name })
  }
  return {
    ...(recipient.id !== undefined ? { id: recipient.id } : {}),
    ...(identifier.length > 0 ? { identifier } : {}),
  }
}
