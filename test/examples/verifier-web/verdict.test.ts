/**
 * The verdict of the verifier page (examples/verifier-web/src/verdict.ts) on real verification results:
 * a broken signature is "not verified" whatever else is wrong; otherwise revoked, expired and
 * "revocation not checked" are told apart.
 */
import { describe, expect, it } from 'vitest'
import { verdictOf, verdictWords, type VerdictKind } from '../../../examples/verifier-web/src/verdict.js'
import { createStatusChecker } from '../../../src/status/create-status-checker.js'
import { verifyCredential, type VerificationError } from '../../../src/verify/index.js'
import { signedBadge, statusCase, STATUS_LIST_URL } from '../verifier-web-helpers.js'

const error = (check: VerificationError['check'], code: string): VerificationError => ({ check, code, message: code.toLowerCase() })
const unverified = (...errors: VerificationError[]) => ({ verified: false, errors })

describe('the verdict of the verifier page', () => {
  it('on real results: verified, expired, tampered, revocation not checked, revoked', async () => {
    const now = '2026-06-01T00:00:00Z'
    const valid = await signedBadge()
    const expired = await signedBadge((c) => { c.validUntil = '2026-01-01T00:00:00Z' }, '2025-10-01T00:00:00Z')
    const tamperedExpired = { ...expired, name: 'changed' }
    const { list, revoked, fine } = await statusCase()
    const statusChecker = createStatusChecker({ documents: { [STATUS_LIST_URL]: list } })
    const kinds: Array<[unknown, VerdictKind, object]> = [
      [valid, 'verified', {}],
      [expired, 'expired', {}],
      [tamperedExpired, 'not-verified', {}],
      [fine, 'status-unchecked', {}],
      [fine, 'verified', { statusChecker }],
      [revoked, 'revoked', { statusChecker }],
      [revoked, 'revoked', { statusChecker, now: '2027-01-01T00:00:00Z' }],
      ['{ not json', 'not-verified', {}],
    ]
    for (const [input, kind, options] of kinds) expect(verdictOf(await verifyCredential(input, { now, ...options }))).toBe(kind)
  })

  it('on made-up results: integrity failures dominate; dates and offline status are not failures of authenticity', () => {
    expect(verdictOf({ verified: true, errors: [] })).toBe('verified')
    expect(verdictOf(unverified())).toBe('not-verified')
    expect(verdictOf(unverified(error('validity', 'EXPIRED'), error('issuer', 'ISSUER_KEY_MISMATCH')))).toBe('not-verified')
    expect(verdictOf(unverified(error('status', 'REVOKED'), error('proof', 'PROOF_MISSING')))).toBe('not-verified')
    expect(verdictOf(unverified(error('validity', 'NOT_YET_VALID')))).toBe('not-yet-valid')
    expect(verdictOf(unverified(error('status', 'SUSPENDED')))).toBe('suspended')
    expect(verdictOf(unverified(error('status', 'STATUS_RETRIEVAL_ERROR')))).toBe('status-unchecked')
    expect(verdictOf(unverified(error('status', 'STATUS_UNCHECKED'), error('validity', 'EXPIRED')))).toBe('expired')
    expect(verdictOf(unverified(error('status', 'STATUS_VERIFICATION_ERROR')))).toBe('not-verified')
    expect(verdictOf(unverified(error('recipient', 'RECIPIENT_NOT_MATCHED')))).toBe('not-verified')
    expect(verdictOf(unverified(error('validity', 'PROOF_EXPIRED')))).toBe('not-verified')
  })

  it('has a title and a sentence in English and Dutch for every verdict, and a tone', () => {
    const kinds: VerdictKind[] = ['verified', 'not-verified', 'expired', 'not-yet-valid', 'revoked', 'suspended', 'status-unchecked']
    for (const kind of kinds) {
      const en = verdictWords(kind, 'en')
      const nl = verdictWords(kind, 'nl')
      expect(en.title).not.toBe(nl.title)
      expect(en.text).not.toBe(nl.text)
      expect(en.tone).toBe(kind === 'verified' ? 'good' : kind === 'not-verified' || kind === 'revoked' ? 'bad' : 'warn')
    }
  })
})
