/**
 * The issuance store on SQL (SQLite or PostgreSQL through {@link SqlDriver}).
 *
 * @module store
 */
import { createHash } from 'node:crypto'
import { InvalidArgumentError, StoreError } from '../errors/errors.js'
import type {
  AuditEvent, IssuanceRecord, IssuanceStore, IssueOutcome, IssueRequest, StatusAction, StatusAllocation,
  StatusChangeOptions, StatusListInfo,
} from '../model/issuance-store.js'
import { allocateSlot, type RandomInt } from './allocate-slot.js'
import { appendAudit, auditQuery, rowToAudit } from './audit-log.js'
import { INSERT_RECORD, recordParams, rowToList, rowToRecord, SELECT_LISTS, SELECT_RECORD } from './record-rows.js'
import type { SqlDriver, SqlTx } from './sql-driver.js'
import { bitIsSet, nextState } from './status-transition.js'
import { readSettings, type StoreSettings } from './store-settings.js'

/** How often `issue` retries after losing a race on a unique key (it then finds the winner's record). */
const RACE_RETRIES = 3

/** An {@link IssuanceStore} over a SQL driver. */
export class SqlIssuanceStore implements IssuanceStore {
  readonly kind: string

  constructor(private readonly driver: SqlDriver, private readonly randomInt: RandomInt) {
    this.kind = driver.dialect
  }

  async issue(request: IssueRequest, sign: (slot: StatusAllocation) => Promise<string>): Promise<IssueOutcome> {
    const [outcome] = await this.issueMany([request], async ([slot]) => [await sign(slot!)])
    if (outcome === undefined) throw new InvalidArgumentError('issue() produced no outcome')
    if ('error' in outcome) throw outcome.error
    return outcome
  }

  async issueMany(requests: readonly IssueRequest[], sign: (slots: StatusAllocation[], requests: IssueRequest[]) => Promise<Array<string | { error: unknown }>>): Promise<ManyOutcome[]> {
    requests.forEach(checkRequest)
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.driver.transaction((tx) => this.issueManyIn(tx, requests, sign))
      } catch (error) {
        if (!this.driver.isUniqueViolation(error) || attempt >= RACE_RETRIES) throw error
      }
    }
  }

  private async issueManyIn(tx: SqlTx, requests: readonly IssueRequest[], sign: (slots: StatusAllocation[], requests: IssueRequest[]) => Promise<Array<string | { error: unknown }>>): Promise<ManyOutcome[]> {
    // Locks in one order, so concurrent batches cannot deadlock.
    const keys = [...new Set(requests.map(lockKey))].sort()
    for (const key of keys) await tx.lock(key)
    const outcomes: ManyOutcome[] = new Array(requests.length)
    const fresh: Array<{ at: number; slot: StatusAllocation }> = []
    const firstOf = new Map<string, number>()
    const repeats: Array<[at: number, first: number]> = []
    let settings: StoreSettings | undefined
    for (const [i, request] of requests.entries()) {
      const key = lockKey(request)
      const first = firstOf.get(key)
      if (first !== undefined) { repeats.push([i, first]); continue }
      firstOf.set(key, i)
      try {
        const existing = await this.existing(tx, request)
        if (existing) { outcomes[i] = { record: existing, reused: true }; continue }
      } catch (error) {
        outcomes[i] = { error }
        continue
      }
      settings ??= await readSettings(tx)
      fresh.push({ at: i, slot: await allocateSlot(tx, settings, request.credentialId, request.now, this.randomInt) })
    }
    const signed = fresh.length === 0 ? [] : await sign(fresh.map((f) => f.slot), fresh.map((f) => requests[f.at]!))
    if (!Array.isArray(signed) || signed.length !== fresh.length) throw new InvalidArgumentError(`sign() must return one result per slot (${fresh.length})`)
    for (const [j, { at, slot }] of fresh.entries()) {
      outcomes[at] = await this.record(tx, requests[at]!, slot, signed[j]!)
    }
    for (const [at, first] of repeats) outcomes[at] = repeat(outcomes[first]!)
    return outcomes
  }

  /** Writes the record and audit event of a signed credential, or releases the slot of a failed one. */
  private async record(tx: SqlTx, request: IssueRequest, slot: StatusAllocation, signed: string | { error: unknown }): Promise<ManyOutcome> {
    if (typeof signed !== 'string' || signed.length === 0) {
      await tx.query('DELETE FROM mcred_status_entries WHERE list_url = ? AND list_index = ?', [slot.statusListCredential, slot.statusListIndex])
      return { error: typeof signed === 'object' && signed !== null && 'error' in signed ? signed.error : new InvalidArgumentError('sign() must return the signed credential as JSON text') }
    }
    const at = request.now.toISOString()
    const record: IssuanceRecord = {
      credentialId: request.credentialId,
      ...(request.idempotencyKey === undefined ? {} : { idempotencyKey: request.idempotencyKey }),
      ...(request.achievementId === undefined ? {} : { achievementId: request.achievementId }),
      ...(request.recipient === undefined ? {} : { recipient: request.recipient }),
      sha256: createHash('sha256').update(signed, 'utf8').digest('hex'),
      credentialJson: signed,
      ...slot,
      state: 'active',
      issuedAt: at,
      updatedAt: at,
      actor: request.actor,
    }
    await tx.query(INSERT_RECORD, recordParams(record))
    await appendAudit(tx, { at, actor: request.actor, action: 'issue', credentialId: record.credentialId, statusListCredential: slot.statusListCredential, details: { statusListIndex: slot.statusListIndex, sha256: record.sha256, ...(record.idempotencyKey ? { idempotencyKey: record.idempotencyKey } : {}) } })
    return { record, reused: false }
  }

  /** The record this request repeats, after checking it is the same credential; undefined for a new one. */
  private async existing(tx: SqlTx, request: IssueRequest): Promise<IssuanceRecord | undefined> {
    const byKey = request.idempotencyKey === undefined ? undefined : await one(tx, `${SELECT_RECORD} WHERE idempotency_key = ?`, request.idempotencyKey)
    const byId = await one(tx, `${SELECT_RECORD} WHERE credential_id = ?`, request.credentialId)
    if (byKey) {
      assertSameCredential(byKey, request, `idempotency key ${JSON.stringify(request.idempotencyKey)}`)
      return byKey
    }
    if (byId && request.idempotencyKey !== undefined) {
      throw new StoreError('ERR_IDEMPOTENCY_CONFLICT', `credential ${request.credentialId} was already issued${byId.idempotencyKey === undefined ? ' without an idempotency key' : ` under idempotency key ${JSON.stringify(byId.idempotencyKey)}`}`)
    }
    if (byId) assertSameCredential(byId, request, `credential id ${request.credentialId}`)
    return byId
  }

  async get(credentialId: string): Promise<IssuanceRecord | undefined> {
    return one(this.driver, `${SELECT_RECORD} WHERE credential_id = ?`, credentialId)
  }

  async getByIdempotencyKey(idempotencyKey: string): Promise<IssuanceRecord | undefined> {
    return one(this.driver, `${SELECT_RECORD} WHERE idempotency_key = ?`, idempotencyKey)
  }

  async changeStatus(credentialId: string, action: StatusAction, options: StatusChangeOptions): Promise<IssuanceRecord> {
    return this.driver.transaction(async (tx) => {
      await tx.lock(`mcred:status:${credentialId}`)
      const record = await one(tx, `${SELECT_RECORD} WHERE credential_id = ?`, credentialId)
      if (!record) throw new StoreError('ERR_NOT_FOUND', `no credential ${credentialId} in store ${this.driver.location}`)
      const state = nextState(record, action)
      if (state === undefined) return record
      const at = options.now.toISOString()
      await tx.query('UPDATE mcred_credentials SET state = ?, updated_at = ? WHERE credential_id = ?', [state, at, credentialId])
      await appendAudit(tx, { at, actor: options.actor, action, credentialId, statusListCredential: record.statusListCredential, details: { from: record.state, to: state, statusListIndex: record.statusListIndex, ...(options.reason ? { reason: options.reason } : {}) } })
      return { ...record, state, updatedAt: at }
    })
  }

  async statusLists(): Promise<StatusListInfo[]> {
    return (await this.driver.query(`${SELECT_LISTS} ORDER BY l.series`)).map(rowToList)
  }

  async statusListBits(url: string): Promise<{ list: StatusListInfo; setIndexes: number[] }> {
    const lists = await this.driver.query(`${SELECT_LISTS} WHERE l.url = ?`, [url])
    if (lists[0] === undefined) throw new StoreError('ERR_NOT_FOUND', `no status list ${url} in store ${this.driver.location}`)
    const rows = await this.driver.query<{ status_list_index: number; state: IssuanceRecord['state'] }>(
      'SELECT status_list_index, state FROM mcred_credentials WHERE status_list_url = ? AND state <> ? ORDER BY status_list_index', [url, 'active'])
    return { list: rowToList(lists[0]), setIndexes: rows.filter((r) => bitIsSet(r.state)).map((r) => Number(r.status_list_index)) }
  }

  async recordPublication(url: string, publication: { actor: string; now: Date; validUntil: string; sha256: string }): Promise<void> {
    await this.driver.transaction(async (tx) => {
      const at = publication.now.toISOString()
      const rows = await tx.query('UPDATE mcred_status_lists SET published_at = ?, valid_until = ?, published_sha256 = ? WHERE url = ? RETURNING url', [at, publication.validUntil, publication.sha256, url])
      if (rows.length === 0) throw new StoreError('ERR_NOT_FOUND', `no status list ${url} in store ${this.driver.location}`)
      await appendAudit(tx, { at, actor: publication.actor, action: 'publish', statusListCredential: url, details: { validUntil: publication.validUntil, sha256: publication.sha256 } })
    })
  }

  async auditLog(filter: { credentialId?: string; statusListCredential?: string } = {}): Promise<AuditEvent[]> {
    const { sql, params } = auditQuery(filter)
    return (await this.driver.query(sql, params)).map(rowToAudit)
  }

  async close(): Promise<void> {
    await this.driver.close()
  }
}

/** The outcome of one request of `issueMany`. */
type ManyOutcome = IssueOutcome | { error: unknown }

/** A later request with the key of an earlier one in the same call: the earlier one's record, reused. */
function repeat(first: ManyOutcome): ManyOutcome {
  return 'error' in first ? first : { record: first.record, reused: true }
}

function lockKey(request: IssueRequest): string {
  return `mcred:issue:${request.idempotencyKey ?? request.credentialId}`
}

async function one(db: Pick<SqlTx, 'query'>, sql: string, value: string): Promise<IssuanceRecord | undefined> {
  const rows = await db.query(sql, [value])
  return rows[0] === undefined ? undefined : rowToRecord(rows[0])
}

function assertSameCredential(record: IssuanceRecord, request: IssueRequest, what: string): void {
  // Recipients are not compared: a rebuilt credential hashes the recipient with a fresh salt.
  if (record.achievementId !== undefined && request.achievementId !== undefined && record.achievementId !== request.achievementId) {
    throw new StoreError('ERR_IDEMPOTENCY_CONFLICT', `${what} was used for credential ${record.credentialId} of achievement ${record.achievementId}; this request is for achievement ${request.achievementId}`)
  }
}

function checkRequest(request: IssueRequest): void {
  if (typeof request?.credentialId !== 'string' || request.credentialId.length === 0) throw new InvalidArgumentError('the credential to store needs an "id"')
  if (request.idempotencyKey !== undefined && (typeof request.idempotencyKey !== 'string' || request.idempotencyKey.length === 0 || request.idempotencyKey.length > 200)) {
    throw new InvalidArgumentError('"idempotencyKey" must be a non-empty string of at most 200 characters')
  }
  if (typeof request.actor !== 'string' || request.actor.length === 0) throw new InvalidArgumentError('"actor" must be a non-empty string')
  if (!(request.now instanceof Date) || Number.isNaN(request.now.getTime())) throw new InvalidArgumentError('"now" must be a valid Date')
}
