import { createStatusChecker, verifyCredential } from '../../verify/index.js'
import { CliError, json, readBytes, readJson } from '../io.js'
import { formatVerification } from '../format-verification.js'

/** `mcred verify`: per-check report (or JSON); exit 1 when not verified. */
export async function verify(path: string, options: { now?: string; json?: boolean; document?: string[]; endorsement?: boolean }): Promise<number> {
  if (options.now !== undefined && Number.isNaN(Date.parse(options.now))) throw new CliError(`--now is not a date: ${JSON.stringify(options.now)}`)
  const documents = await readDocuments(options.document ?? [])
  // With --document files, status lists among them are checked (a credential whose status cannot be
  // checked still fails closed with STATUS_UNCHECKED).
  const now = options.now
  const statusChecker = Object.keys(documents).length > 0 ? createStatusChecker({ documents, ...(now ? { now: () => new Date(now) } : {}) }) : undefined
  const result = await verifyCredential(await readBytes(path), { ...(now ? { now } : {}), documents, ...(statusChecker ? { statusChecker } : {}), ...(options.endorsement ? { expect: 'endorsement' as const } : {}) })
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
