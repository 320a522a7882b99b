/**
 * Global setup of the `browser` vitest project (runs in Node): signs the verify suite's inputs with
 * the library (public test keys), adds the shared fixtures, runs every case in Node and provides the
 * cases with their Node reports to the tests in Chromium (`inject('verifyCases')`).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { bakePng, bakeSvg } from '../../../src/bake/index.js'
import { buildEndorsement, createPresentation, hashIdentifier } from '../../../src/build/index.js'
import { issueCredential, signPresentation } from '../../../src/issue/index.js'
import { createSigner, generateKeyPair } from '../../../src/keys/index.js'
import { minimalBadge, NOW, testKey } from '../../helpers/credentials.js'
import { fixtureDir, FIXTURES, ROOT } from '../../helpers/fixtures.js'
import { signProof, type Json } from '../../helpers/sign.js'
import { credentialWithStatus, entry, LIST_URL, listCredential } from '../../status/helpers.js'
import { runCase, type CaseInput, type CaseOptions, type CaseReport, type VerifyCase } from '../run-case.js'

/** A case with the report Node gave. */
export type BrowserCase = VerifyCase & { node: CaseReport }

declare module 'vitest' {
  export interface ProvidedContext {
    verifyCases: BrowserCase[]
  }
}

const at: CaseOptions = { now: NOW }
const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')
const json = (value: unknown): CaseInput => ({ json: value })

async function signedCases(): Promise<VerifyCase[]> {
  const { keyPair, signer } = await testKey()
  const issuerId = keyPair.controller
  const badge = minimalBadge(issuerId)
  const signed = (await issueCredential(badge, signer, { now: NOW })) as Json
  const ed2020 = (await issueCredential(badge, signer, { now: NOW, format: 'Ed25519Signature2020' })) as Json
  const attacker = await testKey(Uint8Array.from({ length: 32 }, () => 9))
  const p256 = await generateKeyPair({ type: 'P-256' })
  const rsa = await generateKeyPair({ type: 'RSA' })
  const jwt = async (kp: Awaited<ReturnType<typeof generateKeyPair>>) => issueCredential(minimalBadge(kp.controller), createSigner(kp), { format: 'vc-jwt', now: NOW })
  const eddsaJwt = await issueCredential(badge, signer, { format: 'vc-jwt', now: NOW })
  const [header, payload] = eddsaJwt.split('.')
  const png = new Uint8Array(readFileSync(join(ROOT, 'examples/images/badge.png')))
  const svg = readFileSync(join(ROOT, 'examples/images/badge.svg'), 'utf8')
  const expiring = (await issueCredential({ ...badge, validUntil: '2026-06-01T00:00:00Z' }, signer, { now: NOW })) as Json
  const salt = 'zout'
  const { id: _learner, ...subject } = badge.credentialSubject as Json
  const hashed = await issueCredential({ ...badge, credentialSubject: { ...subject, identifier: [{ type: 'IdentityObject', identityHash: hashIdentifier('student@example.nl', salt), identityType: 'emailAddress', hashed: true, salt }] } }, signer, { now: NOW })
  const endorsement = await issueCredential(buildEndorsement({ endorser: { id: attacker.keyPair.controller, name: 'Zorgwerkgever' }, subjectId: 'https://example.nl/achievements/basiszorg', comment: 'Samen ontwikkeld.', validFrom: '2025-09-01T00:00:00Z' }), attacker.signer, { now: NOW })
  const listSigned = await signProof(listCredential(issuerId, { set: [7] }), signer)
  const revoked = await credentialWithStatus(entry('7'))
  const notRevoked = await credentialWithStatus(entry('8'))
  const learner = await generateKeyPair({ seed: Uint8Array.from({ length: 32 }, (_, i) => 100 + i) })
  const vpOptions = { challenge: 'nonce-1', domain: 'https://werkgever.example.nl' }
  const signedAt = { ...vpOptions, now: NOW }
  const vp = await signPresentation(createPresentation([signed, eddsaJwt], learner.controller), createSigner(learner), signedAt)
  const vpJwt = await signPresentation(createPresentation([signed], learner.controller), createSigner(learner), { ...signedAt, format: 'vc-jwt' })
  const text = JSON.stringify(signed)
  return [
    { name: 'minimal badge, eddsa-rdfc-2022', input: json(signed), options: at, want: 'verified' },
    { name: 'minimal badge as JSON text', input: { text }, options: at, want: 'verified' },
    { name: 'minimal badge as bytes', input: { base64: base64(new TextEncoder().encode(text)) }, options: at, want: 'verified' },
    { name: 'Ed25519Signature2020', input: json(ed2020), options: at, want: 'verified' },
    { name: 'tampered name', input: json({ ...signed, name: 'Verpleegkunde' }), options: at, want: 'proof:CRYPTOGRAPHIC_SECURITY_ERROR' },
    { name: 'expired', input: json(expiring), options: { now: '2027-01-01T00:00:00Z' }, want: 'validity:EXPIRED' },
    { name: 'not yet valid', input: json(signed), options: { now: '2020-01-01T00:00:00Z' }, want: 'validity:NOT_YET_VALID' },
    { name: 'signed by a key of another issuer', input: json({ ...signed, issuer: { ...(signed.issuer as Json), id: attacker.keyPair.controller } }), options: at, want: 'any' },
    { name: 'untrusted context URL', input: json({ ...signed, '@context': [...(signed['@context'] as string[]), 'https://evil.example/context.json'] }), options: at, want: 'context:UNTRUSTED_CONTEXT' },
    { name: 'inline context', input: json({ ...signed, '@context': [...(signed['@context'] as string[]), { x: 'https://evil.example/x' }] }), options: at, want: 'context:UNTRUSTED_CONTEXT' },
    { name: '__proto__ key in the JSON text', input: { text: text.replace('{', '{"__proto__":{"polluted":true},') }, options: at, want: 'parse:PARSING_ERROR' },
    { name: 'duplicate key in the JSON text', input: { text: text.replace('{', '{"name":"x",') }, options: at, want: 'parse:PARSING_ERROR' },
    { name: 'nesting past the limit', input: { text: `${'{"a":'.repeat(200)}1${'}'.repeat(200)}` }, options: at, want: 'limits:RESOURCE_LIMIT_EXCEEDED' },
    { name: 'larger than maxBytes', input: json(signed), options: { ...at, limits: { maxBytes: 500 } }, want: 'limits:RESOURCE_LIMIT_EXCEEDED' },
    { name: 'no proof', input: json(badge), options: at, want: 'proof:PROOF_MISSING' },
    { name: 'VC-JWT EdDSA (did:key)', input: { text: eddsaJwt }, options: at, want: 'verified' },
    { name: 'VC-JWT ES256 (did:jwk)', input: { text: await jwt(p256) }, options: at, want: 'verified' },
    { name: 'VC-JWT RS256 (did:jwk)', input: { text: await jwt(rsa) }, options: at, want: 'verified' },
    { name: 'VC-JWT alg none', input: { text: `${btoa(JSON.stringify({ alg: 'none', typ: 'vc+jwt' })).replace(/=+$/, '')}.${payload}.` }, options: at, want: 'proof:UNSUPPORTED_ALGORITHM' },
    { name: 'VC-JWT payload swapped', input: { text: `${header}.${btoa(JSON.stringify({ ...JSON.parse(atob((payload ?? '').replace(/-/g, '+').replace(/_/g, '/'))), name: 'x' })).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.${eddsaJwt.split('.')[2]}` }, options: at, want: 'any' },
    { name: 'VC-JWT ES256 only allowed', input: { text: eddsaJwt }, options: { ...at, jwtAlgorithms: ['ES256'] }, want: 'proof:UNSUPPORTED_ALGORITHM' },
    { name: 'baked PNG', input: { base64: base64(bakePng(png, signed)) }, options: at, want: 'verified' },
    { name: 'baked PNG, VC-JWT', input: { base64: base64(bakePng(png, eddsaJwt)) }, options: at, want: 'verified' },
    { name: 'baked SVG', input: { text: bakeSvg(svg, signed) }, options: at, want: 'verified' },
    { name: 'baked SVG, tampered', input: { text: bakeSvg(svg, { ...signed, name: 'Verpleegkunde' }) }, options: at, want: 'proof:CRYPTOGRAPHIC_SECURITY_ERROR' },
    { name: 'PNG without a credential', input: { base64: base64(png) }, options: at, want: 'parse:PARSING_ERROR' },
    { name: 'hashed recipient matched', input: json(hashed), options: { ...at, expectedRecipient: { identity: 'student@example.nl', identityType: 'emailAddress' } }, want: 'verified' },
    { name: 'hashed recipient not matched', input: json(hashed), options: { ...at, expectedRecipient: { identity: 'other@example.nl', identityType: 'emailAddress' } }, want: 'recipient:RECIPIENT_NOT_MATCHED' },
    { name: 'endorsement', input: json(endorsement), options: { ...at, expect: 'endorsement' }, want: 'verified' },
    { name: 'status: not revoked (list supplied)', input: json(notRevoked), options: { ...at, statusDocuments: { [LIST_URL]: listSigned } }, want: 'verified' },
    { name: 'status: revoked (list supplied)', input: json(revoked), options: { ...at, statusDocuments: { [LIST_URL]: listSigned } }, want: 'status:REVOKED' },
    { name: 'status: no checker, fails closed', input: json(notRevoked), options: at, want: 'status:STATUS_UNCHECKED' },
    { name: 'presentation (DI), right challenge and domain', input: json(vp), options: { ...at, ...vpOptions }, want: 'verified' },
    { name: 'presentation (DI), other challenge', input: json(vp), options: { ...at, ...vpOptions, challenge: 'nonce-2' }, want: 'proof:INVALID_CHALLENGE_ERROR' },
    { name: 'presentation (JWT)', input: { text: vpJwt }, options: { ...at, ...vpOptions }, want: 'verified' },
    { name: 'presentation (JWT), other domain', input: { text: vpJwt }, options: { ...at, ...vpOptions, domain: 'https://elders.example.nl' }, want: 'any' },
  ]
}

/** Every fixture credential that is verified in the Node suites, verified again (its outcome compared). */
function fixtureCases(): VerifyCase[] {
  const files: Array<[string, string]> = [
    ['test-vectors/ob3-eddsa-rdfc-2022/', 'signed.json'],
    ...fixtureDir('ob-spec-examples').filter((f) => f.endsWith('.json')).map((f): [string, string] => ['ob-spec-examples/', f]),
    ...fixtureDir('educredentials/credentials').filter((f) => f.endsWith('.json')).map((f): [string, string] => ['educredentials/credentials/', f]),
    ...fixtureDir('test-vectors/vc-data-model-2.0-inputs').filter((f) => f.endsWith('.json')).map((f): [string, string] => ['test-vectors/vc-data-model-2.0-inputs/', f]),
  ]
  return files.map(([dir, file]) => ({ name: `fixture ${dir}${file}`, input: { text: readFileSync(join(FIXTURES, dir, file), 'utf8') }, options: { now: NOW }, want: 'any' }))
}

/** Signs the inputs, runs each in Node, provides them to the browser tests. */
export default async function setup(project: TestProject): Promise<void> {
  const cases = [...(await signedCases()), ...fixtureCases()]
  const withReports: BrowserCase[] = []
  for (const c of cases) withReports.push({ ...c, node: await runCase(c) })
  project.provide('verifyCases', withReports)
}
