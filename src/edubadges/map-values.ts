/** Internal: lookups in {@link EDUBADGES_VALUE_SETS}, both ways. */
import type { AssessmentSpec } from '../model/achievement-spec.js'
import {
  ASSESSMENT_TYPES, PARTICIPATION_TYPES, SUPERVISION_IDENTITY_CHECKED,
  type AchievementKind, type AssessmentType, type ParticipationType, type SupervisionType,
} from '../model/vocabulary.js'
import { describeValue, type ImportContext } from './import-context.js'
import { EDUBADGES_VALUE_SETS, type EdubadgesValueRow } from './value-sets.js'

/**
 * The two comma-joined value sets.
 *
 * @example
 * ```ts
 * const set: KeyedSet = 'participation'
 * ```
 */
export type KeyedSet = 'participation' | 'assessment'

type SpecValue<S extends KeyedSet> = S extends 'participation' ? ParticipationType : AssessmentType

const SPEC_VALUES: Readonly<Record<KeyedSet, readonly string[]>> = { participation: PARTICIPATION_TYPES, assessment: ASSESSMENT_TYPES }
const LABEL: Readonly<Record<KeyedSet, string>> = { participation: 'participation', assessment: 'assessment type' }

/**
 * Reads a comma-joined key list (or a list of keys, or of EU phrases) into spec values, each once: in
 * the order of the spec's value list (`order: 'canonical'`, for edubadges' sorted keys) or as given
 * (`'input'`, for OB 3.0 lists). Unknown keys and keys without a spec value are reported; a mapping
 * that changed the wording gets one `info` note.
 *
 * @example
 * ```ts
 * readKeyedValues(ctx, 'participation', 'blended,online', '$.participation') // ['online', 'onsite or blended']
 * ```
 */
export function readKeyedValues<S extends KeyedSet>(ctx: ImportContext, set: S, raw: unknown, path: string, order: 'canonical' | 'input' = 'canonical'): Array<SpecValue<S>> {
  const rows = EDUBADGES_VALUE_SETS[set] as readonly EdubadgesValueRow<SpecValue<S>>[]
  const keys = splitKeys(raw)
  if (keys === undefined) {
    ctx.warn(path, `must be comma-joined edubadges keys or a list of them (got ${describeValue(raw)}): not imported`)
    return []
  }
  const found = new Set<string>()
  const interpreted: string[] = []
  for (const key of keys) {
    if ((SPEC_VALUES[set] as readonly string[]).includes(key)) { found.add(key); continue }
    const row = rows.find((r) => r.edubadges === key.toLowerCase())
    if (row === undefined) {
      ctx.warn(path, `unknown ${LABEL[set]} key "${key}": not imported (known: ${rows.map((r) => r.edubadges).join(', ')})`)
    } else if (row.spec === null) {
      ctx.warn(path, `${LABEL[set]} "${key}" has no EU Annex I counterpart (${row.note ?? 'choose one'}): not imported`)
    } else {
      found.add(row.spec)
      interpreted.push(`"${key}" as "${row.spec}"`)
    }
  }
  if (interpreted.length > 0) ctx.info(path, `read ${LABEL[set]} ${interpreted.join(', ')} (docs/edubadges.md value sets)`)
  ctx.use(path)
  return order === 'input' ? [...found] as Array<SpecValue<S>> : (SPEC_VALUES[set] as ReadonlyArray<SpecValue<S>>).filter((v) => found.has(v))
}

/** `"blended,online"`, `["blended", "online"]` → keys; undefined for anything else. */
function splitKeys(raw: unknown): string[] | undefined {
  const parts = typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) && raw.every((x) => typeof x === 'string') ? raw as string[] : undefined
  if (parts === undefined) return undefined
  return parts.map((p) => p.trim()).filter((p) => p !== '')
}

/**
 * Spec values → edubadges keys, comma-joined and sorted as edubadges stores them; `undefined` when empty.
 *
 * @example
 * ```ts
 * writeKeyedValues('participation', ['onsite or blended', 'online']) // 'online,onsite'
 * ```
 */
export function writeKeyedValues(set: KeyedSet, values: readonly string[] | undefined): string | undefined {
  const rows = EDUBADGES_VALUE_SETS[set] as readonly EdubadgesValueRow<string>[]
  const keys = new Set<string>()
  for (const value of values ?? []) {
    const row = rows.find((r) => r.export && r.spec === value)
    if (row !== undefined) keys.add(row.edubadges)
  }
  return keys.size === 0 ? undefined : [...keys].sort().join(',')
}

/**
 * The supervision value of edubadges' two booleans (`null` when none fits) and whether
 * `identityChecked` must be written (only when the supervision value does not already imply it).
 *
 * @example
 * ```ts
 * supervisionFromBooleans(true, false, ['online']) // { supervision: 'supervised with no identity verification' }
 * ```
 */
export function supervisionFromBooleans(
  supervised: boolean | undefined, idVerified: boolean | undefined, participation: readonly string[],
): { supervision?: SupervisionType; identityChecked?: boolean; unmatched?: string } {
  if (supervised === undefined) return idVerified === undefined ? {} : { identityChecked: idVerified }
  const row = EDUBADGES_VALUE_SETS.supervision.find((r) => r.assessmentSupervised === supervised && r.assessmentIdVerified === (idVerified ?? false))
  if (row === undefined || row.spec === null) {
    return { ...(idVerified === undefined ? {} : { identityChecked: idVerified }), unmatched: row?.note ?? 'no Annex I value' }
  }
  const supervision: SupervisionType = row.spec === 'onsite with identity verification' && participation.length === 1 && participation[0] === 'online'
    ? 'supervised online'
    : row.spec
  const implied = SUPERVISION_IDENTITY_CHECKED[supervision] ?? true
  return idVerified === undefined || idVerified === implied ? { supervision } : { supervision, identityChecked: idVerified }
}

/**
 * The two booleans for a spec's assessment: from the supervision value's row, `identityChecked`
 * (explicit, else implied) for `assessmentIdVerified`.
 *
 * @example
 * ```ts
 * supervisionToBooleans({ types: ['testing'], supervision: 'supervised online' }) // { assessmentSupervised: true, assessmentIdVerified: true }
 * ```
 */
export function supervisionToBooleans(assessment: AssessmentSpec | undefined): { assessmentSupervised?: boolean; assessmentIdVerified?: boolean } {
  if (assessment === undefined) return {}
  const out: { assessmentSupervised?: boolean; assessmentIdVerified?: boolean } = {}
  const supervision = assessment.supervision
  if (supervision !== undefined) {
    const row = EDUBADGES_VALUE_SETS.supervision.find((r) => (r.export as readonly string[]).includes(supervision))
    if (row !== undefined) {
      out.assessmentSupervised = row.assessmentSupervised
      out.assessmentIdVerified = row.assessmentIdVerified
    }
  }
  if (assessment.identityChecked !== undefined) out.assessmentIdVerified = assessment.identityChecked
  return out
}

/**
 * The kind of an edubadges badge class type (`micro_credential` → `microcredential`); undefined when unknown.
 *
 * @example
 * ```ts
 * kindFromBadgeClassType('extra_curricular') // 'extracurricular'
 * ```
 */
export function kindFromBadgeClassType(value: string): AchievementKind | undefined {
  return EDUBADGES_VALUE_SETS.badgeClassType.find((r) => r.edubadges === value.trim().toLowerCase())?.spec ?? undefined
}

/**
 * The edubadges badge class type of a kind.
 *
 * @example
 * ```ts
 * badgeClassTypeOf('microcredential') // 'micro_credential'
 * ```
 */
export function badgeClassTypeOf(kind: AchievementKind): string | undefined {
  return EDUBADGES_VALUE_SETS.badgeClassType.find((r) => r.export && r.spec === kind)?.edubadges
}
