/**
 * Internal: the names a P-256 or RSA key gets from its public JWK: its `did:jwk` and its RFC 7638
 * thumbprint, and the default verification method id and controller built from them.
 *
 * @module keys
 */
import { createHash } from 'node:crypto'
import { encodeBase64Url } from './base64url.js'
import type { EcP256PublicJwk, RsaPublicJwk } from './key-pair.js'

/**
 * The JSON of the JWK's required members in lexicographic order, without whitespace (RFC 7638 §3):
 * `{"crv","kty","x","y"}` for EC, `{"e","kty","n"}` for RSA. No `kid`.
 */
export function requiredMembersJson(jwk: EcP256PublicJwk | RsaPublicJwk): string {
  return jwk.kty === 'EC'
    ? JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y })
    : JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n })
}

/** The key's own DID: `did:jwk:` + base64url(UTF-8 of the required members in lexicographic order). */
function didJwkOf(jwk: EcP256PublicJwk | RsaPublicJwk): string {
  return `did:jwk:${encodeBase64Url(new TextEncoder().encode(requiredMembersJson(jwk)))}`
}

/** The RFC 7638 JWK thumbprint (SHA-256, base64url). */
function jwkThumbprint(jwk: EcP256PublicJwk | RsaPublicJwk): string {
  return createHash('sha256').update(requiredMembersJson(jwk), 'utf8').digest('base64url')
}

/**
 * The verification method id and controller of a key: by default the controller is the key's
 * `did:jwk` with id `<did:jwk>#0`; with another controller the id is `<controller>#<thumbprint>`.
 */
export function keyIdentity(jwk: EcP256PublicJwk | RsaPublicJwk, given: { id?: string | undefined; controller?: string | undefined }): { id: string; controller: string } {
  const did = didJwkOf(jwk)
  const controller = given.controller ?? did
  const id = given.id ?? (controller === did ? `${did}#0` : `${controller}#${jwkThumbprint(jwk)}`)
  return { id, controller }
}
