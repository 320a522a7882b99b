import { readFileSync } from 'node:fs'
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import { describe, expect, it } from 'vitest'
import { buildCredential, buildEndorsement, type EndorsementSpec } from '../../src/build/index.js'
import { OB_ENDORSEMENT_CREDENTIAL_SCHEMA } from '../../src/contexts/urls.js'
import { InvalidSpecError } from '../../src/errors/errors.js'
import { issueCredential } from '../../src/issue/index.js'
import { createDocumentLoader } from '../../src/loader/index.js'
import { validateCredential } from '../../src/quality/validate-credential.js'
import { verifyCredential } from '../../src/verify/index.js'
import { testKey } from '../helpers/credentials.js'
import { loadExample } from './helpers.js'

const FIXTURES = new URL('../../../shared/fixtures/', import.meta.url)
const ACHIEVEMENT = 'https://roc-zuidwaard.example.nl/achievements/basiszorg-wijkverpleging'
const NOW = () => new Date('2026-03-01T09:00:00Z')
const CHECK_AT = '2026-03-02T09:00:00Z'

const { keyPair: endorserKey, signer: endorserSigner } = await testKey(Uint8Array.from({ length: 32 }, (_, i) => 100 + i))
const { keyPair: schoolKey, signer: schoolSigner } = await testKey()

/** The use case of issue #10: a care-sector employer that co-created the mbo microcredential endorses it. */
function careEmployer(extra: Partial<EndorsementSpec> = {}): EndorsementSpec {
  return {
    endorser: { name: 'Zorggroep Voorbeeld', url: 'https://zorggroep.example.nl', identifiers: { kvk: '12345678' } },
    subjectId: ACHIEVEMENT,
    comment: 'Samen met ROC Zuidwaard ontwikkeld; sluit aan op het werk in de wijkverpleging.',
    ...extra,
  }
}

describe('buildEndorsement', () => {
  it('builds an EndorsementCredential that passes the OB 3.0 rules (its own schema); auto picks the ob3 profile', () => {
    const endorsement = buildEndorsement(careEmployer(), { issuerId: endorserKey.controller, now: NOW, uuid: () => '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f' })
    expect(endorsement).toMatchObject({
      id: 'urn:uuid:3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      type: ['VerifiableCredential', 'EndorsementCredential'],
      name: 'Endorsement by Zorggroep Voorbeeld',
      issuer: { id: endorserKey.controller, type: ['Profile'], name: 'Zorggroep Voorbeeld', url: 'https://zorggroep.example.nl' },
      validFrom: '2026-03-01T09:00:00Z',
      credentialSubject: { id: ACHIEVEMENT, type: ['EndorsementSubject'], endorsementComment: expect.stringContaining('wijkverpleging') },
    })
    const report = validateCredential(endorsement)
    expect(report.profile).toBe('ob3')
    expect(report.findings).toEqual([])
  })

  it('the spec\'s sample endorsement validates, and the same endorsement builds from its parts', () => {
    const sample = JSON.parse(readFileSync(new URL('ob-spec-examples/endorsement__0__Sample-EndorsementCredential.json', FIXTURES), 'utf8')) as Record<string, unknown>
    expect(validateCredential(sample, { profile: 'ob3' }).findings.filter((f) => f.severity === 'error')).toEqual([])
    const built = buildEndorsement({
      endorser: { id: 'https://state.gov/issuers/565049', name: 'State Department of Education', country: 'US' },
      subjectId: 'https://1edtech.edu/issuers/565049',
      comment: '1EdTech University is in good standing',
      name: 'SDE endorsement',
      id: 'http://1edtech.edu/endorsementcredential/3732',
      validFrom: '2010-01-01T00:00:00Z',
      validUntil: '2030-01-01T00:00:00Z',
    })
    for (const key of ['id', 'type', 'name', 'validFrom', 'validUntil', 'credentialSubject'] as const) expect(built[key], key).toEqual(sample[key])
    expect(validateCredential(built, { profile: 'ob3' }).findings).toEqual([])
  })

  it('lists every problem with its path', () => {
    const bad = { endorser: { name: '' }, subjectId: 'not a uri', comment: ' ', validFrom: '31-02-2026' } as unknown as EndorsementSpec
    try {
      buildEndorsement(bad)
      expect.fail('expected InvalidSpecError')
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidSpecError)
      expect((error as InvalidSpecError).problems.map((p) => p.path)).toEqual(['$.endorser.name', '$.endorser.id', '$.subjectId', '$.comment', '$.validFrom'])
    }
  })
})

describe('issuing and verifying endorsements', () => {
  it('issueCredential signs an endorsement listing the EndorsementCredential schema; it verifies, here and with @digitalbazaar/vc', async () => {
    const signed = await issueCredential(buildEndorsement(careEmployer(), { issuerId: endorserKey.controller, now: NOW }), endorserSigner, { now: NOW() })
    expect(signed.credentialSchema).toEqual([{ id: OB_ENDORSEMENT_CREDENTIAL_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }])
    const result = await verifyCredential(signed, { now: CHECK_AT, expect: 'endorsement' })
    expect(result.errors).toEqual([])
    expect(result.verified).toBe(true)
    // Where an Open Badge is expected (the default) it is refused (security.md #43).
    expect((await verifyCredential(signed, { now: CHECK_AT })).errors).toContainEqual(expect.objectContaining({ check: 'schema', code: 'MALFORMED_VALUE_ERROR' }))
    const theirs = await vc.verifyCredential({ credential: signed, suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), documentLoader: createDocumentLoader(), checkStatus: async () => ({ verified: true }) } as never)
    expect(theirs.verified).toBe(true)
  })

  it('embedded in the achievement of an mbo microcredential, the endorsement is verified with it; a tampered one fails the credential', async () => {
    const endorsement = await issueCredential(buildEndorsement(careEmployer(), { issuerId: endorserKey.controller, now: NOW }), endorserSigner, { now: NOW() })
    const spec = loadExample('mbo-zorg-microcredential')
    spec.achievement.id = ACHIEVEMENT
    const credential = buildCredential(spec, { issuerId: schoolKey.controller, now: NOW }) as unknown as { credentialSubject: { achievement: Record<string, unknown> } }
    credential.credentialSubject.achievement.endorsement = [endorsement]
    const signed = await issueCredential(credential as unknown as Record<string, unknown>, schoolSigner, { now: NOW() })
    const result = await verifyCredential(signed, { now: CHECK_AT })
    expect(result.errors).toEqual([])
    expect(result.checks.find((c) => c.id === 'endorsements')).toMatchObject({ status: 'passed' })

    const tampered = structuredClone(credential)
    const copy = tampered.credentialSubject.achievement.endorsement as Array<{ credentialSubject: { endorsementComment: string } }>
    copy[0]!.credentialSubject.endorsementComment = 'Niet aanbevolen.'
    const signedTampered = await issueCredential(tampered as unknown as Record<string, unknown>, schoolSigner, { now: NOW() })
    const bad = await verifyCredential(signedTampered, { now: CHECK_AT })
    expect(bad.verified).toBe(false)
    expect(bad.errors.some((e) => e.check === 'endorsements' && e.path?.includes('endorsement[0]'))).toBe(true)
  })
})
