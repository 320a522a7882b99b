/**
 * security.md §5, cases 11-15, 24 and 28: missing, unknown, malformed or altered proofs, and crafted
 * Ed25519 signatures.
 */
import { base58btc } from 'multiformats/bases/base58'
import { beforeAll, describe, expect, it } from 'vitest'
import { issueCredential } from '../../../src/issue/index.js'
import { minimalBadge } from '../../helpers/credentials.js'
import {
  clone, codes, controllerDocument, controllerKey, expectRejected, methodOf, proofOf, SCHOOL, signRaw, verify, victimKey, type Json,
} from './helpers.js'

let signed: Json
/** The signed credential with its single proof as an object edited by `edit`. */
const withProof = (edit: (p: Json) => void): Json => {
  const c = clone(signed)
  const p = proofOf(c)
  edit(p)
  c.proof = p
  return c
}

beforeAll(async () => {
  const { keyPair, signer } = await victimKey()
  signed = await issueCredential({ ...minimalBadge(keyPair.controller), validUntil: '2027-09-01T00:00:00Z' }, signer, { now: '2025-09-01T10:00:00Z' })
  expect((await verify(signed)).verified).toBe(true)
})

describe('#11 missing proof or proof fields', () => {
  it('#11 no proof → proof/PROOF_MISSING', async () => {
    const { proof: _p, ...unsigned } = clone(signed)
    expectRejected(await verify(unsigned), 'proof:PROOF_MISSING')
    expectRejected(await verify({ ...unsigned, proof: [] }), 'proof:PROOF_MISSING')
  })

  // DI §Verify Proof: a missing type, verificationMethod or proofPurpose is PROOF_VERIFICATION_ERROR.
  it('#11 missing proof.type → proof/PROOF_VERIFICATION_ERROR', async () => {
    const r = await verify(withProof((p) => { delete p.type }))
    expectRejected(r, 'proof:PROOF_VERIFICATION_ERROR')
  })

  it('#11 missing proof.type is refused (whatever the code)', async () => {
    const r = await verify(withProof((p) => { delete p.type }))
    expect(r.verified).toBe(false)
    expect(r.checks.find((c) => c.id === 'proof')?.status).toBe('failed')
  })

  it('#11 missing verificationMethod → proof/PROOF_VERIFICATION_ERROR', async () => {
    expectRejected(await verify(withProof((p) => { delete p.verificationMethod })), 'proof:PROOF_VERIFICATION_ERROR')
  })

  it('#11 missing proofPurpose → proof/PROOF_VERIFICATION_ERROR', async () => {
    expectRejected(await verify(withProof((p) => { delete p.proofPurpose })), 'proof:PROOF_VERIFICATION_ERROR')
  })
})

describe('#12 unknown proof type or cryptosuite → proof/PROOF_TRANSFORMATION_ERROR', () => {
  const edits: Array<[string, (p: Json) => void]> = [
    ['proof.type "BbsBlsSignature2020"', (p) => { p.type = 'BbsBlsSignature2020' }],
    ['proof.type "JsonWebSignature2020"', (p) => { p.type = 'JsonWebSignature2020' }],
    ['cryptosuite unknown', (p) => { p.cryptosuite = 'ecdsa-rdfc-2019' }],
    ['cryptosuite missing', (p) => { delete p.cryptosuite }],
    ['cryptosuite "eddsa-rdf-2022" (typo relabel)', (p) => { p.cryptosuite = 'eddsa-rdf-2022' }],
    ['cryptosuite "eddsa-jcs-2022" (relabel)', (p) => { p.cryptosuite = 'eddsa-jcs-2022' }],
  ]
  for (const [what, edit] of edits) {
    it(`#12 ${what} → proof/PROOF_TRANSFORMATION_ERROR`, async () => {
      expectRejected(await verify(withProof(edit)), 'proof:PROOF_TRANSFORMATION_ERROR')
    })
  }
})

describe('#13 malformed proofValue → proof/PROOF_VERIFICATION_ERROR', () => {
  const values: Array<[string, unknown]> = [
    ['missing', undefined], ['null', null], ['a number', 64], ['without the "z" header', 'u' + 'A'.repeat(86)],
    ['not base58 (0, O, I, l)', 'z0OIl' + '1'.repeat(80)], ['32 bytes', base58btc.encode(new Uint8Array(32).fill(1))],
    ['65 bytes', base58btc.encode(new Uint8Array(65).fill(1))], ['empty after the header', 'z'],
  ]
  for (const [what, value] of values) {
    it(`#13 proofValue ${what} → proof/PROOF_VERIFICATION_ERROR`, async () => {
      const r = await verify(withProof((p) => { if (value === undefined) delete p.proofValue; else p.proofValue = value }))
      expectRejected(r, 'proof:PROOF_VERIFICATION_ERROR')
      expect(r.errors.find((e) => e.check === 'proof')?.path).toBe('$.proof.proofValue')
    })
  }
})

describe('#14 signed proof options edited → proof/CRYPTOGRAPHIC_SECURITY_ERROR', () => {
  it('#14 proof.created edited → proof/CRYPTOGRAPHIC_SECURITY_ERROR', async () => {
    const r = await verify(withProof((p) => { p.created = '2025-09-02T10:00:00Z' }))
    expectRejected(r, 'proof:CRYPTOGRAPHIC_SECURITY_ERROR')
    expect(codes(r)).toEqual(['proof:CRYPTOGRAPHIC_SECURITY_ERROR'])
  })

  it('#14 proof.expires edited (later) → proof/CRYPTOGRAPHIC_SECURITY_ERROR', async () => {
    const { keyPair, signer } = await victimKey()
    const c = await signRaw(minimalBadge(keyPair.controller), signer, { proof: { expires: '2026-06-01T00:00:00Z' } })
    expect((await verify(c)).verified).toBe(true)
    c.proof.expires = '2030-06-01T00:00:00Z'
    expect(codes(await verify(c))).toEqual(['proof:CRYPTOGRAPHIC_SECURITY_ERROR'])
  })

  it('#14 proof.expires added after signing → proof/CRYPTOGRAPHIC_SECURITY_ERROR', async () => {
    expectRejected(await verify(withProof((p) => { p.expires = '2030-01-01T00:00:00Z' })), 'proof:CRYPTOGRAPHIC_SECURITY_ERROR')
  })

  it('#14 proofPurpose edited (signed for authentication, relabelled assertionMethod) → proof/CRYPTOGRAPHIC_SECURITY_ERROR', async () => {
    const { keyPair, signer } = await victimKey()
    const c = await signRaw(minimalBadge(keyPair.controller), signer, { proof: { proofPurpose: 'authentication' } })
    c.proof.proofPurpose = 'assertionMethod'
    expect(codes(await verify(c))).toEqual(['proof:CRYPTOGRAPHIC_SECURITY_ERROR'])
  })

  it('#14 verificationMethod edited to the issuer\'s other (authorised) key → proof/CRYPTOGRAPHIC_SECURITY_ERROR', async () => {
    const k1 = await controllerKey(SCHOOL, 1)
    const k2 = await controllerKey(SCHOOL, 2)
    const documents = { [SCHOOL]: controllerDocument(SCHOOL, [methodOf(k1.keyPair), methodOf(k2.keyPair)]) }
    const c = await issueCredential(minimalBadge(SCHOOL), k1.signer, { now: '2025-09-01T10:00:00Z', documents })
    expect((await verify(c, { documents })).verified).toBe(true)
    c.proof = { ...proofOf(c), verificationMethod: k2.keyPair.id }
    expect(codes(await verify(c, { documents }))).toEqual(['proof:CRYPTOGRAPHIC_SECURITY_ERROR'])
  })
})

describe('#15 wrong proof purpose', () => {
  it('#15 proofPurpose "authentication" (validly signed so) → proof/PROOF_VERIFICATION_ERROR', async () => {
    const { keyPair, signer } = await victimKey()
    const c = await signRaw(minimalBadge(keyPair.controller), signer, { proof: { proofPurpose: 'authentication' } })
    const r = await verify(c)
    expectRejected(r, 'proof:PROOF_VERIFICATION_ERROR')
    expect(r.errors[0]?.path).toBe('$.proof.proofPurpose')
  })

  it('#15 proofPurpose "capabilityInvocation" → proof/PROOF_VERIFICATION_ERROR', async () => {
    expectRejected(await verify(withProof((p) => { p.proofPurpose = 'capabilityInvocation' })), 'proof:PROOF_VERIFICATION_ERROR')
  })
})

/** The order L of the Ed25519 base point. */
const L = 2n ** 252n + 27742317777372353535851937790883648493n

function addToS(signature: Uint8Array, add: bigint): Uint8Array {
  let s = 0n
  for (let i = 63; i >= 32; i--) s = (s << 8n) + BigInt(signature[i] as number)
  s += add
  const out = Uint8Array.from(signature)
  for (let i = 32; i < 64; i++) {
    out[i] = Number(s & 0xffn)
    s >>= 8n
  }
  return out
}

describe('#24 malleable or weak Ed25519 signatures', () => {
  it('#24 non-canonical S (S + L, same R) → proof/CRYPTOGRAPHIC_SECURITY_ERROR', async () => {
    const { keyPair, signer } = await victimKey()
    const honest = await signRaw(minimalBadge(keyPair.controller), signer)
    expect((await verify(honest)).verified).toBe(true)
    const malleated = await signRaw(minimalBadge(keyPair.controller), signer, { signature: (sig) => addToS(sig, L) })
    expect(malleated.proof.proofValue).not.toBe(honest.proof.proofValue)
    expect(codes(await verify(malleated))).toEqual(['proof:CRYPTOGRAPHIC_SECURITY_ERROR'])
  })

  it('#24 S + 2L and S = L (out of range) → proof/CRYPTOGRAPHIC_SECURITY_ERROR', async () => {
    const { keyPair, signer } = await victimKey()
    const twice = await signRaw(minimalBadge(keyPair.controller), signer, { signature: (sig) => addToS(sig, 2n * L) })
    expect(codes(await verify(twice))).toEqual(['proof:CRYPTOGRAPHIC_SECURITY_ERROR'])
    const sEqualsL = await signRaw(minimalBadge(keyPair.controller), signer, { signature: (sig) => addToS(Uint8Array.from([...sig.slice(0, 32), ...new Uint8Array(32)]), L) })
    expect(codes(await verify(sEqualsL))).toEqual(['proof:CRYPTOGRAPHIC_SECURITY_ERROR'])
  })

  it('#24 all-zero signature → proof/CRYPTOGRAPHIC_SECURITY_ERROR', async () => {
    const { keyPair, signer } = await victimKey()
    const c = await signRaw(minimalBadge(keyPair.controller), signer, { signature: () => new Uint8Array(64) })
    expect(codes(await verify(c))).toEqual(['proof:CRYPTOGRAPHIC_SECURITY_ERROR'])
  })
})

describe('#28 signature errors dominate', () => {
  it('#28 expired and tampered → proof/CRYPTOGRAPHIC_SECURITY_ERROR reported first', async () => {
    const c = clone(signed)
    c.name = 'Gevorderde zorg'
    const r = await verify(c, { now: '2030-01-01T00:00:00Z' })
    expectRejected(r, 'proof:CRYPTOGRAPHIC_SECURITY_ERROR')
    expect(codes(r)).toEqual(['proof:CRYPTOGRAPHIC_SECURITY_ERROR', 'validity:EXPIRED'])
  })

  it('#28 not yet valid, recipient mismatch and tampered → proof/CRYPTOGRAPHIC_SECURITY_ERROR first', async () => {
    const c = clone(signed)
    c.credentialSubject.achievement.name = 'Gevorderde zorg'
    const r = await verify(c, { now: '2025-01-01T00:00:00Z', expectedRecipient: { id: 'did:example:someone-else' } })
    expect(codes(r)[0]).toBe('proof:CRYPTOGRAPHIC_SECURITY_ERROR')
    expect(codes(r)).toContain('validity:NOT_YET_VALID')
    expect(codes(r)).toContain('recipient:RECIPIENT_NOT_MATCHED')
  })
})
