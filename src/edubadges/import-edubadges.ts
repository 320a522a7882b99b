/**
 * Importing edubadges' Open Badges 2.0 JSON (badge class, assertion, issuer) into a `MicrocredentialSpec`.
 *
 * @module edubadges
 */
import { InvalidArgumentError } from '../errors/errors.js'
import type { AchievementSpec } from '../model/achievement-spec.js'
import type { IssuerSpec, MicrocredentialSpec } from '../model/microcredential-spec.js'
import { describeValue, ImportContext, isObject, type Json } from './import-context.js'
import { finishImport } from './finish-import.js'
import { readOb2Assertion } from './read-ob2-assertion.js'
import type { LinkedDocument } from './linked-document.js'
import { readOb2BadgeClass, type Ob2BadgeClassFacts } from './read-ob2-badge-class.js'
import { readOb2Issuer } from './read-ob2-issuer.js'
import { typesOf } from './read-helpers.js'
import type { EdubadgesImport, ImportEdubadgesOptions } from './types.js'

type Kind = 'Assertion' | 'BadgeClass' | 'Issuer'

/**
 * Reads edubadges' OB 2.0 JSON into a `MicrocredentialSpec`, with a report of every value it could
 * not map or had to interpret.
 *
 * The input is a BadgeClass, an Assertion or an Issuer (by `type`, else by shape), also in the expanded
 * forms that embed the badge class and issuer (`?expand=badge`, `?expand=micro`) with the
 * microcredential fields (`typeBadgeClass`, `participation`, `assessmentType`, `assessmentSupervised`,
 * `assessmentIdVerified`, `qualityAssuranceName/Url/Description`, `stackable`, `eqfNlqfLevelVerified`,
 * `grade_achieved`) and the 11 `extensions:*Extension` objects. Documents named only by URL can be
 * passed in `options`. Value keys are mapped with {@link EDUBADGES_VALUE_SETS}, `nl_NL` becomes
 * `nl-NL`, the learning-outcome Markdown is split with {@link splitLearningOutcomes}; docs/edubadges.md
 * has the whole table.
 *
 * Bad data never throws: it is reported (`warning`: not imported; `info`: interpreted). The spec is
 * then checked with `checkSpec`, and each problem (e.g. the learner, whom a hashed OB 2.0 recipient
 * cannot give back) is added as a `warning` with a `spec:$…` path for the caller to complete.
 *
 * @throws InvalidArgumentError when `json` is not a JSON object.
 * @example
 * ```ts
 * import { importEdubadges } from 'microcredentials/edubadges'
 * import { buildCredential, checkSpec } from 'microcredentials'
 * const { spec, report } = importEdubadges(assertionJson, { badgeClass: badgeClassJson, issuer: issuerJson })
 * for (const n of report) console.error(`${n.severity} ${n.path}: ${n.message}`)
 * spec.recipient = { eduId: 'urn:eduid:1234' } // OB 2.0 only has a hash of it
 * if (checkSpec(spec).length === 0) console.log(buildCredential(spec, { issuerId: 'did:web:school.example.nl' }))
 * ```
 */
export function importEdubadges(json: unknown, options: ImportEdubadgesOptions = {}): EdubadgesImport {
  if (!isObject(json)) {
    throw new InvalidArgumentError(`importEdubadges: the input must be a JSON object (an OB 2.0 badge class, assertion or issuer), got ${json === null ? 'null' : Array.isArray(json) ? 'an array' : typeof json}`)
  }
  const ctx = new ImportContext()
  const linkedIssuer = linked(options.issuer, 'issuer:$')
  const linkedBadgeClass = linked(options.badgeClass, 'badgeClass:$')
  const root = { value: json, path: '$' }
  const kind = kindOf(ctx, json)
  let spec: MicrocredentialSpec
  if (kind === 'Issuer') {
    spec = assemble(readOb2Issuer(ctx, root), undefined, {})
  } else if (kind === 'BadgeClass') {
    const facts = readOb2BadgeClass(ctx, root, linkedIssuer)
    spec = assemble(facts.issuer, facts.achievement, {})
    addGrade(ctx, spec, facts.grade)
  } else {
    const facts = readOb2Assertion(ctx, root, linkedBadgeClass, linkedIssuer)
    spec = assemble(facts.badgeClass?.issuer, facts.badgeClass?.achievement, {
      id: facts.id, recipient: facts.recipient, dates: facts.dates, evidence: facts.evidence,
    })
    addGrade(ctx, spec, facts.grade)
  }
  for (const [name, doc] of [['issuer', linkedIssuer], ['badgeClass', linkedBadgeClass]] as const) {
    if (doc !== undefined && !doc.used && !ctx.notes.some((n) => n.path === doc.root)) ctx.info(doc.root, `options.${name} is not used by this ${kind}`)
  }
  const documents = [root, ...[linkedIssuer, linkedBadgeClass].filter((d): d is LinkedDocument => d?.used === true && isObject(d.value)).map((d) => ({ value: d.value, path: d.root }))]
  return finishImport(ctx, spec, documents)
}

function linked(value: unknown, root: string): LinkedDocument | undefined {
  return value === undefined ? undefined : { value, root, used: false }
}

/** By `type`; else by shape: a recipient and badge make an assertion, criteria or an issuer a badge class. */
function kindOf(ctx: ImportContext, json: Json): Kind {
  const types = typesOf(json)
  for (const kind of ['Assertion', 'BadgeClass', 'Issuer'] as const) if (types.includes(kind)) return kind
  if (types.includes('Profile')) return 'Issuer'
  const guess: Kind = json.recipient !== undefined || json.badge !== undefined ? 'Assertion'
    : json.criteria !== undefined || json.issuer !== undefined ? 'BadgeClass'
      : 'Issuer'
  const hint = json.credentialSubject !== undefined ? '; it looks like an OB 3.0 credential: use importEduCredential' : ''
  ctx.note(hint === '' ? 'info' : 'warning', '$', `no OB 2.0 type (${describeValue(json.type)}): read as ${guess === 'Assertion' ? 'an' : 'a'} ${guess} by its fields${hint}`)
  return guess
}

function assemble(
  issuer: Partial<IssuerSpec> | undefined, achievement: Partial<AchievementSpec> | undefined,
  rest: Partial<Pick<MicrocredentialSpec, 'id' | 'recipient' | 'dates' | 'evidence'>>,
): MicrocredentialSpec {
  // Incomplete on purpose: finishImport reports what checkSpec misses, for the caller to complete.
  const spec = {
    ...(rest.id === undefined ? {} : { id: rest.id }),
    issuer: issuer ?? {},
    recipient: rest.recipient ?? {},
    achievement: achievement ?? {},
    ...(rest.dates === undefined ? {} : { dates: rest.dates }),
    ...(rest.evidence === undefined ? {} : { evidence: rest.evidence }),
  }
  return spec as MicrocredentialSpec
}

/** The grade → `result.value`; edubadges has no grade scale, so a minimal one is added when missing. */
function addGrade(ctx: ImportContext, spec: MicrocredentialSpec, grade: Ob2BadgeClassFacts['grade']): void {
  if (grade === undefined) return
  spec.result = { value: grade }
  if (spec.achievement.gradeScale === undefined) {
    spec.achievement.gradeScale = { name: 'Grade' }
    ctx.note('info', 'spec:$.achievement.gradeScale', 'edubadges records the grade without a scale: a grade scale named "Grade" was added; give its valueMin/valueMax or allowedValues')
  }
}
