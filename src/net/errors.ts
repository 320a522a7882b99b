/**
 * The error a guarded fetch throws when it refuses a URL or a response.
 *
 * @module net
 */
import { DocumentNotFoundError, type McredErrorCode } from '../errors/errors.js'

/**
 * Why a load was blocked: `invalid-url`, `not-https`, `credentials-in-url`, `private-address` (an IP
 * literal in a private, loopback, link-local or otherwise non-public range, or `localhost`),
 * `host-not-allowed` (not on the allow-list), `redirect`, `too-large`, `timeout`, `content-type`.
 *
 * @example
 * ```ts
 * import { DocumentLoadBlockedError, type BlockReason } from 'microcredentials'
 * const reason: BlockReason | undefined = error instanceof DocumentLoadBlockedError ? error.reason : undefined
 * ```
 */
export type BlockReason =
  | 'invalid-url'
  | 'not-https'
  | 'credentials-in-url'
  | 'private-address'
  | 'host-not-allowed'
  | 'redirect'
  | 'too-large'
  | 'timeout'
  | 'content-type'

/**
 * Thrown when the network policy refuses to load a URL (code `ERR_DOCUMENT_LOAD_BLOCKED`). It is a
 * {@link DocumentNotFoundError}, so code that handles "cannot load" handles it too; the message starts
 * with `Cannot load document "<url>"` and says why.
 *
 * @example
 * ```ts
 * import { DocumentLoadBlockedError } from 'microcredentials'
 * try { await loader('http://127.0.0.1/did.json') } catch (e) {
 *   if (e instanceof DocumentLoadBlockedError) console.log(e.code, e.url, e.reason) // ERR_DOCUMENT_LOAD_BLOCKED ...
 * }
 * ```
 */
export class DocumentLoadBlockedError extends DocumentNotFoundError {
  /** Why the load was blocked. */
  readonly reason: BlockReason
  /** The explanation, without the URL. */
  readonly detail: string
  constructor(url: string, reason: BlockReason, detail: string) {
    super(url, `blocked (${reason}): ${detail}`)
    ;(this as { code: McredErrorCode }).code = 'ERR_DOCUMENT_LOAD_BLOCKED'
    this.name = 'DocumentLoadBlockedError'
    this.reason = reason
    this.detail = detail
  }
}
