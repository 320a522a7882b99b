import { describe, expect, it } from 'vitest'
import { findingsOf, validHbo, validMbo } from '../helpers.js'

const RULE = 'NL-INSTITUTION-ID'

describe(RULE, () => {
  it('passes the valid examples', () => {
    expect(findingsOf(validMbo(), 'mbo', RULE)).toEqual([])
    expect(findingsOf(validHbo(), 'hbo', RULE)).toEqual([])
  })

  it('is not part of the eu profile', () => {
    const cred = validMbo()
    delete cred.issuer.otherIdentifier
    expect(findingsOf(cred, 'eu', RULE)).toEqual([])
  })

  it('warns when the issuer has no institution identifier', () => {
    const cred = validMbo()
    delete cred.issuer.otherIdentifier
    expect(findingsOf(cred, 'mbo', RULE)).toEqual([expect.objectContaining({ rule: RULE, severity: 'warning', path: '$.issuer.otherIdentifier' })])
  })

  it('does not count a KvK number as an institution identifier', () => {
    const cred = validMbo()
    cred.issuer.otherIdentifier = cred.issuer.otherIdentifier.filter((e: { identifierType: string }) => e.identifierType === 'ext:KvK')
    expect(findingsOf(cred, 'mbo', RULE).map((f) => [f.severity, f.path])).toEqual([['warning', '$.issuer.otherIdentifier']])
  })

  it('warns at $.issuer for a string issuer', () => {
    const cred = validHbo()
    cred.issuer = 'did:web:hogeschool-lindenhaven.example.nl'
    expect(findingsOf(cred, 'hbo', RULE).map((f) => f.path)).toEqual(['$.issuer'])
  })

  it.each([
    ['ext:RIO', '123456', 1],
    ['ext:BRIN', '25zw', 0],
    ['ext:BRIN', '25ZW1', 0],
    ['ext:KvK', '4123456', 2],
  ])('fails a malformed %s %s', (type, value, index) => {
    const cred = validMbo()
    expect(cred.issuer.otherIdentifier[index].identifierType).toBe(type)
    cred.issuer.otherIdentifier[index].identifier = value
    expect(findingsOf(cred, 'mbo', RULE)).toEqual([expect.objectContaining({ severity: 'error', path: `$.issuer.otherIdentifier[${index}].identifier` })])
  })

  it('fails a malformed OIN and a numeric BRIN', () => {
    const cred = validHbo()
    cred.issuer.otherIdentifier[1].identifier = '0000000181234567800'
    cred.issuer.otherIdentifier[0].identifier = 2112
    expect(findingsOf(cred, 'hbo', RULE).map((f) => f.path).sort()).toEqual(['$.issuer.otherIdentifier[0].identifier', '$.issuer.otherIdentifier[1].identifier'])
  })

  it('accepts a four-character instellingscode with digits only', () => {
    const cred = validHbo()
    cred.issuer.otherIdentifier[0].identifier = '1234'
    expect(findingsOf(cred, 'hbo', RULE)).toEqual([])
  })
})
