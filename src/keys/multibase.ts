import { base58btc } from 'multiformats/bases/base58'
import { InvalidKeyError } from '../errors/errors.js'

const PUB_HEADER = [0xed, 0x01] as const
const SECRET_HEADER = [0x80, 0x26] as const

/** Encodes a 32-byte Ed25519 public key as Multikey `publicKeyMultibase`. */
export function encodePublicKey(publicKey: Uint8Array): string {
  return base58btc.encode(Uint8Array.from([...PUB_HEADER, ...publicKey]))
}

/** Encodes seed ‖ public key (64 bytes) as Multikey `secretKeyMultibase`. */
export function encodeSecretKey(seed: Uint8Array, publicKey: Uint8Array): string {
  return base58btc.encode(Uint8Array.from([...SECRET_HEADER, ...seed, ...publicKey]))
}

/** Decodes `publicKeyMultibase` to the 32 key bytes, strictly (header, length). */
export function decodePublicKey(value: unknown, where: string): Uint8Array {
  const bytes = decodeWithHeader(value, PUB_HEADER, where, 'publicKeyMultibase')
  if (bytes.length !== 32) throw new InvalidKeyError(`${where}: publicKeyMultibase must hold 32 key bytes, got ${bytes.length}`)
  return bytes
}

/** Decodes `secretKeyMultibase` to the 32-byte seed (accepts seed, or seed ‖ public key). */
export function decodeSecretSeed(value: unknown, where: string): Uint8Array {
  const bytes = decodeWithHeader(value, SECRET_HEADER, where, 'secretKeyMultibase')
  if (bytes.length !== 32 && bytes.length !== 64) {
    throw new InvalidKeyError(`${where}: secretKeyMultibase must hold 32 or 64 bytes, got ${bytes.length}`)
  }
  return bytes.slice(0, 32)
}

function decodeWithHeader(value: unknown, header: readonly number[], where: string, name: string): Uint8Array {
  if (typeof value !== 'string' || !value.startsWith('z')) {
    throw new InvalidKeyError(`${where}: ${name} must be a base58btc multibase string starting with "z"`)
  }
  let bytes: Uint8Array
  try {
    bytes = base58btc.decode(value)
  } catch (cause) {
    throw new InvalidKeyError(`${where}: ${name} is not valid base58btc`, { cause })
  }
  if (bytes[0] !== header[0] || bytes[1] !== header[1]) {
    throw new InvalidKeyError(`${where}: ${name} does not carry the Ed25519 multicodec header`)
  }
  return bytes.slice(2)
}
