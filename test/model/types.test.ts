import { describe, it, expect, expectTypeOf } from 'vitest'
import type {
  Achievement, AchievementSubject, Alignment, IdentityObject, Image, MicrocredentialAchievement, MicrocredentialSpec,
  OpenBadgeCredential, AchievementCredential, Profile, ProfileRef, ResultDescription,
} from '../../src/model/index.js'
import { buildCredential } from '../../src/build/index.js'
import { deterministicOptions, minimalSpec } from '../build/helpers.js'

// Compile-time checks (run by `tsc --noEmit`); each `@ts-expect-error` fails the type check if the model allows it.
describe('model types', () => {
  it('follow the 1EdTech schema: Image/IdentityObject types are strings, class types are arrays', () => {
    const image: Image = { id: 'https://example.nl/i.png', type: 'Image' }
    // @ts-expect-error an Image's type is the string 'Image'
    const badImage: Image = { id: 'https://example.nl/i.png', type: ['Image'] }
    // @ts-expect-error an Alignment's type is an array
    const badAlignment: Alignment = { type: 'Alignment', targetName: 'x', targetUrl: 'https://example.nl' }
    // @ts-expect-error IdentityObject needs hashed and identityType
    const badIdentity: IdentityObject = { type: 'IdentityObject', identityHash: 'x' }
    // @ts-expect-error an Achievement needs criteria
    const noCriteria: Achievement = { id: 'urn:x', type: ['Achievement'], name: 'n', description: 'd' }
    expect([image, badImage, badAlignment, badIdentity, noCriteria]).toHaveLength(5)
  })

  it('keep open enumerations open and closed ones closed', () => {
    const scale: ResultDescription = { id: 'urn:x', type: ['ResultDescription'], name: 'n', resultType: 'ext:DutchGrade' }
    const subject: Pick<AchievementSubject, 'result'> = {
      // @ts-expect-error ResultStatusType is a closed enumeration
      result: [{ type: ['Result'], status: 'Passed' }],
    }
    expect([scale, subject]).toHaveLength(2)
  })

  it('type the built credential with the profile terms and the spec without optional parts', () => {
    expectTypeOf(buildCredential).returns.toEqualTypeOf<OpenBadgeCredential>()
    expectTypeOf<AchievementCredential>().toEqualTypeOf<OpenBadgeCredential>()
    expectTypeOf<OpenBadgeCredential['credentialSubject']['achievement']>().toEqualTypeOf<MicrocredentialAchievement>()
    expectTypeOf<MicrocredentialAchievement['SBU']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<OpenBadgeCredential['issuer']>().toEqualTypeOf<ProfileRef>()
    expectTypeOf<Exclude<ProfileRef, string>>().toEqualTypeOf<Profile>()
    // @ts-expect-error a spec needs a recipient
    const noRecipient: MicrocredentialSpec = { issuer: { name: 'x' }, achievement: { name: 'n', description: 'd', criteria: {} } }
    // @ts-expect-error NLQF levels are numbers or '4+' / 'entry', not numeric strings
    const badLevel: MicrocredentialSpec['achievement']['level'] = { nlqf: '4' }
    expect([noRecipient, badLevel]).toHaveLength(2)
    expect(buildCredential(minimalSpec(), deterministicOptions()).type).toEqual(['VerifiableCredential', 'OpenBadgeCredential'])
  })
})
