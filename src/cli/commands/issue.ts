import { buildCredential, type MicrocredentialSpec } from '../../index.js'
import { issueCredentialWithReport, type ProofFormat } from '../../issue/index.js'
import type { QualityProfile } from '../../index.js'
import { createSigner } from '../../keys/index.js'
import { CliError, explain, json, readJson, writeOut } from '../io.js'
import { readKeyFile } from '../key-file.js'

const FORMATS: ProofFormat[] = ['eddsa-rdfc-2022', 'Ed25519Signature2020']

/** `mcred issue`: spec or unsigned credential → signed credential. */
export async function issue(inputPath: string, options: { key: string; format?: string; out?: string; profile?: string; override?: string }): Promise<number> {
  const format = (options.format ?? 'eddsa-rdfc-2022') as ProofFormat
  if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}; got ${JSON.stringify(options.format)}`)
  const input = await readJson(inputPath)
  const keyPair = await readKeyFile(options.key)
  try {
    const isCredential = typeof input === 'object' && input !== null && '@context' in input
    const credential = isCredential ? (input as Record<string, unknown>) : buildCredential(input as MicrocredentialSpec, { issuerId: keyPair.controller })
    const result = await issueCredentialWithReport(credential, createSigner(keyPair), {
      format,
      ...(options.profile ? { profile: options.profile as QualityProfile } : {}),
      ...(options.override ? { qualityOverride: { reason: options.override } } : {}),
    })
    for (const f of result.override?.findings ?? []) process.stderr.write(`mcred: overridden ${f.rule} at ${f.path}: ${f.message}\n`)
    await writeOut(options.out, json(result.credential))
  } catch (e) {
    throw explain(inputPath, e)
  }
  return 0
}
