// Issuing through the issuance store: this library's SQLite store (idempotency key, random status
// list slot, record and audit event in one transaction, fsync on commit) against @digitalbazaar/vc
// issue followed by a plain INSERT of the JSON into SQLite (no status list, no idempotency), in one
// run. Set MCRED_BENCH_POSTGRES_URL (an empty database) to add our PostgreSQL store. Run with `npm run bench`.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import { createDocumentLoader } from '../dist/index.js'
import { issueCredential } from '../dist/issue.js'
import { createSigner, exportKeyPair, generateKeyPair } from '../dist/keys.js'
import { openStore } from '../dist/store.js'

const keyPair = await generateKeyPair({ seed: Uint8Array.from({ length: 32 }, (_, i) => i + 1) })
const signer = createSigner(keyPair)
const dbKey = await Ed25519Multikey.from({ ...exportKeyPair(keyPair, { includeSecret: true }) })
const loader = createDocumentLoader()
const created = '2025-09-01T10:00:00Z'
const credential = (i) => ({
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: keyPair.controller, type: ['Profile'], name: 'ROC Voorbeeld' },
  validFrom: '2025-09-01T00:00:00Z',
  name: 'Basiszorg',
  credentialSubject: {
    id: `did:example:learner-${i}`, type: ['AchievementSubject'],
    achievement: { id: 'https://example.nl/achievements/basiszorg', type: ['Achievement'], name: 'Basiszorg', description: 'Basiszorg in de thuiszorg.', criteria: { narrative: 'Praktijkopdracht.' } },
  },
})

async function time(iterations, fn) {
  for (let i = 0; i < 10; i++) await fn(1_000_000 + i)
  const start = performance.now()
  for (let i = 0; i < iterations; i++) await fn(i)
  return (performance.now() - start) / iterations
}

const dir = mkdtempSync(join(tmpdir(), 'mcred-bench-'))
const N = 200
try {
  const store = await openStore(join(dir, 'ours.db'), { statusListBaseUrl: 'https://example.nl/status' })
  const ours = await time(N, (i) => issueCredential(credential(i), signer, { store, idempotencyKey: `k-${i}`, now: created, documentLoader: loader, listSchemas: 'none' }))
  const retry = await time(N, (i) => issueCredential(credential(i), signer, { store, idempotencyKey: `k-${i}`, now: created, documentLoader: loader, listSchemas: 'none' }))
  await store.close()

  const db = new Database(join(dir, 'plain.db'))
  db.pragma('journal_mode = WAL'); db.pragma('synchronous = FULL')
  db.exec('CREATE TABLE credentials (id TEXT PRIMARY KEY, json TEXT NOT NULL)')
  const insert = db.prepare('INSERT INTO credentials (id, json) VALUES (?, ?)')
  const reference = await time(N, async (i) => {
    const signed = await vc.issue({ credential: credential(i), suite: new DataIntegrityProof({ signer: dbKey.signer(), date: created, cryptosuite: eddsaRdfc2022 }), documentLoader: loader })
    insert.run(signed.id, JSON.stringify(signed))
  })
  db.close()

  const rows = [{ what: 'issue + record (SQLite file)', ours, reference }]
  if (process.env.MCRED_BENCH_POSTGRES_URL) {
    const pg = await openStore(process.env.MCRED_BENCH_POSTGRES_URL, { statusListBaseUrl: 'https://example.nl/status' })
    const tag = Date.now()
    rows.push({ what: 'issue + record (PostgreSQL)', ours: await time(N, (i) => issueCredential(credential(tag + i), signer, { store: pg, idempotencyKey: `k-${tag}-${i}`, now: created, documentLoader: loader, listSchemas: 'none' })), reference })
    await pg.close()
  }
  console.log('')
  console.log(`Issuance store, ${N} credentials each; reference = @digitalbazaar/vc issue + plain INSERT into SQLite (WAL, synchronous=FULL); ratio = reference / ours`)
  console.log('')
  console.log('| operation | microcredentials | reference | ratio |')
  console.log('|---|---|---|---|')
  for (const r of rows) console.log(`| ${r.what} | ${r.ours.toFixed(2)} ms | ${r.reference.toFixed(2)} ms | ${(r.reference / r.ours).toFixed(2)}x |`)
  console.log(`| retry with the same idempotency key (returns stored bytes) | ${retry.toFixed(2)} ms | | |`)
  console.log('')
  console.log('Ours also runs the quality gate, allocates a status list slot, writes the audit event and verifies its own output.')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
