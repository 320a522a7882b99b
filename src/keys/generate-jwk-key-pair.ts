/**
 * Internal: generation of P-256 and RSA key pairs with node:crypto.
 *
 * @module keys
 */
import { generateKeyPair as nodeGenerateKeyPair, type JsonWebKey, type KeyObject } from 'node:crypto'
import { promisify } from 'node:util'
import { InvalidArgumentError } from '../errors/errors.js'
import { MAX_RSA_BITS, MIN_RSA_BITS } from './check-jwk.js'
import { keyIdentity } from './jwk-identity.js'
import type { EcP256PublicJwk, JwkKeyPair, PrivateJwk, RsaPublicJwk } from './key-pair.js'

const generate = promisify(nodeGenerateKeyPair)

/** What {@link generateJwkKeyPair} needs. */
export interface JwkGenerationOptions {
  type: 'P-256' | 'RSA'
  controller?: string | undefined
  id?: string | undefined
  modulusLength?: number | undefined
}

/**
 * Generates a P-256 or RSA key pair (node:crypto randomness). Default controller: the key's own
 * `did:jwk`, id `<did:jwk>#0`; with a controller, id `<controller>#<RFC 7638 thumbprint>`.
 */
export async function generateJwkKeyPair(options: JwkGenerationOptions): Promise<JwkKeyPair> {
  const privateKey = options.type === 'P-256' ? await generateEc(options) : await generateRsa(options)
  const secretKeyJwk = toPrivateJwk(privateKey.export({ format: 'jwk' }))
  const publicKeyJwk = publicPart(secretKeyJwk)
  return { type: 'JsonWebKey', keyType: options.type, ...keyIdentity(publicKeyJwk, options), publicKeyJwk, secretKeyJwk }
}

async function generateEc(options: JwkGenerationOptions): Promise<KeyObject> {
  if (options.modulusLength !== undefined) throw new InvalidArgumentError('"modulusLength" is for RSA keys only')
  return (await generate('ec', { namedCurve: 'P-256' })).privateKey
}

async function generateRsa(options: JwkGenerationOptions): Promise<KeyObject> {
  const bits = options.modulusLength ?? MIN_RSA_BITS
  if (!Number.isSafeInteger(bits) || bits < MIN_RSA_BITS || bits > MAX_RSA_BITS || bits % 8 !== 0) {
    throw new InvalidArgumentError(`"modulusLength" must be a whole number of bytes in bits from ${MIN_RSA_BITS} to ${MAX_RSA_BITS}, got ${String(options.modulusLength)}`)
  }
  return (await generate('rsa', { modulusLength: bits, publicExponent: 0x10001 })).privateKey
}

function toPrivateJwk(jwk: JsonWebKey): PrivateJwk {
  if (jwk.kty === 'EC') return { kty: 'EC', crv: 'P-256', x: jwk.x as string, y: jwk.y as string, d: jwk.d as string }
  return { kty: 'RSA', n: jwk.n as string, e: jwk.e as string, d: jwk.d as string, p: jwk.p as string, q: jwk.q as string, dp: jwk.dp as string, dq: jwk.dq as string, qi: jwk.qi as string }
}

/** The public members of a private JWK (no `kid`). */
function publicPart(jwk: PrivateJwk): EcP256PublicJwk | RsaPublicJwk {
  return jwk.kty === 'EC' ? { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y } : { kty: 'RSA', n: jwk.n, e: jwk.e }
}
