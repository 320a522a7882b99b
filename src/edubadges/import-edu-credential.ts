/**
 * Importing SURF eduCredentials' OB 3.0 credentials (and this library's own) into a `MicrocredentialSpec`.
 *
 * @module edubadges
 */
import { gradeScaleId } from '../build/build-achievement.js'
import { InvalidArgumentError } from '../errors/errors.js'
import type { AchievementKind } from '../model/vocabulary.js'
import type { DatesSpec, EvidenceSpec, IssuerSpec, MicrocredentialSpec, RecipientSpec, ResultSpec } from '../model/microcredential-spec.js'
import type { ResultStatusType } from '../model/ob3-base.js'
import { childPath, describeValue, ImportContext, isObject, type Node } from './import-context.js'
import { finishImport } from './finish-import.js'
import { compact, evidenceObject, readDate } from './read-helpers.js'
import { readOb3Achievement } from './read-ob3-achievement.js'
import { readOb3Issuer } from './read-ob3-issuer.js'
import type { EdubadgesImport } from './types.js'

const CREDENTIAL_TYPES = ['VerifiableCredential', 'OpenBadgeCredential', 'AchievementCredential']
const RESULT_STATUSES: readonly ResultStatusType[] = ['Completed', 'Enrolled', 'Failed', 'InProgress', 'OnHold', 'Provisional', 'Withdrew']
/** eduCredentials' schema files name the kind: `schemas/<kind>.json`, `schemas/<kind>_ects.json`, `schemas/<kind>_sbu.json`. */
const SCHEMA_KINDS: ReadonlyArray<[RegExp, AchievementKind]> = [
  [/\/microcredential(_ects|_sbu)?\.json$/, 'microcredential'],
  [/\/regular(_ects|_sbu)?\.json$/, 'regular'],
  [/\/extracurricular\.json$/, 'extracurricular'],
]
/** Plain identifiers (`hashed: false`) and the recipient field they give. */
const PLAIN_IDENTITIES: Readonly<Record<string, keyof RecipientSpec>> = {
  name: 'name', emailAddress: 'email', 'ext:eduID': 'eduId', sisSourcedId: 'studentNumber', studentId: 'studentNumber',
}

/**
 * Reads an OB 3.0 credential of SURF's eduCredentials profile (the obv3-examples, achievement type
 * `EducredentialAchievement`) into a `MicrocredentialSpec` without loss: every value lands in a spec
 * field or is named in the report. Credentials built by this library (`buildCredential`) read back the
 * same way. VCDM 1.1 dates (`issuanceDate`, `expirationDate`) are read too.
 *
 * What lands where is the reverse of docs/spec-mapping.md: EQF/NLQF/quality/learning-outcome
 * alignments become `level`, `qualityAgreement` and `learningOutcomes`, the profile terms
 * (`ECTS`, `SBU`, `timeInvestment`, `assessmentType`, `participationType`, `supervisionType`,
 * `identityChecked`, `educationProgramIdentifier`, …) their spec fields; the kind comes from
 * `achievementType` or else from eduCredentials' `credentialSchema` file names. Hashed recipient
 * identifiers, `@context`, proofs and the values buildCredential generates itself are reported.
 * The spec is then checked with `checkSpec`; each problem is a `warning` with a `spec:$…` path.
 *
 * @throws InvalidArgumentError when `credential` is not a JSON object.
 * @example
 * ```ts
 * import { importEduCredential } from 'microcredentials/edubadges'
 * const { spec, report } = importEduCredential(JSON.parse(text))
 * spec.achievement.workload // { ects: 3 }
 * report.filter((n) => n.severity === 'warning') // e.g. the schacHome identifier, which the spec cannot hold
 * ```
 */
export function importEduCredential(credential: unknown): EdubadgesImport {
  if (!isObject(credential)) {
    throw new InvalidArgumentError(`importEduCredential: the credential must be a JSON object (an OB 3.0 OpenBadgeCredential), got ${credential === null ? 'null' : Array.isArray(credential) ? 'an array' : typeof credential}`)
  }
  const ctx = new ImportContext()
  const root: Node = { value: credential, path: '$' }
  const context = ctx.take(root, '@context')
  if (context !== undefined) ctx.info(childPath('$', '@context'), `${describeValue(context)}: not imported; buildCredential writes its own pinned contexts (the profile context https://w3id.org/microcredentials/v1 replaces eduCredentials' educredential.json)`)
  const types = ctx.take(root, 'type')
  const typeList = (Array.isArray(types) ? types : [types]).filter((t) => t !== undefined)
  if (!typeList.includes('OpenBadgeCredential') && !typeList.includes('AchievementCredential')) {
    ctx.warn('$.type', `${describeValue(types)} does not say OpenBadgeCredential: read as one anyway`)
  } else if (typeList.some((t) => !CREDENTIAL_TYPES.includes(t as string))) {
    ctx.info('$.type', `${describeValue(types)}: buildCredential writes VerifiableCredential, OpenBadgeCredential`)
  }
  const id = ctx.string(root, 'id')
  const name = ctx.string(root, 'name')
  const description = ctx.string(root, 'description')

  const issuer = readIssuer(ctx, root)
  const subject = readSubject(ctx, root, issuer.id)
  const achievement = subject.achievement
  if (issuer.faculty === undefined && subject.faculty !== undefined) issuer.faculty = subject.faculty
  const wantKind = achievement.kind === undefined && achievement.achievementType === undefined
  const kind = readSchemas(ctx, root, wantKind)
  if (kind !== undefined) achievement.kind = kind
  else if (wantKind) ctx.note('warning', '$.credentialSubject.achievement', 'no achievementType and no eduCredentials schema that names the kind: achievement.kind left unset, which buildCredential treats as a microcredential; set it')
  for (const key of ['proof', 'credentialStatus']) {
    const value = ctx.take(root, key)
    if (value !== undefined) ctx.info(childPath('$', key), `the ${key} is not imported: issuing creates a new one`)
  }

  const dates = readDates(ctx, root)
  const evidence = readEvidence(ctx, root)
  const spec = {
    ...(id === undefined ? {} : { id }),
    ...(name === undefined || name === achievement.name ? {} : { name }),
    ...(description === undefined ? {} : { description }),
    issuer,
    recipient: subject.recipient ?? {},
    achievement,
    ...(dates === undefined ? {} : { dates }),
    ...(subject.result === undefined ? {} : { result: subject.result }),
    ...(evidence.length > 0 ? { evidence } : {}),
  } as MicrocredentialSpec
  return finishImport(ctx, spec, [root])
}

function readIssuer(ctx: ImportContext, root: Node): Partial<IssuerSpec> {
  const raw = root.value.issuer
  if (typeof raw === 'string') {
    ctx.use('$.issuer')
    ctx.note('warning', '$.issuer', 'the issuer is named by id only: complete issuer.name (and country, identifiers)')
    return { id: raw }
  }
  const node = ctx.object(root, 'issuer')
  return node === undefined ? {} : readOb3Issuer(ctx, node)
}

interface SubjectFacts {
  recipient?: RecipientSpec
  achievement: MicrocredentialSpec['achievement']
  faculty?: IssuerSpec['faculty']
  result?: ResultSpec
}

function readSubject(ctx: ImportContext, root: Node, issuerId: string | undefined): SubjectFacts {
  let subjectRaw = root.value.credentialSubject
  let subjectPath = '$.credentialSubject'
  if (Array.isArray(subjectRaw)) {
    subjectRaw.slice(1).forEach((_, i) => ctx.warn(`$.credentialSubject[${i + 1}]`, 'a second credential subject: not imported (the spec has one learner)'))
    subjectRaw = subjectRaw[0]
    subjectPath = '$.credentialSubject[0]'
  }
  if (!isObject(subjectRaw)) {
    ctx.warn(subjectPath, `must be an AchievementSubject (got ${describeValue(subjectRaw)}): not imported`)
    return { achievement: {} as MicrocredentialSpec['achievement'] }
  }
  const subject: Node = { value: subjectRaw, path: subjectPath }
  ctx.take(subject, 'type')
  const recipient = readRecipient(ctx, subject)
  const achievementNode = ctx.object(subject, 'achievement')
  const facts = achievementNode === undefined ? { achievement: {} } : readOb3Achievement(ctx, achievementNode, issuerId)
  const achievement = facts.achievement as MicrocredentialSpec['achievement']
  const result = readResult(ctx, subject, achievement.gradeScale?.id, achievement.id)
  return {
    achievement,
    ...(recipient === undefined ? {} : { recipient }),
    ...('faculty' in facts && facts.faculty !== undefined ? { faculty: facts.faculty } : {}),
    ...(result === undefined ? {} : { result }),
  }
}

function readRecipient(ctx: ImportContext, subject: Node): RecipientSpec | undefined {
  const recipient: RecipientSpec = {}
  const id = ctx.string(subject, 'id')
  if (id !== undefined) recipient.id = id
  for (const item of ctx.list(subject, 'identifier')) {
    if (!isObject(item.value)) { ctx.warn(item.path, `must be an IdentityObject (got ${describeValue(item.value)}): not imported`); continue }
    const o: Node = { value: item.value, path: item.path }
    ctx.take(o, 'type')
    const hashed = ctx.take(o, 'hashed')
    const type = ctx.string(o, 'identityType')
    const value = ctx.string(o, 'identityHash')
    const salt = ctx.take(o, 'salt')
    const field = type === undefined || !Object.hasOwn(PLAIN_IDENTITIES, type) ? undefined : PLAIN_IDENTITIES[type]
    if (hashed !== false) {
      ctx.warn(item.path, `the ${describeValue(type)} identifier is a salted hash (${describeValue(value)}, salt ${describeValue(salt)}): a hash cannot be turned back into the identifier; set recipient.${field ?? 'id'} if you know it`)
    } else if (field === undefined || value === undefined) {
      ctx.warn(item.path, `a plain identifier of type ${describeValue(type)} has no place in the spec: not imported`)
    } else if (recipient[field] !== undefined) {
      ctx.warn(item.path, `a second ${type} identifier: not imported (the spec has one)`)
    } else recipient[field] = value
  }
  return compact(recipient)
}

function readResult(ctx: ImportContext, subject: Node, scaleId: string | undefined, achievementId: string | undefined): ResultSpec | undefined {
  let result: ResultSpec | undefined
  for (const item of ctx.list(subject, 'result')) {
    if (result !== undefined || !isObject(item.value)) {
      ctx.warn(item.path, `${result === undefined ? 'must be a Result' : 'a second result'}: not imported (the spec has one grade)`)
      continue
    }
    const r: Node = { value: item.value, path: item.path }
    ctx.take(r, 'type')
    const ref = ctx.string(r, 'resultDescription')
    const expected = scaleId ?? (achievementId === undefined ? undefined : gradeScaleId({}, achievementId))
    if (ref !== undefined && ref !== expected) {
      ctx.warn(childPath(r.path, 'resultDescription'), `refers to ${ref}, which is not the achievement's result description${scaleId === undefined ? '' : ` (${scaleId})`}: buildCredential links the grade to the grade scale`)
    }
    let status = ctx.string(r, 'status')
    if (status !== undefined && !RESULT_STATUSES.includes(status as ResultStatusType)) {
      ctx.warn(childPath(r.path, 'status'), `${describeValue(status)} is not an OB 3.0 result status: not imported`)
      status = undefined
    }
    result = compact<ResultSpec>({ value: ctx.string(r, 'value'), status: status as ResultStatusType | undefined }) ?? {}
  }
  return result
}

/**
 * Reports each `credentialSchema` entry (a builder option, not a spec fact); the kind is read from the
 * first eduCredentials schema that names one when `wantKind` is set.
 */
function readSchemas(ctx: ImportContext, root: Node, wantKind: boolean): AchievementKind | undefined {
  let kind: AchievementKind | undefined
  for (const item of ctx.list(root, 'credentialSchema')) {
    const id = isObject(item.value) && typeof item.value.id === 'string' ? item.value.id : undefined
    const found = wantKind && kind === undefined && id !== undefined ? SCHEMA_KINDS.find(([pattern]) => pattern.test(id))?.[1] : undefined
    if (found !== undefined) kind = found
    ctx.info(item.path, id === undefined
      ? `${describeValue(item.value)}: not imported`
      : /ob_v3p0_achievementcredential_schema\.json$/.test(id)
        ? 'the 1EdTech schema: not imported; buildCredential lists it with includeCredentialSchema'
        : `${id}: not imported (buildCredential lists only the 1EdTech schema)${found === undefined ? '' : `; read as achievement.kind "${found}"`}`)
  }
  return kind
}

function readDates(ctx: ImportContext, root: Node): DatesSpec | undefined {
  const validFrom = readDate(ctx, root, 'validFrom')
  const issuance = readDate(ctx, root, 'issuanceDate')
  if (issuance !== undefined && validFrom === undefined) ctx.info('$.issuanceDate', 'VCDM 1.1 issuanceDate read as validFrom')
  else if (issuance !== undefined && issuance !== validFrom) ctx.warn('$.issuanceDate', `differs from validFrom: not imported (${issuance})`)
  const validUntil = readDate(ctx, root, 'validUntil')
  const expiration = readDate(ctx, root, 'expirationDate')
  if (expiration !== undefined && validUntil === undefined) ctx.info('$.expirationDate', 'VCDM 1.1 expirationDate read as validUntil')
  else if (expiration !== undefined && expiration !== validUntil) ctx.warn('$.expirationDate', `differs from validUntil: not imported (${expiration})`)
  const from = validFrom ?? issuance
  const awarded = readDate(ctx, root, 'awardedDate')
  return compact<DatesSpec>({
    validFrom: from, validUntil: validUntil ?? expiration,
    awardedDate: awarded !== undefined && awarded !== from ? awarded : undefined,
  })
}

function readEvidence(ctx: ImportContext, root: Node): EvidenceSpec[] {
  const out: EvidenceSpec[] = []
  for (const item of ctx.list(root, 'evidence')) {
    if (!isObject(item.value)) { ctx.warn(item.path, `must be an Evidence object (got ${describeValue(item.value)}): not imported`); continue }
    const e: Node = { value: item.value, path: item.path }
    const evidence = evidenceObject(ctx, e)
    if (evidence !== undefined) out.push(evidence)
  }
  return out
}
