/**
 * Finds the public key of a VC-JWT: through `kid` (a verification method URL, or a key id in the
 * issuer's DID document or JWKS) or an embedded `jwk` that must be one of the issuer's keys.
 *
 * @module proofs
 */
import { base58btc } from 'multiformats/bases/base58'
import { calculateJwkThumbprint, base64url, type JWK } from 'jose'
import { isVerificationMethodUrl } from '../../lib/issuer-id.js'
import type { DocumentLoader } from '../../loader/create-document-loader.js'
import { loadJsonDocument as load } from '../load-json-document.js'
import type { CheckedJwtHeader } from './jwt-header.js'

/** An absolute URL (scheme, no spaces) with exactly one non-empty fragment. */
const PUBLIC_MEMBERS: Record<string, readonly string[]> = { OKP: ['kty', 'crv', 'x'], EC: ['kty', 'crv', 'x', 'y'], RSA: ['kty', 'n', 'e'] }

/** Where a JWT's key was found. */
export type JwtKey =
  | { ok: true; jwk: JWK; method?: string; source: string }
  | { ok: false; code: 'INVALID_VERIFICATION_METHOD' | 'ISSUER_KEY_MISMATCH' | 'DOCUMENT_LOAD_BLOCKED'; message: string; path: string }

/**
 * Resolves the key a JWT names. A `kid` that is an absolute URL with a fragment is dereferenced with
 * the loader (did:key, did:jwk, did:web and supplied controller documents; its binding to the issuer
 * is checked by the caller). Any other `kid`, or an embedded `jwk` alone, is looked up among the
 * issuer's keys: the `assertionMethod` keys of its DID or controller document, and for an https
 * issuer its JWKS at `/.well-known/jwks.json` (a key with an `iss` member must name the issuer). An
 * embedded `jwk` beside a `kid` must be the same key. Never throws.
 */
export async function resolveJwtKey(header: CheckedJwtHeader, issuerId: string | undefined, loader: DocumentLoader, relationship: 'assertionMethod' | 'authentication' = 'assertionMethod'): Promise<JwtKey> {
  try {
    const found = isVerificationMethodUrl(header.kid) ? await byMethodUrl(header.kid, loader) : await amongIssuerKeys(header, issuerId, loader, relationship)
    if (!found.ok || header.jwk === undefined) return found
    if (!(await sameKey(header.jwk as JWK, found.jwk))) {
      return { ok: false, code: 'ISSUER_KEY_MISMATCH', message: `the embedded "jwk" is not the key ${found.source} names`, path: '$.header.jwk' }
    }
    return found
  } catch (error) {
    return { ok: false, code: 'INVALID_VERIFICATION_METHOD', message: `the JWT's key could not be read: ${(error as Error)?.message ?? String(error)}`, path: '$.header' }
  }
}

async function byMethodUrl(kid: string, loader: DocumentLoader): Promise<JwtKey> {
  const loaded = await load(loader, kid)
  if (!loaded.ok) return { ok: false, code: loaded.blocked ? 'DOCUMENT_LOAD_BLOCKED' : 'INVALID_VERIFICATION_METHOD', message: `cannot resolve "kid" ${kid}: ${loaded.message}`, path: '$.header.kid' }
  const jwk = jwkOfMethod(loaded.document)
  if (!jwk) return { ok: false, code: 'INVALID_VERIFICATION_METHOD', message: `verification method ${kid} has no Ed25519, P-256 or RSA public key this verifier reads`, path: '$.header.kid' }
  return { ok: true, jwk, method: kid, source: `"kid" ${kid}` }
}

async function amongIssuerKeys(header: CheckedJwtHeader, issuerId: string | undefined, loader: DocumentLoader, relationship: 'assertionMethod' | 'authentication'): Promise<JwtKey> {
  const path = header.kid !== undefined ? '$.header.kid' : '$.header.jwk'
  if (issuerId === undefined) return { ok: false, code: 'ISSUER_KEY_MISMATCH', message: 'the credential has no issuer id to look the JWT key up under', path }
  const matches = await keyMatcher(header)
  let seen = 0
  // The DID or controller document first; the JWKS (https issuers) only when that holds no match.
  for (const source of [() => documentKeys(issuerId, loader, relationship), () => jwksKeysOf(issuerId, loader)]) {
    const keys = await source()
    seen += keys.length
    for (const key of keys) {
      if (await matches(key)) return { ok: true, jwk: key.jwk, ...(key.method ? { method: key.method } : {}), source: key.method ?? `the JWKS of ${issuerId}` }
    }
  }
  if (seen === 0) {
    return { ok: false, code: header.kid !== undefined ? 'INVALID_VERIFICATION_METHOD' : 'ISSUER_KEY_MISMATCH', message: `no keys of the issuer ${issuerId} are available (supply its DID document, controller document or JWKS)`, path }
  }
  return header.kid !== undefined
    ? { ok: false, code: 'INVALID_VERIFICATION_METHOD', message: `the issuer ${issuerId} has no assertion key with id ${JSON.stringify(header.kid)}`, path }
    : { ok: false, code: 'ISSUER_KEY_MISMATCH', message: `the embedded "jwk" is not one of the issuer ${issuerId}'s keys`, path }
}

interface IssuerKey {
  jwk: JWK
  /** The verification method id, for keys from a DID or controller document. */
  method?: string
  /** The JWKS `kid`, for keys from a JWKS. */
  kid?: string
}

function kidMatches(kid: string, key: IssuerKey): boolean {
  if (key.kid !== undefined) return key.kid === kid
  return key.method !== undefined && (key.method === kid || key.method.endsWith(`#${kid.replace(/^#/, '')}`))
}

/** Whether an issuer key is the header's: by `kid`, or by the embedded `jwk`'s thumbprint (computed once). */
async function keyMatcher(header: CheckedJwtHeader): Promise<(key: IssuerKey) => Promise<boolean>> {
  const kid = header.kid
  if (kid !== undefined) return async (key) => kidMatches(kid, key)
  const wanted = await thumbprintOf(header.jwk as JWK)
  if (wanted === undefined) return async () => false
  return async (key) => (await thumbprintOf(key.jwk)) === wanted
}

/** The issuer's keys for `relationship` from its DID or controller document. */
async function documentKeys(issuerId: string, loader: DocumentLoader, relationship: 'assertionMethod' | 'authentication'): Promise<IssuerKey[]> {
  const doc = await load(loader, issuerId)
  return doc.ok && doc.document.id === issuerId ? relationshipKeys(doc.document, issuerId, relationship) : []
}

/** The signing keys of an https issuer's JWKS (`/.well-known/jwks.json`); none for DIDs. */
async function jwksKeysOf(issuerId: string, loader: DocumentLoader): Promise<IssuerKey[]> {
  const jwksUrl = jwksUrlOf(issuerId)
  if (!jwksUrl) return []
  const jwks = await load(loader, jwksUrl)
  return jwks.ok ? jwksKeys(jwks.document, issuerId) : []
}

function relationshipKeys(document: Record<string, unknown>, controller: string, relationship: 'assertionMethod' | 'authentication'): IssuerKey[] {
  const methods = Array.isArray(document.verificationMethod) ? (document.verificationMethod as unknown[]) : []
  const listed = Array.isArray(document[relationship]) ? (document[relationship] as unknown[]) : []
  const keys: IssuerKey[] = []
  for (const entry of listed) {
    const ref = typeof entry === 'string' ? entry : isObject(entry) ? entry.id : undefined
    if (typeof ref !== 'string') continue
    const id = ref.startsWith('#') ? `${controller}${ref}` : ref
    const method = isObject(entry) ? entry : methods.find((m) => isObject(m) && (m.id === id || `${controller}${String(m.id)}` === id))
    if (!isObject(method) || (method.controller !== undefined && method.controller !== controller)) continue
    const jwk = jwkOfMethod(method)
    if (jwk) keys.push({ jwk, method: id })
  }
  return keys
}

function jwksKeys(jwks: Record<string, unknown>, issuerId: string): IssuerKey[] {
  const list = Array.isArray(jwks.keys) ? (jwks.keys as unknown[]) : []
  const keys: IssuerKey[] = []
  for (const entry of list) {
    if (!isObject(entry) || (entry.iss !== undefined && entry.iss !== issuerId)) continue
    if (entry.use !== undefined && entry.use !== 'sig') continue
    const jwk = publicJwk(entry)
    if (jwk) keys.push({ jwk, ...(typeof entry.kid === 'string' ? { kid: entry.kid } : {}) })
  }
  return keys
}

/** `https://host/.well-known/jwks.json` for an https issuer; none for DIDs. */
function jwksUrlOf(issuerId: string): string | undefined {
  if (!/^https:\/\//i.test(issuerId)) return undefined
  try {
    return new URL('/.well-known/jwks.json', issuerId).href
  } catch {
    return undefined
  }
}

/**
 * The public JWK of a verification method: `publicKeyJwk` (OKP Ed25519, EC P-256, RSA) or an Ed25519
 * `publicKeyMultibase` (`0xed01` + 32 bytes).
 */
function jwkOfMethod(method: Record<string, unknown>): JWK | undefined {
  if (isObject(method.publicKeyJwk)) return publicJwk(method.publicKeyJwk)
  const multibase = method.publicKeyMultibase
  if (typeof multibase !== 'string' || !multibase.startsWith('z')) return undefined
  try {
    const bytes = base58btc.decode(multibase)
    if (bytes.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01) return undefined
    return { kty: 'OKP', crv: 'Ed25519', x: base64url.encode(bytes.slice(2)) }
  } catch {
    return undefined
  }
}

/** The public members of a supported JWK (OKP Ed25519, EC P-256, RSA), or undefined. */
function publicJwk(jwk: Record<string, unknown>): JWK | undefined {
  const members = typeof jwk.kty === 'string' ? PUBLIC_MEMBERS[jwk.kty] : undefined
  if (!members) return undefined
  if (jwk.kty === 'OKP' && jwk.crv !== 'Ed25519') return undefined
  if (jwk.kty === 'EC' && jwk.crv !== 'P-256') return undefined
  const out: Record<string, string> = {}
  for (const m of members) {
    if (typeof jwk[m] !== 'string') return undefined
    out[m] = jwk[m] as string
  }
  return out as JWK
}

/** The SHA-256 JWK thumbprint of a supported public key, or undefined. */
async function thumbprintOf(jwk: JWK): Promise<string | undefined> {
  const key = publicJwk(jwk as Record<string, unknown>)
  return key ? calculateJwkThumbprint(key, 'sha256') : undefined
}

async function sameKey(a: JWK, b: JWK): Promise<boolean> {
  const wanted = await thumbprintOf(a)
  return wanted !== undefined && wanted === (await thumbprintOf(b))
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
