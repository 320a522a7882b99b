import { afterEach, describe, expect, it, vi } from 'vitest'
import { classify } from '../../src/proofs/verify-proof.js'

describe('classify: errors of the proof machinery as stable codes', () => {
  afterEach(() => { vi.unstubAllGlobals() })

  const missingDigest = new TypeError("Cannot read properties of undefined (reading 'digest')")

  it('an unknown error stays PROOF_VERIFICATION_ERROR with its message', () => {
    expect(classify(missingDigest)).toMatchObject({ verified: false, code: 'PROOF_VERIFICATION_ERROR', message: missingDigest.message })
  })

  it('without WebCrypto (a browser page on plain http) the message says why', () => {
    vi.stubGlobal('crypto', {})
    const outcome = classify(missingDigest)
    expect(outcome).toMatchObject({ verified: false, code: 'PROOF_VERIFICATION_ERROR' })
    expect(JSON.stringify(outcome)).toMatch(/WebCrypto \(crypto\.subtle\) is not available here.*secure contexts.*reading 'digest'/)
  })

  it('a bad signature is CRYPTOGRAPHIC_SECURITY_ERROR whether or not WebCrypto is there', () => {
    expect(classify(new Error('Invalid signature.'))).toMatchObject({ code: 'CRYPTOGRAPHIC_SECURITY_ERROR' })
    vi.stubGlobal('crypto', {})
    expect(classify(new Error('Invalid signature.'))).toMatchObject({ code: 'CRYPTOGRAPHIC_SECURITY_ERROR' })
  })
})
