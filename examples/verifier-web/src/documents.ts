/**
 * The extra documents a person adds for offline checking: status list credentials, DID documents,
 * controller documents. Each is a JSON object with an `id` (a URL or DID); the verifier and the status
 * checker find them by that id, so nothing has to be fetched.
 *
 * @module verifier-web
 */

/** One added document: its id, what kind it looks like, and the file it came from. */
export interface AddedDocument {
  id: string
  kind: 'status-list' | 'did-document' | 'document'
  fileName: string
  value: Record<string, unknown>
}

/** Why a file could not be used as a document. */
export type RefusalReason = 'not-json' | 'not-object' | 'no-id'

/** A file that could not be used as a document, and why. */
export interface RefusedDocument {
  fileName: string
  reason: RefusalReason
}

/** A document read from a file, or why it could not be used. */
export type DocumentReading = { ok: true; document: AddedDocument } | ({ ok: false } & RefusedDocument)

const URL_OR_DID = /^[a-z][a-z0-9+.-]*:\S+$/i

/** Reads one document from a file's text: a JSON object whose `id` is a URL or DID. */
export function readDocument(fileName: string, text: string): DocumentReading {
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, fileName, reason: 'not-json' }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, fileName, reason: 'not-object' }
  const object = value as Record<string, unknown>
  const id = object.id
  if (typeof id !== 'string' || !URL_OR_DID.test(id)) return { ok: false, fileName, reason: 'no-id' }
  return { ok: true, document: { id, kind: kindOf(object), fileName, value: object } }
}

function kindOf(document: Record<string, unknown>): AddedDocument['kind'] {
  const types = Array.isArray(document.type) ? document.type : [document.type]
  if (types.includes('BitstringStatusListCredential')) return 'status-list'
  if (typeof document.id === 'string' && document.id.startsWith('did:')) return 'did-document'
  return 'document'
}

/** Adds documents to a list; a document with the id of one already there replaces it. */
export function addDocuments(current: readonly AddedDocument[], added: readonly AddedDocument[]): AddedDocument[] {
  const byId = new Map(current.map((d) => [d.id, d] as const))
  for (const document of added) byId.set(document.id, document)
  return [...byId.values()]
}

/** The documents as `verifyCredential` and `createStatusChecker` take them: by id. */
export function documentsById(documents: readonly AddedDocument[]): Record<string, unknown> {
  return Object.fromEntries(documents.map((d) => [d.id, d.value]))
}

/**
 * The status list URLs a credential points to (`credentialStatus[].statusListCredential`, or the `id`
 * of a legacy `1EdTechRevocationList` entry): what a person must add to check revocation offline.
 */
export function statusListUrls(credential: Record<string, unknown> | undefined): string[] {
  const status = credential?.credentialStatus
  const entries = Array.isArray(status) ? status : status === undefined ? [] : [status]
  const urls = entries.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return []
    const e = entry as Record<string, unknown>
    const url = typeof e.statusListCredential === 'string' ? e.statusListCredential : typeof e.id === 'string' ? e.id : undefined
    return url === undefined ? [] : [url]
  })
  return [...new Set(urls)]
}
