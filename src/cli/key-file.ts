import { importKeyPair, isEd25519KeyPair, type Ed25519KeyPair, type KeyPair } from '../keys/index.js'
import { CliError, explain, readJson } from './io.js'

/**
 * Reads a key file written by `mcred keygen`: Multikey JSON (Ed25519), JsonWebKey JSON (P-256, RSA),
 * or a bare JWK.
 */
export async function readKeyFile(path: string): Promise<KeyPair> {
  const json = await readJson(path)
  try {
    return importKeyPair(json)
  } catch (e) {
    throw explain(path, e)
  }
}

/**
 * Reads a key file that must hold an Ed25519 key, for an operation that signs with a Data Integrity
 * suite (`operation` names it in the error, e.g. `mcred endorse`).
 */
export async function readEd25519KeyFile(path: string, operation: string): Promise<Ed25519KeyPair> {
  return requireEd25519(await readKeyFile(path), path, operation)
}

/** Narrows a key pair to Ed25519, or fails (exit 2) naming the file, the key and the operation. */
function requireEd25519(keyPair: KeyPair, path: string, operation: string): Ed25519KeyPair {
  if (isEd25519KeyPair(keyPair)) return keyPair
  throw new CliError(`${path}: key ${keyPair.id} is ${keyPair.keyType === 'RSA' ? 'an' : 'a'} ${keyPair.keyType} key; ${operation} needs an Ed25519 key (mcred keygen --type ed25519)`)
}
