import { access } from 'node:fs/promises'
import { exportKeyPair, generateKeyPair } from '../../keys/index.js'
import { CliError, json, writeOut } from '../io.js'

/** `mcred keygen`: writes a Multikey key file (secret included, mode 0600) and prints the issuer id. */
export async function keygen(options: { out: string; controller?: string; force?: boolean; json?: boolean }): Promise<number> {
  if (!options.force && (await exists(options.out))) throw new CliError(`${options.out}: file exists; use --force to replace it`)
  const keyPair = await generateKeyPair(options.controller ? { controller: options.controller } : {})
  await writeOut(options.out, json(exportKeyPair(keyPair, { includeSecret: true })), 0o600)
  const summary = { issuer: keyPair.controller, verificationMethod: keyPair.id, keyFile: options.out }
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
