/**
 * Internal: import of P-256 and RSA keys, from a `JsonWebKey` key file or a bare JWK.
 *
 * @module keys
 */
import { PRIVATE_JWK_MEMBERS } from '../did/did-jwk.js'
import { InvalidKeyError } from '../errors/errors.js'
import { checkPrivateJwk, checkPublicJwk } from './check-jwk.js'
import { keyIdentity, requiredMembersJson } from './jwk-identity.js'
import type { JwkKeyPair } from './key-pair.js'

/** `id` and `controller` given to `importKeyPair`. */
export interface ImportNames {
  id?: string | undefined
  controller?: string | undefined
}

/**
 * A bare EC P-256 or RSA JWK, public or private. A `kid` with `#` is the verification method id (its
 * part before `#` the controller), unless `names` gives them; else the key's own `did:jwk`.
 */
export function importBareJwk(jwk: Record<string, unknown>, names: ImportNames): JwkKeyPair {
  const publicKeyJwk = checkPublicJwk(jwk, 'JWK')
  const kid = typeof jwk.kid === 'string' && jwk.kid.includes('#') ? jwk.kid : undefined
  const id = names.id ?? kid
  const controller = names.controller ?? id?.split('#')[0]
  const keyPair: JwkKeyPair = { type: 'JsonWebKey', keyType: keyTypeOf(publicKeyJwk), ...keyIdentity(publicKeyJwk, { id, controller }), publicKeyJwk }
  if (jwk.d !== undefined) keyPair.secretKeyJwk = checkPrivateJwk(jwk, publicKeyJwk, 'JWK')
  return keyPair
}

/**
 * A `JsonWebKey` key file (`{ type: 'JsonWebKey', id, controller, publicKeyJwk, secretKeyJwk? }`) with a
 * P-256 or RSA key. Its own `id` and `controller` win over `names`.
 */
export function importJsonWebKey(json: Record<string, unknown>, names: ImportNames): JwkKeyPair {
  const publicKeyJwk = checkPublicJwk(json.publicKeyJwk, 'publicKeyJwk')
  if (hasPrivateMembers(json.publicKeyJwk)) throw new InvalidKeyError('publicKeyJwk holds private key members (d, p, q, dp, dq, qi); put them in secretKeyJwk')
  const controller = optionalString(json.controller, 'controller') ?? names.controller
  const id = optionalString(json.id, 'id') ?? names.id
  const keyPair: JwkKeyPair = { type: 'JsonWebKey', keyType: keyTypeOf(publicKeyJwk), ...keyIdentity(publicKeyJwk, { id, controller }), publicKeyJwk }
  if (json.secretKeyJwk !== undefined) {
    const secretPublic = checkPublicJwk(json.secretKeyJwk, 'secretKeyJwk')
    if (requiredMembersJson(secretPublic) !== requiredMembersJson(publicKeyJwk)) throw new InvalidKeyError('secretKeyJwk is not the private key of publicKeyJwk: their public members differ')
    keyPair.secretKeyJwk = checkPrivateJwk(json.secretKeyJwk as Record<string, unknown>, publicKeyJwk, 'secretKeyJwk')
  }
  return keyPair
}

function keyTypeOf(jwk: { kty: 'EC' | 'RSA' }): 'P-256' | 'RSA' {
  return jwk.kty === 'EC' ? 'P-256' : 'RSA'
}

function hasPrivateMembers(jwk: unknown): boolean {
  return PRIVATE_JWK_MEMBERS.some((name) => (jwk as Record<string, unknown>)[name] !== undefined)
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value.length === 0) throw new InvalidKeyError(`JsonWebKey "${name}" must be a non-empty string, got ${JSON.stringify(value)}`)
  return value
}
