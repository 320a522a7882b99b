import { describe, expect, it } from 'vitest'
import { findingsOf, validHbo, validMbo } from '../helpers.js'

const RULE = 'OB3-EXT-ENUM'
const ACH = '$.credentialSubject.achievement'

describe(RULE, () => {
  it('passes the valid examples', () => {
    expect(findingsOf(validMbo(), 'mbo', RULE)).toEqual([])
    expect(findingsOf(validHbo(), 'eu', RULE)).toEqual([])
  })

  it('fails an achievementType that is neither an OB 3.0 value nor ext:', () => {
    const cred = validMbo()
    cred.credentialSubject.achievement.achievementType = 'Microcredential'
    const [f, ...rest] = findingsOf(cred, 'mbo', RULE)
    expect(rest).toEqual([])
    expect(f).toMatchObject({ rule: RULE, severity: 'error', path: `${ACH}.achievementType` })
    expect(f?.message).toContain('"Microcredential"')
    expect(f?.messageNl).toContain('ext:')
  })

  it('accepts OB 3.0 values and well-formed ext: values', () => {
    const cred = validHbo()
    cred.credentialSubject.achievement.achievementType = 'ext:Micro_Credential-v1.0'
    cred.credentialSubject.achievement.alignment[0].targetType = 'CFItem'
    cred.credentialSubject.achievement.resultDescription[0].resultType = 'LetterGrade'
    expect(findingsOf(cred, 'hbo', RULE)).toEqual([])
  })

  it('checks targetType, identifierType, identityType and resultType wherever they occur', () => {
    const cred = validMbo()
    cred.credentialSubject.achievement.alignment[0].targetType = 'LearningOutcome'
    cred.issuer.otherIdentifier[0].identifierType = 'ext:'
    cred.credentialSubject.identifier[0].identityType = 'ext:e mail'
    cred.credentialSubject.achievement.resultDescription[0].resultType = 5
    const paths = findingsOf(cred, 'mbo', RULE).map((f) => f.path)
    expect(paths.sort()).toEqual([
      `${ACH}.alignment[0].targetType`,
      `${ACH}.resultDescription[0].resultType`,
      '$.credentialSubject.identifier[0].identityType',
      '$.issuer.otherIdentifier[0].identifierType',
    ].sort())
  })

  it('tolerates odd shapes', () => {
    expect(findingsOf({ credentialSubject: 'x', issuer: [null, 1] }, 'eu', RULE)).toEqual([])
    expect(findingsOf({ credentialSubject: { achievement: { achievementType: null } } }, 'eu', RULE)).toHaveLength(1)
  })
})
