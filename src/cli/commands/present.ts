import { createPresentation } from '../../index.js'
import { signPresentation } from '../../issue/index.js'
import { createSigner } from '../../keys/index.js'
import { CliError, explain, json, readCredentialFile, writeOut } from '../io.js'
import { readKeyFile } from '../key-file.js'
import { choice } from '../option-values.js'

/** Options of `mcred present`. */
export interface PresentCliOptions {
  key: string
  challenge?: string
  domain?: string
  format?: string
  out?: string
}

/**
 * `mcred present cred.json cred.jwt … --key holder.json --challenge C --domain D`: the holder wraps
 * its credentials (JSON files, or VC-JWT files) in a presentation for one verifier and signs it
 * (`eddsa-rdfc-2022`, or `--format vc-jwt` with any key type).
 */
export async function present(files: string[], options: PresentCliOptions): Promise<number> {
  const format = choice('--format', options.format ?? 'eddsa-rdfc-2022', ['eddsa-rdfc-2022', 'vc-jwt'] as const)
  if (!options.challenge) throw new CliError('--challenge is required: the nonce the verifier sent you')
  if (!options.domain) throw new CliError('--domain is required: the verifier the presentation is for (e.g. werkgever.example.nl)')
  if (files.length === 0) throw new CliError('give at least one credential file')
  const credentials = await Promise.all(files.map(readCredentialFile))
  const keyPair = await readKeyFile(options.key)
  if (format === 'eddsa-rdfc-2022' && keyPair.type !== 'Multikey') throw new CliError(`${options.key} holds a ${keyPair.keyType} key: --format eddsa-rdfc-2022 signs with Ed25519 keys; use --format vc-jwt`)
  try {
    const unsigned = createPresentation(credentials, keyPair.controller)
    const base = { challenge: options.challenge, domain: options.domain }
    const signer = createSigner(keyPair)
    const out = format === 'vc-jwt' ? `${await signPresentation(unsigned, signer, { ...base, format: 'vc-jwt' })}\n` : json(await signPresentation(unsigned, signer, base))
    await writeOut(options.out, out)
  } catch (e) {
    throw explain(options.key, e)
  }
  return 0
}
