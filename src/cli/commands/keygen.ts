import { access } from 'node:fs/promises'
import { exportKeyPair, generateKeyPair, type KeyType } from '../../keys/index.js'
import { CliError, json, writeOut } from '../io.js'
import { choice } from '../option-values.js'

/** `--type` values of `mcred keygen` and the key types they make. */
const TYPES = { ed25519: 'Ed25519', 'p-256': 'P-256', rsa: 'RSA' } as const satisfies Record<string, KeyType>

/** Help text of `mcred keygen --type`. */
export const KEYGEN_TYPE_HELP = 'key type: ed25519 (default; Data Integrity proofs and JWT EdDSA, did:key), p-256 (JWT ES256, did:jwk) or rsa (JWT RS256, 2048 bits, did:jwk)'

/** Options of `mcred keygen`. */
export interface KeygenCliOptions {
  out: string
  controller?: string
  type?: string
  force?: boolean
  json?: boolean
}

/**
 * `mcred keygen`: writes a key file (secret included, mode 0600) and prints the issuer id. Ed25519 keys
 * (the default) are written as Multikey JSON with a `did:key` issuer; `--type p-256|rsa` keys as
 * JsonWebKey JSON with a `did:jwk` issuer (or `--controller`).
 */
export async function keygen(options: KeygenCliOptions): Promise<number> {
  const type = TYPES[choice('--type', (options.type ?? 'ed25519').toLowerCase(), Object.keys(TYPES) as Array<keyof typeof TYPES>)]
  if (!options.force && (await exists(options.out))) throw new CliError(`${options.out}: file exists; use --force to replace it`)
  const keyPair = await generateKeyPair({ type, ...(options.controller ? { controller: options.controller } : {}) })
  await writeOut(options.out, json(exportKeyPair(keyPair, { includeSecret: true })), 0o600)
  const summary = { issuer: keyPair.controller, verificationMethod: keyPair.id, keyType: type, keyFile: options.out }
  process.stdout.write(options.json ? `${json(summary)}\n` : `${keyPair.controller}\n`)
  return 0
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}
