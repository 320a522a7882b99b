/**
 * W3C VC Data Model 2.0 test-suite inputs (`vc-data-model-2.0-inputs/`, unsigned): `*-ok` must issue
 * and verify, `*-fail` and `*-fail-or-inject` must be refused at issue or at verify.
 *
 * These are plain VCs, not Open Badges, so `verifyCredential` (whose context and schema checks demand an
 * OB 3.0 credential) does not apply. They run through a plain-VC path built from the library's parts:
 *
 * - issue = the W3C harness step (an issuer without `id` gets ours, as the suite's `createRequestBody`
 *   does), then {@link checkVcdm2Structure} (the VCDM 2.0 MUSTs a JSON-level check can decide), then
 *   signing with the library's eddsa-rdfc-2022 suite in JSON-LD safe mode (which refuses unmapped
 *   terms, protected-term redefinitions and invalid JSON-LD);
 * - verify = the structural check again, every string `@context` in the loader's trusted set (the W3C
 *   examples context is trusted here via `loaderWithExamples`; inline context objects are allowed for
 *   plain VCs — the OB path refuses them), {@link verifyProofSet} (policy "all" unless noted), and the
 *   key binding a did:key allows (the verification method's DID is the issuer).
 *
 * Not run: time-based validity (`validfrom-far-future-ok` is about the data model, not about "now").
 * Placeholders "PAST DATE"/"FUTURE DATE" are replaced with dates a year around {@link NOW}, as the suite does.
 */
import jsigs from 'jsonld-signatures'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSigningSuite } from '../../src/issue/signing-suite.js'
import type { Signer } from '../../src/keys/index.js'
import { acceptedIssuerProofs } from '../../src/proofs/proof-policy.js'
import { checkVcdm2Structure } from '../../src/proofs/vcdm2-structure.js'
import { verifyProofSet, type ProofReport } from '../../src/proofs/verify-proof-set.js'
import { classify } from '../../src/proofs/verify-proof.js'
import { NOW, testKey } from '../helpers/credentials.js'
import { fixtureDir, fixtureJson } from '../helpers/fixtures.js'
import { loaderWithExamples } from '../helpers/loaders.js'

type Json = Record<string, any>
type Finding = { check: string; code: string; message: string; path?: string }
type Stage = 'issue' | 'verify'
type Outcome = { stage: 'issued'; signed: Json } | { stage: Stage; findings: Finding[] }

const DIR = 'test-vectors/vc-data-model-2.0-inputs/'
const loader = loaderWithExamples()
const PAST = new Date(Date.parse(NOW) - 365 * 86400_000).toISOString().replace(/\.\d+Z$/, 'Z')
const FUTURE = new Date(Date.parse(NOW) + 365 * 86400_000).toISOString().replace(/\.\d+Z$/, 'Z')

let signer: Signer
let issuerId: string
beforeAll(async () => {
  const k = await testKey()
  signer = k.signer
  issuerId = k.keyPair.controller
})

/** The W3C suite's request step: fill a missing issuer (or a missing issuer.id) with ours; replace date placeholders. */
function prepare(input: Json): Json {
  const c = JSON.parse(JSON.stringify(input).replaceAll('"PAST DATE"', JSON.stringify(PAST)).replaceAll('"FUTURE DATE"', JSON.stringify(FUTURE))) as Json
  if (c.issuer === undefined) c.issuer = issuerId
  else if (typeof c.issuer === 'object' && c.issuer !== null && !Array.isArray(c.issuer) && c.issuer.id === undefined) c.issuer.id = issuerId
  return c
}

const structure = (c: Json): Finding[] => checkVcdm2Structure(c).map(({ check, code, message, path }) => ({ check, code, message, path }))

/** JSON-LD signing; a refusal is classified like a verification failure. */
async function sign(c: Json): Promise<{ signed: Json } | { findings: Finding[] }> {
  try {
    const signed = await jsigs.sign(structuredClone(c), { suite: createSigningSuite('eddsa-rdfc-2022', signer, new Date('2025-09-01T10:00:00Z')), purpose: new jsigs.purposes.AssertionProofPurpose(), documentLoader: loader })
    return { signed }
  } catch (error) {
    const o = classify(error)
    if (o.verified) throw error
    const check = o.code === 'DATA_LOSS_DETECTION_ERROR' || o.code === 'DOCUMENT_LOAD_BLOCKED' ? 'context' : 'proof'
    return { findings: [{ check, code: o.code, message: o.message }] }
  }
}

/** Issue: structural check first, then safe-mode signing. */
async function issue(input: Json): Promise<Outcome> {
  const c = prepare(input)
  const problems = structure(c)
  if (problems.length > 0) return { stage: 'issue', findings: problems }
  const s = await sign(c)
  return 'signed' in s ? { stage: 'issued', signed: s.signed } : { stage: 'issue', findings: s.findings }
}

/** Verify a plain VC: structure, trusted context URLs, the proof set (policy), did:key binding. */
async function verifyPlain(signed: Json, policy: 'all' | 'any-from-issuer' = 'all'): Promise<{ verified: boolean; errors: Finding[]; warnings: Finding[] }> {
  const errors: Finding[] = structure(signed)
  const contexts = Array.isArray(signed['@context']) ? signed['@context'] : [signed['@context']]
  contexts.forEach((c: unknown, i: number) => {
    if (typeof c === 'string' && !loader.trustedContexts.has(c)) errors.push({ check: 'context', code: 'UNTRUSTED_CONTEXT', message: `context ${c} is not trusted`, path: `$["@context"][${i}]` })
  })
  const { proof, ...document } = signed
  const proofs = (Array.isArray(proof) ? proof : proof === undefined ? [] : [proof]) as Json[]
  if (proofs.length === 0) return { verified: false, errors: [...errors, { check: 'proof', code: 'PROOF_MISSING', message: 'no proof' }], warnings: [] }
  const set = await verifyProofSet(document, proofs, loader)
  const issuer = typeof signed.issuer === 'string' ? signed.issuer : signed.issuer?.id
  const keyOfIssuer = (r: ProofReport): boolean => typeof r.proof.verificationMethod === 'string' && r.proof.verificationMethod.split('#')[0] === issuer
  const findingsOf = (r: ProofReport): Finding[] => [
    ...r.errors,
    ...(r.verified && !keyOfIssuer(r) ? [{ check: 'issuer', code: 'ISSUER_KEY_MISMATCH', message: `${String(r.proof.verificationMethod)} is not a key of ${issuer}`, path: `${r.path}.verificationMethod` }] : []),
  ]
  const warnings: Finding[] = []
  const accepted = policy === 'any-from-issuer' ? acceptedIssuerProofs(set.proofs, keyOfIssuer) : new Set<number>()
  for (const r of set.proofs) {
    if (accepted.size > 0 && !accepted.has(r.index)) warnings.push(...findingsOf(r))
    else errors.push(...findingsOf(r))
  }
  return { verified: errors.length === 0, errors, warnings }
}

/** Issue, then verify what was issued. */
async function issueAndVerify(input: Json): Promise<Outcome> {
  const issued = await issue(input)
  if (issued.stage !== 'issued') return issued
  const v = await verifyPlain(issued.signed)
  return v.verified ? issued : { stage: 'verify', findings: v.errors }
}

// ---------------------------------------------------------------------------------------------------
// The table: for every fail input, WHERE it is refused, by WHICH check and code, and WHY.
// ---------------------------------------------------------------------------------------------------
type Refusal = [stage: Stage, check: string, code: string, why: string]
const M = 'MALFORMED_VALUE_ERROR'
const FAILS: Record<string, Refusal> = {
  'credential-context-combo3-fail.json': ['issue', 'context', M, '"https ://not-a-url/..." is not a URL (signing would also fail: nothing to load)'],
  'credential-context-combo4-fail.json': ['issue', 'context', M, 'a number is neither a context URL nor a context object'],
  'credential-evidence-missing-type-fail.json': ['issue', 'schema', M, 'evidence entries need a type'],
  'credential-id-multi-fail.json': ['issue', 'schema', M, 'id must be one URL, not an array'],
  'credential-id-nonidentifier-fail.json': ['issue', 'schema', M, 'id null is not a URL'],
  'credential-id-not-url-fail.json': ['issue', 'schema', M, 'id "https ://..." is not a URL (safe mode would call it a relative @id)'],
  'credential-id-subject-multi-fail.json': ['issue', 'schema', M, 'credentialSubject.id must be one URL'],
  'credential-issuer-no-url-fail.json': ['issue', 'schema', M, 'issuer "fake-issuer" is not a URL (the harness keeps a given issuer)'],
  'credential-issuer-null-fail.json': ['issue', 'schema', M, 'issuer null is neither a URL nor an object'],
  'credential-issuer-object-id-no-url-fail.json': ['issue', 'schema', M, 'issuer.id "fake-issuer" is not a URL'],
  'credential-issuer-object-id-null-fail.json': ['issue', 'schema', M, 'issuer.id null is not a URL'],
  'credential-missing-base-context-fail-or-inject.json': ['issue', 'context', M, 'the first context must be the VC v2 context; we refuse rather than inject it'],
  'credential-missing-required-type-fail.json': ['issue', 'schema', M, 'type lacks VerifiableCredential'],
  'credential-no-context-fail-or-inject.json': ['issue', 'context', M, 'no @context; we refuse rather than inject it'],
  'credential-no-issuer-fail.json': ['issue', 'schema', M, 'the harness supplies the issuer; what remains wrong is the empty credentialSubject (no claims)'],
  'credential-no-subject-fail.json': ['issue', 'schema', M, 'credentialSubject is missing'],
  'credential-no-type-fail.json': ['issue', 'schema', M, 'type is missing'],
  'credential-proof-missing-type-fail.json': ['verify', 'proof', 'PROOF_VERIFICATION_ERROR', 'the input carries a proof without type; our proof is appended and the set fails on it'],
  'credential-redef-type-fail.json': ['issue', 'proof', 'PROOF_TRANSFORMATION_ERROR', 'an inline context redefines the protected term VerifiableCredential (JSON-LD refuses while signing)'],
  'credential-redef-type2-fail.json': ['issue', 'proof', 'PROOF_TRANSFORMATION_ERROR', 'a second inline context redefines a term the first protected'],
  'credential-refresh-no-type-fail.json': ['issue', 'schema', M, 'refreshService entries need a type'],
  'credential-schema-no-id-fail.json': ['issue', 'schema', M, 'credentialSchema entries need an id'],
  'credential-schema-no-type-fail.json': ['issue', 'schema', M, 'credentialSchema entries need a type'],
  'credential-schema-non-url-id-fail.json': ['issue', 'schema', M, 'credentialSchema.id is not a URL'],
  'credential-status-missing-type-fail.json': ['issue', 'schema', M, 'credentialStatus entries need a type'],
  'credential-status-multiple-id-fail.json': ['issue', 'schema', M, 'credentialStatus.id must be one URL'],
  'credential-status-nonurl-id-fail.json': ['issue', 'schema', M, 'credentialStatus.id is not a URL'],
  'credential-status-type-nonurl-fail.json': ['issue', 'schema', M, 'credentialStatus.type is a number'],
  'credential-subject-multiple-empty-fail.json': ['issue', 'schema', M, 'the second subject is empty (no claims)'],
  'credential-subject-no-claims-fail.json': ['issue', 'schema', M, 'the subject is empty (no claims)'],
  'credential-termsofuse-missing-type-fail.json': ['issue', 'schema', M, 'termsOfUse entries need a type'],
  'credential-termsofuse-no-type-fail.json': ['issue', 'schema', M, 'termsOfUse with an id but no type'],
  'credential-type-mapped-nonurl-fail.json': ['issue', 'proof', 'PROOF_TRANSFORMATION_ERROR', 'the type maps to "https ://not-a-url#..."; JSON-LD refuses the term definition while signing'],
  'credential-type-unmapped-fail.json': ['issue', 'context', 'DATA_LOSS_DETECTION_ERROR', 'with @vocab null the type ExampleTestCredential maps to nothing: safe mode refuses while signing'],
  'credential-validUntil-validFrom-fail.json': ['issue', 'validity', M, 'validUntil (a year before NOW) is before validFrom (a year after)'],
  'credential-validfrom-invalid-fail.json': ['issue', 'validity', M, 'validFrom is not an XML Schema dateTimeStamp'],
  'credential-validuntil-invalid-fail.json': ['issue', 'validity', M, 'validUntil is not an XML Schema dateTimeStamp'],
  'names-and-descriptions/credential-description-extra-prop-en-fail.json': ['issue', 'schema', M, 'a language value object with an extra "url" key'],
  'names-and-descriptions/credential-name-extra-prop-en-fail.json': ['issue', 'schema', M, 'a language value object with an extra "url" key'],
  'names-and-descriptions/issuer-description-extra-prop-en-fail.json': ['issue', 'schema', M, 'a language value object with an extra "url" key'],
  'names-and-descriptions/issuer-name-extra-prop-en-fail.json': ['issue', 'schema', M, 'a language value object with an extra "url" key'],
}

/** OK inputs that need a word: they issue and verify, but only under a stated condition. */
const OK_NOTES: Record<string, string> = {
  'credential-proof-ok.json': 'the input carries an unsigned placeholder proof (no verificationMethod); our proof is appended. Policy "all" refuses the set (PROOF_VERIFICATION_ERROR on $.proof[0]); policy "any-from-issuer" verifies with that proof as a warning',
  'credential-context-combo1-ok.json': 'uses the W3C examples context, trusted here by the test loader (the library never trusts it by default)',
  'credential-id-single-ok.json': 'uses the W3C examples context (test loader)',
  'credential-optional-type-ok.json': 'uses the W3C examples context (test loader)',
}

/** Inputs this library does not handle, and why. Asserted: each is refused by the credential path. */
const NOT_HANDLED_REASON = 'a verifiable presentation: this library issues and verifies credentials only (no VP API); the credential path refuses it (type lacks VerifiableCredential)'

const files = [
  ...fixtureDir(DIR).filter((f) => f.endsWith('.json')),
  ...fixtureDir(`${DIR}names-and-descriptions`).map((f) => `names-and-descriptions/${f}`),
]
const presentations = files.filter((f) => f.startsWith('presentation-'))
const credentials = files.filter((f) => !f.startsWith('presentation-'))
const oks = credentials.filter((f) => f.endsWith('-ok.json'))
const fails = credentials.filter((f) => !f.endsWith('-ok.json'))

describe('W3C VCDM 2.0 inputs: the table covers the folder', () => {
  it('every credential input is either -ok or listed with its refusal; no stale entries', () => {
    expect(files.length).toBe(120)
    expect(fails.every((f) => f.endsWith('-fail.json') || f.endsWith('-fail-or-inject.json'))).toBe(true)
    expect(fails.sort()).toEqual(Object.keys(FAILS).sort())
    for (const f of Object.keys(OK_NOTES)) expect(oks).toContain(f)
    expect(oks).toHaveLength(54)
    expect(fails).toHaveLength(41)
    expect(presentations).toHaveLength(25)
  })
})

describe('W3C VCDM 2.0 inputs: *-ok issue and verify', () => {
  for (const file of oks.filter((f) => f !== 'credential-proof-ok.json')) {
    it(`${file} issues and verifies${OK_NOTES[file] ? ` (${OK_NOTES[file]})` : ''}`, async () => {
      const outcome = await issueAndVerify(fixtureJson(DIR + file))
      expect(outcome).toMatchObject({ stage: 'issued' })
      const signed = (outcome as { signed: Json }).signed
      const tampered = await verifyPlain({ ...signed, credentialSubject: { id: 'did:example:someone-else' } })
      expect(tampered.errors.map((e) => e.code)).toContain('CRYPTOGRAPHIC_SECURITY_ERROR')
    })
  }

  it(`credential-proof-ok.json: ${OK_NOTES['credential-proof-ok.json']}`, async () => {
    const issued = await issue(fixtureJson(`${DIR}credential-proof-ok.json`))
    expect(issued.stage).toBe('issued')
    const signed = (issued as { signed: Json }).signed
    expect(signed.proof).toHaveLength(2)
    const all = await verifyPlain(signed)
    expect(all.verified).toBe(false)
    expect(all.errors).toEqual([expect.objectContaining({ check: 'proof', code: 'PROOF_VERIFICATION_ERROR', path: '$.proof[0].verificationMethod' })])
    const any = await verifyPlain(signed, 'any-from-issuer')
    expect(any.verified).toBe(true)
    expect(any.warnings).toEqual([expect.objectContaining({ code: 'PROOF_VERIFICATION_ERROR', path: '$.proof[0].verificationMethod' })])
  })
})

describe('W3C VCDM 2.0 inputs: *-fail refused, by the check and code the table names', () => {
  for (const file of fails) {
    const [stage, check, code, why] = FAILS[file] ?? ['issue', '?', '?', 'missing from the table']
    it(`${file} → refused at ${stage} by ${check}:${code} (${why})`, async () => {
      const outcome = await issueAndVerify(fixtureJson(DIR + file))
      expect(outcome.stage).toBe(stage)
      const findings = (outcome as { findings: Finding[] }).findings
      expect(findings[0]).toMatchObject({ check, code })
    })
  }

  it('defence in depth: inputs refused by the structural check at issue are refused at verify too when signed anyway', async () => {
    const structural = fails.filter((f) => FAILS[f]?.[0] === 'issue' && FAILS[f]?.[2] === M)
    let signedAnyway = 0
    for (const file of structural) {
      const c = prepare(fixtureJson(DIR + file))
      const s = await sign(c)
      if (!('signed' in s)) continue
      signedAnyway++
      const v = await verifyPlain(s.signed)
      expect(v.verified, file).toBe(false)
      expect(v.errors[0], file).toMatchObject({ check: FAILS[file]?.[1], code: M })
    }
    expect(signedAnyway).toBeGreaterThan(10)
  })
})

describe('W3C VCDM 2.0 inputs: not handled (presentations)', () => {
  for (const file of presentations) {
    it(`${file}: not handled — ${NOT_HANDLED_REASON}`, async () => {
      const outcome = await issue(fixtureJson(DIR + file))
      expect(outcome.stage).toBe('issue')
      expect((outcome as { findings: Finding[] }).findings).toContainEqual(expect.objectContaining({ check: 'schema', code: M, path: '$.type' }))
    })
  }
})
