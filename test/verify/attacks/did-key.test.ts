/**
 * security.md §5, cases 23 and 24 (weak keys): did:key values that are not Ed25519 public keys, and
 * Ed25519 public keys of small order (for which a signature verifies for any message).
 */
import { base58btc } from 'multiformats/bases/base58'
import { describe, expect, it } from 'vitest'
import { minimalBadge } from '../../helpers/credentials.js'
import { controllerDocument, expectRejected, renamed, SCHOOL, signRaw, verify, victimKey, type Json } from './helpers.js'

const key32 = Uint8Array.from({ length: 32 }, (_, i) => i + 100)
const didKey = (bytes: number[] | Uint8Array): string => `did:key:${base58btc.encode(Uint8Array.from(bytes))}`

/** A credential whose issuer is `did` and whose proof names `did#fragment` (signed by the test key). */
async function issuedAs(did: string, fragment = did.slice('did:key:'.length), signature?: (s: Uint8Array) => Uint8Array): Promise<Json> {
  const { signer } = await victimKey()
  return signRaw(minimalBadge(did), renamed(signer, `${did}#${fragment}`), signature ? { signature } : {})
}

describe('#23 did:key that is not an Ed25519 key → issuer/INVALID_VERIFICATION_METHOD', () => {
  const dids: Array<[string, string, RegExp]> = [
    ['X25519 multicodec 0xec01 (z6LS…)', didKey([0xec, 0x01, ...key32]), /unsupportedPublicKeyType|invalidPublicKey/],
    ['secp256k1 multicodec 0xe701 (used with EdDSA)', didKey([0xe7, 0x01, 0x02, ...key32]), /unsupportedPublicKeyType|invalidPublicKey/],
    ['P-256 multicodec 0x1200', didKey([0x80, 0x24, 0x03, ...key32]), /unsupportedPublicKeyType|invalidPublicKey/],
    ['Ed25519 key truncated to 31 bytes', didKey([0xed, 0x01, ...key32.slice(1)]), /invalidPublicKeyLength/],
    ['Ed25519 key with an extra byte (33)', didKey([0xed, 0x01, ...key32, 0]), /invalidPublicKeyLength/],
    ['no key bytes at all', didKey([0xed, 0x01]), /invalidPublicKeyLength/],
    ['base64url multibase ("u") instead of base58btc', `did:key:u${Buffer.from([0xed, 0x01, ...key32]).toString('base64url')}`, /invalidDid/],
    ['base16 multibase ("f")', `did:key:f${Buffer.from([0xed, 0x01, ...key32]).toString('hex')}`, /invalidDid/],
    ['characters outside base58 (0, O, I, l)', 'did:key:z6Mk0OIl' + 'a'.repeat(40), /invalidDid/],
  ]
  for (const [what, did, error] of dids) {
    it(`#23 ${what} → issuer/INVALID_VERIFICATION_METHOD`, async () => {
      const r = await verify(await issuedAs(did))
      expectRejected(r, 'issuer:INVALID_VERIFICATION_METHOD')
      expect(r.errors.find((e) => e.check === 'issuer')?.message).toMatch(error)
    })
  }
})

/** Small-order Ed25519 point encodings (Taming the many EdDSAs; libsodium's blocklist). */
const SMALL_ORDER: Array<[string, string]> = [
  ['identity (0x01 ‖ 0…)', '0100000000000000000000000000000000000000000000000000000000000000'],
  ['order 4 (y = 0)', '0000000000000000000000000000000000000000000000000000000000000000'],
  ['order 8', '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05'],
  ['order 8 (other)', 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a'],
  ['order 2 (y = p − 1)', 'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f'],
  ['non-canonical 0 (y = p)', 'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f'],
  ['non-canonical 1 (y = p + 1)', 'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f'],
  ['identity with the sign bit set', '0100000000000000000000000000000000000000000000000000000000000080'],
]
const hex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h, 'hex'))
/** R = identity, S = 0: verifies for every message under the identity key (cofactorless check). */
const universal = (): Uint8Array => Uint8Array.from([1, ...new Uint8Array(63)])

describe('#24 small-order Ed25519 public keys → issuer/INVALID_VERIFICATION_METHOD (refused before any signature is trusted)', () => {
  for (const [what, h] of SMALL_ORDER) {
    it(`#24 did:key with a small-order key, ${what} → issuer/INVALID_VERIFICATION_METHOD`, async () => {
      const did = didKey([0xed, 0x01, ...hex(h)])
      const r = await verify(await issuedAs(did, undefined, universal))
      expectRejected(r, 'issuer:INVALID_VERIFICATION_METHOD')
    })
  }

  it('#24 https issuer whose controller document holds the identity key, forged "universal" signature → issuer/INVALID_VERIFICATION_METHOD', async () => {
    const { signer } = await victimKey()
    const publicKeyMultibase = base58btc.encode(Uint8Array.from([0xed, 0x01, ...hex(SMALL_ORDER[0]![1])]))
    const method = { id: `${SCHOOL}#key-1`, type: 'Multikey', controller: SCHOOL, publicKeyMultibase }
    const documents = { [SCHOOL]: controllerDocument(SCHOOL, [method]) }
    const forged = await signRaw({ ...minimalBadge(SCHOOL), name: 'Anything at all' }, renamed(signer, method.id), { signature: universal })
    const r = await verify(forged, { documents })
    expectRejected(r, 'issuer:INVALID_VERIFICATION_METHOD')
    expect(r.errors.find((e) => e.check === 'issuer')?.message).toMatch(/small-order/)
  })

  it('#24 the same key as a JWK (publicKeyJwk) → issuer/INVALID_VERIFICATION_METHOD', async () => {
    const { signer } = await victimKey()
    const x = Buffer.from(hex(SMALL_ORDER[2]![1])).toString('base64url')
    const method = { id: `${SCHOOL}#key-1`, type: 'JsonWebKey', controller: SCHOOL, publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x } }
    const documents = { [SCHOOL]: controllerDocument(SCHOOL, [method]) }
    const forged = await signRaw(minimalBadge(SCHOOL), renamed(signer, method.id), { signature: universal })
    expectRejected(await verify(forged, { documents }), 'issuer:INVALID_VERIFICATION_METHOD')
  })
})
