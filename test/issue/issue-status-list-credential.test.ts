import { beforeAll, describe, expect, it } from 'vitest'
import { InvalidArgumentError, InvalidCredentialError, IssuerKeyMismatchError } from '../../src/errors/errors.js'
import { issueCredential, issueStatusListCredential } from '../../src/issue/index.js'
import { createSigner, generateKeyPair, type Signer } from '../../src/keys/index.js'
import { createStatusChecker } from '../../src/status/create-status-checker.js'
import { buildStatusListCredential, statusListEntry } from '../../src/status/status-list-credential.js'
import { verifyCredential } from '../../src/verify/index.js'
import { minimalBadge, NOW, testKey } from '../helpers/credentials.js'
import type { Json } from '../helpers/sign.js'

const URL1 = 'https://school.example.nl/status/1'
const OTHER_SEED = Uint8Array.from({ length: 32 }, (_, i) => 99 + i)
const now = () => new Date(NOW)

let signer: Signer
let issuerId: string

const unsignedList = (setIndexes: number[] = [], issuer = issuerId): Json =>
  buildStatusListCredential({ url: URL1, issuer, purpose: 'revocation', setIndexes, validFrom: '2025-09-01T00:00:00Z' })

/** A credential by the test issuer with a status entry at `index` of {@link URL1}. */
async function credentialAt(index: number, s: Signer = signer, issuer = issuerId): Promise<Json> {
  const credentialStatus = statusListEntry({ statusListCredential: URL1, statusListIndex: index, statusPurpose: 'revocation' })
  return issueCredential({ ...minimalBadge(issuer), credentialStatus }, s, { now: '2025-09-01T10:00:00Z' }) as Promise<Json>
}

beforeAll(async () => {
  const key = await testKey()
  signer = key.signer
  issuerId = key.keyPair.controller
})

describe('issueStatusListCredential', () => {
  it('adds one eddsa-rdfc-2022 assertionMethod proof at `now` and leaves the input alone', async () => {
    const input = unsignedList([3])
    const before = structuredClone(input)
    const signed = await issueStatusListCredential(input, signer, { now: '2025-09-01T10:00:00.500Z' })
    expect(input).toEqual(before)
    expect(signed.proof).toMatchObject([{ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', verificationMethod: signer.id, created: '2025-09-01T10:00:00Z' }])
    const { proof: _proof, ...rest } = signed
    expect(rest).toEqual(input)
  })

  it('the signed list passes createStatusChecker inside verifyCredential: clear bit verified, set bit REVOKED', async () => {
    const list = await issueStatusListCredential(unsignedList([7]), signer, { now: '2025-09-01T10:00:00Z' })
    const statusChecker = createStatusChecker({ documents: { [URL1]: list }, now })
    const fine = await verifyCredential(await credentialAt(8), { now: NOW, statusChecker })
    expect(fine.errors).toEqual([])
    expect(fine.verified).toBe(true)
    const revoked = await verifyCredential(await credentialAt(7), { now: NOW, statusChecker })
    expect(revoked.errors.map((e) => [e.check, e.code])).toEqual([['status', 'REVOKED']])
  })

  it('a did:web list issuer: signed with the signer\'s public key; verifies with its DID document supplied', async () => {
    const keyPair = await generateKeyPair({ seed: OTHER_SEED, controller: 'did:web:school.example.nl' })
    const webSigner = createSigner(keyPair)
    const list = await issueStatusListCredential(unsignedList([], keyPair.controller), webSigner)
    const didDoc = { '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'], id: keyPair.controller, verificationMethod: [{ id: keyPair.id, type: 'Multikey', controller: keyPair.controller, publicKeyMultibase: keyPair.publicKeyMultibase }], assertionMethod: [keyPair.id] }
    const documents = { [URL1]: list, [keyPair.controller]: didDoc }
    const result = await verifyCredential(await credentialAt(1, webSigner, keyPair.controller), { now: NOW, documents, statusChecker: createStatusChecker({ documents, now }) })
    expect(result.errors).toEqual([])
  })

  it('a tampered list (a bit set after signing) is refused by the checker', async () => {
    const list = await issueStatusListCredential(unsignedList([]), signer)
    const tampered = { ...list, credentialSubject: (unsignedList([8]) as { credentialSubject: unknown }).credentialSubject }
    const result = await verifyCredential(await credentialAt(8), { now: NOW, statusChecker: createStatusChecker({ documents: { [URL1]: tampered }, now }) })
    expect(result.errors.map((e) => e.code)).toEqual(['STATUS_VERIFICATION_ERROR'])
  })

  it('a signer whose key the list\'s issuer does not control → IssuerKeyMismatchError', async () => {
    const { signer: other } = await testKey(OTHER_SEED)
    await expect(issueStatusListCredential(unsignedList(), other)).rejects.toThrow(IssuerKeyMismatchError)
    await expect(issueStatusListCredential(unsignedList([], 'did:web:other.example.nl'), signer)).rejects.toThrow(IssuerKeyMismatchError)
  })

  it('not a BitstringStatusListCredential → InvalidCredentialError', async () => {
    await expect(issueStatusListCredential(minimalBadge(issuerId), signer)).rejects.toThrow(InvalidCredentialError)
    await expect(issueStatusListCredential({ ...unsignedList(), type: 'BitstringStatusListCredential' }, signer)).rejects.toThrow(InvalidCredentialError)
    await expect(issueStatusListCredential({ ...unsignedList(), type: ['VerifiableCredential'] }, signer)).rejects.toThrow(InvalidCredentialError)
  })

  it('already signed → InvalidArgumentError; a bad `now` → InvalidArgumentError', async () => {
    const signed = await issueStatusListCredential(unsignedList(), signer)
    await expect(issueStatusListCredential(signed, signer)).rejects.toThrow(InvalidArgumentError)
    await expect(issueStatusListCredential(unsignedList(), signer, { now: 'yesterday' })).rejects.toThrow(InvalidArgumentError)
  })
})
