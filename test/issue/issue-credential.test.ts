import { describe, expect, it } from 'vitest'
import { InvalidArgumentError, InvalidCredentialError, IssuerKeyMismatchError, QualityGateError, SigningError } from '../../src/errors/errors.js'
import { issueCredential, issueCredentialWithReport } from '../../src/issue/index.js'
import { buildExample } from '../build/helpers.js'
import { createSigner, generateKeyPair } from '../../src/keys/index.js'
import { verifyCredential } from '../../src/verify/index.js'
import { minimalBadge, NOW, testKey } from '../helpers/credentials.js'

describe('issueCredential', () => {
  it('adds an eddsa-rdfc-2022 DataIntegrityProof for assertionMethod and leaves the input alone', async () => {
    const { keyPair, signer } = await testKey()
    const input = minimalBadge(keyPair.controller)
    const before = structuredClone(input)
    const signed = await issueCredential(input, signer, { now: '2025-09-01T10:00:00.789Z' })
    expect(input).toEqual(before)
    expect(signed.proof).toMatchObject([{ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', verificationMethod: keyPair.id, created: '2025-09-01T10:00:00Z' }])
    expect((await verifyCredential(signed, { now: NOW })).verified).toBe(true)
    expect(signed.credentialSchema).toEqual([{ id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json', type: '1EdTechJsonSchemaValidator2019' }])
    expect(signed['@context']).toContain('https://purl.imsglobal.org/spec/ob/v3p0/extensions.json')
  })

  it('lists the quality schemas it checked against on request, and nothing with listSchemas none', async () => {
    const { keyPair, signer } = await testKey()
    const mbo = buildExample('mbo-zorg-microcredential', 1, { issuerId: keyPair.controller })
    const all = await issueCredential(mbo, signer, { listSchemas: 'all', now: '2025-09-01T10:00:00Z' })
    expect((all.credentialSchema as Array<{ id: string }>).map((s) => s.id.split('/').pop())).toEqual([
      'ob_v3p0_achievementcredential_schema.json', 'eu-annex-i.schema.json', 'nl-common.schema.json', 'mbo-pilot.schema.json', 'learning-outcomes.schema.json',
    ])
    const none = await issueCredential(minimalBadge(keyPair.controller), signer, { listSchemas: 'none' })
    expect(none.credentialSchema).toBeUndefined()
    expect(none['@context']).toEqual(minimalBadge('x')['@context'])
  })

  it('issues Ed25519Signature2020 and adds its suite context', async () => {
    const { keyPair, signer } = await testKey()
    const signed = await issueCredential(minimalBadge(keyPair.controller), signer, { format: 'Ed25519Signature2020', now: '2025-09-01T10:00:00Z' })
    expect(signed['@context']).toContain('https://w3id.org/security/suites/ed25519-2020/v1')
    expect(signed.proof).toMatchObject([{ type: 'Ed25519Signature2020' }])
    expect((await verifyCredential(signed, { now: NOW })).verified).toBe(true)
  })

  it('issues for a did:web issuer and checks itself with the signer\'s public key', async () => {
    const keyPair = await generateKeyPair({ controller: 'did:web:roc-voorbeeld.example.nl' })
    const signed = await issueCredential(minimalBadge(keyPair.controller), createSigner(keyPair), { now: '2025-09-01T10:00:00Z' })
    const didDoc = { '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'], id: keyPair.controller, verificationMethod: [{ id: keyPair.id, type: 'Multikey', controller: keyPair.controller, publicKeyMultibase: keyPair.publicKeyMultibase }], assertionMethod: [keyPair.id] }
    expect((await verifyCredential(signed, { now: NOW, documents: { [keyPair.controller]: didDoc } })).verified).toBe(true)
  })

  it('refuses a key whose controller is not the issuer (typed error)', async () => {
    const { signer } = await testKey()
    await expect(issueCredential(minimalBadge('did:web:other.example.nl'), signer)).rejects.toThrow(IssuerKeyMismatchError)
  })

  it('refuses a credential that fails the 1EdTech schema, listing every problem with its path', async () => {
    const { keyPair, signer } = await testKey()
    const bad = { ...minimalBadge(keyPair.controller), type: 'OpenBadgeCredential', validFrom: 'yesterday' }
    const err = await issueCredential(bad, signer).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(QualityGateError)
    const gate = err as QualityGateError
    expect(gate.profile).toBe('ob3')
    expect(gate.problems.map((p) => p.path)).toContain('$.type')
    expect(gate.findings.map((f) => `${f.rule} ${f.path}`)).toContain('OB3-SCHEMA $.validFrom')
  })

  it('checks a microcredential under its own profile and records an override with its reason', async () => {
    const { keyPair, signer } = await testKey()
    const credential = buildExample('mbo-zorg-microcredential', 1, { issuerId: keyPair.controller }) as unknown as Record<string, any>
    credential.credentialSubject.type = 'AchievementSubject'
    const refused = await issueCredential(credential, signer).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(QualityGateError)
    expect((refused as QualityGateError).profile).toBe('mbo')
    await expect(issueCredential(credential, signer, { qualityOverride: { reason: ' ' } })).rejects.toThrow(QualityGateError)
    const result = await issueCredentialWithReport(credential, signer, { qualityOverride: { reason: 'examencommissie besluit 2025-14', by: 'j.jansen' } })
    expect(result.quality.profile).toBe('mbo')
    expect(result.override?.reason).toBe('examencommissie besluit 2025-14')
    expect(result.override?.findings.map((f) => `${f.rule} ${f.path}`)).toContain('OB3-SCHEMA $.credentialSubject.type')
    expect(result.credential.proof).toHaveLength(1)
  })

  it('refuses contexts outside the pinned bundle and terms no context defines', async () => {
    const { keyPair, signer } = await testKey()
    const foreign = { ...minimalBadge(keyPair.controller), '@context': [...(minimalBadge('x')['@context'] as string[]), 'https://example.org/ctx.json'] }
    await expect(issueCredential(foreign, signer)).rejects.toThrow(/https:\/\/example.org\/ctx.json/)
    const undefinedTerm = { ...minimalBadge(keyPair.controller), favouriteColour: 'blue' }
    await expect(issueCredential(undefinedTerm, signer)).rejects.toThrow(InvalidCredentialError)
  })

  it('caller mistakes throw InvalidArgumentError', async () => {
    const { keyPair, signer } = await testKey()
    await expect(issueCredential(null as never, signer)).rejects.toThrow(InvalidArgumentError)
    await expect(issueCredential(minimalBadge(keyPair.controller), {} as never)).rejects.toThrow(InvalidArgumentError)
    await expect(issueCredential({ ...minimalBadge(keyPair.controller), proof: {} }, signer)).rejects.toThrow(/already has a proof/)
    await expect(issueCredential(minimalBadge(keyPair.controller), signer, { now: 'soon' })).rejects.toThrow(InvalidArgumentError)
  })

  it('a signer that returns a wrong signature is caught by the self-check', async () => {
    const { keyPair, signer } = await testKey()
    const broken = { ...signer, sign: () => new Uint8Array(64).fill(1) }
    await expect(issueCredential(minimalBadge(keyPair.controller), broken)).rejects.toThrow(SigningError)
    const failing = { ...signer, sign: () => { throw new Error('HSM offline') } }
    await expect(issueCredential(minimalBadge(keyPair.controller), failing)).rejects.toThrow(/HSM offline/)
  })
})
