import { describe, expect, it } from 'vitest'
import { findingsOf, validHbo, validMbo } from '../helpers.js'

const RULE = 'EU-O2'
const ACH = '$.credentialSubject.achievement'

describe(RULE, () => {
  it('passes the valid examples', () => {
    expect(findingsOf(validMbo(), 'mbo', RULE)).toEqual([])
    expect(findingsOf(validHbo(), 'hbo', RULE)).toEqual([])
  })

  it('fails identityChecked that contradicts the supervision value', () => {
    const cred = validMbo()
    cred.credentialSubject.achievement.identityChecked = false
    const findings = findingsOf(cred, 'mbo', RULE)
    expect(findings).toEqual([expect.objectContaining({ rule: RULE, severity: 'error', path: `${ACH}.identityChecked` })])
    expect(findings[0]?.messageNl).toContain('wel is gecontroleerd')
    cred.credentialSubject.achievement.supervisionType = 'unsupervised with no identity verification'
    cred.credentialSubject.achievement.identityChecked = true
    expect(findingsOf(cred, 'eu', RULE).map((f) => f.path)).toEqual([`${ACH}.identityChecked`])
  })

  it('accepts either identityChecked with "supervised online"', () => {
    const cred = validHbo()
    cred.credentialSubject.achievement.identityChecked = false
    expect(findingsOf(cred, 'hbo', RULE)).toEqual([])
  })

  it('fails a supervision value that is not an Annex I value', () => {
    const cred = validHbo()
    cred.credentialSubject.achievement.supervisionType = 'proctored'
    expect(findingsOf(cred, 'hbo', RULE)).toEqual([expect.objectContaining({ severity: 'error', path: `${ACH}.supervisionType` })])
  })

  it('fails identityChecked that is not a boolean', () => {
    const cred = validMbo()
    cred.credentialSubject.achievement.identityChecked = 'true'
    expect(findingsOf(cred, 'mbo', RULE).map((f) => f.path)).toEqual([`${ACH}.identityChecked`])
  })

  it('accepts an achievement without supervision', () => {
    const cred = validMbo()
    delete cred.credentialSubject.achievement.supervisionType
    delete cred.credentialSubject.achievement.identityChecked
    expect(findingsOf(cred, 'mbo', RULE)).toEqual([])
  })
})
