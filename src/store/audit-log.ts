/**
 * The append-only audit log: one row per issue, revoke, suspend, reinstate and publish.
 *
 * @module store
 */
import type { AuditEvent } from '../model/issuance-store.js'
import type { SqlRow, SqlTx, SqlValue } from './sql-driver.js'

/** Appends one event inside the caller's transaction. */
export async function appendAudit(tx: SqlTx, event: Omit<AuditEvent, 'seq'>): Promise<void> {
  await tx.query('INSERT INTO mcred_audit_events (at, actor, action, credential_id, list_url, details) VALUES (?, ?, ?, ?, ?, ?)', [
    event.at, event.actor, event.action, event.credentialId ?? null, event.statusListCredential ?? null, JSON.stringify(event.details),
  ])
}

/** The `SELECT` and parameters of an audit query. */
export function auditQuery(filter: { credentialId?: string; statusListCredential?: string } = {}): { sql: string; params: SqlValue[] } {
  const where: string[] = []
  const params: SqlValue[] = []
  if (filter.credentialId !== undefined) { where.push('credential_id = ?'); params.push(filter.credentialId) }
  if (filter.statusListCredential !== undefined) { where.push('list_url = ?'); params.push(filter.statusListCredential) }
  const clause = where.length === 0 ? '' : ` WHERE ${where.join(' AND ')}`
  return { sql: `SELECT seq, at, actor, action, credential_id, list_url, details FROM mcred_audit_events${clause} ORDER BY seq`, params }
}

/** A row of {@link auditQuery} as an event. */
export function rowToAudit(row: SqlRow): AuditEvent {
  return {
    seq: Number(row.seq),
    at: String(row.at),
    actor: String(row.actor),
    action: row.action as AuditEvent['action'],
    ...(row.credential_id === null ? {} : { credentialId: String(row.credential_id) }),
    ...(row.list_url === null ? {} : { statusListCredential: String(row.list_url) }),
    details: JSON.parse(String(row.details)) as Record<string, unknown>,
  }
}
