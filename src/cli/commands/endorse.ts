import { buildEndorsement, type EndorsementSpec, type IssuerSpec } from '../../index.js'
import { issueCredential } from '../../issue/index.js'
import { createSigner } from '../../keys/index.js'
import { CliError, explain, json, readJson, writeOut } from '../io.js'
import { readEd25519KeyFile } from '../key-file.js'

/** Options of `mcred endorse`. */
export interface EndorseCliOptions {
  key: string
  subject: string
  endorserName?: string
  endorser?: string
  comment?: string
  name?: string
  validUntil?: string
  out?: string
}

/**
 * `mcred endorse`: the key's owner endorses an achievement, profile or credential (by id): an OB 3.0
 * EndorsementCredential, signed. The endorser is described by `--endorser FILE` (a spec issuer: name,
 * url, identifiers, address) or just `--endorser-name`; its id is the key's controller.
 */
export async function endorse(options: EndorseCliOptions): Promise<number> {
  const keyPair = await readEd25519KeyFile(options.key, 'mcred endorse (Data Integrity signing)')
  const endorser = await endorserOf(options)
  const spec: EndorsementSpec = {
    endorser,
    subjectId: options.subject,
    ...(options.comment === undefined ? {} : { comment: options.comment }),
    ...(options.name === undefined ? {} : { name: options.name }),
    ...(options.validUntil === undefined ? {} : { validUntil: options.validUntil }),
  }
  const where = options.endorser ?? 'endorsement'
  try {
    const signed = await issueCredential(buildEndorsement(spec, { issuerId: keyPair.controller }), createSigner(keyPair))
    await writeOut(options.out, json(signed))
  } catch (e) {
    throw explain(where, e)
  }
  return 0
}

async function endorserOf(options: EndorseCliOptions): Promise<IssuerSpec> {
  if (options.endorser !== undefined && options.endorserName !== undefined) throw new CliError('give --endorser FILE or --endorser-name NAME, not both')
  if (options.endorser !== undefined) {
    const value = await readJson(options.endorser)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CliError(`${options.endorser}: must be a JSON object like a spec's issuer (name, url, identifiers, address)`)
    return value as IssuerSpec
  }
  if (options.endorserName === undefined) throw new CliError('give --endorser-name NAME (or --endorser FILE with name, url, identifiers, address)')
  return { name: options.endorserName }
}
