/**
 * A child of the batch resume test: verifies credential files with the BUILT library (so the parent
 * can verify thousands on every core). argv[2]: JSON `{ dir, names, documentsFile? }` (documents: the
 * published status lists, URL -> list credential). Prints one JSON line: `{ verified, failures }`.
 */
import { readFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'

const { dir, names, documentsFile } = JSON.parse(process.argv[2])
const { createStatusChecker, verifyCredential } = await import(new URL('../../../dist/index.js', import.meta.url).href)
const documents = documentsFile ? JSON.parse(readFileSync(documentsFile, 'utf8')) : {}
const statusChecker = createStatusChecker({ documents })
let verified = 0
const failures = []
for (const name of names) {
  const result = await verifyCredential(JSON.parse(readFileSync(join(dir, name), 'utf8')), { statusChecker })
  if (result.verified && result.errors.length === 0) verified++
  else failures.push({ name, codes: result.errors.map((e) => e.code) })
}
writeSync(1, `${JSON.stringify({ verified, failures })}\n`)
