import { importEdubadges, importEduCredential, type EdubadgesImport } from '../../edubadges/index.js'
import { checkSpec } from '../../index.js'
import { CliError, explain, json, readJson, writeOut } from '../io.js'

/** Options of `mcred import-edubadges`. */
export interface ImportEdubadgesCliOptions {
  /** Write the spec here instead of stdout. */
  out?: string
  /** Machine output: the whole `{ spec, report }` on stdout (the spec also goes to `--out` when given). */
  json?: boolean
  /** The OB 2.0 Issuer JSON file a badge class names by URL. */
  issuer?: string
  /** The OB 2.0 BadgeClass JSON file an assertion names by URL. */
  badgeClass?: string
}

/**
 * `mcred import-edubadges`: an edubadges OB 2.0 badge class, assertion or issuer (or an eduCredentials
 * OB 3.0 credential, recognised by its `credentialSubject`) → a microcredential spec. The spec goes to
 * `--out` or stdout, each report note to stderr as `mcred: <file>: <path>: <severity>: <message>`.
 * Exit 0 when the spec is complete, 1 when `checkSpec` still finds problems (the spec is written all the
 * same, for you to complete), 2 on usage or I/O errors.
 */
export async function importEdubadgesCli(path: string, options: ImportEdubadgesCliOptions = {}): Promise<number> {
  const input = await readJson(path)
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new CliError(`${path}: must be a JSON object (an edubadges badge class, assertion or issuer, or an OB 3.0 credential)`)
  }
  const issuer = options.issuer === undefined ? undefined : await readJson(options.issuer)
  const badgeClass = options.badgeClass === undefined ? undefined : await readJson(options.badgeClass)
  const ob3 = 'credentialSubject' in input
  if (ob3 && (issuer !== undefined || badgeClass !== undefined)) throw new CliError(`${path}: --issuer and --badge-class are for OB 2.0 input; this is an OB 3.0 credential`)
  let result: EdubadgesImport
  try {
    result = ob3
      ? importEduCredential(input)
      : importEdubadges(input, { ...(issuer === undefined ? {} : { issuer }), ...(badgeClass === undefined ? {} : { badgeClass }) })
  } catch (e) {
    throw explain(path, e)
  }
  const complete = checkSpec(result.spec).length === 0
  if (options.json) {
    if (options.out) await writeOut(options.out, json(result.spec))
    await writeOut(undefined, json({ ...result, complete }))
  } else {
    await writeOut(options.out, json(result.spec))
    for (const note of result.report) process.stderr.write(`mcred: ${path}: ${note.path}: ${note.severity}: ${note.message}\n`)
  }
  return complete ? 0 : 1
}
