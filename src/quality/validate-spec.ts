import { buildCredential } from '../build/build-credential.js'
import { checkSpec } from '../build/check-spec.js'
import { toReport, type Finding } from '../findings/finding.js'
import type { MicrocredentialSpec } from '../model/microcredential-spec.js'
import { evaluateQuality, type QualityReport } from './evaluate-quality.js'
import type { QualityProfile } from './rule.js'

/** The issuer id used to build a spec that names none (the signing key normally fills it). */
const PLACEHOLDER_ISSUER = 'did:example:issuer-to-be-filled-by-the-signing-key'

/**
 * Validates a `MicrocredentialSpec` before anything is built or signed: structural problems of the spec
 * come first (rule `SPEC`, with paths in the spec); a well-formed spec is then built (with fixed
 * randomness) and the credential's quality findings are returned with their paths in the credential
 * the spec builds (see docs/spec-mapping.md for which spec field lands where).
 *
 * @example
 * ```ts
 * import { validateSpec } from 'microcredentials'
 * const { valid, findings } = validateSpec(JSON.parse(text), { profile: 'mbo' })
 * ```
 */
export function validateSpec(spec: unknown, options: { profile?: QualityProfile; now?: Date } = {}): QualityReport {
  const problems = checkSpec(spec, { requireIssuerId: false })
  if (problems.length > 0) {
    const findings: Finding[] = problems.map((p) => ({ rule: 'SPEC', severity: 'error', path: p.path, message: p.message, messageNl: `specificatie: ${p.message}` }))
    return { ...toReport(findings), profile: options.profile === undefined || options.profile === 'auto' ? 'eu' : options.profile }
  }
  const s = spec as MicrocredentialSpec
  let counter = 0
  const credential = buildCredential(s, {
    ...(s.issuer.id === undefined ? { issuerId: PLACEHOLDER_ISSUER } : {}),
    ...(options.now ? { now: () => options.now as Date } : {}),
    randomBytes: (n) => new Uint8Array(n).fill(7),
    uuid: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  })
  return evaluateQuality(credential, options)
}
