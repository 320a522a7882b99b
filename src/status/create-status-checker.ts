/**
 * The status checker: W3C Bitstring Status List entries in `credentialStatus`, checked offline
 * against status list credentials supplied as documents (or fetched from allowed hosts).
 *
 * @module status
 */
import { parseDidKey } from '../did/parse-did-key.js'
import { createDocumentLoader, type DocumentLoader } from '../loader/create-document-loader.js'
import { controllerOf, issuerIdOf } from '../lib/issuer-id.js'
import type { FetchLike } from '../net/guarded-fetch.js'
import { isDateTime } from '../proofs/proof-shape.js'
import { verifyProofSet } from '../proofs/verify-proof-set.js'
import { decodeList, DEFAULT_MAX_LIST_BYTES, getBit, MIN_STATUS_LIST_LENGTH, StatusListError } from './bitstring.js'
import { check1EdTechRevocationList } from './check-1edtech-revocation-list.js'

/**
 * One problem a status checker reports (structurally a verification error of the `status` check).
 *
 * @example
 * ```ts
 * import { createStatusChecker, type StatusError } from 'microcredentials'
 * const errors: StatusError[] = await createStatusChecker({ documents })(credential, credential.credentialStatus)
 * ```
 */
export interface StatusError {
  code: 'REVOKED' | 'SUSPENDED' | 'STATUS_RETRIEVAL_ERROR' | 'STATUS_VERIFICATION_ERROR' | 'STATUS_UNCHECKED' | 'MALFORMED_VALUE_ERROR' | 'RESOURCE_LIMIT_EXCEEDED'
  check: 'status'
  message: string
  /** JSON path in the credential. */
  path?: string
}

/**
 * What {@link createStatusChecker} makes: pass it as `statusChecker` to `verifyCredential`.
 *
 * @example
 * ```ts
 * import { createStatusChecker, verifyCredential, type StatusCheckFunction } from 'microcredentials'
 * const statusChecker: StatusCheckFunction = createStatusChecker({ documents: { [listUrl]: listCredential } })
 * const result = await verifyCredential(signed, { statusChecker })
 * ```
 */
export type StatusCheckFunction = (credential: Record<string, unknown>, status: unknown) => Promise<StatusError[]>

/**
 * Options of {@link createStatusChecker}.
 *
 * @example
 * ```ts
 * import { createStatusChecker, type StatusCheckerOptions } from 'microcredentials'
 * const options: StatusCheckerOptions = { documents: { [listUrl]: listCredential }, trustedListIssuers: ['did:web:status.example.nl'] }
 * const statusChecker = createStatusChecker(options)
 * ```
 */
export interface StatusCheckerOptions {
  /** The loader for status lists, contexts and controller documents. Default: one made from the options below. */
  documentLoader?: DocumentLoader
  /** Status list credentials (and controller documents) served offline by URL. */
  documents?: Record<string, unknown>
  /** A WHATWG `fetch` for status lists on `allowedHosts` (see `createDocumentLoader`). Default: nothing is fetched. */
  fetch?: FetchLike
  /** Hosts `fetch` may reach. Default none. */
  allowedHosts?: readonly string[]
  /** Issuers whose status lists are accepted for credentials of other issuers. Default: only the credential's issuer. */
  trustedListIssuers?: readonly string[]
  /** The most bytes a status list may inflate to. Default 16 MiB. */
  maxListBytes?: number
  /** The time to check the list's validity against. Default: the current time. */
  now?: () => Date
}

/** The status purposes this checker decides, and the code a set bit yields. */
const PURPOSES: Record<string, 'REVOKED' | 'SUSPENDED'> = { revocation: 'REVOKED', suspension: 'SUSPENDED' }

/**
 * Creates a status checker for `verifyCredential`'s `statusChecker`. It checks each
 * `BitstringStatusListEntry` (one entry or an array; purposes `revocation` and `suspension`):
 * loads the list credential (`STATUS_RETRIEVAL_ERROR`), checks its types, purpose, proofs, key,
 * issuer and validity (`STATUS_VERIFICATION_ERROR`), inflates it under a cap
 * (`RESOURCE_LIMIT_EXCEEDED`), checks its length and the index (`MALFORMED_VALUE_ERROR`,
 * `STATUS_VERIFICATION_ERROR`) and reports a set bit as `REVOKED` or `SUSPENDED`. Legacy
 * `1EdTechRevocationList` entries are checked against the (unsigned) list at their `id`, fail closed
 * (see `check1EdTechRevocationList`). Any entry it cannot check (unknown type, other purposes) is
 * `STATUS_UNCHECKED`: fail closed.
 * Never throws.
 *
 * @example
 * ```ts
 * import { createStatusChecker, verifyCredential } from 'microcredentials'
 * const statusChecker = createStatusChecker({ documents: { 'https://school.example.nl/status/1': listCredential } })
 * const result = await verifyCredential(signed, { statusChecker })
 * if (result.errors.some((e) => e.code === 'REVOKED')) console.log('revoked')
 * ```
 */
export function createStatusChecker(options: StatusCheckerOptions = {}): StatusCheckFunction {
  let loader: DocumentLoader | undefined
  const getLoader = (): DocumentLoader => (loader ??= options.documentLoader ?? createDocumentLoader({
    documents: options.documents ?? {},
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.allowedHosts === undefined ? {} : { allowedHosts: options.allowedHosts }),
  }))
  return async (credential, status) => {
    try {
      const entries = Array.isArray(status) ? status : [status]
      if (entries.length === 0) return [unchecked('credentialStatus is an empty array', '$.credentialStatus')]
      const errors: StatusError[] = []
      for (const [i, entry] of entries.entries()) {
        const path = Array.isArray(status) ? `$.credentialStatus[${i}]` : '$.credentialStatus'
        errors.push(...(await checkEntry(credential, entry, path, getLoader(), options)))
      }
      return errors
    } catch (error) {
      return [{ code: 'STATUS_RETRIEVAL_ERROR', check: 'status', message: `status check failed: ${(error as Error)?.message ?? String(error)}`, path: '$.credentialStatus' }]
    }
  }
}

async function checkEntry(credential: Record<string, unknown>, entry: unknown, path: string, loader: DocumentLoader, options: StatusCheckerOptions): Promise<StatusError[]> {
  if (!isObject(entry)) return [unchecked('a credentialStatus entry must be an object', path)]
  const types = typesOf(entry.type)
  if (types.includes('BitstringStatusListEntry')) return checkBitstringEntry(credential, entry, path, loader, options)
  if (types.includes('1EdTechRevocationList')) return check1EdTechRevocationList(credential, entry, path, loader, options)
  return [unchecked(`unsupported credentialStatus type ${JSON.stringify(entry.type)}`, `${path}.type`)]
}

async function checkBitstringEntry(credential: Record<string, unknown>, entry: Record<string, unknown>, path: string, loader: DocumentLoader, options: StatusCheckerOptions): Promise<StatusError[]> {
  const purpose = entry.statusPurpose
  if (typeof purpose !== 'string') return [malformed('statusPurpose must be a string', `${path}.statusPurpose`)]
  const outcome = PURPOSES[purpose]
  if (outcome === undefined) return [unchecked(`statusPurpose ${JSON.stringify(purpose)} is not checked (only revocation and suspension)`, `${path}.statusPurpose`)]
  if (entry.statusSize !== undefined && entry.statusSize !== 1) return [unchecked(`statusSize ${JSON.stringify(entry.statusSize)} is not checked (only 1)`, `${path}.statusSize`)]
  const index = parseIndex(entry.statusListIndex)
  if (index === undefined) {
    return [malformed(`statusListIndex must be a non-negative integer (digits only as a string), got ${JSON.stringify(entry.statusListIndex)}`, `${path}.statusListIndex`)]
  }
  const url = entry.statusListCredential
  if (typeof url !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(url)) return [malformed('statusListCredential must be a URL', `${path}.statusListCredential`)]

  let list: Record<string, unknown>
  try {
    const { document } = await loader(url)
    const parsed: unknown = typeof document === 'string' ? JSON.parse(document) : document
    if (!isObject(parsed)) throw new Error('not a JSON object')
    list = parsed
  } catch (error) {
    return [{ code: 'STATUS_RETRIEVAL_ERROR', check: 'status', message: `status list ${url} could not be retrieved: ${(error as Error)?.message ?? String(error)}`, path: `${path}.statusListCredential` }]
  }
  const at = `${path}.statusListCredential`
  const problem = await listProblem(list, url, purpose, credential, loader, options)
  if (problem) return [{ code: 'STATUS_VERIFICATION_ERROR', check: 'status', message: `status list ${url}: ${problem}`, path: at }]

  let bits: Uint8Array
  try {
    bits = decodeList((list.credentialSubject as Record<string, unknown>).encodedList as string, { maxBytes: options.maxListBytes ?? DEFAULT_MAX_LIST_BYTES })
  } catch (error) {
    const tooLarge = error instanceof StatusListError && error.code === 'ERR_RESOURCE_LIMIT_EXCEEDED'
    return [{ code: tooLarge ? 'RESOURCE_LIMIT_EXCEEDED' : 'STATUS_VERIFICATION_ERROR', check: 'status', message: `status list ${url}: ${(error as Error).message}`, path: at }]
  }
  const length = bits.length * 8
  if (length < MIN_STATUS_LIST_LENGTH) {
    return [{ code: 'STATUS_VERIFICATION_ERROR', check: 'status', message: `STATUS_LIST_LENGTH_ERROR: status list ${url} has ${length} entries, fewer than ${MIN_STATUS_LIST_LENGTH}`, path: at }]
  }
  if (index >= length) {
    return [{ code: 'STATUS_VERIFICATION_ERROR', check: 'status', message: `RANGE_ERROR: statusListIndex ${index} is outside status list ${url} (${length} entries)`, path: `${path}.statusListIndex` }]
  }
  if (!getBit(bits, index)) return []
  return [{ code: outcome, check: 'status', message: `the credential is ${outcome === 'REVOKED' ? 'revoked' : 'suspended'} (status list ${url}, index ${index})`, path }]
}

/** What is wrong with a status list credential, or undefined: types, purpose, validity, proofs, key, issuer. */
async function listProblem(list: Record<string, unknown>, url: string, purpose: string, credential: Record<string, unknown>, loader: DocumentLoader, options: StatusCheckerOptions): Promise<string | undefined> {
  const types = typesOf(list.type)
  if (!types.includes('VerifiableCredential') || !types.includes('BitstringStatusListCredential')) {
    return `its type ${JSON.stringify(list.type)} is not a VerifiableCredential and BitstringStatusListCredential`
  }
  if (list.id !== undefined && list.id !== url) return `its id ${JSON.stringify(list.id)} is not ${url}`
  const subject = list.credentialSubject
  if (!isObject(subject)) return 'its credentialSubject must be one object'
  if (!typesOf(subject.type).includes('BitstringStatusList')) return `its credentialSubject type ${JSON.stringify(subject.type)} is not BitstringStatusList`
  const listPurposes = typeof subject.statusPurpose === 'string' ? [subject.statusPurpose] : Array.isArray(subject.statusPurpose) ? subject.statusPurpose : []
  if (!listPurposes.includes(purpose)) return `its statusPurpose ${JSON.stringify(subject.statusPurpose)} does not match the entry's ${JSON.stringify(purpose)}`
  if (typeof subject.encodedList !== 'string') return 'its encodedList must be a string'

  const now = (options.now ?? (() => new Date()))().getTime()
  for (const name of ['validFrom', 'validUntil'] as const) {
    const value = list[name]
    if (value !== undefined && !isDateTime(value)) return `its ${name} is not a dateTime`
  }
  if (typeof list.validFrom === 'string' && Date.parse(list.validFrom) > now) return `it is not valid before ${list.validFrom}`
  if (typeof list.validUntil === 'string' && Date.parse(list.validUntil) < now) return `it expired at ${list.validUntil}`

  const listIssuer = issuerIdOf(list)
  if (!listIssuer) return 'it has no issuer id'
  const credentialIssuer = issuerIdOf(credential)
  if (listIssuer !== credentialIssuer && !(options.trustedListIssuers ?? []).includes(listIssuer)) {
    return `it is issued by ${listIssuer}, not by the credential's issuer ${String(credentialIssuer)} nor by a trusted list issuer`
  }

  const proofValue = list.proof
  const proofs = Array.isArray(proofValue) ? proofValue : proofValue === undefined ? [] : [proofValue]
  if (proofs.length === 0) return 'it has no proof (unsigned)'
  if (!proofs.every(isObject)) return 'its proofs must be objects'
  const result = await verifyProofSet(list, proofs as Array<Record<string, unknown>>, loader)
  if (!result.verified) {
    const failures = result.proofs.flatMap((p) => p.errors.map((e) => `${e.code}: ${e.message}`))
    return `its proof does not verify (${failures.join('; ') || 'no proof verified'})`
  }
  for (const proof of proofs as Array<Record<string, unknown>>) {
    const keyProblem = await keyBindingProblem(proof.verificationMethod, listIssuer, loader)
    if (keyProblem) return keyProblem
  }
  return undefined
}

/** The proof's key is controlled by the list's issuer (did:key: the DID is the issuer; else its controller document lists it). */
async function keyBindingProblem(vm: unknown, issuer: string, loader: DocumentLoader): Promise<string | undefined> {
  if (typeof vm !== 'string') return 'a proof has no verificationMethod'
  const controller = controllerOf(vm)
  if (controller !== issuer) return `its key ${vm} is not controlled by its issuer ${issuer}`
  if (vm.startsWith('did:key:')) {
    const parsed = parseDidKey(vm)
    return parsed.ok ? undefined : `its key ${vm} is not a valid did:key (${parsed.message})`
  }
  try {
    const { document } = await loader(controller)
    const doc = document as Record<string, unknown>
    if (!isObject(doc) || doc.id !== controller) return `the controller document of ${vm} does not have id ${controller}`
    const listed = (Array.isArray(doc.assertionMethod) ? doc.assertionMethod : doc.assertionMethod === undefined ? [] : [doc.assertionMethod]) as unknown[]
    const fragment = vm.slice(vm.indexOf('#'))
    const ok = listed.some((m) => {
      const id = typeof m === 'string' ? m : isObject(m) ? m.id : undefined
      return id === vm || id === fragment
    })
    return ok ? undefined : `${controller} does not list ${vm} under assertionMethod`
  } catch (error) {
    return `the controller document of ${vm} could not be loaded: ${(error as Error)?.message ?? String(error)}`
  }
}

/** A strict index: digits only as a string, or a non-negative safe integer. */
function parseIndex(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) return undefined
  return Number(value)
}

function typesOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value]
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function unchecked(message: string, path: string): StatusError {
  return { code: 'STATUS_UNCHECKED', check: 'status', message, path }
}

function malformed(message: string, path: string): StatusError {
  return { code: 'MALFORMED_VALUE_ERROR', check: 'status', message, path }
}
