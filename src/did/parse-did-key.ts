import { base58btc } from 'multiformats/bases/base58'

/** The multicodec prefix of an Ed25519 public key (`0xed01`, varint-encoded). */
const ED25519_PUB_PREFIX = [0xed, 0x01] as const

/** Why a did:key was refused (did:key spec error names). */
export type DidKeyError = 'invalidDid' | 'invalidPublicKeyLength' | 'unsupportedPublicKeyType'

/** The result of parsing a did:key strictly. */
export type ParsedDidKey =
  | { ok: true; did: string; publicKeyMultibase: string; publicKey: Uint8Array }
  | { ok: false; error: DidKeyError; message: string }

/**
 * Parses an Ed25519 `did:key` strictly: `did:key:` + `z` (base58btc) + varint multicodec `0xed01` + 32 bytes.
 * Any other multicodec (X25519 `z6LS…`, secp256k1, ...) or length is refused. A fragment, if present,
 * must equal the key's own multibase value.
 *
 * @example
 * ```ts
 * parseDidKey('did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi').ok // true
 * ```
 */
export function parseDidKey(didUrl: string): ParsedDidKey {
  const [did = '', fragment, ...rest] = didUrl.split('#')
  const m = /^did:key:(z[1-9A-HJ-NP-Za-km-z]+)$/.exec(did)
  if (rest.length > 0 || !m) return fail('invalidDid', `not a did:key with a base58btc ("z") key: ${JSON.stringify(didUrl)}`)
  const multibase = m[1] as string
  let bytes: Uint8Array
  try {
    bytes = base58btc.decode(multibase)
  } catch {
    return fail('invalidDid', `key is not valid base58btc: ${JSON.stringify(did)}`)
  }
  if (bytes[0] !== ED25519_PUB_PREFIX[0] || bytes[1] !== ED25519_PUB_PREFIX[1]) {
    return fail('unsupportedPublicKeyType', `multicodec is not Ed25519 (0xed01): ${JSON.stringify(did)}`)
  }
  if (bytes.length !== 34) {
    return fail('invalidPublicKeyLength', `Ed25519 key must be 32 bytes, got ${bytes.length - 2}: ${JSON.stringify(did)}`)
  }
  if (fragment !== undefined && fragment !== multibase) {
    return fail('invalidDid', `fragment does not name the key itself: ${JSON.stringify(didUrl)}`)
  }
  return { ok: true, did, publicKeyMultibase: multibase, publicKey: bytes.slice(2) }
}

function fail(error: DidKeyError, message: string): ParsedDidKey {
  return { ok: false, error, message }
}
