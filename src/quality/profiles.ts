import { isEndorsementCredential } from '../lib/credential-kind.js'
import { QUALITY_FRAMEWORKS } from '../model/quality-frameworks.js'
import type { ProfileName, RuleSet } from './rule.js'
import { alignments, asObject } from './rule-helpers.js'

/** The rule sets of each profile (quality-rules.md). */
export const PROFILE_SETS: Readonly<Record<ProfileName, readonly RuleSet[]>> = {
  ob3: ['ob3'],
  eu: ['ob3', 'eu'],
  mbo: ['ob3', 'eu', 'nl', 'mbo', 'lo'],
  hbo: ['ob3', 'eu', 'nl', 'ho', 'lo'],
  wo: ['ob3', 'eu', 'nl', 'ho', 'lo'],
}

/**
 * Picks the profile for `auto`: `ob3` for an EndorsementCredential; else the achievement's `sector`
 * term (mbo, hbo, wo) first, then the quality agreement (the mbo pilot framework → mbo, the hbo/wo
 * framework → hbo), else `eu` (quality-rules.md).
 *
 * @example
 * ```ts
 * detectProfile(credential) // 'mbo'
 * ```
 */
export function detectProfile(credential: unknown): ProfileName {
  // An endorsement is not a microcredential: the OB 3.0 rules (its own schema) are all that apply.
  if (isEndorsementCredential(credential)) return 'ob3'
  const achievement = asObject(asObject(asObject(credential)?.credentialSubject)?.achievement)
  const sector = achievement?.sector
  if (sector === 'mbo' || sector === 'hbo' || sector === 'wo') return sector
  const urls = alignments(achievement, 'ext:QualityAssurance').map(({ alignment }) => alignment.targetUrl)
  if (urls.includes(QUALITY_FRAMEWORKS['mbo-pilot'].url)) return 'mbo'
  if (urls.includes(QUALITY_FRAMEWORKS['hbo-wo-pilot'].url)) return 'hbo'
  return 'eu'
}

/**
 * True when a credential presents itself as a microcredential: `achievementType: "MicroCredential"`,
 * a `sector`, or a pilot quality agreement.
 *
 * @example
 * ```ts
 * isMicrocredential(credential) // true for the mbo example
 * ```
 */
export function isMicrocredential(credential: unknown): boolean {
  const achievement = asObject(asObject(asObject(credential)?.credentialSubject)?.achievement)
  return achievement?.achievementType === 'MicroCredential' || detectProfile(credential) !== 'eu'
}
