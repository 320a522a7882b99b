import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import { describe, expect, it } from 'vitest'
import { issueCredential } from '../../src/issue/index.js'
import { createDocumentLoader } from '../../src/loader/index.js'
import { verifyCredential } from '../../src/verify/index.js'
import { minimalBadge, NOW, testKey } from '../helpers/credentials.js'
import { fixtureJson } from '../helpers/fixtures.js'

const loader = createDocumentLoader()
const complete = fixtureJson('ob-spec-examples/fullOpenBadge__0__Complete-OpenBadgeCredential.json')

async function dbKey() {
  const seed = Uint8Array.from({ length: 32 }, (_, i) => 200 - i)
  const key = await Ed25519Multikey.generate({ seed })
  const did = `did:key:${key.publicKeyMultibase}`
  return Ed25519Multikey.from({ ...(await key.export({ publicKey: true, secretKey: true })), id: `${did}#${key.publicKeyMultibase}`, controller: did })
}

describe('cross-check with @digitalbazaar/vc, both directions', () => {
  for (const format of ['eddsa-rdfc-2022', 'Ed25519Signature2020'] as const) {
    it(`${format}: our credential verifies with @digitalbazaar/vc`, async () => {
      const { keyPair, signer } = await testKey()
      const signed = await issueCredential(minimalBadge(keyPair.controller), signer, { format })
      const suite = format === 'eddsa-rdfc-2022' ? new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }) : new Ed25519Signature2020()
      const result = await vc.verifyCredential({ credential: signed, suite, documentLoader: loader })
      expect(result.error).toBeUndefined()
      expect(result.verified).toBe(true)
    })

    it(`${format}: a credential issued by @digitalbazaar/vc verifies with this library`, async () => {
      const key = await dbKey()
      const signer = key.signer()
      const suite = format === 'eddsa-rdfc-2022'
        ? new DataIntegrityProof({ signer, cryptosuite: eddsaRdfc2022, date: '2025-10-01T00:00:00Z' })
        : new Ed25519Signature2020({ signer, date: '2025-10-01T00:00:00Z' })
      const credential = minimalBadge(key.controller as string)
      if (format === 'Ed25519Signature2020') (credential['@context'] as string[]).push('https://w3id.org/security/suites/ed25519-2020/v1')
      const signed = await vc.issue({ credential, suite, documentLoader: loader })
      const result = await verifyCredential(signed, { now: NOW })
      expect(result.errors).toEqual([])
      expect(result.verified).toBe(true)
    })
  }

  it('the spec\'s complete OpenBadgeCredential, issued by us, verifies with @digitalbazaar/vc', async () => {
    const { keyPair, signer } = await testKey()
    const { proof: _proof, ...rest } = complete
    const credential = { ...rest, issuer: { ...(complete.issuer as object), id: keyPair.controller } }
    const signed = await issueCredential(credential, signer, { now: '2025-10-01T00:00:00Z' })
    // The example carries a 1EdTechRevocationList status; status checking is not part of this cross-check.
    const checkStatus = async () => ({ verified: true })
    const result = await vc.verifyCredential({ credential: signed, suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), documentLoader: loader, checkStatus })
    expect(result.error).toBeUndefined()
    expect(result.verified).toBe(true)
    const ours = await verifyCredential(signed, { now: NOW, statusChecker: async () => [] })
    // The example's five embedded endorsements carry placeholder proofs (cryptosuite "eddsa-rdf-2022", keys
    // of accrediter.edu nobody can resolve) and expired in 2020: our `endorsements` check (OB 3.0
    // verification step 6) reports each of them; the credential's own checks all pass.
    expect(ours.checks.filter((c) => c.status === 'failed').map((c) => c.id)).toEqual(['endorsements'])
    expect(new Set(ours.errors.map((e) => /^.*?endorsement\[\d+\]/.exec(e.path ?? '')?.[0]))).toEqual(new Set([
      '$.credentialSubject.achievement.creator.endorsement[0]', '$.credentialSubject.achievement.creator.endorsement[1]',
      '$.credentialSubject.achievement.endorsement[0]', '$.endorsement[0]', '$.issuer.endorsement[0]',
    ]))
    const failClosed = await verifyCredential(signed, { now: NOW })
    expect(failClosed.errors.filter((e) => e.check !== 'endorsements').map((e) => e.code)).toEqual(['STATUS_UNCHECKED'])
  })
})
