/**
 * Text renderings of store records, lists and audit events for the status commands.
 *
 * @module cli
 */
import type { AuditEvent, IssuanceRecord, StatusListInfo } from '../../../store/index.js'

/** A record without the credential's JSON (for `status show`). */
export type RecordSummary = Omit<IssuanceRecord, 'credentialJson'>

/** Drops the credential's JSON from a record. */
export function summarise(record: IssuanceRecord): RecordSummary {
  const { credentialJson: _json, ...rest } = record
  void _json
  return rest
}

/** The record and its audit events as aligned lines. */
export function recordText(record: RecordSummary, events: readonly AuditEvent[]): string {
  const rows: Array<[string, string | undefined]> = [
    ['state', record.state],
    ['status list', `${record.statusListCredential} index ${record.statusListIndex} (${record.statusPurpose})`],
    ['achievement', record.achievementId],
    ['recipient', record.recipient],
    ['issued', `${record.issuedAt} by ${record.actor}`],
    ['updated', record.updatedAt],
    ['idempotency key', record.idempotencyKey],
    ['sha256', record.sha256],
  ]
  return [
    record.credentialId,
    ...rows.filter(([, v]) => v !== undefined).map(([k, v]) => `  ${k.padEnd(16)}${v}`),
    'audit log',
    ...events.map(eventText),
  ].join('\n')
}

/** One audit event on one line. */
export function eventText(event: AuditEvent): string {
  const details = Object.entries(event.details).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ')
  return `  #${event.seq} ${event.at} ${event.action} by ${event.actor}${details ? `  ${details}` : ''}`
}

/** The store's lists as lines. */
export function listsText(lists: readonly StatusListInfo[], now: Date): string {
  if (lists.length === 0) return 'no status lists yet (the first credential issued with --store opens one)'
  return lists.map((l) => {
    const published = l.publishedAt === undefined ? 'never published' : `published ${l.publishedAt}, valid until ${l.validUntil}${l.validUntil && Date.parse(l.validUntil) < now.getTime() ? ' (EXPIRED: republish)' : ''}`
    return `${l.url}  ${l.purpose}  ${l.allocated} of ${l.length} allocated  ${published}`
  }).join('\n')
}
