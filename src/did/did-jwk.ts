/**
 * did:jwk: a DID that is its own public key, a base64url-encoded JWK (did:jwk method specification).
 * Node-free: used by the browser verify entry.
 *
 * @module did
 */
import { DID_V1_CONTEXT, JWK_CONTEXT } from '../contexts/urls.js'
import { parseStrictJson } from '../lib/strict-json.js'
import { decodeBase64Url } from './base64url.js'
import type { DIDDocument } from './did-document.js'

/** JWK members that hold private or symmetric key material (RFC 7518 §6): never in a DID or a header. Internal. */
export const PRIVATE_JWK_MEMBERS: readonly string[] = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k']
/** The smallest RSA modulus accepted, in bits. Internal. */
export const MIN_RSA_BITS = 2048

/**
 * The public JWK of a did:jwk: EC P-256, Ed25519 (OKP) or RSA; every member a string.
 *
 * @example
 * ```ts
 * const parsed = parseDidJwk(did)
 * const jwk: DidJwk | undefined = parsed.ok ? parsed.jwk : undefined
 * ```
 */
export type DidJwk =
  | { kty: 'EC'; crv: 'P-256'; x: string; y: string; [member: string]: string }
  | { kty: 'OKP'; crv: 'Ed25519'; x: string; [member: string]: string }
  | { kty: 'RSA'; n: string; e: string; [member: string]: string }

/** The result of {@link parseDidJwk}. */
export type ParsedDidJwk = { ok: true; did: string; jwk: DidJwk } | { ok: false; error: 'invalidDid'; message: string }

/**
 * Parses a `did:jwk` (or its DID URL `<did>#0`) strictly: `did:jwk:` + base64url without padding of
 * UTF-8 JSON (strict parse: no duplicate keys), an object whose `kty` is `EC` (crv `P-256`), `OKP`
 * (crv `Ed25519`) or `RSA` (at least 2048 bits), with only string members, no private key member
 * (`d`, `p`, `q`, `dp`, `dq`, `qi`, `k`, `oth`) and `use`, if any, `sig`. A fragment other than `#0` is refused.
 *
 * @example
 * ```ts
 * const did = 'did:jwk:eyJjcnYiOiJQLTI1NiIsImt0eSI6IkVDIiwieCI6Ii4uLiIsInkiOiIuLi4ifQ'
 * const parsed = parseDidJwk(`${did}#0`)
 * if (parsed.ok) console.log(parsed.did, parsed.jwk.kty) // did without '#0', 'EC'
 * ```
 */
export function parseDidJwk(did: string): ParsedDidJwk {
  if (typeof did !== 'string') return fail(String(did), 'it is not a string')
  const hash = did.indexOf('#')
  const base = hash === -1 ? did : did.slice(0, hash)
  if (hash !== -1 && did.slice(hash) !== '#0') return fail(did, `a did:jwk DID URL names its key as "#0", not ${JSON.stringify(did.slice(hash))}`)
  if (!base.startsWith('did:jwk:')) return fail(did, 'it does not start with "did:jwk:"')
  const bytes = decodeBase64Url(base.slice('did:jwk:'.length))
  if (!bytes || bytes.length === 0) return fail(did, 'the part after "did:jwk:" is not base64url without padding')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return fail(did, 'its JWK is not UTF-8')
  }
  const parsed = parseStrictJson(text)
  if (!parsed.ok) return fail(did, `its JWK is not strict JSON (${parsed.message})`)
  const problem = jwkProblem(parsed.value)
  return problem ? fail(did, problem) : { ok: true, did: base, jwk: parsed.value as DidJwk }
}

/**
 * The DID document of a did:jwk (did:jwk specification §Read): one `JsonWebKey` verification method
 * `<did>#0` holding the JWK, listed under assertionMethod, authentication, capabilityInvocation and
 * capabilityDelegation. Pass the `did` and `jwk` of a successful {@link parseDidJwk}.
 *
 * @example
 * ```ts
 * const parsed = parseDidJwk(did)
 * const document = parsed.ok ? didJwkDocument(parsed.did, parsed.jwk) : undefined
 * document?.verificationMethod?.[0]?.id // `${did}#0`
 * ```
 */
export function didJwkDocument(did: string, jwk: DidJwk): DIDDocument {
  const vmId = `${did}#0`
  return {
    '@context': [DID_V1_CONTEXT, JWK_CONTEXT],
    id: did,
    verificationMethod: [{ id: vmId, type: 'JsonWebKey', controller: did, publicKeyJwk: { ...jwk } }],
    assertionMethod: [vmId],
    authentication: [vmId],
    capabilityInvocation: [vmId],
    capabilityDelegation: [vmId],
  }
}

/** What is wrong with a decoded did:jwk JWK, or undefined. */
function jwkProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'its JWK is not a JSON object'
  const jwk = value as Record<string, unknown>
  const secret = PRIVATE_JWK_MEMBERS.filter((name) => name in jwk)
  if (secret.length > 0) return `its JWK holds private key material (${secret.map((s) => `"${s}"`).join(', ')}); a DID holds a public key only`
  const nonString = Object.keys(jwk).filter((name) => typeof jwk[name] !== 'string')
  if (nonString.length > 0) return `JWK members must be strings; ${nonString.map((s) => `"${s}"`).join(', ')} ${nonString.length === 1 ? 'is' : 'are'} not`
  if (jwk.use !== undefined && jwk.use !== 'sig') return `its JWK has "use": ${JSON.stringify(jwk.use)}; only signing keys ("sig") are supported`
  if (jwk.kty === 'EC') return jwk.crv === 'P-256' ? coordinates(jwk, ['x', 'y']) : `EC curve ${JSON.stringify(jwk.crv)} is not supported; only "P-256" is`
  if (jwk.kty === 'OKP') return jwk.crv === 'Ed25519' ? coordinates(jwk, ['x']) : `OKP curve ${JSON.stringify(jwk.crv)} is not supported; only "Ed25519" is`
  if (jwk.kty === 'RSA') return rsaProblem(jwk)
  return `key type (kty) ${JSON.stringify(jwk.kty)} is not supported; only "EC" (P-256), "OKP" (Ed25519) and "RSA" are`
}

function coordinates(jwk: Record<string, unknown>, names: readonly string[]): string | undefined {
  for (const name of names) {
    const bytes = decodeBase64Url(jwk[name] as string)
    if (!bytes || bytes.length !== 32) return `JWK "${name}" must be 32 bytes in base64url without padding`
  }
  return undefined
}

function rsaProblem(jwk: Record<string, unknown>): string | undefined {
  const n = decodeBase64Url((jwk.n as string | undefined) ?? '')
  const e = decodeBase64Url((jwk.e as string | undefined) ?? '')
  if (!n || n.length === 0 || !e || e.length === 0) return 'RSA JWK "n" and "e" must be base64url without padding'
  const bits = n[0] === 0 ? 0 : n.length * 8 - Math.clz32(n[0] as number) + 24
  if (bits < MIN_RSA_BITS) return `RSA modulus is ${bits} bits (or has a leading zero byte); at least ${MIN_RSA_BITS} are required`
  return undefined
}

function fail(did: string, why: string): ParsedDidJwk {
  return { ok: false, error: 'invalidDid', message: `${JSON.stringify(did)} is not a did:jwk DID: ${why}` }
}
