import { createHash } from 'node:crypto'
import { InvalidArgumentError } from '../errors/errors.js'
import { issueStatusListCredential } from '../issue/issue-status-list-credential.js'
import type { SignedCredential } from '../issue/types.js'
import type { Signer } from '../keys/key-pair.js'
import { controllerOf } from '../lib/issuer-id.js'
import type { IssuanceStore } from '../model/issuance-store.js'
import { buildStatusListCredential } from '../status/status-list-credential.js'

/**
 * Default time a published list stays valid: 7 days. Republish before then (a daily job is typical):
 * verifiers refuse an expired list (`STATUS_VERIFICATION_ERROR`).
 *
 * @example
 * ```ts
 * import { publishStatusList, DEFAULT_LIST_VALIDITY_SECONDS } from 'microcredentials/store'
 * await publishStatusList(store, signer, { url, validForSeconds: DEFAULT_LIST_VALIDITY_SECONDS / 7 })
 * ```
 */
export const DEFAULT_LIST_VALIDITY_SECONDS = 7 * 24 * 3600

/**
 * Options of {@link publishStatusList}.
 *
 * @example
 * ```ts
 * import type { PublishOptions } from 'microcredentials/store'
 * const options: PublishOptions = { url: 'https://school.example.nl/status/1', validForSeconds: 2 * 24 * 3600, actor: 'nightly-job' }
 * ```
 */
export interface PublishOptions {
  /** The list to publish (see `store.statusLists()`). */
  url: string
  /** Publication time (`validFrom`, `proof.created`). Default: now. */
  now?: Date
  /** `validUntil` = now + this. Default {@link DEFAULT_LIST_VALIDITY_SECONDS}. */
  validForSeconds?: number
  /** Who publishes, for the audit log. Default `microcredentials`. */
  actor?: string
  /** Controller documents (did:web, https issuers) for the self-check. */
  documents?: Record<string, unknown>
}

/**
 * A published list: the signed credential, the exact text to host at `url`, and its SHA-256.
 *
 * @example
 * ```ts
 * import type { PublishedStatusList } from 'microcredentials/store'
 * const published: PublishedStatusList = await publishStatusList(store, signer, { url })
 * await writeFile('status-1.json', published.json)
 * ```
 */
export interface PublishedStatusList {
  url: string
  credential: SignedCredential
  json: string
  sha256: string
  validUntil: string
}

/**
 * Builds the `BitstringStatusListCredential` of one list from the store's current states (revoked,
 * or suspended on a suspension list), signs it (`eddsa-rdfc-2022`, the signer's controller as
 * issuer: use the key the credentials were issued with), records a `publish` audit event, and returns
 * the text to host at the list's URL. Throws `StoreError` `ERR_NOT_FOUND` for an unknown list.
 *
 * @example
 * ```ts
 * import { openStore, publishStatusList } from 'microcredentials/store'
 * const store = await openStore('issued.db')
 * for (const list of await store.statusLists()) {
 *   const published = await publishStatusList(store, signer, { url: list.url })
 *   await writeFile(`public/status/${list.url.split('/').pop()}`, published.json)
 * }
 * ```
 */
export async function publishStatusList(store: IssuanceStore, signer: Signer, options: PublishOptions): Promise<PublishedStatusList> {
  if (typeof options?.url !== 'string') throw new InvalidArgumentError('"url" must name the status list to publish (see store.statusLists())')
  const now = options.now ?? new Date()
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new InvalidArgumentError('"now" must be a valid Date')
  const validFor = options.validForSeconds ?? DEFAULT_LIST_VALIDITY_SECONDS
  if (!Number.isSafeInteger(validFor) || validFor <= 0) throw new InvalidArgumentError(`"validForSeconds" must be a positive whole number, got ${String(validFor)}`)
  const { list, setIndexes } = await store.statusListBits(options.url)
  const validUntil = new Date(now.getTime() + validFor * 1000).toISOString().replace(/\.000Z$/, 'Z')
  const unsigned = buildStatusListCredential({
    url: list.url, issuer: signer.controller ?? controllerOf(signer.id), purpose: list.purpose, length: list.length, setIndexes,
    validFrom: now.toISOString().replace(/\.000Z$/, 'Z'), validUntil,
  })
  const credential = await issueStatusListCredential(unsigned, signer, { now, ...(options.documents ? { documents: options.documents } : {}) })
  const json = `${JSON.stringify(credential, null, 2)}\n`
  const sha256 = createHash('sha256').update(json, 'utf8').digest('hex')
  await store.recordPublication(list.url, { actor: options.actor ?? 'microcredentials', now, validUntil, sha256 })
  return { url: list.url, credential, json, sha256, validUntil }
}
