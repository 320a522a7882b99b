import { createHash } from 'node:crypto'
import jsigs from 'jsonld-signatures'
import { canonize } from '../helpers/canonize.js'
import { describe, expect, it } from 'vitest'
import { createSigningSuite } from '../../src/issue/signing-suite.js'
import { createSigner, importKeyPair } from '../../src/keys/index.js'
import { verifyProof } from '../../src/proofs/verify-proof.js'
import { verifyCredential } from '../../src/verify/index.js'
import { fixtureJson, fixtureText } from '../helpers/fixtures.js'
import { loaderWithExamples, overriding } from '../helpers/loaders.js'

const DIR = 'test-vectors/vc-di-eddsa/TestVectors/'
const keys = fixtureJson<{ publicKeyMultibase: string; privateKeyMultibase: string }>(`${DIR}keyPair.json`)
const unsigned = fixtureJson(`${DIR}unsigned.json`)
const did = `did:key:${keys.publicKeyMultibase}`
const keyPair = importKeyPair({ type: 'Multikey', id: `${did}#${keys.publicKeyMultibase}`, controller: did, publicKeyMultibase: keys.publicKeyMultibase, secretKeyMultibase: keys.privateKeyMultibase })
const created = new Date('2023-02-24T23:36:38Z')
const ed2020Context = fixtureJson('test-vectors/vc-di-eddsa/contexts/lds-ed25519-2020-v1.json')

async function sign(doc: object, format: 'eddsa-rdfc-2022' | 'Ed25519Signature2020', loader = loaderWithExamples()): Promise<Record<string, unknown>> {
  return jsigs.sign(structuredClone(doc), { suite: createSigningSuite(format, createSigner(keyPair), created), purpose: new jsigs.purposes.AssertionProofPurpose(), documentLoader: loader })
}

describe('W3C vc-di-eddsa test vectors (proof level: the issuer is not the key controller)', () => {
  it('eddsa-rdfc-2022: canonical document, hashes and proofValue byte for byte', async () => {
    const loader = loaderWithExamples()
    const canon = await canonize(unsigned, loader)
    expect(canon).toBe(fixtureText(`${DIR}eddsa-rdfc-2022/canonDocDataInt.txt`))
    expect(createHash('sha256').update(canon).digest('hex')).toBe(fixtureText(`${DIR}eddsa-rdfc-2022/docHashDataInt.txt`).trim())
    const signed = await sign(unsigned, 'eddsa-rdfc-2022')
    expect((signed.proof as Record<string, unknown>).proofValue).toBe(fixtureText(`${DIR}eddsa-rdfc-2022/sigBTC58DataInt.txt`).trim())
    expect(signed).toEqual(fixtureJson(`${DIR}eddsa-rdfc-2022/signedDataInt.json`))
  })

  it('eddsa-rdfc-2022: the published signed credential verifies at proof level', async () => {
    const { proof, ...doc } = fixtureJson(`${DIR}eddsa-rdfc-2022/signedDataInt.json`)
    expect(await verifyProof(doc, proof as Record<string, unknown>, 'eddsa-rdfc-2022', loaderWithExamples())).toEqual({ verified: true })
  })

  it('Ed25519Signature2020: proofValue byte for byte and verification', async () => {
    const loader = overriding(loaderWithExamples(), { 'https://w3id.org/security/suites/ed25519-2020/v1': ed2020Context })
    const withContext = { ...unsigned, '@context': [...(unsigned['@context'] as string[]), 'https://w3id.org/security/suites/ed25519-2020/v1'] }
    const signed = await sign(withContext, 'Ed25519Signature2020', loader)
    expect((signed.proof as Record<string, unknown>).proofValue).toBe(fixtureText(`${DIR}Ed25519Signature2020/sigBTC58EdSig.txt`).trim())
    const { proof, ...doc } = fixtureJson(`${DIR}Ed25519Signature2020/signedEdSig.json`)
    expect(await verifyProof(doc, proof as Record<string, unknown>, 'Ed25519Signature2020', loader)).toEqual({ verified: true })
  })

  it('a tampered vector fails with CRYPTOGRAPHIC_SECURITY_ERROR', async () => {
    const { proof, ...doc } = fixtureJson(`${DIR}eddsa-rdfc-2022/signedDataInt.json`)
    const tampered = { ...doc, name: 'Alumni Credential (edited)' }
    const out = await verifyProof(tampered, proof as Record<string, unknown>, 'eddsa-rdfc-2022', loaderWithExamples())
    expect(out).toMatchObject({ verified: false, code: 'CRYPTOGRAPHIC_SECURITY_ERROR' })
  })

  it('proof sets: each proof of signedProofSet2 verifies with its own key', async () => {
    const { proof, ...doc } = fixtureJson(`${DIR}proof-set-chain/signedProofSet2.json`)
    for (const p of proof as Array<Record<string, unknown>>) {
      expect(await verifyProof(doc, p, 'eddsa-rdfc-2022', loaderWithExamples())).toEqual({ verified: true })
    }
  })

  it('full verification rejects the vector as an Open Badge: no OB 3.0 context, not an OB type', async () => {
    const result = await verifyCredential(fixtureJson(`${DIR}eddsa-rdfc-2022/signedDataInt.json`), { documentLoader: loaderWithExamples(), now: '2024-01-01T00:00:00Z' })
    expect(result.verified).toBe(false)
    expect(result.errors).toContainEqual(expect.objectContaining({ check: 'context', code: 'UNTRUSTED_CONTEXT', message: 'no Open Badges 3.0 context' }))
    expect(result.errors).toContainEqual(expect.objectContaining({ check: 'schema', code: 'MALFORMED_VALUE_ERROR' }))
  })
})
