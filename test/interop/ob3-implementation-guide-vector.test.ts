import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { issueCredential } from '../../src/issue/index.js'
import { createSigner, importKeyPair } from '../../src/keys/index.js'
import { canonize } from '../helpers/canonize.js'
import { verifyCredential } from '../../src/verify/index.js'
import { fixtureJson, fixtureText } from '../helpers/fixtures.js'

const DIR = 'test-vectors/ob3-eddsa-rdfc-2022/'
const keyFile = fixtureJson<{ secretKeyMultibase: string; verificationMethod: { id: string; controller: string; publicKeyMultibase: string }; expected: Record<string, string> }>(`${DIR}keyPair-and-expected.json`)
const unsigned = fixtureJson(`${DIR}unsigned.json`)
const signed = fixtureJson<{ proof: { proofValue: string } }>(`${DIR}signed.json`)
const proofConfig = fixtureJson(`${DIR}proofConfig.json`)
const vm = keyFile.verificationMethod
const controllerDoc = {
  '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
  id: vm.controller,
  verificationMethod: [{ ...vm }],
  assertionMethod: [vm.id],
}
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex')

describe('OB 3.0 implementation guide eddsa-rdfc-2022 vector', () => {
  it('reproduces the canonical N-Quads of the document and the proof configuration byte for byte', async () => {
    expect(await canonize(unsigned)).toBe(fixtureText(`${DIR}document-canon.txt`))
    const proofCanon = await canonize({ '@context': unsigned['@context'], ...proofConfig })
    expect(proofCanon).toBe(fixtureText(`${DIR}proof-canon.txt`))
    expect(sha256(await canonize(unsigned))).toBe(keyFile.expected.documentHashHex)
    expect(sha256(proofCanon)).toBe(keyFile.expected.proofHashHex)
  })

  it('issues with the vector key and reproduces proofValue exactly', async () => {
    const keyPair = importKeyPair({ type: 'Multikey', ...vm, secretKeyMultibase: keyFile.secretKeyMultibase })
    const out = await issueCredential(unsigned, createSigner(keyPair), { now: '2010-01-01T19:23:24Z', listSchemas: 'none' })
    const proof = (Array.isArray(out.proof) ? out.proof[0] : out.proof) as Record<string, unknown>
    expect(proof.proofValue).toBe(signed.proof.proofValue)
    expect(proof.created).toBe('2010-01-01T19:23:24Z')
    expect(Buffer.from(keyFile.expected.signatureHex as string, 'hex').length).toBe(64)
  })

  it('verifies signed.json with the controller document supplied offline', async () => {
    const result = await verifyCredential(signed, { documents: { [vm.controller]: controllerDoc }, now: '2024-01-01T00:00:00Z' })
    expect(result.errors).toEqual([])
    expect(result.verified).toBe(true)
    expect(result.checks.find((c) => c.id === 'proof')?.status).toBe('passed')
  })

  it('fails without the controller document, naming the verification method', async () => {
    const result = await verifyCredential(signed, { now: '2024-01-01T00:00:00Z' })
    expect(result.verified).toBe(false)
    const issuer = result.errors.find((e) => e.check === 'issuer')
    expect(issuer?.code).toBe('INVALID_VERIFICATION_METHOD')
    expect(issuer?.message).toContain(vm.id)
  })
})
