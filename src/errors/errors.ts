/**
 * Typed errors thrown for caller mistakes (bad arguments, a key that does not fit the issuer, a file
 * that cannot be read). Untrusted input never throws: it yields findings or verification checks.
 *
 * @module errors
 */
import type { Finding } from '../findings/finding.js'

/**
 * Every error code this library throws. Open for growth: switch on the ones you know.
 *
 * @example
 * ```ts
 * import { McredError } from 'microcredentials'
 * try { buildCredential(spec) } catch (e) {
 *   if (e instanceof McredError && e.code === 'ERR_INVALID_SPEC') console.log(e.problems)
 * }
 * ```
 */
export type McredErrorCode =
  | 'ERR_INVALID_ARGUMENT'
  | 'ERR_INVALID_SPEC'
  | 'ERR_INVALID_CREDENTIAL'
  | 'ERR_INVALID_KEY'
  | 'ERR_ISSUER_KEY_MISMATCH'
  | 'ERR_UNSUPPORTED_FORMAT'
  | 'ERR_DOCUMENT_NOT_FOUND'
  | 'ERR_SIGNING_FAILED'
  | 'ERR_SELF_CHECK_FAILED'
  | 'ERR_QUALITY_GATE'
  | 'ERR_FAST_PATH_UNSUPPORTED'
  | StoreErrorCode
  | BakeErrorCode
  | (string & {})

/**
 * A problem attached to an error: what is wrong and where (JSON path).
 *
 * @example
 * ```ts
 * import { InvalidSpecError, type ErrorProblem } from 'microcredentials'
 * try { buildCredential(spec) } catch (e) {
 *   if (e instanceof InvalidSpecError) e.problems.forEach((p: ErrorProblem) => console.log(p.path, p.message))
 * }
 * ```
 */
export interface ErrorProblem {
  /** JSON path of the offending value, e.g. `$.achievement.workload.ects`. */
  path: string
  /** What is wrong there. */
  message: string
}

/**
 * Base class of every error this library throws.
 *
 * @example
 * ```ts
 * import { McredError } from 'microcredentials'
 * try { buildCredential(spec) } catch (e) { if (e instanceof McredError) console.log(e.code) }
 * ```
 */
export class McredError extends Error {
  /** Stable machine-readable code. */
  readonly code: McredErrorCode
  /** Every problem found, when the error gathers several. */
  readonly problems: ErrorProblem[]

  constructor(code: McredErrorCode, message: string, options: { cause?: unknown; problems?: ErrorProblem[] } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'McredError'
    this.code = code
    this.problems = options.problems ?? []
  }
}

/**
 * Thrown when an argument is missing or of the wrong shape.
 *
 * @example
 * ```ts
 * throw new InvalidArgumentError('"signer" must be an object with id, algorithm and sign()')
 * ```
 */
export class InvalidArgumentError extends McredError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('ERR_INVALID_ARGUMENT', message, options)
    this.name = 'InvalidArgumentError'
  }
}

/**
 * Thrown by `buildCredential` when the spec has problems; `problems` lists every one with its path.
 *
 * @example
 * ```ts
 * try { buildCredential({}) } catch (e) { if (e instanceof InvalidSpecError) e.problems.forEach(p => console.log(p.path, p.message)) }
 * ```
 */
export class InvalidSpecError extends McredError {
  constructor(problems: ErrorProblem[], what = 'microcredential spec') {
    super('ERR_INVALID_SPEC', formatProblems(`Invalid ${what}`, problems), { problems })
    this.name = 'InvalidSpecError'
  }
}

/**
 * Thrown when a credential handed to `issueCredential` cannot be issued (schema or structure problems).
 *
 * @example
 * ```ts
 * try { await issueCredential({}, signer) } catch (e) { if (e instanceof InvalidCredentialError) console.log(e.problems) }
 * ```
 */
export class InvalidCredentialError extends McredError {
  constructor(message: string, problems: ErrorProblem[] = []) {
    super('ERR_INVALID_CREDENTIAL', formatProblems(message, problems), { problems })
    this.name = 'InvalidCredentialError'
  }
}

/**
 * Thrown when key material is malformed or of an unsupported type.
 *
 * @example
 * ```ts
 * try { await importKeyPair({}) } catch (e) { if (e instanceof InvalidKeyError) console.log(e.message) }
 * ```
 */
export class InvalidKeyError extends McredError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('ERR_INVALID_KEY', message, options)
    this.name = 'InvalidKeyError'
  }
}

/**
 * Thrown when the signing key's controller is not the credential's `issuer.id`.
 *
 * @example
 * ```ts
 * try { await issueCredential(credential, otherSigner) } catch (e) { if (e instanceof IssuerKeyMismatchError) console.log(e.message) }
 * ```
 */
export class IssuerKeyMismatchError extends McredError {
  constructor(message: string) {
    super('ERR_ISSUER_KEY_MISMATCH', message)
    this.name = 'IssuerKeyMismatchError'
  }
}

/**
 * Thrown when a document (JSON-LD context, DID document, file) cannot be loaded; the message names it.
 *
 * @example
 * ```ts
 * try { await loader('https://example.org/ctx') } catch (e) { if (e instanceof DocumentNotFoundError) console.log(e.url) }
 * ```
 */
export class DocumentNotFoundError extends McredError {
  /** The URL that could not be loaded. */
  readonly url: string
  constructor(url: string, reason: string) {
    super('ERR_DOCUMENT_NOT_FOUND', `Cannot load document ${JSON.stringify(url)}: ${reason}`)
    this.name = 'DocumentNotFoundError'
    this.url = url
  }
}

/**
 * Thrown when a requested format (proof type, key type) is not supported.
 *
 * @example
 * ```ts
 * try { await issueCredential(c, signer, { format: 'bbs' as never }) } catch (e) { if (e instanceof UnsupportedFormatError) console.log(e.message) }
 * ```
 */
export class UnsupportedFormatError extends McredError {
  constructor(message: string) {
    super('ERR_UNSUPPORTED_FORMAT', message)
    this.name = 'UnsupportedFormatError'
  }
}

/**
 * Thrown under the canonicalisation policy `'fast'` for a document outside the fast JSON-LD path
 * (a context that is not pinned, `@graph` at the top, inline contexts, ...); the message says what.
 *
 * @example
 * ```ts
 * try { await issueCredential(c, signer, { canonicalisation: 'fast' }) } catch (e) {
 *   if (e instanceof CanonicalisationError) console.log(e.code, e.message) // ERR_FAST_PATH_UNSUPPORTED
 * }
 * ```
 */
export class CanonicalisationError extends McredError {
  constructor(message: string) {
    super('ERR_FAST_PATH_UNSUPPORTED', message)
    this.name = 'CanonicalisationError'
  }
}

/**
 * Thrown when signing fails, or when a freshly signed credential does not verify (self-check).
 *
 * @example
 * ```ts
 * try { await issueCredential(c, brokenSigner) } catch (e) { if (e instanceof SigningError) console.log(e.code) }
 * ```
 */
export class SigningError extends McredError {
  constructor(code: 'ERR_SIGNING_FAILED' | 'ERR_SELF_CHECK_FAILED', message: string, options: { cause?: unknown } = {}) {
    super(code, message, options)
    this.name = 'SigningError'
  }
}

/**
 * Thrown by `issueCredential` when the credential has error findings under its quality profile; the
 * findings are attached. Pass `qualityOverride: { reason }` to issue anyway (the override is recorded
 * in the result of `issueCredentialWithReport`).
 *
 * @example
 * ```ts
 * try { await issueCredential(credential, signer, { profile: 'mbo' }) }
 * catch (e) { if (e instanceof QualityGateError) for (const f of e.findings) console.log(f.rule, f.path, f.message) }
 * ```
 */
export class QualityGateError extends McredError {
  /** The error findings that stopped the issuance. */
  readonly findings: Finding[]
  /** The profile the credential was checked under. */
  readonly profile: string
  constructor(profile: string, findings: Finding[]) {
    const problems = findings.map((f) => ({ path: f.path, message: `${f.rule}: ${f.message}` }))
    super('ERR_QUALITY_GATE', formatProblems(`credential fails its quality profile "${profile}"`, problems), { problems })
    this.name = 'QualityGateError'
    this.findings = findings
    this.profile = profile
  }
}

/**
 * Codes of {@link StoreError}: the store cannot be opened (`ERR_STORE_OPEN`) or is newer than this
 * library (`ERR_STORE_VERSION`), its settings conflict (`ERR_STORE_CONFIG`), a credential or list is
 * unknown (`ERR_NOT_FOUND`), an idempotency key was used for another credential
 * (`ERR_IDEMPOTENCY_CONFLICT`), a status change is not allowed (`ERR_STATUS_TRANSITION`), no status
 * list index could be allocated (`ERR_STATUS_ALLOCATION`), or another process held the store's write
 * lock too long (`ERR_STORE_BUSY`, SQLite; retry).
 *
 * @example
 * ```ts
 * import { StoreError, type StoreErrorCode } from 'microcredentials'
 * const retryable: StoreErrorCode[] = ['ERR_STORE_OPEN']
 * ```
 */
export type StoreErrorCode =
  | 'ERR_STORE_OPEN'
  | 'ERR_STORE_VERSION'
  | 'ERR_STORE_CONFIG'
  | 'ERR_NOT_FOUND'
  | 'ERR_IDEMPOTENCY_CONFLICT'
  | 'ERR_STATUS_TRANSITION'
  | 'ERR_STATUS_ALLOCATION'
  | 'ERR_STORE_BUSY'

/**
 * Thrown by issuance stores and the status operations (revoke, suspend, reinstate, publish). The
 * message names the store, credential id or list URL concerned; nothing was written.
 *
 * @example
 * ```ts
 * import { StoreError } from 'microcredentials'
 * try { await revokeCredential(store, 'urn:uuid:unknown') } catch (e) {
 *   if (e instanceof StoreError && e.code === 'ERR_NOT_FOUND') console.log(e.message)
 * }
 * ```
 */
export class StoreError extends McredError {
  declare readonly code: StoreErrorCode
  constructor(code: StoreErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(code, message, options)
    this.name = 'StoreError'
  }
}

/**
 * Codes of {@link BakeError}: the bytes are neither a PNG nor an SVG (`ERR_NOT_AN_IMAGE`), the PNG
 * is broken (`ERR_MALFORMED_PNG`: bad signature, truncated chunk, CRC mismatch), the SVG has no root
 * `<svg>` element or is not well-formed (`ERR_MALFORMED_SVG`), the image carries no baked credential
 * (`ERR_NO_CREDENTIAL`), the baked credential cannot be read (`ERR_MALFORMED_CREDENTIAL`: compressed
 * iTXt, bad UTF-8, neither a JSON object nor a compact JWS, duplicate or `__proto__` keys), or the
 * image carries more than one (`ERR_TWO_CREDENTIALS`).
 *
 * @example
 * ```ts
 * import type { BakeErrorCode } from 'microcredentials'
 * const userFixable: BakeErrorCode[] = ['ERR_NOT_AN_IMAGE', 'ERR_NO_CREDENTIAL']
 * ```
 */
export type BakeErrorCode =
  | 'ERR_NOT_AN_IMAGE'
  | 'ERR_MALFORMED_PNG'
  | 'ERR_MALFORMED_SVG'
  | 'ERR_NO_CREDENTIAL'
  | 'ERR_MALFORMED_CREDENTIAL'
  | 'ERR_TWO_CREDENTIALS'

/**
 * Thrown when baking a credential into an image (OB 3.0 §5.3) or extracting one fails. The message
 * says what is wrong and where (PNG chunk index and type, SVG element and line:column).
 *
 * @example
 * ```ts
 * import { BakeError, extractCredential } from 'microcredentials/render'
 * try { extractCredential(bytes) } catch (e) {
 *   if (e instanceof BakeError && e.code === 'ERR_NO_CREDENTIAL') console.log('not a baked badge')
 * }
 * ```
 */
export class BakeError extends McredError {
  declare readonly code: BakeErrorCode
  constructor(code: BakeErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(code, message, options)
    this.name = 'BakeError'
  }
}

function formatProblems(head: string, problems: ErrorProblem[]): string {
  if (problems.length === 0) return head
  return `${head} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
    problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')
}
