/**
 * The `endorsements` check (OB 3.0 verification step 6): every embedded EndorsementCredential is
 * verified with the same checks as the credential, and its failures fail the credential. Every
 * credential and endorsement here is signed during the test: the school (the default test key) issues
 * the badge, Zorggroep Voorbeeld (a care-sector employer with its own did:key) endorses it.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { issueCredential } from '../../src/issue/index.js'
import type { Signer } from '../../src/keys/index.js'
import type { VerificationError, VerificationResult, VerifyOptions } from '../../src/verify/index.js'
import { minimalBadge, testKey } from '../helpers/credentials.js'
import { clone, codes, signWithSuite, verify, type Json } from './attacks/helpers.js'

type Key = Awaited<ReturnType<typeof testKey>>

let school: Key
let employer: Key
let association: Key
let council: Key
let stranger: Key

beforeAll(async () => {
  school = await testKey()
  employer = await testKey(Uint8Array.from({ length: 32 }, (_, i) => 100 + i))
  association = await testKey(Uint8Array.from({ length: 32 }, (_, i) => 150 + i))
  council = await testKey(Uint8Array.from({ length: 32 }, (_, i) => 200 - i))
  stranger = await testKey(Uint8Array.from({ length: 32 }, () => 7))
})

const ACHIEVEMENT_ID = 'https://example.nl/achievements/basiszorg'
const ENDORSED = '$.credentialSubject.achievement.endorsement[0]'

/** An unsigned EndorsementCredential by `endorserId` about the achievement. */
function endorsementBy(endorserId: string, name: string, overrides: Json = {}): Json {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `urn:uuid:5b0c8f1e-7a41-4c8e-9e0f-${Math.abs(hash(name)).toString(16).padStart(12, '0').slice(0, 12)}`,
    type: ['VerifiableCredential', 'EndorsementCredential'],
    name: `Endorsement by ${name}`,
    issuer: { id: endorserId, type: ['Profile'], name },
    validFrom: '2025-06-01T00:00:00Z',
    credentialSubject: {
      id: ACHIEVEMENT_ID,
      type: ['EndorsementSubject'],
      endorsementComment: `${name} endorses this microcredential, co-created with us.`,
    },
    ...overrides,
  }
}

function hash(text: string): number {
  let h = 0
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) | 0
  return h
}

/** Signs an endorsement (jsonld-signatures, the library's suite) and writes `proof` as an array, as the schema wants. */
async function sign(doc: Json, signer: Signer): Promise<Json> {
  const signed = await signWithSuite(doc, signer, { created: '2025-06-01T10:00:00Z' })
  return { ...signed, proof: [signed.proof] }
}

/** The employer's signed endorsement. */
const employerEndorsement = (overrides: Json = {}): Promise<Json> =>
  sign(endorsementBy(employer.keyPair.controller, 'Zorggroep Voorbeeld', overrides), employer.signer)

/** The school's badge with `edit` applied (to place endorsements), issued by the library. */
async function badge(edit: (c: Json) => void = () => undefined): Promise<Json> {
  const c: Json = minimalBadge(school.keyPair.controller)
  edit(c)
  return (await issueCredential(c, school.signer, { now: '2025-09-01T10:00:00Z' })) as Json
}

/** The badge signed with the suite directly, past the issuance quality gate (which refuses a malformed endorsement). */
async function rawBadge(edit: (c: Json) => void): Promise<Json> {
  const c: Json = minimalBadge(school.keyPair.controller)
  edit(c)
  const signed = await signWithSuite(c, school.signer)
  return { ...signed, proof: [signed.proof] }
}

/** The badge with `endorsements` on its achievement. */
const endorsedBadge = (...endorsements: unknown[]): Promise<Json> =>
  badge((c) => {
    c.credentialSubject.achievement.endorsement = endorsements
  })

const check = (r: VerificationResult, id: string) => r.checks.find((c) => c.id === id)
const endorsementErrors = (r: VerificationResult): VerificationError[] => r.errors.filter((e) => e.check === 'endorsements')

/** Asserts that the credential itself is fine and only the endorsement check fails, with one error. */
function expectOnlyEndorsementFails(r: VerificationResult): VerificationError {
  expect(r.verified).toBe(false)
  expect(r.credential).toBeUndefined()
  expect(check(r, 'endorsements')?.status).toBe('failed')
  for (const id of ['parse', 'limits', 'context', 'schema', 'proof', 'issuer', 'validity']) expect(check(r, id)?.status).toBe('passed')
  const errors = endorsementErrors(r)
  expect(errors).toHaveLength(1)
  return errors[0] as VerificationError
}

describe('embedded endorsements are verified', () => {
  it("an achievement endorsed by an employer (its own did:key), all signed, verifies with the endorsement check passed", async () => {
    const signed = await endorsedBadge(await employerEndorsement())
    const r = await verify(signed)
    expect(r.errors).toEqual([])
    expect(r.warnings).toEqual([])
    expect(r.verified).toBe(true)
    expect(r.checks.map((c) => `${c.id}:${c.status}`)).toEqual([
      'parse:passed', 'limits:passed', 'context:passed', 'schema:passed', 'proof:passed', 'issuer:passed',
      'validity:passed', 'status:skipped', 'recipient:skipped', 'endorsements:passed',
    ])
    expect(r.credential).toBe(signed)
  })

  it('a tampered endorsement fails the endorsements check with CRYPTOGRAPHIC_SECURITY_ERROR at its proof path', async () => {
    const endorsement = await employerEndorsement()
    endorsement.credentialSubject.endorsementComment = 'Zorggroep Voorbeeld guarantees every holder a job.'
    const r = await verify(await endorsedBadge(endorsement))
    const e = expectOnlyEndorsementFails(r)
    expect(e).toMatchObject({ code: 'CRYPTOGRAPHIC_SECURITY_ERROR', check: 'endorsements', path: `${ENDORSED}.proof[0]` })
    expect(e.message.startsWith(`endorsement ${ENDORSED}: proof/CRYPTOGRAPHIC_SECURITY_ERROR: `)).toBe(true)
  })

  it("an endorsement signed by a key its issuer does not control fails with ISSUER_KEY_MISMATCH", async () => {
    const forged = await sign(endorsementBy(employer.keyPair.controller, 'Zorggroep Voorbeeld'), stranger.signer)
    const e = expectOnlyEndorsementFails(await verify(await endorsedBadge(forged)))
    expect(e).toMatchObject({ code: 'ISSUER_KEY_MISMATCH', check: 'endorsements', path: `${ENDORSED}.proof[0].verificationMethod` })
    expect(e.message).toContain(`endorsement ${ENDORSED}: issuer/ISSUER_KEY_MISMATCH: `)
    expect(e.message).toContain(stranger.keyPair.controller)
  })

  it('an expired endorsement fails with EXPIRED (same now and clock skew as the credential)', async () => {
    const signed = await endorsedBadge(await employerEndorsement({ validUntil: '2025-12-01T00:00:00Z' }))
    const e = expectOnlyEndorsementFails(await verify(signed))
    expect(e).toMatchObject({ code: 'EXPIRED', path: `${ENDORSED}.validUntil` })
    expect(e.message).toContain('validity/EXPIRED')
    expect((await verify(signed, { now: '2025-11-30T00:00:00Z' })).verified).toBe(true)
  })

  it('an unsigned endorsement fails with PROOF_MISSING', async () => {
    const e = expectOnlyEndorsementFails(await verify(await endorsedBadge(endorsementBy(employer.keyPair.controller, 'Zorggroep Voorbeeld'))))
    expect(e).toMatchObject({ code: 'PROOF_MISSING', path: `${ENDORSED}.proof` })
    expect(e.message).toBe(`endorsement ${ENDORSED}: proof/PROOF_MISSING: the endorsement has no proof`)
  })

  it('an endorsement with a context outside the pinned bundle fails with UNTRUSTED_CONTEXT at that context', async () => {
    const signed = await endorsedBadge(await employerEndorsement())
    signed.credentialSubject.achievement.endorsement[0]['@context'].push('https://example.org/evil-context.json')
    const r = await verify(signed)
    expect(r.verified).toBe(false)
    expect(check(r, 'endorsements')?.status).toBe('failed')
    expect(endorsementErrors(r)).toContainEqual(expect.objectContaining({ code: 'UNTRUSTED_CONTEXT', path: `${ENDORSED}["@context"][2]` }))
    expect(endorsementErrors(r).find((e) => e.code === 'UNTRUSTED_CONTEXT')?.message).toContain('context/UNTRUSTED_CONTEXT: context https://example.org/evil-context.json')
  })

  it('an endorsement that is not an EndorsementCredential fails the schema part (type and the derived schema)', async () => {
    const doc = endorsementBy(employer.keyPair.controller, 'Zorggroep Voorbeeld', { type: ['VerifiableCredential', 'OpenBadgeCredential'] })
    delete doc.name
    const wrong = await sign(doc, employer.signer)
    const r = await verify(await rawBadge((c) => { c.credentialSubject.achievement.endorsement = [wrong] }))
    expect(r.verified).toBe(false)
    expect(check(r, 'proof')?.status).toBe('passed')
    const found = endorsementErrors(r).map((e) => `${e.code} ${e.path ?? ''}`)
    expect(found).toContain(`MALFORMED_VALUE_ERROR ${ENDORSED}.type`)
    expect(endorsementErrors(r)).toContainEqual(expect.objectContaining({
      code: 'SCHEMA_VIOLATION',
      path: ENDORSED,
      message: expect.stringContaining("schema/SCHEMA_VIOLATION: EndorsementCredential schema (derived from 1EdTech): must have required property 'name'"),
    }))
  })

  it('an endorsement with credentialStatus fails closed without a statusChecker; the same checker decides for it', async () => {
    const status = {
      id: 'https://zorggroep.example.nl/status/1#7', type: 'BitstringStatusListEntry', statusPurpose: 'revocation',
      statusListIndex: '7', statusListCredential: 'https://zorggroep.example.nl/status/1',
    }
    const signed = await endorsedBadge(await employerEndorsement({ credentialStatus: status }))
    const e = expectOnlyEndorsementFails(await verify(signed))
    expect(e).toMatchObject({ code: 'STATUS_UNCHECKED', path: `${ENDORSED}.credentialStatus` })
    const seen: unknown[] = []
    const ok = await verify(signed, { statusChecker: async (credential) => (seen.push(credential.id), []) })
    expect(ok.verified).toBe(true)
    expect(seen).toEqual([signed.credentialSubject.achievement.endorsement[0].id])
    const revoked = await verify(signed, { statusChecker: async () => [{ code: 'REVOKED', check: 'status', message: 'revoked by the endorser' }] })
    expect(endorsementErrors(revoked)).toEqual([
      { code: 'REVOKED', check: 'endorsements', message: `endorsement ${ENDORSED}: status/REVOKED: revoked by the endorser`, path: `${ENDORSED}.credentialStatus` },
    ])
  })

  it('trustedIssuers applies to the issuer of the credential, not to endorsers', async () => {
    const r = await verify(await endorsedBadge(await employerEndorsement()), { trustedIssuers: [school.keyPair.controller] })
    expect(r.verified).toBe(true)
  })
})

describe('where endorsements are found', () => {
  let signedEndorsement: Json
  beforeAll(async () => {
    signedEndorsement = await employerEndorsement()
  })

  const places: Array<[string, (c: Json, e: Json) => void]> = [
    ['$.endorsement[0]', (c, e) => { c.endorsement = [e] }],
    ['$.issuer.endorsement[0]', (c, e) => { c.issuer.endorsement = [e] }],
    ['$.credentialSubject.achievement.endorsement[0]', (c, e) => { c.credentialSubject.achievement.endorsement = [e] }],
    ['$.credentialSubject.achievement.creator.endorsement[0]', (c, e) => {
      c.credentialSubject.achievement.creator = { id: 'https://example.nl/roc-voorbeeld', type: ['Profile'], name: 'ROC Voorbeeld', endorsement: [e] }
    }],
  ]
  for (const [path, place] of places) {
    it(`${path}: a signed endorsement verifies, an unsigned one fails there`, async () => {
      const good = await verify(await badge((c) => place(c, structuredClone(signedEndorsement))))
      expect(good.errors).toEqual([])
      expect(check(good, 'endorsements')?.status).toBe('passed')
      const bad = await verify(await badge((c) => place(c, endorsementBy(employer.keyPair.controller, 'Zorggroep Voorbeeld'))))
      expect(expectOnlyEndorsementFails(bad)).toMatchObject({ code: 'PROOF_MISSING', path: `${path}.proof` })
    })
  }

  it('several endorsements: each is verified and reported at its own index', async () => {
    const r = await verify(await endorsedBadge(signedEndorsement, await employerEndorsement({ validUntil: '2025-12-01T00:00:00Z' })))
    expect(endorsementErrors(r).map((e) => `${e.code} ${e.path}`)).toEqual([`EXPIRED $.credentialSubject.achievement.endorsement[1].validUntil`])
  })

  it('no endorsements: the check is skipped with a reason', async () => {
    const r = await verify(await badge())
    expect(r.verified).toBe(true)
    expect(check(r, 'endorsements')).toEqual({ id: 'endorsements', status: 'skipped', reason: 'no embedded endorsements' })
  })

  it('endorsementJwt entries (VC-JWT endorsements) are verified like embedded ones; a tampered or bogus one fails at its path', async () => {
    const jwt = await issueCredential(endorsementBy(employer.keyPair.controller, 'Zorggroep Voorbeeld'), employer.signer, { format: 'vc-jwt', now: '2025-06-01T10:00:00Z' })
    const r = await verify(await badge((c) => { c.credentialSubject.achievement.endorsementJwt = [jwt] }))
    expect(r.errors).toEqual([])
    expect(r.warnings).toEqual([])
    expect(check(r, 'endorsements')?.status).toBe('passed')
    const [h, p, sig] = jwt.split('.') as [string, string, string]
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'))
    payload.credentialSubject.endorsementComment = 'Forged praise.'
    const tampered = `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${sig}`
    const bad = await verify(await badge((c) => { c.credentialSubject.achievement.endorsementJwt = [tampered] }))
    expect(expectOnlyEndorsementFails(bad)).toMatchObject({ code: 'CRYPTOGRAPHIC_SECURITY_ERROR', path: '$.credentialSubject.achievement.endorsementJwt[0].signature' })
    const bogus = await verify(await rawBadge((c) => { c.credentialSubject.achievement.endorsementJwt = ['eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6a2V5Ono2TWsifQ.c2lnbmF0dXJl'] }))
    expect(endorsementErrors(bogus).map((e) => e.code)).toContain('PARSING_ERROR')
  })
})

describe('nested endorsements and limits', () => {
  /** The employer's endorsement, whose issuer profile is endorsed by the association, whose profile is endorsed by the council. */
  async function chain(levels: 2 | 3, options: { tamperInner?: boolean } = {}): Promise<Json> {
    let inner: Json | undefined
    if (levels === 3) inner = await sign(endorsementBy(council.keyPair.controller, 'Zorgraad', { credentialSubject: { id: association.keyPair.controller, type: ['EndorsementSubject'] } }), council.signer)
    const middleDoc = endorsementBy(association.keyPair.controller, 'Branchevereniging Zorg', { credentialSubject: { id: employer.keyPair.controller, type: ['EndorsementSubject'], endorsementComment: 'Erkend leerbedrijf.' } })
    if (inner) middleDoc.issuer.endorsement = [inner]
    const middle = await sign(middleDoc, association.signer)
    if (options.tamperInner) middle.credentialSubject.endorsementComment = 'Erkend leerbedrijf sinds 1900.'
    const outerDoc = endorsementBy(employer.keyPair.controller, 'Zorggroep Voorbeeld')
    outerDoc.issuer.endorsement = [middle]
    return endorsedBadge(await sign(outerDoc, employer.signer))
  }
  const MIDDLE = `${ENDORSED}.issuer.endorsement[0]`

  it('an endorsement inside an endorsement (depth 2) is verified', async () => {
    expect((await verify(await chain(2))).errors).toEqual([])
    const e = expectOnlyEndorsementFails(await verify(await chain(2, { tamperInner: true })))
    expect(e).toMatchObject({ code: 'CRYPTOGRAPHIC_SECURITY_ERROR', path: `${MIDDLE}.proof[0]` })
    expect(e.message.startsWith(`endorsement ${MIDDLE}: proof/CRYPTOGRAPHIC_SECURITY_ERROR: `)).toBe(true)
  })

  it('an endorsement nested deeper than 2 fails with RESOURCE_LIMIT_EXCEEDED (and verifies when the limit allows it)', async () => {
    const signed = await chain(3)
    const e = expectOnlyEndorsementFails(await verify(signed))
    expect(e).toMatchObject({ code: 'RESOURCE_LIMIT_EXCEEDED', path: `${MIDDLE}.issuer.endorsement` })
    expect(e.message).toContain('maxEndorsementDepth')
    expect((await verify(signed, { limits: { maxEndorsementDepth: 3 } })).verified).toBe(true)
  })

  it('more endorsements than limits.maxEndorsements fail with RESOURCE_LIMIT_EXCEEDED, nested ones counted', async () => {
    const one = await employerEndorsement()
    const signed = await endorsedBadge(one, structuredClone(one), structuredClone(one))
    expect((await verify(signed)).verified).toBe(true)
    const r = await verify(signed, { limits: { maxEndorsements: 2 } })
    expect(expectOnlyEndorsementFails(r)).toMatchObject({ code: 'RESOURCE_LIMIT_EXCEEDED', path: '$.credentialSubject.achievement.endorsement[2]' })
    const nested = await chain(2)
    expect((await verify(nested, { limits: { maxEndorsements: 2 } })).verified).toBe(true)
    expect(expectOnlyEndorsementFails(await verify(nested, { limits: { maxEndorsements: 1 } }))).toMatchObject({ code: 'RESOURCE_LIMIT_EXCEEDED', path: MIDDLE })
  })
})

describe('error order', () => {
  it('the main credential tampered AND a bad endorsement: the proof error comes first, the endorsement error last', async () => {
    const signed = await endorsedBadge(await employerEndorsement({ validUntil: '2025-12-01T00:00:00Z' }))
    const tampered = clone(signed)
    tampered.name = 'Gevorderde zorg'
    const r = await verify(tampered)
    expect(codes(r)[0]).toBe('proof:CRYPTOGRAPHIC_SECURITY_ERROR')
    expect(codes(r).at(-1)).toBe('endorsements:EXPIRED')
    expect(check(r, 'proof')?.status).toBe('failed')
    expect(check(r, 'endorsements')?.status).toBe('failed')
  })

  it('a bad endorsement alone makes the credential not verified (OB 3.0 verification step 6)', async () => {
    const options: VerifyOptions = {}
    const r = await verify(await endorsedBadge(endorsementBy(employer.keyPair.controller, 'Zorggroep Voorbeeld')), options)
    expect(r.verified).toBe(false)
    expect(r.errors.every((e) => e.check === 'endorsements')).toBe(true)
  })
})
