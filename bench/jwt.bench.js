// VC-JWT and presentations (issue #10): issue and verify a VC-JWT through this library (quality gate,
// claim mapping, self-check; verify: every check, key resolution, claims) against `jose` alone signing
// and verifying the same payload (the floor: signature work only), and against @digitalbazaar/vc with
// eddsa-rdfc-2022 (the Data Integrity form of the same credential). Then a presentation with two
// credentials. Run with `npm run bench` (builds first). Prints a table; asserts nothing.
import { performance } from 'node:perf_hooks'
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import { importJWK, jwtVerify, SignJWT } from 'jose'
import { createDocumentLoader, createPresentation, createVerifier, verifyPresentation } from '../dist/index.js'
import { issueCredential, signPresentation } from '../dist/issue.js'
import { createSigner, exportKeyPair, generateKeyPair } from '../dist/keys.js'

const NOW = '2026-01-01T00:00:00Z'
const loader = createDocumentLoader()
const badge = (issuerId) => ({
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: 'urn:uuid:2f5b8c7e-8a4e-4a51-9f0e-6f2d8f1d2b11',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: issuerId, type: ['Profile'], name: 'ROC Voorbeeld' },
  validFrom: '2025-09-01T00:00:00Z',
  name: 'Basiszorg',
  credentialSubject: {
    id: 'did:example:learner-1', type: ['AchievementSubject'],
    achievement: { id: 'https://example.nl/achievements/basiszorg', type: ['Achievement'], name: 'Basiszorg', description: 'Basiszorg in de thuiszorg.', criteria: { narrative: 'Praktijkopdracht.' } },
  },
})

async function time(iterations, fn) {
  for (let i = 0; i < Math.max(3, iterations / 10); i++) await fn(i)
  const start = performance.now()
  for (let i = 0; i < iterations; i++) await fn(i)
  return (performance.now() - start) / iterations
}

const rows = []
const verifier = createVerifier({ now: NOW, documentLoader: loader })
for (const [type, alg, n] of [['Ed25519', 'EdDSA', 300], ['P-256', 'ES256', 300], ['RSA', 'RS256', 100]]) {
  const keyPair = await generateKeyPair(type === 'Ed25519' ? { seed: Uint8Array.from({ length: 32 }, (_, i) => i + 1) } : { type })
  const signer = createSigner(keyPair)
  const credential = badge(keyPair.controller)
  const jwt = await issueCredential(credential, signer, { format: 'vc-jwt', now: NOW })
  const publicJwk = type === 'Ed25519' ? exportKeyPair(keyPair, { format: 'jwk' }) : keyPair.publicKeyJwk
  const secretJwk = exportKeyPair(keyPair, { format: 'jwk', includeSecret: true })
  const [publicKey, privateKey] = [await importJWK({ ...publicJwk, kid: undefined }, alg), await importJWK({ ...secretJwk, kid: undefined }, alg)]
  const payload = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString())
  rows.push({
    what: `VC-JWT ${alg}`,
    issue: await time(n, () => issueCredential(credential, signer, { format: 'vc-jwt', now: NOW })),
    verify: await time(n, async () => { if (!(await verifier.verify(jwt)).verified) throw new Error('not verified') }),
    joseSign: await time(n, () => new SignJWT(payload).setProtectedHeader({ alg, typ: 'JWT', kid: keyPair.id }).sign(privateKey)),
    joseVerify: await time(n, () => jwtVerify(jwt, publicKey, { currentDate: new Date(NOW) })),
  })
}

const edKey = await generateKeyPair({ seed: Uint8Array.from({ length: 32 }, (_, i) => i + 1) })
const dbKey = await Ed25519Multikey.from({ ...exportKeyPair(edKey, { includeSecret: true }) })
const dbSigned = await vc.issue({ credential: badge(edKey.controller), suite: new DataIntegrityProof({ signer: dbKey.signer(), date: '2025-09-01T10:00:00Z', cryptosuite: eddsaRdfc2022 }), documentLoader: loader })
const dbIssue = await time(200, () => vc.issue({ credential: badge(edKey.controller), suite: new DataIntegrityProof({ signer: dbKey.signer(), date: '2025-09-01T10:00:00Z', cryptosuite: eddsaRdfc2022 }), documentLoader: loader }))
const dbVerify = await time(200, () => vc.verifyCredential({ credential: dbSigned, suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), documentLoader: loader }))

const fmt = (ms) => `${ms.toFixed(3)} ms`
console.log(`Node ${process.version}; one credential (minimal OB 3.0 badge), offline; jose = signature work alone on the same payload; @digitalbazaar/vc = the same badge as eddsa-rdfc-2022 Data Integrity`)
console.log('')
console.log('| format | issue (ours) | jose sign | verify (ours, every check) | jose verify | @digitalbazaar/vc DI issue / verify | ratio vc DI verify / ours |')
console.log('|---|---|---|---|---|---|---|')
for (const r of rows) console.log(`| ${r.what} | ${fmt(r.issue)} | ${fmt(r.joseSign)} | ${fmt(r.verify)} | ${fmt(r.joseVerify)} | ${fmt(dbIssue)} / ${fmt(dbVerify)} | ${(dbVerify / r.verify).toFixed(2)}x |`)

// A presentation: the learner shares two credentials (one Data Integrity, one VC-JWT) with an employer.
const school = createSigner(edKey)
const learner = await generateKeyPair({ seed: new Uint8Array(32).fill(7) })
const di = await issueCredential(badge(edKey.controller), school, { now: NOW })
const asJwt = await issueCredential(badge(edKey.controller), school, { format: 'vc-jwt', now: NOW })
const options = { challenge: 'c0ae1c8e', domain: 'werkgever.example.nl', now: NOW }
const vp = await signPresentation(createPresentation([di, asJwt], learner.controller), createSigner(learner), options)
const vpJwt = await signPresentation(createPresentation([di, asJwt], learner.controller), createSigner(learner), { ...options, format: 'vc-jwt' })
const dbVp = await time(50, () => vc.verify({ presentation: vp, ...options, suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), documentLoader: loader }))
console.log('')
console.log('| presentation (2 credentials) | sign (ours) | verify (ours: proof, holder, both credentials) | @digitalbazaar/vc verify (proof, DI credential) | ratio |')
console.log('|---|---|---|---|---|')
const ourVp = await time(50, async () => { if (!(await verifyPresentation(vp, { ...options, now: NOW, documentLoader: loader })).verified) throw new Error('vp') })
console.log(`| eddsa-rdfc-2022 | ${fmt(await time(50, () => signPresentation(createPresentation([di, asJwt], learner.controller), createSigner(learner), options)))} | ${fmt(ourVp)} | ${fmt(dbVp)} | ${(dbVp / ourVp).toFixed(2)}x |`)
console.log(`| JWT | ${fmt(await time(50, () => signPresentation(createPresentation([di, asJwt], learner.controller), createSigner(learner), { ...options, format: 'vc-jwt' })))} | ${fmt(await time(50, () => verifyPresentation(vpJwt, { ...options, now: NOW, documentLoader: loader })))} | n/a | |`)
