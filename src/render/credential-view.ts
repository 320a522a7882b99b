/**
 * Internal: the facts a badge or a credential page shows, read from an OB 3.0 credential of any
 * shape. Untrusted input: every reader tolerates anything (a wrong type reads as missing), and the
 * strings are returned raw (the renderers sanitise and escape them). Paths as docs/spec-mapping.md.
 *
 * @module render
 */
import { isEndorsementCredential } from '../lib/credential-kind.js'
import { isMicrocredential } from '../quality/profiles.js'
import { asObject } from '../quality/rule-helpers.js'

/** A learning outcome: the `ext:LearningOutcome` alignment. */
export interface OutcomeView {
  text: string
  url?: string
  framework?: string
  code?: string
  description?: string
}

/** A quality agreement: the `ext:QualityAssurance` alignment. */
export interface QualityView {
  name?: string
  url?: string
  text?: string
  code?: string
}

/** An identifier with its type (`ext:BRIN`, `ext:CREBO`, ...). */
export interface IdentifierView {
  type: string
  value: string
}

/** Everything the renderers show; missing facts are `undefined` or empty arrays. */
export interface CredentialView {
  credentialId?: string
  /** `$.name`, else the achievement name. */
  title?: string
  achievementName?: string
  achievementId?: string
  achievementType?: string
  /** True when the watermark applies (see {@link readCredentialView}). */
  microcredential: boolean
  sector?: string
  issuer: {
    id?: string
    name?: string
    url?: string
    email?: string
    country?: string
    locality?: string
    identifiers: IdentifierView[]
    imageDataUrlCandidate?: string
  }
  faculty?: { name?: string; url?: string }
  learner: {
    /** A plain-text name (`identityType: "name"`, `hashed: false`, or `credentialSubject.name`). */
    name?: string
    /** `credentialSubject.id` (a DID or URI). */
    id?: string
    /** Identity types recorded hashed (never their hash or salt). */
    hashedTypes: string[]
    /** Other identifiers recorded in plain text. */
    plain: IdentifierView[]
  }
  validFrom?: string
  validUntil?: string
  awardedDate?: string
  description?: string
  criteriaNarrative?: string
  criteriaUrl?: string
  learningOutcomes: OutcomeView[]
  workload: { ects?: number | string; sbu?: number | string; hours?: number | string }
  eqf?: string
  nlqf?: string
  levelVerified?: boolean
  assessmentTypes: string[]
  supervision?: string
  identityChecked?: boolean
  participation: string[]
  grade?: { value: string; scaleName?: string; requiredValue?: string; status?: string }
  language?: string
  prerequisites?: string
  targetGroup?: string
  stackability?: string
  stackableTowards: Array<{ name: string; url?: string }>
  programmes: IdentifierView[]
  qualityAgreements: QualityView[]
  achievementImageDataUrlCandidate?: string
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
}

/** A non-empty string (trimmed test), else `undefined`. */
function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/** A string, or a finite number written as a string; for codes and levels. */
function strOrNumber(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return str(value)
}

/** A finite number, or a non-empty string (shown as written). */
function amount(value: unknown): number | string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  return str(value)
}

function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined
}

/** The strings of a value that may be one string or an array of them. */
function strings(value: unknown): string[] {
  return asArray(value).map(str).filter((s): s is string => s !== undefined)
}

/** `image` as a string or an `{ id }` object: its URL. */
function imageUrl(value: unknown): string | undefined {
  return str(value) ?? str(asObject(value)?.id)
}

function identifiers(value: unknown): IdentifierView[] {
  const out: IdentifierView[] = []
  for (const entry of asArray(value)) {
    const o = asObject(entry)
    const id = strOrNumber(o?.identifier)
    if (o && id !== undefined) out.push({ type: str(o.identifierType) ?? '', value: id })
  }
  return out
}

/** The `ext:` alignments of one target type. */
function alignments(achievement: Record<string, unknown> | undefined, targetType: string): Array<Record<string, unknown>> {
  return asArray(achievement?.alignment).map(asObject).filter((a): a is Record<string, unknown> => a !== undefined && a.targetType === targetType)
}

function firstSubject(credential: Record<string, unknown>): Record<string, unknown> | undefined {
  return asObject(asArray(credential.credentialSubject)[0])
}

/**
 * True when the badge carries the microcredential watermark: `achievementType` is `MicroCredential`;
 * or, when the achievement names no type at all, the project's own test (`isMicrocredential`: a
 * `sector` term or a pilot quality agreement). An achievement that names another type (`Course`,
 * `CoCurricular`, ...) never gets it, whatever else it carries. edubadges' own OB3 examples name no
 * type either and mark a microcredential by listing its `.../schemas/microcredential.json` schema.
 */
function watermarked(credential: Record<string, unknown>, achievement: Record<string, unknown> | undefined): boolean {
  if (isEndorsementCredential(credential) || achievement === undefined) return false
  const type = achievement.achievementType
  if (type === undefined) return isMicrocredential({ ...credential, credentialSubject: { achievement } }) || edubadgesMicrocredential(credential)
  return typeof type === 'string' && /^(ext:)?micro-?credential$/i.test(type)
}

/** edubadges' eduCredentials profile marks a microcredential by listing its `microcredential.json` schema. */
function edubadgesMicrocredential(credential: Record<string, unknown>): boolean {
  return asArray(credential.credentialSchema).some((s) => /\/schemas\/microcredential\.json$/.test(str(asObject(s)?.id) ?? ''))
}

/** Reads the facts to show from a credential (`$`), leniently. */
export function readCredentialView(credential: Record<string, unknown>): CredentialView {
  const subject = firstSubject(credential)
  const achievement = asObject(subject?.achievement)
  const issuerObject = asObject(credential.issuer)
  const address = asObject(issuerObject?.address)
  const creator = asObject(achievement?.creator)
  const result = asObject(asArray(subject?.result)[0])
  const scales = asArray(achievement?.resultDescription).map(asObject).filter((d): d is Record<string, unknown> => d !== undefined)
  const resultScaleId = str(result?.resultDescription)
  const scale = scales.find((d) => resultScaleId !== undefined && d.id === resultScaleId) ?? scales[0]
  const gradeValue = strOrNumber(result?.value)
  const criteria = asObject(achievement?.criteria)

  const learner: CredentialView['learner'] = { hashedTypes: [], plain: [] }
  learner.id = str(subject?.id)
  for (const entry of asArray(subject?.identifier)) {
    const o = asObject(entry)
    if (!o) continue
    const type = str(o.identityType) ?? ''
    if (o.hashed === false && typeof o.identityHash === 'string' && o.identityHash.trim() !== '') {
      if (type === 'name') learner.name ??= o.identityHash
      else learner.plain.push({ type, value: o.identityHash })
    } else if (!learner.hashedTypes.includes(type)) {
      learner.hashedTypes.push(type)
    }
  }
  learner.name ??= str(subject?.name)

  const eqf = alignments(achievement, 'ext:EQF')[0]
  const nlqf = alignments(achievement, 'ext:NLQF')[0]
  const name = str(achievement?.name)
  const programmes = identifiers(achievement?.otherIdentifier)
  for (const code of asArray(achievement?.educationProgramIdentifier).map(strOrNumber)) {
    if (code !== undefined && !programmes.some((p) => p.value === code)) programmes.push({ type: '', value: code })
  }

  return {
    credentialId: str(credential.id),
    title: str(credential.name) ?? name,
    achievementName: name,
    achievementId: str(achievement?.id),
    achievementType: str(achievement?.achievementType),
    microcredential: watermarked(credential, achievement),
    sector: str(achievement?.sector),
    issuer: {
      id: str(issuerObject?.id) ?? str(credential.issuer),
      name: str(issuerObject?.name),
      url: str(issuerObject?.url),
      email: str(issuerObject?.email),
      country: str(address?.addressCountry) ?? str(address?.addressCountryCode),
      locality: str(address?.addressLocality),
      identifiers: identifiers(issuerObject?.otherIdentifier),
      imageDataUrlCandidate: imageUrl(issuerObject?.image),
    },
    faculty: creator && (str(creator.name) !== undefined) && str(creator.name) !== str(issuerObject?.name)
      ? { name: str(creator.name), url: str(creator.url) }
      : undefined,
    learner,
    validFrom: str(credential.validFrom) ?? str(credential.issuanceDate),
    validUntil: str(credential.validUntil) ?? str(credential.expirationDate),
    awardedDate: str(credential.awardedDate),
    description: str(achievement?.description) ?? str(credential.description),
    criteriaNarrative: str(criteria?.narrative),
    criteriaUrl: str(criteria?.id),
    learningOutcomes: alignments(achievement, 'ext:LearningOutcome').flatMap((a) => {
      const text = str(a.targetName)
      return text === undefined ? [] : [{
        text, url: str(a.targetUrl), framework: str(a.targetFramework), code: strOrNumber(a.targetCode), description: str(a.targetDescription),
      }]
    }),
    workload: {
      ects: amount(achievement?.ECTS) ?? amount(achievement?.creditsAvailable),
      sbu: amount(achievement?.SBU),
      hours: amount(achievement?.timeInvestment),
    },
    eqf: strOrNumber(eqf?.targetCode) ?? str(eqf?.targetName),
    nlqf: strOrNumber(nlqf?.targetCode) ?? str(nlqf?.targetName),
    levelVerified: bool(achievement?.levelVerified),
    assessmentTypes: strings(achievement?.assessmentType),
    supervision: str(achievement?.supervisionType),
    identityChecked: bool(achievement?.identityChecked),
    participation: strings(achievement?.participationType),
    grade: gradeValue === undefined ? undefined : {
      value: gradeValue, scaleName: str(scale?.name), requiredValue: strOrNumber(scale?.requiredValue), status: str(result?.status),
    },
    language: str(achievement?.inLanguage) ?? strings(achievement?.inLanguage)[0],
    prerequisites: str(achievement?.prerequisites),
    targetGroup: str(achievement?.targetGroup),
    stackability: str(achievement?.stackability),
    stackableTowards: asArray(achievement?.stackableTowards).flatMap((t) => {
      const o = asObject(t)
      const n = str(o?.name)
      return n === undefined ? [] : [{ name: n, url: str(o?.id) }]
    }),
    programmes,
    qualityAgreements: alignments(achievement, 'ext:QualityAssurance').map((a) => ({
      name: str(a.targetName), url: str(a.targetUrl), text: str(a.targetDescription), code: strOrNumber(a.targetCode),
    })).filter((q) => q.name !== undefined || q.url !== undefined || q.text !== undefined),
    achievementImageDataUrlCandidate: imageUrl(achievement?.image),
  }
}
