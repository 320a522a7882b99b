/**
 * The options of `mcred batch`, checked before anything is read or written.
 *
 * @module cli
 */
import { availableParallelism } from 'node:os'
import type { ProofFormat } from '../../../issue/index.js'
import type { QualityProfile } from '../../../index.js'
import type { StatusPurpose } from '../../../store/index.js'
import { CliError } from '../../io.js'
import { choice } from '../../option-values.js'

const FORMATS: ProofFormat[] = ['eddsa-rdfc-2022', 'Ed25519Signature2020']
const PURPOSES: StatusPurpose[] = ['revocation', 'suspension']
const LEARNER_FORMATS = ['csv', 'jsonl'] as const
const PROFILES: QualityProfile[] = ['ob3', 'eu', 'mbo', 'hbo', 'wo', 'auto']

/** The most worker threads `--concurrency` accepts. */
export const MAX_CONCURRENCY = 256

/** `mcred batch` options as commander gives them. */
export interface BatchCliOptions {
  spec?: string
  learners?: string
  key?: string
  out?: string
  store?: string
  format?: string
  learnersFormat?: string
  profile?: string
  concurrency?: string
  statusUrl?: string
  statusPurpose?: string
  actor?: string
  json?: boolean
}

/** The checked options. */
export interface BatchSettings {
  spec: string
  learners: string
  key: string
  out: string
  store?: string
  format: ProofFormat
  learnersFormat?: 'csv' | 'jsonl'
  profile?: QualityProfile
  concurrency: number
  statusUrl?: string
  statusPurpose?: StatusPurpose
  actor?: string
  json: boolean
}

/** Checks the options; a missing or malformed one is a usage error (exit 2). */
export function batchSettings(options: BatchCliOptions): BatchSettings {
  const required = (flag: string, value: string | undefined): string => {
    if (typeof value !== 'string' || value.length === 0) throw new CliError(`${flag} is required (mcred batch --spec spec.json --learners learners.csv --key key.json --out DIR)`)
    return value
  }
  const settings: BatchSettings = {
    spec: required('--spec', options.spec),
    learners: required('--learners', options.learners),
    key: required('--key', options.key),
    out: required('--out', options.out),
    format: choice('--format', options.format ?? 'eddsa-rdfc-2022', FORMATS),
    concurrency: options.concurrency === undefined ? availableParallelism() : concurrency(options.concurrency),
    json: options.json === true,
  }
  if (options.store) settings.store = options.store
  if (options.learnersFormat !== undefined) settings.learnersFormat = choice('--learners-format', options.learnersFormat, LEARNER_FORMATS)
  if (options.profile !== undefined) settings.profile = choice('--profile', options.profile, PROFILES)
  if (options.actor !== undefined) settings.actor = options.actor
  checkStoreOptions(options, settings)
  return settings
}

function concurrency(value: string): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_CONCURRENCY) throw new CliError(`--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}; got ${JSON.stringify(value)}`)
  return n
}

function checkStoreOptions(options: BatchCliOptions, settings: BatchSettings): void {
  if (!options.store) {
    for (const [flag, value] of [['--status-url', options.statusUrl], ['--status-purpose', options.statusPurpose]] as const) {
      if (value !== undefined) throw new CliError(`${flag} needs --store (a SQLite file path or a postgres:// URL, or MCRED_STORE)`)
    }
  }
  if (options.statusUrl !== undefined) {
    if (!/^https?:\/\/[^/?#]+/i.test(options.statusUrl)) {
      throw new CliError(`--status-url must be the absolute http(s) URL where the status lists will be hosted (list n at <URL>/n); got ${JSON.stringify(options.statusUrl)}`)
    }
    settings.statusUrl = options.statusUrl
  }
  if (options.statusPurpose !== undefined) settings.statusPurpose = choice('--status-purpose', options.statusPurpose, PURPOSES)
}
