import { QUALITY_FRAMEWORKS } from '../../model/quality-frameworks.js'
import type { CodeRule, RuleContext, RuleHit } from '../rule.js'
import { ACHIEVEMENT_PATH, alignments } from '../rule-helpers.js'
import { sectorOf, show, toon } from './core-readers.js'

const PILOT_URLS: readonly unknown[] = [QUALITY_FRAMEWORKS['mbo-pilot'].url, QUALITY_FRAMEWORKS['hbo-wo-pilot'].url]

/**
 * Why the achievement counts as a microcredential, or `undefined`: a Dutch pilot profile, a `sector` term,
 * an `achievementType` that spells "microcredential" some other way, or a pilot quality framework.
 */
function microcredentialReason({ profile, achievement }: RuleContext): { en: string; nl: string } | undefined {
  if (profile !== 'eu' && profile !== 'ob3') return { en: `the ${profile} profile is for microcredentials`, nl: `het ${profile}-profiel is voor microcredentials` }
  const sector = sectorOf(achievement)
  if (sector) return { en: `the achievement has sector "${sector}"`, nl: `de achievement heeft sector "${sector}"` }
  const type = achievement?.achievementType
  if (typeof type === 'string' && /micro[\s_-]*credential/i.test(type)) return { en: 'its achievementType names a microcredential', nl: 'het achievementType noemt een microcredential' }
  if (alignments(achievement, 'ext:QualityAssurance').some(({ alignment }) => PILOT_URLS.includes(alignment.targetUrl))) {
    return { en: 'it follows a microcredential pilot quality framework', nl: 'het volgt een kwaliteitskader van een microcredentialpilot' }
  }
  return undefined
}

/**
 * OB3-MC-TYPE: a microcredential (checked under the mbo/hbo/wo profiles, or when the achievement has a
 * `sector`, a pilot quality framework, or an achievementType that spells "microcredential" differently)
 * has `achievementType: "MicroCredential"`.
 *
 * @example
 * ```ts
 * evaluateQuality(cred, { profile: 'mbo' }).findings.filter((f) => f.rule === 'OB3-MC-TYPE')
 * // achievementType "Course" → warning at $.credentialSubject.achievement.achievementType
 * ```
 */
export const ob3McType: CodeRule = {
  kind: 'code',
  id: 'OB3-MC-TYPE',
  severity: 'warning',
  sets: ['ob3'],
  title: {
    en: 'A microcredential has achievementType "MicroCredential".',
    nl: 'Een microcredential heeft achievementType "MicroCredential".',
  },
  source: 'Open Badges 3.0 (AchievementType)',
  check(context): RuleHit[] {
    const { achievement } = context
    const type = achievement?.achievementType
    if (!achievement || type === 'MicroCredential') return []
    const reason = microcredentialReason(context)
    if (!reason) return []
    const seen = type === undefined ? { en: 'no achievementType', nl: 'geen achievementType' } : { en: `achievementType ${show(type)}`, nl: `achievementType ${toon(type)}` }
    return [{
      path: `${ACHIEVEMENT_PATH}.achievementType`,
      message: {
        en: `${reason.en}, but the achievement has ${seen.en}: set achievementType to "MicroCredential"`,
        nl: `${reason.nl}, maar de achievement heeft ${seen.nl}: zet achievementType op "MicroCredential"`,
      },
    }]
  },
}
