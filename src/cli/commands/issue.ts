import { buildCredential, type MicrocredentialSpec } from '../../index.js'
import { issueCredential, type ProofFormat } from '../../issue/index.js'
import { createSigner } from '../../keys/index.js'
import { CliError, explain, json, readJson, writeOut } from '../io.js'
import { readKeyFile } from '../key-file.js'

const FORMATS: ProofFormat[] = ['eddsa-rdfc-2022', 'Ed25519Signature2020']

/** `mcred issue`: spec or unsigned credential → signed credential. */
export async function issue(inputPath: string, options: { key: string; format?: string; out?: string }): Promise<number> {
  const format = (options.format ?? 'eddsa-rdfc-2022') as ProofFormat
  if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}; got ${JSON.stringify(options.format)}`)
  const input = await readJson(inputPath)
  const keyPair = await readKeyFile(options.key)
  try {
    const isCredential = typeof input === 'object' && input !== null && '@context' in input
    const credential = isCredential ? (input as Record<string, unknown>) : buildCredential(input as MicrocredentialSpec, { issuerId: keyPair.controller })
    const signed = await issueCredential(credential, createSigner(keyPair), { format })
    await writeOut(options.out, json(signed))
  } catch (e) {
    throw explain(inputPath, e)
  }
  return 0
}
