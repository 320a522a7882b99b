/**
 * security.md §5, cases 43 and 44: what the credential claims to be, and whom it is for. A recipient
 * that does not match is `RECIPIENT_NOT_MATCHED`, never a proof error.
 */
import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { issueCredential } from '../../../src/issue/index.js'
import { minimalBadge } from '../../helpers/credentials.js'
import { codes, expectRejected, signRaw, signWithSuite, verify, victimKey, type Json } from './helpers.js'

const EMAIL = 'sam@example.nl'
const SALT = 'zout-9f3a1c'
const hash = (algorithm: 'sha256' | 'md5', value: string): string => createHash(algorithm).update(value).digest('hex')

/** A badge for a hashed e-mail recipient, with the identity object edited by `edit`. */
async function hashedBadge(edit: (identity: Json) => void = () => {}): Promise<Json> {
  const { keyPair, signer } = await victimKey()
  const badge = minimalBadge(keyPair.controller) as Json
  const identity: Json = { type: 'IdentityObject', hashed: true, identityType: 'emailAddress', salt: SALT, identityHash: `sha256$${hash('sha256', EMAIL + SALT)}` }
  edit(identity)
  delete badge.credentialSubject.id
  badge.credentialSubject.identifier = [identity]
  return signRaw(badge, signer, { safe: true })
}

/** The recipient check failed alone: the proof and everything else passed. */
function expectOnlyRecipient(r: Awaited<ReturnType<typeof verify>>): void {
  expectRejected(r, 'recipient:RECIPIENT_NOT_MATCHED')
  expect(codes(r)).toEqual(['recipient:RECIPIENT_NOT_MATCHED'])
  expect(r.checks.find((c) => c.id === 'proof')?.status).toBe('passed')
}

describe('#43 not an Open Badge → schema/MALFORMED_VALUE_ERROR', () => {
  const types: Array<[string, unknown]> = [
    ['only VerifiableCredential', ['VerifiableCredential']],
    ['EndorsementCredential instead of OpenBadgeCredential', ['VerifiableCredential', 'EndorsementCredential']],
    ['a single string "VerifiableCredential"', 'VerifiableCredential'],
  ]
  for (const [what, type] of types) {
    it(`#43 type ${what} → schema/MALFORMED_VALUE_ERROR`, async () => {
      const { keyPair, signer } = await victimKey()
      const c = await signWithSuite({ ...minimalBadge(keyPair.controller), type }, signer)
      const r = await verify(c)
      expectRejected(r, 'schema:MALFORMED_VALUE_ERROR')
      expect(r.checks.find((x) => x.id === 'proof')?.status).toBe('passed')
    })
  }

  it('#43 AchievementCredential (the other OB 3.0 name) verifies', async () => {
    const { keyPair, signer } = await victimKey()
    const c = await signWithSuite({ ...minimalBadge(keyPair.controller), type: ['VerifiableCredential', 'AchievementCredential'] }, signer)
    expect((await verify(c)).errors).toEqual([])
  })
})

describe('#44 hashed identity that does not match → recipient/RECIPIENT_NOT_MATCHED', () => {
  let good: Json
  beforeAll(async () => {
    good = await hashedBadge()
    expect((await verify(good, { expectedRecipient: { identity: EMAIL, identityType: 'emailAddress' } })).verified).toBe(true)
  })

  it('#44 wrong salt (hash made with another salt) → recipient/RECIPIENT_NOT_MATCHED', async () => {
    const c = await hashedBadge((id) => { id.identityHash = `sha256$${hash('sha256', EMAIL + 'another-salt')}` })
    expectOnlyRecipient(await verify(c, { expectedRecipient: { identity: EMAIL } }))
  })

  it('#44 salt left out of the credential → recipient/RECIPIENT_NOT_MATCHED', async () => {
    const c = await hashedBadge((id) => { delete id.salt })
    expectOnlyRecipient(await verify(c, { expectedRecipient: { identity: EMAIL } }))
  })

  it('#44 md5$ hash (disallowed), even of the right value → recipient/RECIPIENT_NOT_MATCHED', async () => {
    const c = await hashedBadge((id) => { id.identityHash = `md5$${hash('md5', EMAIL + SALT)}` })
    expectOnlyRecipient(await verify(c, { expectedRecipient: { identity: EMAIL } }))
  })

  it('#44 mismatched identityType (the hash is right, the type is not) → recipient/RECIPIENT_NOT_MATCHED', async () => {
    expectOnlyRecipient(await verify(good, { expectedRecipient: { identity: EMAIL, identityType: 'studentId' } }))
  })

  it('#44 another person\'s e-mail → recipient/RECIPIENT_NOT_MATCHED', async () => {
    expectOnlyRecipient(await verify(good, { expectedRecipient: { identity: 'kim@example.nl' } }))
  })

  it('#44 the hash itself presented as the identity → recipient/RECIPIENT_NOT_MATCHED', async () => {
    expectOnlyRecipient(await verify(good, { expectedRecipient: { identity: good.credentialSubject.identifier[0].identityHash } }))
  })

  it('#44 malformed hash (sha256$ with 63 hex digits) → recipient/RECIPIENT_NOT_MATCHED', async () => {
    const c = await hashedBadge((id) => { id.identityHash = `sha256$${hash('sha256', EMAIL + SALT).slice(1)}` })
    expectOnlyRecipient(await verify(c, { expectedRecipient: { identity: EMAIL } }))
  })

  it('#44 expected subject id differs from credentialSubject.id → recipient/RECIPIENT_NOT_MATCHED', async () => {
    const { keyPair, signer } = await victimKey()
    const c = await issueCredential(minimalBadge(keyPair.controller), signer, { now: '2025-09-01T10:00:00Z' })
    expectOnlyRecipient(await verify(c, { expectedRecipient: { id: 'did:example:learner-2' } }))
  })
})
