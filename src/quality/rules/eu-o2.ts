import { SUPERVISION_IDENTITY_CHECKED, SUPERVISION_TYPES, type SupervisionType } from '../../model/vocabulary.js'
import type { CodeRule, RuleHit } from '../rule.js'
import { ACHIEVEMENT_PATH } from '../rule-helpers.js'
import { show, toon } from './core-readers.js'

const SUPERVISION_PATH = `${ACHIEVEMENT_PATH}.supervisionType`
const IDENTITY_PATH = `${ACHIEVEMENT_PATH}.identityChecked`

/** A hit when `identityChecked` is given but not a boolean, or contradicts the supervision value. */
function checkIdentity(supervision: SupervisionType | undefined, identityChecked: unknown): RuleHit | undefined {
  if (identityChecked === undefined) return undefined
  if (typeof identityChecked !== 'boolean') {
    return { path: IDENTITY_PATH, message: { en: `identityChecked is ${show(identityChecked)}, not a boolean: write true or false`, nl: `identityChecked is ${toon(identityChecked)}, geen boolean: schrijf true of false` } }
  }
  const implied = supervision === undefined ? null : SUPERVISION_IDENTITY_CHECKED[supervision]
  if (implied === null || implied === identityChecked) return undefined
  return {
    path: IDENTITY_PATH,
    message: {
      en: `identityChecked is ${identityChecked} but supervisionType "${supervision}" says the identity was ${implied ? '' : 'not '}verified: make the two agree`,
      nl: `identityChecked is ${identityChecked}, maar supervisionType "${supervision}" zegt dat de identiteit ${implied ? 'wel' : 'niet'} is gecontroleerd: laat de twee overeenkomen`,
    },
  }
}

/**
 * EU-O2 (supervision and identity verification): `supervisionType`, if given, is one of the Annex I values
 * (`SUPERVISION_TYPES`), and `identityChecked`, if given, is a boolean that agrees with it
 * ("supervised online" says nothing about identity, so either value agrees).
 *
 * @example
 * ```ts
 * evaluateQuality(cred, { profile: 'mbo' }).findings.filter((f) => f.rule === 'EU-O2')
 * // "onsite with identity verification" with identityChecked false → error at …achievement.identityChecked
 * ```
 */
export const euO2: CodeRule = {
  kind: 'code',
  id: 'EU-O2',
  severity: 'error',
  sets: ['eu'],
  title: {
    en: 'Supervision, if given, is an Annex I value and agrees with identityChecked.',
    nl: 'Toezicht is, als het gegeven is, een waarde uit bijlage I en komt overeen met identityChecked.',
  },
  source: 'EU Council Recommendation 2022, Annex I (optional: supervision and identity verification)',
  check({ achievement }): RuleHit[] {
    if (!achievement) return []
    const raw = achievement.supervisionType
    const known = (SUPERVISION_TYPES as readonly unknown[]).includes(raw) ? (raw as SupervisionType) : undefined
    const hits: RuleHit[] = []
    if (raw !== undefined && !known) {
      const list = SUPERVISION_TYPES.map((v) => `"${v}"`).join(', ')
      hits.push({ path: SUPERVISION_PATH, message: { en: `supervisionType ${show(raw)} is not an Annex I value: use one of ${list}`, nl: `supervisionType ${toon(raw)} is geen waarde uit bijlage I: gebruik een van ${list}` } })
    }
    const identity = checkIdentity(known, achievement.identityChecked)
    if (identity) hits.push(identity)
    return hits
  },
}
