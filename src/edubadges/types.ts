/**
 * Types of the edubadges import: what {@link importEdubadges} and {@link importEduCredential} return.
 *
 * @module edubadges
 */
import type { MicrocredentialSpec } from '../model/microcredential-spec.js'

/**
 * One value the importer could not map, or had to interpret, or a problem of the resulting spec.
 *
 * `path` says where: `$…` is a JSON path into the imported document, `issuer:$…` and `badgeClass:$…`
 * into `options.issuer` / `options.badgeClass`, and `spec:$…` into the returned spec (a problem
 * `checkSpec` reports: the caller completes or corrects that field before building).
 *
 * @example
 * ```ts
 * const note: ImportNote = { path: '$.badge.participation', severity: 'warning', message: 'unknown participation key "hybrid": not imported' }
 * ```
 */
export interface ImportNote {
  /** Where: `$…` (the input), `issuer:$…`, `badgeClass:$…` (the options) or `spec:$…` (the returned spec). */
  path: string
  /** `warning`: a value was not imported or the spec is incomplete; `info`: a value was interpreted. */
  severity: 'info' | 'warning'
  /** What happened, naming the value. */
  message: string
}

/**
 * The result of an import: the spec (possibly incomplete) and the report.
 *
 * The spec holds every fact the input carries that the spec can say. When `checkSpec` refuses it,
 * each problem is in `report` with a `spec:$…` path; `buildCredential` throws until they are fixed.
 *
 * @example
 * ```ts
 * const { spec, report }: EdubadgesImport = importEdubadges(badgeClassJson)
 * for (const note of report) console.error(`${note.path}: ${note.message}`)
 * ```
 */
export interface EdubadgesImport {
  /** The facts read, as a spec. May miss required fields (see the `spec:$…` notes). */
  spec: MicrocredentialSpec
  /** Every value not imported or interpreted, then every problem of the spec; in that order. */
  report: ImportNote[]
}

/**
 * The documents an OB 2.0 assertion or badge class refers to by URL (edubadges embeds them only with
 * `?expand=badge` / `?expand=micro`). Each is untrusted JSON, read like the main input.
 *
 * @example
 * ```ts
 * const options: ImportEdubadgesOptions = { badgeClass: badgeClassJson, issuer: issuerJson }
 * importEdubadges(assertionJson, options)
 * ```
 */
export interface ImportEdubadgesOptions {
  /** The OB 2.0 Issuer the badge class names by URL. */
  issuer?: unknown
  /** The OB 2.0 BadgeClass the assertion names by URL. */
  badgeClass?: unknown
}
