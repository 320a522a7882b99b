/** Helpers of the edubadges import tests: fixtures, the round-trip helper, and a leaf walker. */
import { readFileSync } from 'node:fs'
import { fixtureDir, fixtureJson } from '../helpers/fixtures.js'
import type { MicrocredentialSpec } from '../../src/model/microcredential-spec.js'
import { SUPERVISION_IDENTITY_CHECKED } from '../../src/model/vocabulary.js'
import { bcp47ToEdubadgesLanguage, edubadgesLanguageToBcp47 } from '../../src/edubadges/language-tags.js'

export type Json = Record<string, any>

/** A fixture of this folder (test/edubadges/fixtures). */
export function localFixture(name: string): Json {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Json
}

/** The production OB 2.0 samples of 2022. */
export const PRODUCTION = {
  assertion: (): Json => fixtureJson<Json>('edubadges-ob2/production-2022/ob3report_example_ob_2_0_assertion.json'),
  badgeClass: (): Json => fixtureJson<Json>('edubadges-ob2/production-2022/ob3report_example_ob_2_0_badgeclass.json'),
  issuer: (): Json => fixtureJson<Json>('edubadges-ob2/production-2022/ob3report_example_ob_2_0_issuer_profile.json'),
}

/** The quality framework texts edubadges attaches (shared fixture). */
export const FRAMEWORKS = fixtureJson<Record<'micro_credentials_framework' | 'micro_credentials_framework_mbo', { name: string; url: string; description: string }>>(
  'edubadges-ob2/micro_credentials_quality_frameworks.json',
)

/** Every eduCredentials example credential: [file name, credential]. */
export function eduCredentials(): Array<[string, Json]> {
  return fixtureDir('educredentials/credentials').filter((f) => f.endsWith('.json')).map((f) => [f, fixtureJson<Json>(`educredentials/credentials/${f}`)])
}

/** The badge-class part of a badge class: everything edubadges stores outside extensions and microcredential fields. */
const CORE = ['@context', 'type', 'id', 'name', 'description', 'image', 'criteria', 'tags', 'achievementType', 'alignment', 'issuer',
  // The grade of an expanded assertion sits in its badge but is the assertion's.
  'grade_achieved']

/**
 * A badge class made of the core fields of `base` (or a minimal one from a spec) and `extensions`
 * (the output of toEdubadgesExtensions), which replaces the base's alignments and issuer when it has them.
 */
export function badgeClassWith(base: Json, extensions: Record<string, unknown>): Json {
  const core = Object.fromEntries(Object.entries(base).filter(([k]) => CORE.includes(k)))
  return { ...core, type: 'BadgeClass', ...extensions }
}

/** The base badge class of a spec: its id, name, description, criteria, image and tags in OB 2.0 form. */
export function badgeClassBaseOf(spec: MicrocredentialSpec): Json {
  const a = spec.achievement
  const image = a.image === undefined ? undefined : typeof a.image === 'string' ? a.image : { id: a.image.id, ...(a.image.caption === undefined ? {} : { caption: a.image.caption }) }
  return JSON.parse(JSON.stringify({
    type: 'BadgeClass', id: a.id, name: a.name, description: a.description,
    criteria: a.criteria === undefined ? undefined : { id: a.criteria.url, narrative: a.criteria.narrative },
    image, tags: a.tags,
  })) as Json
}

/**
 * The facts of a spec that edubadges' badge class and issuer can hold (docs/edubadges.md "What does not
 * round-trip" lists what is left out here and why).
 */
export function edubadgesFacts(spec: MicrocredentialSpec, options: { supervision?: boolean } = {}): Json {
  const a = spec.achievement
  const i = spec.issuer
  const assessment = a.assessment
  const supervision = assessment?.supervision
  const quality = Array.isArray(a.qualityAgreement) ? a.qualityAgreement[0] : a.qualityAgreement
  return JSON.parse(JSON.stringify({
    issuer: {
      name: i.name, email: i.email, description: i.description, image: i.image, country: i.country,
      brin: i.identifiers?.brin, faculty: i.faculty, url: i.faculty === undefined ? i.url : undefined,
    },
    achievement: {
      id: a.id, name: a.name, description: a.description, criteria: a.criteria, image: a.image, tags: a.tags,
      kind: a.kind, sector: a.sector === 'mbo' ? 'mbo' : undefined,
      // edubadges gives a bare language its region (nl → nl_NL → nl-NL).
      language: a.language === undefined ? undefined : edubadgesLanguageToBcp47(bcp47ToEdubadgesLanguage(a.language)), learningOutcomes: a.learningOutcomes?.map((o) => (typeof o === 'string' ? o : o.text)),
      workload: a.workload, eqf: a.level?.eqf, verified: a.level?.verified,
      assessmentTypes: assessment?.types, // edubadges' booleans do not say online or onsite (read as online only when participation is only online).
      supervision: options.supervision === false ? undefined : supervision === 'supervised online' || supervision === 'onsite with identity verification' ? 'supervised with identity verification' : supervision,
      identityChecked: assessment === undefined ? undefined : assessment.identityChecked ?? (supervision === undefined ? undefined : SUPERVISION_IDENTITY_CHECKED[supervision] ?? true),
      participation: a.participation, quality, stackable: a.stackability === undefined ? undefined : a.stackability.option !== 'stand-alone',
      programmes: a.programmes?.filter((p) => /^\d+$/.test(p.code)), alignments: a.alignments?.map(({ targetType: _, ...rest }) => rest),
    },
  })) as Json
}

/** True when supervision and identityChecked contradict each other (checkSpec reports it; edubadges keeps only the booleans). */
export function supervisionContradicts(spec: MicrocredentialSpec): boolean {
  const a = spec.achievement.assessment
  if (a?.supervision === undefined || a.identityChecked === undefined) return false
  const implied = SUPERVISION_IDENTITY_CHECKED[a.supervision]
  return implied !== null && implied !== a.identityChecked
}

/** Every leaf value of a JSON document with its JSON path (`$.a.b[0]`). */
export function leaves(value: unknown, path = '$'): Array<{ path: string; value: unknown }> {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`))
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, /^[A-Za-z_$@][\w$@-]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`))
  }
  return [{ path, value }]
}
