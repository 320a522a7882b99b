import type { Ed25519KeyPair, KeyPair } from './key-pair.js'

/**
 * True when the key pair is an Ed25519 (Multikey) key pair: the kind the Data Integrity suites
 * (`eddsa-rdfc-2022`, `Ed25519Signature2020`) sign with. A P-256 or RSA key pair is a `JwkKeyPair`.
 *
 * @example
 * ```ts
 * import { importKeyPair, isEd25519KeyPair } from 'microcredentials/keys'
 * const keyPair = importKeyPair(json)
 * if (!isEd25519KeyPair(keyPair)) throw new Error(`key ${keyPair.id} is a ${keyPair.keyType} key; Data Integrity signing needs an Ed25519 key`)
 * keyPair.publicKeyMultibase // narrowed to Ed25519KeyPair
 * ```
 */
export function isEd25519KeyPair(k: KeyPair): k is Ed25519KeyPair {
  return typeof k === 'object' && k !== null && k.type === 'Multikey'
}

/** Internal: why a key pair that is not Ed25519 cannot do `operation` ("key X is a P-256 key; …"). */
export function notEd25519Message(keyPair: KeyPair, operation: string): string {
  const kind = isEd25519KeyPair(keyPair) ? 'an Ed25519' : `${keyPair.keyType === 'RSA' ? 'an' : 'a'} ${keyPair.keyType}`
  return `key ${keyPair.id} is ${kind} key; ${operation} needs an Ed25519 key`
}
