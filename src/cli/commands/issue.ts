import { buildCredential, type MicrocredentialSpec } from '../../index.js'
import { issueCredentialWithReport, type IssueResult, type JwtAlgorithm, type JwtForm, type JwtIssueResult, type ProofFormat } from '../../issue/index.js'
import type { QualityProfile } from '../../index.js'
import { createSigner, type KeyPair } from '../../keys/index.js'
import { describeStoreLocation, StoreError, type IssuanceStore, type StatusPurpose } from '../../store/index.js'
import { CliError, explain, json, readJson, writeOut } from '../io.js'
import { readKeyFile } from '../key-file.js'
import { choice, defaultActor } from '../option-values.js'
import { storeFailure, withIssuingStore } from '../store-location.js'

const FORMATS: Array<ProofFormat | 'vc-jwt'> = ['eddsa-rdfc-2022', 'Ed25519Signature2020', 'vc-jwt']
const ALGORITHMS: JwtAlgorithm[] = ['EdDSA', 'ES256', 'RS256']
const JWT_FORMS: JwtForm[] = ['vcdm2', 'vc-claim']
const PURPOSES: StatusPurpose[] = ['revocation', 'suspension']

/** Options of `mcred issue`. */
export interface IssueCliOptions {
  key: string
  format?: string
  alg?: string
  jwtForm?: string
  out?: string
  profile?: string
  override?: string
  store?: string
  idempotencyKey?: string
  statusUrl?: string
  statusPurpose?: string
  actor?: string
}

/**
 * `mcred issue`: spec or unsigned credential → signed credential. With `--store` (or `MCRED_STORE`)
 * the credential gets a status list entry and a record in the store, once per idempotency key.
 */
export async function issue(inputPath: string, options: IssueCliOptions): Promise<number> {
  const format = choice('--format', options.format ?? 'eddsa-rdfc-2022', FORMATS)
  checkStoreOptions(options)
  checkJwtOptions(format, options)
  const input = await readJson(inputPath)
  const keyPair = await readKeyFile(options.key)
  const credential = unsignedCredential(inputPath, input, keyPair)
  if (format === 'vc-jwt') return issueJwt(inputPath, credential, keyPair, options)
  if (keyPair.type !== 'Multikey') throw new CliError(`${options.key} holds a ${keyPair.keyType} key: --format ${format} signs with Ed25519 keys; use --format vc-jwt`)
  const sign = (store?: IssuanceStore) => issueCredentialWithReport(credential, createSigner(keyPair), {
    format,
    ...(options.profile ? { profile: options.profile as QualityProfile } : {}),
    ...(options.override ? { qualityOverride: { reason: options.override } } : {}),
    ...(store ? { store, actor: options.actor ?? defaultActor() } : {}),
    ...(store && options.idempotencyKey !== undefined ? { idempotencyKey: options.idempotencyKey } : {}),
  })
  const result = options.store ? await issueInStore(inputPath, options.store, options, sign) : await signOrExplain(inputPath, sign)
  for (const f of result.override?.findings ?? []) process.stderr.write(`mcred: overridden ${f.rule} at ${f.path}: ${f.message}\n`)
  if (result.reused && result.record) process.stderr.write(`mcred: ${reuseNote(result, options.store as string)}\n`)
  try {
    await writeOut(options.out, json(result.credential))
  } catch (e) {
    if (!result.record) throw e
    const retry = result.record.idempotencyKey === undefined ? '' : `; run again with --idempotency-key ${JSON.stringify(result.record.idempotencyKey)} to get it`
    throw new CliError(`${(e as Error).message}. Credential ${result.record.credentialId} is recorded in the store${retry}`)
  }
  return 0
}

/** `--format vc-jwt`: the compact JWS, one line, to the output. */
async function issueJwt(inputPath: string, credential: Record<string, unknown>, keyPair: KeyPair, options: IssueCliOptions): Promise<number> {
  const result = await signOrExplain<JwtIssueResult>(inputPath, () => issueCredentialWithReport(credential, createSigner(keyPair), {
    format: 'vc-jwt',
    ...(options.alg ? { alg: options.alg as JwtAlgorithm } : {}),
    ...(options.jwtForm ? { jwtForm: options.jwtForm as JwtForm } : {}),
    ...(options.profile ? { profile: options.profile as QualityProfile } : {}),
    ...(options.override ? { qualityOverride: { reason: options.override } } : {}),
  }))
  for (const f of result.override?.findings ?? []) process.stderr.write(`mcred: overridden ${f.rule} at ${f.path}: ${f.message}\n`)
  await writeOut(options.out, `${result.jwt}\n`)
  return 0
}

function checkJwtOptions(format: string, options: IssueCliOptions): void {
  if (options.alg !== undefined) choice('--alg', options.alg, ALGORITHMS)
  if (options.jwtForm !== undefined) choice('--jwt-form', options.jwtForm, JWT_FORMS)
  if (format !== 'vc-jwt' && (options.alg !== undefined || options.jwtForm !== undefined)) throw new CliError('--alg and --jwt-form go with --format vc-jwt')
  if (format === 'vc-jwt' && options.store) throw new CliError('--store keeps Data Integrity credentials only; issue vc-jwt credentials without --store')
}

function checkStoreOptions(options: IssueCliOptions): void {
  if (!options.store) {
    for (const [flag, value] of [['--idempotency-key', options.idempotencyKey], ['--status-url', options.statusUrl], ['--status-purpose', options.statusPurpose]] as const) {
      if (value !== undefined) throw new CliError(`${flag} needs --store (a SQLite file path or a postgres:// URL, or MCRED_STORE)`)
    }
  }
  if (options.statusUrl !== undefined && !/^https?:\/\/[^/?#]+/i.test(options.statusUrl)) {
    throw new CliError(`--status-url must be the absolute http(s) URL where the status lists will be hosted (list n at <URL>/n); got ${JSON.stringify(options.statusUrl)}`)
  }
  if (options.statusPurpose !== undefined) choice('--status-purpose', options.statusPurpose, PURPOSES)
  if (options.idempotencyKey !== undefined && options.idempotencyKey.length === 0) throw new CliError('--idempotency-key must not be empty')
}

function unsignedCredential(inputPath: string, input: unknown, keyPair: KeyPair): Record<string, unknown> {
  try {
    const isCredential = typeof input === 'object' && input !== null && '@context' in input
    return isCredential ? (input as Record<string, unknown>) : (buildCredential(input as MicrocredentialSpec, { issuerId: keyPair.controller }) as unknown as Record<string, unknown>)
  } catch (e) {
    throw explain(inputPath, e)
  }
}

async function signOrExplain<R = IssueResult>(inputPath: string, sign: () => Promise<R>): Promise<R> {
  try {
    return await sign()
  } catch (e) {
    throw explain(inputPath, e)
  }
}

/** Issues into the store (see `withIssuingStore`), store errors naming the store. */
async function issueInStore(inputPath: string, location: string, options: IssueCliOptions, sign: (store: IssuanceStore) => Promise<IssueResult>): Promise<IssueResult> {
  return withIssuingStore(location, options, async (store) => {
    try {
      return await sign(store)
    } catch (e) {
      throw e instanceof StoreError ? storeFailure(location, e) : explain(inputPath, e)
    }
  })
}

function reuseNote(result: IssueResult, location: string): string {
  const record = result.record as NonNullable<IssueResult['record']>
  const why = record.idempotencyKey === undefined ? `credential ${record.credentialId} is already` : `idempotency key ${JSON.stringify(record.idempotencyKey)} was already used`
  return `${why} in store ${describeStoreLocation(location)}: returning credential ${record.credentialId} as issued at ${record.issuedAt} (not signed again)`
}
