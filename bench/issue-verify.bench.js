// Issue and verify per credential: this library against @digitalbazaar/vc, same key, same contexts,
// in one run. Run with `npm run bench` (builds first). Prints a table with ratios; asserts nothing.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import { canonicalise, canonicalisationCounts, createDocumentLoader, createVerifier } from '../dist/index.js'
import { issueCredential } from '../dist/issue.js'
import { createSigner, exportKeyPair, generateKeyPair } from '../dist/keys.js'

const FIXTURES = new URL('../../shared/fixtures/', import.meta.url)
const seed = Uint8Array.from({ length: 32 }, (_, i) => i + 1)
const keyPair = await generateKeyPair({ seed })
const signer = createSigner(keyPair)
const dbKey = await Ed25519Multikey.from({ ...exportKeyPair(keyPair, { includeSecret: true }) })
const loader = createDocumentLoader()
const created = '2025-09-01T10:00:00Z'

const minimal = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: 'urn:uuid:2f5b8c7e-8a4e-4a51-9f0e-6f2d8f1d2b11',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: keyPair.controller, type: ['Profile'], name: 'ROC Voorbeeld' },
  validFrom: '2025-09-01T00:00:00Z',
  name: 'Basiszorg',
  credentialSubject: {
    id: 'did:example:learner-1', type: ['AchievementSubject'],
    achievement: { id: 'https://example.nl/achievements/basiszorg', type: ['Achievement'], name: 'Basiszorg', description: 'Basiszorg in de thuiszorg.', criteria: { narrative: 'Praktijkopdracht.' } },
  },
}
const completeRaw = JSON.parse(readFileSync(new URL('ob-spec-examples/fullOpenBadge__0__Complete-OpenBadgeCredential.json', FIXTURES), 'utf8'))
delete completeRaw.proof
const complete = { ...completeRaw, issuer: { ...completeRaw.issuer, id: keyPair.controller } }

const verifierOptions = { now: '2026-01-01T00:00:00Z', documentLoader: loader, statusChecker: async () => [] }
const ours = createVerifier(verifierOptions)
const oursJsonld = createVerifier({ ...verifierOptions, canonicalisation: 'jsonld' })
const checkStatus = async () => ({ verified: true })

async function time(label, iterations, fn) {
  for (let i = 0; i < Math.max(3, iterations / 10); i++) await fn(i)
  const start = performance.now()
  for (let i = 0; i < iterations; i++) await fn(i)
  return (performance.now() - start) / iterations
}

async function benchCase(name, credential, iterations) {
  const withId = (i) => ({ ...credential, id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}` })
  const issueWith = (canonicalisation) => (i) => issueCredential(withId(i), signer, { now: created, documentLoader: loader, listSchemas: 'none', canonicalisation })
  const before = canonicalisationCounts()
  const oursIssue = await time('ours issue', iterations, issueWith('auto'))
  const fellBack = canonicalisationCounts().fallback - before.fallback
  if (fellBack > 0) throw new Error(`${name}: ${fellBack} canonicalisations fell back to jsonld.js`)
  const oursIssueJsonld = await time('ours issue (jsonld.js)', Math.max(5, iterations / 4), issueWith('jsonld'))
  const dbIssue = await time('db issue', iterations, (i) => vc.issue({ credential: withId(i), suite: new DataIntegrityProof({ signer: dbKey.signer(), date: created, cryptosuite: eddsaRdfc2022 }), documentLoader: loader }))
  const signedOurs = await issueCredential(credential, signer, { now: created, documentLoader: loader, listSchemas: 'none' })
  const signedDb = await vc.issue({ credential: structuredClone(credential), suite: new DataIntegrityProof({ signer: dbKey.signer(), date: created, cryptosuite: eddsaRdfc2022 }), documentLoader: loader })
  const check = await ours.verify(signedOurs)
  // The spec's complete example embeds endorsements with placeholder proofs: only they may fail.
  const unexpected = check.errors.filter((e) => e.check !== 'endorsements')
  if (unexpected.length > 0) throw new Error(`${name}: our credential did not verify: ${JSON.stringify(unexpected)}`)
  const oursVerify = await time('ours verify', iterations, () => ours.verify(signedOurs))
  const oursVerifyJsonld = await time('ours verify (jsonld.js)', Math.max(5, iterations / 4), () => oursJsonld.verify(signedOurs))
  const dbVerify = await time('db verify', iterations, () => vc.verifyCredential({ credential: signedDb, suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), documentLoader: loader, checkStatus }))
  const oursC14n = await time('ours canonicalise', iterations, () => canonicalise(credential, { documentLoader: loader }))
  const jsonldC14n = await time('jsonld.js canonicalise', iterations, () => canonicalise(credential, { documentLoader: loader, policy: 'jsonld' }))
  return [
    { case: name, operation: 'issue', ours: oursIssue, fallback: oursIssueJsonld, reference: dbIssue },
    { case: name, operation: 'verify', ours: oursVerify, fallback: oursVerifyJsonld, reference: dbVerify },
    { case: name, operation: 'canonicalise (document)', ours: oursC14n, fallback: jsonldC14n, reference: jsonldC14n },
  ]
}

const rows = [...(await benchCase('minimal badge', minimal, 200)), ...(await benchCase('complete OpenBadgeCredential', complete, 20))]
const fmt = (ms) => `${ms.toFixed(2)} ms`
console.log(`Node ${process.version}, eddsa-rdfc-2022, offline loader; ratio = @digitalbazaar/vc time / ours with the fast path (above 1: ours is faster)`)
console.log('')
console.log(`| case | operation | microcredentials (fast path) | microcredentials (jsonld.js) | @digitalbazaar/vc | ratio |`)
console.log(`|---|---|---|---|---|---|`)
for (const r of rows) console.log(`| ${r.case} | ${r.operation} | ${fmt(r.ours)} | ${fmt(r.fallback)} | ${r.operation.startsWith('canonicalise') ? '(jsonld.js + rdf-canonize)' : fmt(r.reference)} | ${(r.reference / r.ours).toFixed(2)}x |`)
console.log('')
console.log('The complete example embeds five endorsements with placeholder proofs: our verify reports them (the endorsements check), @digitalbazaar/vc ignores them.')
console.log('canonicalise: the document alone, RDFC-1.0 N-Quads, our fast path against jsonld.js toRDF + rdf-canonize (what @digitalbazaar/vc runs twice per issue and per verify).')
console.log('Both sign the same document. Our issue adds the quality gate (profile ob3 for these badges) and a verification of its own output; our verify runs every check (schema, key binding, validity).')
