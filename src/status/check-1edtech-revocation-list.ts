/**
 * The legacy `1EdTechRevocationList` status method (1EdTech Revocation List Status Method 1.0, VCRL):
 * `credentialStatus` is `{ id: <list URL>, type: '1EdTechRevocationList' }` and the list at that URL
 * names revoked credentials by `id`.
 *
 * @module status
 */
import type { DocumentLoader } from '../loader/create-document-loader.js'
import { issuerIdOf } from '../lib/issuer-id.js'
import type { StatusCheckerOptions, StatusError } from './create-status-checker.js'

/** The longest revocation reason quoted in a message (the list is not signed: its text is untrusted). */
const MAX_REASON_LENGTH = 200

/** One `revokedCredentials` entry, checked. */
interface RevokedEntry {
  id: string
  revoked: boolean
  reason?: string
}

/**
 * Checks a `1EdTechRevocationList` entry: loads the list at `entry.id` through `loader` (offline
 * documents, or the guarded fetch for allowed hosts) and reports `REVOKED`, with the list's
 * `revocationReason` in the message, when an entry of `revokedCredentials` has the credential's `id`
 * and `revoked` is `true` or left out.
 *
 * The list is a plain JSON document with no proof: VCRL relies on HTTPS alone. So this check fails
 * closed wherever the list cannot be trusted or understood, with `STATUS_VERIFICATION_ERROR`:
 * - the list URL must be `https:` (the signed credential names it; TLS is its only protection);
 * - the list must name its issuer (`issuer`, a string or `{ id }`, or `issuerId`): the credential's
 *   issuer, or one of `options.trustedListIssuers`;
 * - its `id`, when present, must be the URL it was loaded from;
 * - `revokedCredentials` must be an array of objects with a string `id`, `revoked` a boolean (or the
 *   strings `"true"`/`"false"`, as edubadges examples write it) and `revocationReason` a string;
 * - the credential must have an `id` (the list names credentials by id).
 *
 * A list that cannot be loaded is `STATUS_RETRIEVAL_ERROR`; a malformed `credentialStatus.id` is
 * `MALFORMED_VALUE_ERROR`. A list can only say "revoked": absence from it means not revoked.
 * `createStatusChecker` routes `1EdTechRevocationList` entries here. Never throws.
 *
 * @example
 * ```ts
 * import { createStatusChecker } from 'microcredentials'
 * const list = { id: 'https://school.example.nl/revocations', issuer: issuerId, revokedCredentials: [{ id: credential.id, revocationReason: 'fraud' }] }
 * const errors = await createStatusChecker({ documents: { [list.id]: list } })(credential, { id: list.id, type: '1EdTechRevocationList' })
 * // [{ code: 'REVOKED', check: 'status', message: 'the credential is revoked (1EdTech revocation list https://school.example.nl/revocations): "fraud"', ... }]
 * ```
 */
export async function check1EdTechRevocationList(
  credential: Record<string, unknown>,
  entry: Record<string, unknown>,
  path: string,
  loader: DocumentLoader,
  options: Pick<StatusCheckerOptions, 'trustedListIssuers'> = {},
): Promise<StatusError[]> {
  const url = entry.id
  if (typeof url !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(url)) {
    return [{ code: 'MALFORMED_VALUE_ERROR', check: 'status', message: 'a 1EdTechRevocationList credentialStatus needs "id": the URL of the revocation list', path: `${path}.id` }]
  }
  const at = `${path}.id`
  if (!url.toLowerCase().startsWith('https://')) return [verificationError(`revocation list ${url}: an unsigned 1EdTech revocation list is only trusted over https`, at)]
  const credentialId = credential.id
  if (typeof credentialId !== 'string' || credentialId.length === 0) {
    return [verificationError('the credential has no "id", so a 1EdTech revocation list cannot name it', '$.id')]
  }
  let list: Record<string, unknown>
  try {
    list = await loadList(url, loader)
  } catch (error) {
    return [{ code: 'STATUS_RETRIEVAL_ERROR', check: 'status', message: `revocation list ${url} could not be retrieved: ${(error as Error)?.message ?? String(error)}`, path: at }]
  }
  const problem = listProblem(list, url, credential, options)
  if (problem) return [verificationError(`revocation list ${url}: ${problem}`, at)]
  const parsed = revokedEntries(list.revokedCredentials as unknown[])
  if (typeof parsed === 'string') return [verificationError(`revocation list ${url}: ${parsed}`, at)]
  const hit = parsed.find((e) => e.id === credentialId && e.revoked)
  if (!hit) return []
  const reason = hit.reason === undefined ? 'no reason given' : JSON.stringify(hit.reason.slice(0, MAX_REASON_LENGTH))
  return [{ code: 'REVOKED', check: 'status', message: `the credential is revoked (1EdTech revocation list ${url}): ${reason}`, path }]
}

async function loadList(url: string, loader: DocumentLoader): Promise<Record<string, unknown>> {
  const { document } = await loader(url)
  const parsed: unknown = typeof document === 'string' ? JSON.parse(document) : document
  if (!isObject(parsed)) throw new Error('not a JSON object')
  return parsed
}

/** What makes the list untrustworthy or not a revocation list, or undefined. */
function listProblem(list: Record<string, unknown>, url: string, credential: Record<string, unknown>, options: Pick<StatusCheckerOptions, 'trustedListIssuers'>): string | undefined {
  if (list.id !== undefined && list.id !== url) return `its id ${JSON.stringify(list.id)} is not ${url}`
  if (!Array.isArray(list.revokedCredentials)) return 'it has no "revokedCredentials" array (not a 1EdTech revocation list)'
  const issuer = issuerIdOf(list)
  const issuerId = list.issuerId
  if (issuerId !== undefined && typeof issuerId !== 'string') return 'its issuerId must be a string'
  if (issuer !== undefined && issuerId !== undefined && issuer !== issuerId) return `its issuer ${issuer} and issuerId ${issuerId} differ`
  const listIssuer = issuer ?? issuerId
  if (listIssuer === undefined) return 'it does not name its issuer ("issuer" or "issuerId")'
  const credentialIssuer = issuerIdOf(credential)
  if (listIssuer !== credentialIssuer && !(options.trustedListIssuers ?? []).includes(listIssuer)) {
    return `it is published by ${listIssuer}, not by the credential's issuer ${String(credentialIssuer)} nor by a trusted list issuer`
  }
  return undefined
}

/** The entries of `revokedCredentials`, or what is wrong with them. */
function revokedEntries(items: unknown[]): RevokedEntry[] | string {
  const entries: RevokedEntry[] = []
  for (const [i, item] of items.entries()) {
    if (!isObject(item) || typeof item.id !== 'string') return `revokedCredentials[${i}] must be an object with a string "id"`
    const revoked = revokedFlag(item.revoked)
    if (revoked === undefined) return `revokedCredentials[${i}].revoked must be true or false, got ${JSON.stringify(item.revoked)}`
    if (item.revocationReason !== undefined && typeof item.revocationReason !== 'string') return `revokedCredentials[${i}].revocationReason must be a string`
    entries.push({ id: item.id, revoked, ...(item.revocationReason === undefined ? {} : { reason: item.revocationReason as string }) })
  }
  return entries
}

/** `revoked`: left out or true means revoked; the strings "true"/"false" are read as such. */
function revokedFlag(value: unknown): boolean | undefined {
  if (value === undefined || value === true || value === 'true') return true
  if (value === false || value === 'false') return false
  return undefined
}

function verificationError(message: string, path: string): StatusError {
  return { code: 'STATUS_VERIFICATION_ERROR', check: 'status', message, path }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
