/**
 * Building an unsigned Open Badges 3.0 / VCDM 2.0 credential from a `MicrocredentialSpec`.
 *
 * @module build
 */
import { MICROCREDENTIALS_CONTEXT, OB_EXTENSIONS_CONTEXT, OB_V3_CONTEXT, VC_V2_CONTEXT } from '../contexts/urls.js'
import { InvalidSpecError } from '../errors/errors.js'
import type { AchievementSubject, Evidence, Result } from '../model/achievement-subject.js'
import type { CredentialSchema, CredentialStatus, OpenBadgeCredential } from '../model/credential.js'
import type { EvidenceSpec, MicrocredentialSpec } from '../model/microcredential-spec.js'
import { EDUCREDENTIAL_ACHIEVEMENT_TYPE } from '../model/profile-terms.js'
import { buildAchievement, gradeScaleId } from './build-achievement.js'
import { buildCreator, buildIssuer } from './build-issuer.js'
import { buildSubjectIdentity } from './build-recipient.js'
import { checkSpec } from './check-spec.js'
import { parseSpecDate, toIsoZ } from './format-date.js'
import { defaultRandomBytes, uuidV4 } from './randomness.js'

/** URL of the 1EdTech AchievementCredential JSON Schema, for `credentialSchema`. */
const OB3_SCHEMA_URL = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json'
/** Types defined only by the 1EdTech extensions context. */
const EXTENSION_TYPES = new Set(['1EdTechJsonSchemaValidator2019', '1EdTechRevocationList', '1EdTechCredentialRefresh'])

/**
 * Options of {@link buildCredential}; everything non-deterministic can be injected.
 *
 * @example
 * ```ts
 * const options: BuildOptions = { issuerId: 'did:key:z6Mk...', now: () => new Date('2025-06-30T10:00:00Z'), includeCredentialSchema: true }
 * ```
 */
export interface BuildOptions {
  /** Issuer id when the spec has no `issuer.id` (the CLI passes the signing key's controller). */
  issuerId?: string
  /** Clock for the default `validFrom`. Default `() => new Date()`. */
  now?: () => Date
  /** Random bytes for salts and UUIDs. Default Web Crypto `crypto.getRandomValues`. */
  randomBytes?: (n: number) => Uint8Array
  /** UUID generator for `urn:uuid:` ids. Default: a version 4 UUID from `randomBytes`. */
  uuid?: () => string
  /** Add `credentialSchema` naming the 1EdTech AchievementCredential schema (adds the extensions context). Default false. */
  includeCredentialSchema?: boolean
  /** A status entry to attach, e.g. a `BitstringStatusListEntry` from the status store. */
  credentialStatus?: CredentialStatus
}

/**
 * Builds an unsigned OB 3.0 `OpenBadgeCredential` (VCDM 2.0) from a spec, mapping each fact onto
 * native OB 3.0 properties first (`creditsAvailable`, `alignment[]` for learning outcomes, EQF, NLQF and
 * quality agreements, `otherIdentifier[]`, `achievementType`, `inLanguage`, `resultDescription[]` +
 * `result[]`, `creator.parentOrg`, `issuer.address.addressCountryCode`) and onto the Dutch profile terms
 * for the rest (then the achievement `type` gains `EducredentialAchievement` and `@context` the profile
 * context). Recipient email / eduID / student number are hashed with a fresh salt each. The spec is
 * checked first: {@link InvalidSpecError} lists every problem with its JSON path. Missing ids become
 * `urn:uuid:` ids; dates are written in UTC with `Z`. See `docs/spec-mapping.md`.
 *
 * @throws InvalidSpecError when the spec has problems, or has no `issuer.id` and no `options.issuerId`.
 * @example
 * ```ts
 * import { buildCredential } from 'microcredentials'
 * const credential = buildCredential(spec, { issuerId: 'did:key:z6Mk...' })
 * credential.credentialSubject.achievement.achievementType // 'MicroCredential'
 * ```
 */
export function buildCredential(spec: MicrocredentialSpec, options: BuildOptions = {}): OpenBadgeCredential {
  const now = (options.now ?? (() => new Date()))()
  const problems = checkSpec(spec, { issuerId: options.issuerId, requireIssuerId: true, now })
  if (problems.length > 0) throw new InvalidSpecError(problems)
  const randomBytes = options.randomBytes ?? defaultRandomBytes
  const uuid = options.uuid ?? (() => uuidV4(randomBytes))

  const issuer = buildIssuer(spec.issuer, spec.issuer.id ?? (options.issuerId as string))
  const achievementId = spec.achievement.id ?? `urn:uuid:${uuid()}`
  const achievement = buildAchievement(spec.achievement, achievementId, buildCreator(spec.issuer, issuer, uuid))
  const { id: subjectId, identifier } = buildSubjectIdentity(spec.recipient, randomBytes)
  const subject: AchievementSubject = {
    ...(subjectId !== undefined ? { id: subjectId } : {}),
    type: ['AchievementSubject'],
    achievement,
    ...(identifier !== undefined ? { identifier } : {}),
  }
  const result = buildResult(spec, achievementId)
  if (result !== undefined) subject.result = [result]

  const validFrom = spec.dates?.validFrom !== undefined ? parseSpecDate(spec.dates.validFrom) : now
  const credential: OpenBadgeCredential = {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: spec.id ?? `urn:uuid:${uuid()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: spec.name ?? spec.achievement.name,
    ...(spec.description !== undefined ? { description: spec.description } : {}),
    issuer,
    validFrom: toIsoZ(validFrom),
    ...(spec.dates?.validUntil !== undefined ? { validUntil: toIsoZ(parseSpecDate(spec.dates.validUntil)) } : {}),
    awardedDate: toIsoZ(spec.dates?.awardedDate !== undefined ? parseSpecDate(spec.dates.awardedDate) : validFrom),
    credentialSubject: subject,
  }
  if (spec.evidence !== undefined && spec.evidence.length > 0) credential.evidence = spec.evidence.map(toEvidence)
  if (options.includeCredentialSchema) credential.credentialSchema = [ob3Schema()]
  if (options.credentialStatus !== undefined) credential.credentialStatus = { ...options.credentialStatus }
  credential['@context'] = contextsFor(credential)
  return credential
}

function buildResult(spec: MicrocredentialSpec, achievementId: string): Result | undefined {
  if (spec.result === undefined) return undefined
  const result: Result = { type: ['Result'] }
  const scale = spec.achievement.gradeScale
  if (scale !== undefined) result.resultDescription = gradeScaleId(scale, achievementId)
  if (spec.result.value !== undefined) result.value = spec.result.value
  if (spec.result.status !== undefined) result.status = spec.result.status
  return result
}

function toEvidence(e: EvidenceSpec): Evidence {
  const { id, ...rest } = e
  return { ...(id !== undefined ? { id } : {}), type: ['Evidence'], ...rest }
}

function ob3Schema(): CredentialSchema {
  return { id: OB3_SCHEMA_URL, type: '1EdTechJsonSchemaValidator2019' }
}

/** VC v2, OB 3.0.3, extensions (only when a 1EdTech extension type is used), the profile (only when its terms are). */
function contextsFor(credential: OpenBadgeCredential): string[] {
  const contexts = [VC_V2_CONTEXT, OB_V3_CONTEXT]
  const extensionTypes = [
    ...(credential.credentialSchema ?? []).map((s) => s.type),
    credential.credentialStatus?.type,
    credential.refreshService?.type,
  ]
  if (extensionTypes.some((t) => t !== undefined && EXTENSION_TYPES.has(t))) contexts.push(OB_EXTENSIONS_CONTEXT)
  if (credential.credentialSubject.achievement.type.includes(EDUCREDENTIAL_ACHIEVEMENT_TYPE)) contexts.push(MICROCREDENTIALS_CONTEXT)
  return contexts
}
