/**
 * Internal: the stable ids of a batch: the achievement id when the template has none, the learner key
 * of a row, and name-based UUIDs (RFC 9562 version 8, from SHA-256).
 *
 * @module batch
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { normaliseEmail } from '../build/normalise-email.js'
import type { MicrocredentialSpec } from '../model/microcredential-spec.js'
import type { LearnerRow } from './types.js'

/** Lower-case hex SHA-256 of the UTF-8 parts joined by line breaks. */
export function hashHex(...parts: string[]): string {
  return bytesToHex(sha256(utf8ToBytes(parts.join('\n'))))
}

/** A name-based UUID (version 8, SHA-256 of the parts), as in RFC 9562 appendix B.2. */
export function nameUuid(...parts: string[]): string {
  const b = sha256(utf8ToBytes(parts.join('\n'))).slice(0, 16)
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x80
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80
  const h = bytesToHex(b)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/**
 * The achievement id of every credential of a batch: the template's `achievement.id`, else a stable
 * `urn:uuid:` from the issuer and achievement name (so reruns and all rows agree).
 */
export function batchAchievementId(spec: MicrocredentialSpec): string {
  return spec.achievement?.id ?? `urn:uuid:${nameUuid('mcred-batch-achievement', spec.issuer?.id ?? spec.issuer?.name ?? '', spec.achievement?.name ?? '')}`
}

/** The credential id of a row: a stable `urn:uuid:` from the achievement id and the row id. */
export function batchCredentialId(spec: MicrocredentialSpec, id: string): string {
  return `urn:uuid:${nameUuid('mcred-batch-credential', batchAchievementId(spec), id)}`
}

/** What identifies the learner of a row: learner id, else eduID, else the normalised email; undefined when none. */
export function learnerKey(row: LearnerRow): string | undefined {
  const learnerId = row.learnerId?.trim()
  if (learnerId) return `learner_id:${learnerId}`
  const eduId = row.eduId?.trim()
  if (eduId) return `eduid:${eduId}`
  const email = row.email === undefined ? '' : normaliseEmail(row.email)
  return email ? `email:${email}` : undefined
}
