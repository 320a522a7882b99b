import { base64url } from 'jose'
import { describe, expect, it } from 'vitest'
import { decodeCompactJws, isCompactJws } from '../../../src/proofs/jwt/decode-jws.js'
import { credentialOfJwt, jwtClaimProblems, jwtPayloadOf } from '../../../src/proofs/jwt/jwt-credential.js'
import { checkJwtHeader } from '../../../src/proofs/jwt/jwt-header.js'
import { minimalBadge } from '../../helpers/credentials.js'

const enc = (text: string): string => base64url.encode(new TextEncoder().encode(text))
const SIG = new Uint8Array(64).fill(1)

describe('decodeCompactJws', () => {
  it('decodes header, payload and signature; trims whitespace', () => {
    const jws = `${enc('{"alg":"ES256"}')}.${enc('{"a":1}')}.${base64url.encode(SIG)}`
    const out = decodeCompactJws(`\n${jws}\n`)
    expect(out).toEqual({ ok: true, jws: { compact: jws, header: { alg: 'ES256' }, payload: { a: 1 }, signature: SIG } })
    expect(isCompactJws(jws)).toBe(true)
  })

  it('refuses wrong shapes, non-objects, bad UTF-8, duplicate and __proto__ keys with messages that say where', () => {
    const cases: Array<[string, RegExp]> = [
      ['a.b', /three base64url parts/],
      [`${enc('[1]')}.${enc('{}')}.`, /header must be a JSON object/],
      [`${enc('{"alg":"ES256"}')}.${enc('"x"')}.`, /payload must be a JSON object/],
      [`${base64url.encode(new Uint8Array([0xff, 0xfe]))}.${enc('{}')}.`, /header is not base64url-encoded UTF-8/],
      [`${enc('{"alg":"ES256","alg":"none"}')}.${enc('{}')}.`, /JWS header: duplicate key "alg"/],
      [`${enc('{"alg":"ES256"}')}.${enc('{"__proto__":{}}')}.`, /JWS payload: .*__proto__/],
    ]
    for (const [text, message] of cases) {
      const out = decodeCompactJws(text)
      expect(out.ok).toBe(false)
      expect(out.ok ? '' : out.message).toMatch(message)
    }
  })
})

describe('checkJwtHeader', () => {
  const ok = (header: Record<string, unknown>) => checkJwtHeader(header, SIG)
  it('accepts the allowed algorithms with a kid or jwk and lists unknown members', () => {
    expect(ok({ alg: 'ES256', kid: 'did:jwk:x#0', typ: 'JWT', x5u: 'https://x' })).toEqual({ ok: true, header: { alg: 'ES256', kid: 'did:jwk:x#0', unknownMembers: ['x5u'] } })
    expect(ok({ alg: 'EdDSA', jwk: { kty: 'OKP', crv: 'Ed25519', x: 'AA' } }).ok).toBe(true)
  })

  it('refuses none, HS*, unknown and missing alg, empty signatures, crit, bad kid/jwk and no key', () => {
    const code = (header: Record<string, unknown>, signature = SIG) => {
      const out = checkJwtHeader(header, signature)
      return out.ok ? 'ok' : `${out.problem.code} ${out.problem.path}`
    }
    expect(code({ alg: 'none', kid: 'k' })).toBe('UNSUPPORTED_ALGORITHM $.header.alg')
    expect(code({ alg: 'NONE', kid: 'k' })).toBe('UNSUPPORTED_ALGORITHM $.header.alg')
    expect(code({ alg: 'HS256', kid: 'k' })).toBe('UNSUPPORTED_ALGORITHM $.header.alg')
    expect(code({ alg: 'PS256', kid: 'k' })).toBe('UNSUPPORTED_ALGORITHM $.header.alg')
    expect(code({ kid: 'k' })).toBe('UNSUPPORTED_ALGORITHM $.header.alg')
    expect(code({ alg: 'ES256', kid: 'k' }, new Uint8Array(0))).toBe('UNSUPPORTED_ALGORITHM $.header.alg')
    expect(code({ alg: 'ES256', kid: 'k', crit: ['b64'], b64: false })).toBe('MALFORMED_VALUE_ERROR $.header.crit')
    expect(code({ alg: 'ES256', kid: 5 })).toBe('PROOF_VERIFICATION_ERROR $.header.kid')
    expect(code({ alg: 'ES256', jwk: 'x' })).toBe('PROOF_VERIFICATION_ERROR $.header.jwk')
    expect(code({ alg: 'ES256', jwk: { kty: 'EC', crv: 'P-256', x: 'a', y: 'b', d: 'c' } })).toBe('PROOF_VERIFICATION_ERROR $.header.jwk')
    expect(code({ alg: 'ES256' })).toBe('PROOF_VERIFICATION_ERROR $.header')
    expect(checkJwtHeader({ alg: 'ES256', kid: 'k' }, SIG, ['RS256']).ok).toBe(false)
  })
})

describe('JWT payload and credential', () => {
  const badge: Record<string, unknown> = { ...minimalBadge('did:example:issuer'), validUntil: '2030-01-01T00:00:00Z' }
  const at = new Date('2026-01-01T00:00:00.750Z')

  it('round-trips the credential through both forms, claims mapped to the OB 3.0 properties', () => {
    for (const form of ['vcdm2', 'vc-claim'] as const) {
      const payload = jwtPayloadOf(badge, form, at)
      expect(payload).toMatchObject({ iss: 'did:example:issuer', jti: badge.id, sub: 'did:example:learner-1', nbf: 1756684800, exp: 1893456000, iat: 1767225600 })
      const out = credentialOfJwt(payload)
      expect(out).toEqual({ ok: true, credential: badge, form })
      expect(jwtClaimProblems(badge, payload)).toEqual([])
    }
  })

  it('fills a VCDM 1.1 vc claim from the JWT claims', () => {
    const vc = { '@context': ['https://www.w3.org/2018/credentials/v1'], type: ['VerifiableCredential'], credentialSubject: { name: 'x' } }
    const out = credentialOfJwt({ vc, iss: 'https://school.nl', jti: 'urn:uuid:1', sub: 'did:example:s', nbf: 1756684800, exp: 1893456000 })
    expect(out).toEqual({ ok: true, form: 'vc-claim', credential: { ...vc, issuer: 'https://school.nl', id: 'urn:uuid:1', credentialSubject: { id: 'did:example:s', name: 'x' }, issuanceDate: '2025-09-01T00:00:00Z', expirationDate: '2030-01-01T00:00:00Z' } })
  })

  it('names each claim that does not repeat its property', () => {
    const payload = { ...jwtPayloadOf(badge, 'vcdm2', at), iss: 'did:example:other', sub: 'did:example:x', nbf: 1, exp: undefined, iat: 'now' }
    const paths = jwtClaimProblems(badge, payload).map((p) => p.path)
    expect(paths).toEqual(['$.iss', '$.sub', '$.nbf', '$.exp', '$.iat'])
  })

  it('refuses payloads that carry no credential', () => {
    expect(credentialOfJwt({ iss: 'x' })).toMatchObject({ ok: false })
    expect(credentialOfJwt({ vc: 'x' })).toMatchObject({ ok: false })
  })
})
