import { createStatusChecker, verifyCredential, verifyPresentation } from '../../verify/index.js'
import { CliError, json, readBytes, readJson } from '../io.js'
import { formatPresentationVerification, formatVerification } from '../format-verification.js'

/** Options of `mcred verify`. */
export interface VerifyCliOptions {
  now?: string
  json?: boolean
  document?: string[]
  endorsement?: boolean
  challenge?: string
  domain?: string
}

/**
 * `mcred verify`: per-check report (or JSON); exit 1 when not verified. A presentation (JSON or JWT)
 * needs `--challenge` and `--domain` and reports each enclosed credential too.
 */
export async function verify(path: string, options: VerifyCliOptions): Promise<number> {
  if (options.now !== undefined && Number.isNaN(Date.parse(options.now))) throw new CliError(`--now is not a date: ${JSON.stringify(options.now)}`)
  const documents = await readDocuments(options.document ?? [])
  // With --document files, status lists among them are checked (a credential whose status cannot be
  // checked still fails closed with STATUS_UNCHECKED).
  const now = options.now
  const statusChecker = Object.keys(documents).length > 0 ? createStatusChecker({ documents, ...(now ? { now: () => new Date(now) } : {}) }) : undefined
  const bytes = await readBytes(path)
  const common = { ...(now ? { now } : {}), documents, ...(statusChecker ? { statusChecker } : {}) }
  if (isPresentation(bytes)) {
    if (!options.challenge || !options.domain) throw new CliError(`${path} is a presentation: give --challenge and --domain (the nonce you sent and your domain)`)
    const result = await verifyPresentation(bytes, { ...common, challenge: options.challenge, domain: options.domain })
    process.stdout.write(`${options.json ? json(result) : formatPresentationVerification(path, result)}\n`)
    return result.verified ? 0 : 1
  }
  const result = await verifyCredential(bytes, { ...common, ...(options.endorsement ? { expect: 'endorsement' as const } : {}) })
  process.stdout.write(`${options.json ? json(result) : formatVerification(path, result)}\n`)
  return result.verified ? 0 : 1
}

async function readDocuments(pairs: string[]): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {}
  for (const pair of pairs) {
    const eq = pair.indexOf('=')
    if (eq <= 0) throw new CliError(`--document must be URL=FILE, got ${JSON.stringify(pair)}`)
    out[pair.slice(0, eq)] = await readJson(pair.slice(eq + 1))
  }
  return out
}

/** True when the file holds a presentation: JSON whose type names VerifiablePresentation, or a JWT carrying one. */
function isPresentation(bytes: Uint8Array): boolean {
  const text = new TextDecoder().decode(bytes).trim()
  const jws = /^[A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]*$/.exec(text)
  try {
    const value = JSON.parse(jws ? Buffer.from(jws[1] as string, 'base64url').toString('utf8') : text) as Record<string, unknown>
    if (jws && value.vp !== undefined) return true
    const types = Array.isArray(value.type) ? value.type : [value.type]
    return types.includes('VerifiablePresentation')
  } catch {
    return false
  }
}
