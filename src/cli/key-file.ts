import { importKeyPair, type Ed25519KeyPair } from '../keys/index.js'
import { explain, readJson } from './io.js'

/** Reads a key file (Multikey JSON or JWK) written by `mcred keygen`. */
export async function readKeyFile(path: string): Promise<Ed25519KeyPair> {
  const json = await readJson(path)
  try {
    return importKeyPair(json)
  } catch (e) {
    throw explain(path, e)
  }
}
