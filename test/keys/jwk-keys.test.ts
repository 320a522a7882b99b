/**
 * P-256 and RSA key pairs: generation, did:jwk and thumbprint names, export/import round trips, the
 * refusals of importKeyPair, and signers checked with node:crypto and with jose.
 */
import { constants, createHash, createPublicKey, generateKeyPairSync, verify, type JsonWebKey } from 'node:crypto'
import { calculateJwkThumbprint, CompactSign, compactVerify, importJWK } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { InvalidArgumentError, InvalidKeyError } from '../../src/errors/errors.js'
import {
  createSigner,
  exportKeyPair,
  generateKeyPair,
  importKeyPair,
  isEd25519KeyPair,
  type EcP256PrivateJwk,
  type JsonWebKeyJson,
  type JwkKeyPair,
  type KeyPair,
  type RsaPrivateJwk,
  type Signer,
} from '../../src/keys/index.js'

const SCHOOL = 'did:web:school.example.nl'
const b64u = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString('base64url')
const text = (value: string): Uint8Array => new TextEncoder().encode(value)

let p256: JwkKeyPair
let rsa: JwkKeyPair
let rsaOther: RsaPrivateJwk

beforeAll(async () => {
  p256 = await generateKeyPair({ type: 'P-256' })
  rsa = await generateKeyPair({ type: 'RSA' })
  rsaOther = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) as RsaPrivateJwk
})

/** A fresh P-256 private JWK from node:crypto. */
function nodeEcJwk(): EcP256PrivateJwk {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' }) as EcP256PrivateJwk
}

function jwkKeyPair(k: KeyPair): JwkKeyPair {
  if (isEd25519KeyPair(k)) throw new Error(`expected a P-256 or RSA key pair, got ${k.id}`)
  return k
}

function didJwkJson(did: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(did.slice('did:jwk:'.length).split('#')[0] as string, 'base64url').toString('utf8')) as Record<string, unknown>
}

/** A compact JWS made by hand: the signer signs `b64u(header).b64u(payload)`. */
async function compactJws(signer: Signer, alg: string, payload: string): Promise<string> {
  const input = `${b64u(JSON.stringify({ alg, kid: signer.id }))}.${b64u(payload)}`
  return `${input}.${b64u(await signer.sign(text(input)))}`
}

describe('generateKeyPair: P-256 and RSA', () => {
  it('P-256: a JsonWebKey key pair controlled by its own did:jwk, id #0', () => {
    expect(p256).toMatchObject({ type: 'JsonWebKey', keyType: 'P-256', publicKeyJwk: { kty: 'EC', crv: 'P-256' } })
    expect(Object.keys(p256.publicKeyJwk).sort()).toEqual(['crv', 'kty', 'x', 'y'])
    expect(Buffer.from((p256.publicKeyJwk as { x: string }).x, 'base64url')).toHaveLength(32)
    expect(p256.secretKeyJwk).toMatchObject({ ...p256.publicKeyJwk, d: expect.any(String) })
    expect(p256.controller).toMatch(/^did:jwk:[A-Za-z0-9_-]+$/)
    expect(p256.id).toBe(`${p256.controller}#0`)
    const encoded = p256.controller.slice('did:jwk:'.length)
    const json = Buffer.from(encoded, 'base64url').toString('utf8')
    expect(json).toBe(JSON.stringify({ crv: 'P-256', kty: 'EC', x: (p256.publicKeyJwk as { x: string }).x, y: (p256.publicKeyJwk as { y: string }).y }))
  })

  it('RSA: 2048 bits by default, e = AQAB, did:jwk of { e, kty, n }', () => {
    expect(rsa).toMatchObject({ type: 'JsonWebKey', keyType: 'RSA', publicKeyJwk: { kty: 'RSA', e: 'AQAB' } })
    expect(Buffer.from((rsa.publicKeyJwk as { n: string }).n, 'base64url')).toHaveLength(256)
    expect(Object.keys(rsa.secretKeyJwk ?? {}).sort()).toEqual(['d', 'dp', 'dq', 'e', 'kty', 'n', 'p', 'q', 'qi'])
    expect(Object.keys(didJwkJson(rsa.controller))).toEqual(['e', 'kty', 'n'])
    expect(rsa.id).toBe(`${rsa.controller}#0`)
  })

  it('with a controller the id is <controller>#<RFC 7638 thumbprint> (checked with jose); an id given is kept', async () => {
    const web = await generateKeyPair({ type: 'P-256', controller: SCHOOL })
    expect(web.controller).toBe(SCHOOL)
    expect(web.id).toBe(`${SCHOOL}#${await calculateJwkThumbprint(web.publicKeyJwk as never, 'sha256')}`)
    const named = await generateKeyPair({ type: 'P-256', controller: SCHOOL, id: `${SCHOOL}#key-2` })
    expect(named.id).toBe(`${SCHOOL}#key-2`)
    const rsaWeb = jwkKeyPair(importKeyPair({ ...exportKeyPair(rsa, { format: 'jwk' }), kid: undefined }, { controller: SCHOOL }))
    expect(rsaWeb.id).toBe(`${SCHOOL}#${await calculateJwkThumbprint(rsa.publicKeyJwk as never, 'sha256')}`)
  })

  it('keys are random; type absent or Ed25519 still gives a Multikey key pair', async () => {
    const again = await generateKeyPair({ type: 'P-256' })
    expect(again.controller).not.toBe(p256.controller)
    const ed = await generateKeyPair({ type: 'Ed25519', seed: new Uint8Array(32).fill(1) })
    expect(ed.type).toBe('Multikey')
    expect(ed.publicKeyMultibase).toMatch(/^z6Mk/)
    expect(isEd25519KeyPair(ed)).toBe(true)
    expect(isEd25519KeyPair(p256)).toBe(false)
  })

  it('refuses a seed, a modulus below 2048 bits, a modulus for P-256, and unknown types', async () => {
    await expect(generateKeyPair({ type: 'P-256', seed: new Uint8Array(32) })).rejects.toThrow(InvalidArgumentError)
    await expect(generateKeyPair({ type: 'RSA', seed: new Uint8Array(32) })).rejects.toThrow(/"seed" is for Ed25519 keys only/)
    await expect(generateKeyPair({ type: 'RSA', modulusLength: 1024 })).rejects.toThrow(/"modulusLength" must be .* from 2048/)
    await expect(generateKeyPair({ type: 'RSA', modulusLength: 2047 })).rejects.toThrow(InvalidArgumentError)
    await expect(generateKeyPair({ type: 'P-256', modulusLength: 2048 })).rejects.toThrow(/"modulusLength" is for RSA keys only/)
    await expect(generateKeyPair({ modulusLength: 2048 })).rejects.toThrow(/"modulusLength" is for RSA keys only/)
    await expect(generateKeyPair({ type: 'P-384' as never })).rejects.toThrow(/"type" must be "Ed25519", "P-256" or "RSA", got "P-384"/)
  })
})

describe('exportKeyPair / importKeyPair: P-256 and RSA', () => {
  it('the default export is JsonWebKey JSON, public unless includeSecret; both import back', () => {
    for (const kp of [p256, rsa]) {
      const pub: JsonWebKeyJson = exportKeyPair(kp)
      expect(pub).toEqual({ '@context': 'https://w3id.org/security/jwk/v1', type: 'JsonWebKey', id: kp.id, controller: kp.controller, publicKeyJwk: kp.publicKeyJwk })
      const file = exportKeyPair(kp, { includeSecret: true })
      expect(file.secretKeyJwk).toEqual(kp.secretKeyJwk)
      expect(importKeyPair(file)).toEqual(kp)
      const { secretKeyJwk: _secret, ...publicOnly } = kp
      expect(importKeyPair(pub)).toEqual(publicOnly)
      expect(importKeyPair(JSON.parse(JSON.stringify(file)))).toEqual(kp)
    }
  })

  it('format jwk gives the public or private JWK with kid = id; it imports back', () => {
    for (const kp of [p256, rsa]) {
      const pub = exportKeyPair(kp, { format: 'jwk' })
      expect(pub).toEqual({ ...kp.publicKeyJwk, kid: kp.id })
      const priv = exportKeyPair(kp, { format: 'jwk', includeSecret: true })
      expect(priv).toEqual({ ...kp.secretKeyJwk, kid: kp.id })
      expect(importKeyPair(priv)).toEqual(kp)
      expect(importKeyPair(pub).secretKeyJwk).toBeUndefined()
    }
  })

  it('a bare JWK without kid is named by its did:jwk, or by the id / controller given', async () => {
    const jwk = nodeEcJwk()
    const kp = jwkKeyPair(importKeyPair(jwk))
    expect(kp.controller).toBe(`did:jwk:${b64u(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }))}`)
    expect(kp.id).toBe(`${kp.controller}#0`)
    expect(kp.secretKeyJwk).toEqual({ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, d: jwk.d })
    const web = jwkKeyPair(importKeyPair({ ...jwk, d: undefined }, { controller: SCHOOL }))
    expect(web.id).toBe(`${SCHOOL}#${await calculateJwkThumbprint({ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y }, 'sha256')}`)
    expect(web.secretKeyJwk).toBeUndefined()
    expect(importKeyPair({ ...jwk, kid: `${SCHOOL}#key-1` })).toMatchObject({ id: `${SCHOOL}#key-1`, controller: SCHOOL })
    expect(importKeyPair({ ...jwk, kid: 'no-fragment' }).id).toBe(kp.id)
    expect(importKeyPair({ ...jwk, kid: `${SCHOOL}#key-1` }, { id: `${SCHOOL}#key-9` }).id).toBe(`${SCHOOL}#key-9`)
    expect(importKeyPair(rsaOther).keyType).toBe('RSA')
  })

  it('a JsonWebKey file keeps its own id and controller over the options', () => {
    const file = { ...exportKeyPair(p256), id: `${SCHOOL}#k`, controller: SCHOOL }
    expect(importKeyPair(file, { id: 'did:web:other.nl#x', controller: 'did:web:other.nl' })).toMatchObject({ id: `${SCHOOL}#k`, controller: SCHOOL })
    expect(importKeyPair({ type: 'JsonWebKey', publicKeyJwk: p256.publicKeyJwk }, { controller: SCHOOL }).controller).toBe(SCHOOL)
  })

  it('a JsonWebKey file with an Ed25519 JWK becomes a Multikey key pair', async () => {
    const ed = await generateKeyPair()
    const { kid: _kid, ...pub } = exportKeyPair(ed, { format: 'jwk' })
    const priv = exportKeyPair(ed, { format: 'jwk', includeSecret: true })
    const kp = importKeyPair({ type: 'JsonWebKey', id: ed.id, controller: ed.controller, publicKeyJwk: pub, secretKeyJwk: { ...priv, kid: undefined } })
    expect(kp).toEqual(ed)
  })

  it('refuses a Multikey export of a P-256 key, and a secret export of a public-only key', () => {
    expect(() => exportKeyPair(p256, { format: 'multikey' } as never)).toThrow(/P-256 key: the Multikey format is for Ed25519 keys/)
    const { secretKeyJwk: _s, ...publicOnly } = p256
    expect(() => exportKeyPair(publicOnly, { includeSecret: true })).toThrow(/no secret key to export/)
    expect(() => exportKeyPair(p256, { format: 'pem' as never })).toThrow(/unknown key format "pem"/)
  })
})

describe('importKeyPair refuses bad P-256 and RSA keys, naming the problem', () => {
  const refuses = (json: unknown, message: RegExp): void => {
    let caught: unknown
    try {
      importKeyPair(json)
    } catch (e) {
      caught = e
    }
    expect(caught).toBeInstanceOf(InvalidKeyError)
    expect((caught as Error).message).toMatch(message)
  }

  it('members that are not base64url (padding, standard alphabet, non-strings, unused bits)', () => {
    const jwk = nodeEcJwk()
    refuses({ ...jwk, x: `${jwk.x}=` }, /JWK "x" must be a base64url string \(RFC 4648 §5, no padding\)/)
    refuses({ ...jwk, y: jwk.y.replace(/[-_]/g, '+').replace(/^./, '+') }, /JWK "y" must be a base64url string/)
    refuses({ ...jwk, x: 42 }, /JWK "x" must be a base64url string .*got number/)
    refuses({ kty: 'EC', crv: 'P-256', y: jwk.y }, /JWK "x" must be a base64url string .*got nothing/)
    const lastBitsSet = `${jwk.x.slice(0, -1)}${jwk.x.endsWith('A') ? 'B' : jwk.x.endsWith('B') ? 'C' : 'B'}`
    if (Buffer.from(lastBitsSet, 'base64url').toString('base64url') !== lastBitsSet) refuses({ ...jwk, x: lastBitsSet }, /not canonical base64url/)
    refuses({ ...jwk, x: 'AA' }, /JWK "x" must be 32 bytes, got 1/)
    refuses({ ...jwk, d: b64u(new Uint8Array(31).fill(1)) }, /JWK "d" must be 32 bytes, got 31/)
  })

  it('a P-256 point that is not on the curve', () => {
    const a = nodeEcJwk()
    const b = nodeEcJwk()
    refuses({ kty: 'EC', crv: 'P-256', x: a.x, y: b.y }, /JWK: \(x, y\) is not a point on the P-256 curve/)
    refuses({ type: 'JsonWebKey', publicKeyJwk: { kty: 'EC', crv: 'P-256', x: a.x, y: b.y } }, /publicKeyJwk: \(x, y\) is not a point on the P-256 curve/)
  })

  it('other curves and key types, naming what was found', () => {
    const jwk = nodeEcJwk()
    refuses({ ...jwk, crv: 'P-384' }, /EC curve "P-384" is not supported; only "P-256" is/)
    refuses({ ...jwk, crv: 'secp256k1' }, /EC curve "secp256k1" is not supported/)
    refuses({ kty: 'oct', k: 'AAAA' }, /key type \(kty\) "oct" is not supported; use "EC" \(crv "P-256"\), "RSA" or "OKP" \(crv "Ed25519"\)/)
    refuses({ kty: 'OKP', crv: 'X25519', x: jwk.x }, /OKP curve "X25519" is not supported; only "Ed25519" is/)
    refuses({ type: 'JsonWebKey', publicKeyJwk: { kty: 'oct', k: 'AAAA' } }, /publicKeyJwk: key type \(kty\) "oct" is not supported/)
    refuses({ type: 'JsonWebKey2020', publicKeyJwk: jwk }, /key type must be "Multikey" or "JsonWebKey" \(or a JWK\), got "JsonWebKey2020"/)
    refuses({ ...jwk, alg: 'ES384' }, /"alg" "ES384" does not fit an EC key; it signs with ES256/)
    refuses({ ...jwk, use: 'enc' }, /"use" is "enc"; a signing key has "use": "sig" or none/)
    expect(jwkKeyPair(importKeyPair({ ...jwk, alg: 'ES256', use: 'sig' })).keyType).toBe('P-256')
  })

  it('an RSA modulus under 2048 bits, an exponent other than AQAB, multi-prime keys', () => {
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'jwk' }) as JsonWebKey
    refuses(small, /JWK: RSA modulus is 1024 bits; at least 2048 are required/)
    const pub = exportKeyPair(rsa, { format: 'jwk' })
    refuses({ ...pub, e: 'Aw' }, /RSA exponent "e" must be "AQAB" \(65537\), got "Aw"/)
    refuses({ ...pub, e: 'AQAAAQ' }, /must be "AQAB"/)
    refuses({ ...pub, n: b64u(Uint8Array.from([0, ...Buffer.from((pub as { n: string }).n, 'base64url')])) }, /"n" has a leading zero byte/)
    refuses({ ...exportKeyPair(rsa, { format: 'jwk', includeSecret: true }), oth: [] }, /multi-prime RSA keys \("oth"\) are not supported/)
  })

  it('a secret key that does not belong to the public key', () => {
    const a = nodeEcJwk()
    const b = nodeEcJwk()
    refuses({ ...a, d: b.d }, /JWK: secret key does not belong to the public key/)
    const secret = exportKeyPair(rsa, { format: 'jwk', includeSecret: true })
    refuses({ ...secret, d: rsaOther.d }, /secret key does not belong to the public key/)
    refuses({ ...secret, p: rsaOther.p, q: rsaOther.q }, /secret key does not belong/)
    refuses({ ...secret, qi: rsaOther.qi }, /secret key does not belong/)
    refuses({ ...secret, qi: undefined }, /an RSA private JWK needs d, p, q, dp, dq and qi; missing qi/)
    refuses({ ...a, d: b64u(new Uint8Array(32)) }, /JWK "d" is not a valid P-256 private key/)
    const file = exportKeyPair(p256, { includeSecret: true })
    refuses({ ...file, secretKeyJwk: { ...file.secretKeyJwk, d: b.d } }, /secretKeyJwk: secret key does not belong to the public key/)
    refuses({ ...file, secretKeyJwk: { ...b } }, /secretKeyJwk is not the private key of publicKeyJwk: their public members differ/)
    refuses({ ...file, publicKeyJwk: file.secretKeyJwk }, /publicKeyJwk holds private key members/)
    refuses({ ...file, id: 7 }, /JsonWebKey "id" must be a non-empty string/)
  })
})

describe('createSigner: ES256, RS256 and Ed25519 signers', () => {
  const data = text('microcredential')

  it('ES256: a 64-byte r‖s signature, checked with node:crypto and jose', async () => {
    const signer = createSigner(p256)
    expect(signer).toMatchObject({ id: p256.id, algorithm: 'ES256', controller: p256.controller, publicKeyJwk: p256.publicKeyJwk })
    const sig = await signer.sign(data)
    expect(sig).toBeInstanceOf(Uint8Array)
    expect(sig).toHaveLength(64)
    const key = createPublicKey({ key: { ...signer.publicKeyJwk } as JsonWebKey, format: 'jwk' })
    expect(verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, sig)).toBe(true)
    expect(verify('sha256', text('other'), { key, dsaEncoding: 'ieee-p1363' }, sig)).toBe(false)
    const jws = await compactJws(signer, 'ES256', '{"iss":"me"}')
    const { payload, protectedHeader } = await compactVerify(jws, await importJWK({ ...signer.publicKeyJwk }, 'ES256'))
    expect(new TextDecoder().decode(payload)).toBe('{"iss":"me"}')
    expect(protectedHeader).toEqual({ alg: 'ES256', kid: p256.id })
  })

  it('RS256: RSASSA-PKCS1-v1_5 with SHA-256, checked with node:crypto and jose', async () => {
    const signer = createSigner(rsa)
    expect(signer).toMatchObject({ id: rsa.id, algorithm: 'RS256', publicKeyJwk: rsa.publicKeyJwk })
    const sig = await signer.sign(data)
    expect(sig).toHaveLength(256)
    const key = createPublicKey({ key: { ...signer.publicKeyJwk } as JsonWebKey, format: 'jwk' })
    expect(verify('sha256', data, { key, padding: constants.RSA_PKCS1_PADDING }, sig)).toBe(true)
    // PKCS#1 v1.5 is deterministic: the same bytes give the same signature.
    expect(Buffer.from(await signer.sign(data)).equals(Buffer.from(sig))).toBe(true)
    const jws = await compactJws(signer, 'RS256', 'payload')
    await expect(compactVerify(jws, await importJWK({ ...signer.publicKeyJwk }, 'RS256'))).resolves.toMatchObject({ protectedHeader: { alg: 'RS256' } })
    const tampered = `${jws.slice(0, -6)}${jws.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA'}`
    await expect(compactVerify(tampered, await importJWK({ ...signer.publicKeyJwk }, 'RS256'))).rejects.toThrow()
  })

  it('exported private JWKs sign with jose; the signer public key verifies them', async () => {
    for (const [kp, alg] of [[p256, 'ES256'], [rsa, 'RS256']] as const) {
      const privateKey = await importJWK({ ...exportKeyPair(kp, { format: 'jwk', includeSecret: true }) }, alg)
      const jws = await new CompactSign(text('hello')).setProtectedHeader({ alg, kid: kp.id }).sign(privateKey)
      const { payload } = await compactVerify(jws, await importJWK({ ...createSigner(kp).publicKeyJwk }, alg))
      expect(new TextDecoder().decode(payload)).toBe('hello')
    }
  })

  it('Ed25519: unchanged, and also carries its public key as an OKP JWK (EdDSA with jose)', async () => {
    const ed = await generateKeyPair()
    const signer = createSigner(ed)
    expect(signer.algorithm).toBe('Ed25519')
    expect(signer.publicKeyMultibase).toBe(ed.publicKeyMultibase)
    const { kid: _kid, ...jwk } = exportKeyPair(ed, { format: 'jwk' })
    expect(signer.publicKeyJwk).toEqual(jwk)
    const jws = await compactJws(signer, 'EdDSA', 'ed')
    await expect(compactVerify(jws, await importJWK({ ...signer.publicKeyJwk }, 'EdDSA'))).resolves.toBeDefined()
  })

  it('refuses a key pair without its secret key', () => {
    const { secretKeyJwk: _s, ...publicOnly } = rsa
    expect(() => createSigner(publicOnly)).toThrow(/has no secret key: cannot sign/)
    expect(() => createSigner(importKeyPair(exportKeyPair(p256)))).toThrow(InvalidArgumentError)
  })

  it('the thumbprint is SHA-256 over the required members (RFC 7638 §3.1 example shape)', async () => {
    const web = await generateKeyPair({ type: 'RSA', controller: SCHOOL })
    const { n, e } = web.publicKeyJwk as { n: string; e: string }
    const expected = createHash('sha256').update(`{"e":"${e}","kty":"RSA","n":"${n}"}`).digest('base64url')
    expect(web.id).toBe(`${SCHOOL}#${expected}`)
  })
})
