import { buildCredential, type MicrocredentialSpec } from '../../index.js'
import { explain, json, readJson, writeOut } from '../io.js'
import { readKeyFile } from '../key-file.js'

/** `mcred build`: spec → unsigned credential. */
export async function build(specPath: string, options: { out?: string; issuer?: string; key?: string }): Promise<number> {
  const spec = await readJson(specPath)
  const issuerId = options.issuer ?? (options.key ? (await readKeyFile(options.key)).controller : undefined)
  try {
    await writeOut(options.out, json(buildCredential(spec as MicrocredentialSpec, issuerId ? { issuerId } : {})))
  } catch (e) {
    throw explain(specPath, e)
  }
  return 0
}
