import { validateCredential, type QualityProfile } from '../../index.js'
import { CliError, json, readJson } from '../io.js'
import { formatFindings } from '../format-findings.js'

const PROFILES: QualityProfile[] = ['ob3', 'eu', 'mbo', 'hbo', 'wo', 'auto']

/** `mcred validate`: findings table (or JSON); exit 1 when there are errors. */
export async function validate(path: string, options: { profile?: string; json?: boolean; lang?: string }): Promise<number> {
  const profile = (options.profile ?? 'auto') as QualityProfile
  if (!PROFILES.includes(profile)) throw new CliError(`--profile must be one of ${PROFILES.join(', ')}`)
  const report = validateCredential(await readJson(path), { profile })
  process.stdout.write(`${options.json ? json(report) : formatFindings(path, report, options.lang === 'nl' ? 'nl' : 'en')}\n`)
  return report.valid ? 0 : 1
}
