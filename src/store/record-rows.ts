/**
 * Mapping between issuance records and their table rows.
 *
 * @module store
 */
import type { IssuanceRecord, StatusListInfo } from '../model/issuance-store.js'
import type { SqlRow, SqlValue } from './sql-driver.js'

/** The record columns, in insert order. */
export const RECORD_COLUMNS = [
  'credential_id', 'idempotency_key', 'achievement_id', 'recipient', 'sha256', 'credential_json',
  'status_list_url', 'status_list_index', 'status_purpose', 'state', 'issued_at', 'updated_at', 'actor',
] as const

/** `SELECT <columns> FROM mcred_credentials`. */
export const SELECT_RECORD = `SELECT ${RECORD_COLUMNS.join(', ')} FROM mcred_credentials`

/** `INSERT INTO mcred_credentials (...) VALUES (?, ...)`. */
export const INSERT_RECORD = `INSERT INTO mcred_credentials (${RECORD_COLUMNS.join(', ')}) VALUES (${RECORD_COLUMNS.map(() => '?').join(', ')})`

/** The values of {@link INSERT_RECORD}. */
export function recordParams(record: IssuanceRecord): SqlValue[] {
  return [
    record.credentialId, record.idempotencyKey ?? null, record.achievementId ?? null, record.recipient ?? null,
    record.sha256, record.credentialJson, record.statusListCredential, record.statusListIndex, record.statusPurpose,
    record.state, record.issuedAt, record.updatedAt, record.actor,
  ]
}

/** A row of {@link SELECT_RECORD} as a record (optional columns left out when null). */
export function rowToRecord(row: SqlRow): IssuanceRecord {
  return {
    credentialId: String(row.credential_id),
    ...optional('idempotencyKey', row.idempotency_key),
    ...optional('achievementId', row.achievement_id),
    ...optional('recipient', row.recipient),
    sha256: String(row.sha256),
    credentialJson: String(row.credential_json),
    statusListCredential: String(row.status_list_url),
    statusListIndex: Number(row.status_list_index),
    statusPurpose: row.status_purpose as IssuanceRecord['statusPurpose'],
    state: row.state as IssuanceRecord['state'],
    issuedAt: String(row.issued_at),
    updatedAt: String(row.updated_at),
    actor: String(row.actor),
  }
}

/** `SELECT` of status lists with their allocation counts. */
export const SELECT_LISTS = `SELECT l.url, l.purpose, l.length, l.created_at, l.published_at, l.valid_until,
  (SELECT CAST(COUNT(*) AS INTEGER) FROM mcred_status_entries e WHERE e.list_url = l.url) AS allocated
  FROM mcred_status_lists l`

/** A row of {@link SELECT_LISTS} as list information. */
export function rowToList(row: SqlRow): StatusListInfo {
  return {
    url: String(row.url),
    purpose: row.purpose as StatusListInfo['purpose'],
    length: Number(row.length),
    allocated: Number(row.allocated),
    createdAt: String(row.created_at),
    ...optional('publishedAt', row.published_at),
    ...optional('validUntil', row.valid_until),
  }
}

function optional<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return value === null || value === undefined ? {} : ({ [key]: String(value) } as { [P in K]: string })
}
