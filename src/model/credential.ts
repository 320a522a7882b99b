/**
 * The OB 3.0 credential classes (`OpenBadgeCredential` / `AchievementCredential`,
 * `EndorsementCredential`) and the VCDM 2.0 parts they carry (`Proof`, `CredentialStatus`,
 * `CredentialSchema`, `RefreshService`, `TermsOfUse`).
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#achievementcredential
 * @module model
 */
import type { Achievement } from './achievement.js'
import type { AchievementSubject, Evidence } from './achievement-subject.js'
import type { ClassTypes, Image, JsonLdContext } from './ob3-base.js'
import type { ProfileRef } from './profile.js'
import type { MicrocredentialAchievement } from './profile-terms.js'

/**
 * A proof (Data Integrity). Issuers MUST use `proofPurpose: 'assertionMethod'`.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#proof
 * @example
 * ```ts
 * const p: Proof = { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', verificationMethod: 'did:key:z6Mk...#z6Mk...', proofValue: 'z...' }
 * ```
 */
export interface Proof {
  type: 'DataIntegrityProof' | 'Ed25519Signature2020' | (string & {})
  created?: string
  cryptosuite?: 'eddsa-rdfc-2022' | 'eddsa-2022' | (string & {})
  challenge?: string
  domain?: string
  nonce?: string
  proofPurpose?: 'assertionMethod' | (string & {})
  proofValue?: string
  verificationMethod?: string
}

/**
 * How to check the credential's status, e.g. a W3C `BitstringStatusListEntry`.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#credentialstatus
 * @example
 * ```ts
 * const s: CredentialStatus = {
 *   id: 'https://example.nl/status/1#94567', type: 'BitstringStatusListEntry', statusPurpose: 'revocation',
 *   statusListIndex: '94567', statusListCredential: 'https://example.nl/status/1',
 * }
 * ```
 */
export interface CredentialStatus {
  id: string
  type: 'BitstringStatusListEntry' | '1EdTechRevocationList' | (string & {})
  statusPurpose?: 'revocation' | 'suspension' | (string & {})
  statusListIndex?: string
  statusListCredential?: string
}

/**
 * A schema the credential claims to conform to.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#credentialschema
 * @example
 * ```ts
 * const s: CredentialSchema = { id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json', type: '1EdTechJsonSchemaValidator2019' }
 * ```
 */
export interface CredentialSchema {
  id: string
  type: '1EdTechJsonSchemaValidator2019' | (string & {})
}

/**
 * Where a fresh copy of the credential can be obtained.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#refreshservice
 * @example
 * ```ts
 * const r: RefreshService = { id: 'https://example.nl/refresh', type: '1EdTechCredentialRefresh' }
 * ```
 */
export interface RefreshService {
  id: string
  type: '1EdTechCredentialRefresh' | (string & {})
}

/**
 * Terms of use of the credential.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#termsofuse
 * @example
 * ```ts
 * const t: TermsOfUse = { id: 'https://example.nl/terms', type: 'IssuerPolicy' }
 * ```
 */
export interface TermsOfUse {
  id?: string
  type: string
}

/**
 * What an endorsement is about: the endorsed achievement, profile or credential.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#endorsementsubject
 * @example
 * ```ts
 * const s: EndorsementSubject = { id: 'https://example.nl/achievements/1', type: ['EndorsementSubject'], endorsementComment: 'Sluit aan op de praktijk.' }
 * ```
 */
export interface EndorsementSubject {
  id: string
  /** MUST contain `'EndorsementSubject'`. */
  type: ClassTypes<'EndorsementSubject'>
  endorsementComment?: string
}

/** Properties shared by both credential classes. */
interface CredentialBase {
  /** `https://www.w3.org/ns/credentials/v2`, then an OB 3.0 context, then extension/profile contexts. */
  '@context': JsonLdContext[]
  id: string
  description?: string
  awardedDate?: string
  issuer: ProfileRef
  /** ISO 8601 date-time with time zone. */
  validFrom: string
  validUntil?: string
  proof?: Proof[]
  credentialSchema?: CredentialSchema[]
  credentialStatus?: CredentialStatus
  refreshService?: RefreshService
  termsOfUse?: TermsOfUse[]
}

/**
 * A third party's signed claim about an achievement, profile or credential (e.g. an employer
 * endorsing a microcredential).
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#endorsementcredential
 * @example
 * ```ts
 * const e: EndorsementCredential = {
 *   '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
 *   id: 'urn:uuid:5b0c8f1e-7a41-4c8e-9e0f-2a5f0c1d9b33', type: ['VerifiableCredential', 'EndorsementCredential'],
 *   name: 'Endorsement by Zorggroep Voorbeeld', issuer: 'did:web:zorggroep.example.nl', validFrom: '2025-01-01T00:00:00Z',
 *   credentialSubject: { id: 'https://example.nl/achievements/1', type: ['EndorsementSubject'] },
 * }
 * ```
 */
export interface EndorsementCredential extends CredentialBase {
  /** MUST contain `'VerifiableCredential'` and `'EndorsementCredential'`. */
  type: ClassTypes<'VerifiableCredential' | 'EndorsementCredential'>
  name: string
  credentialSubject: EndorsementSubject
}

/**
 * An Open Badges 3.0 credential asserting that a learner earned an achievement. The type parameter is
 * the achievement's type; by default it may carry the Dutch microcredential profile terms.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#achievementcredential
 * @example
 * ```ts
 * const credential: OpenBadgeCredential = buildCredential(spec)
 * credential.credentialSubject.achievement.SBU // 240
 * ```
 */
export interface OpenBadgeCredential<A extends Achievement = MicrocredentialAchievement> extends CredentialBase {
  /** MUST contain `'VerifiableCredential'` and `'OpenBadgeCredential'` (or `'AchievementCredential'`). */
  type: ClassTypes<'VerifiableCredential' | 'OpenBadgeCredential' | 'AchievementCredential'>
  name?: string
  image?: Image
  credentialSubject: AchievementSubject<A>
  endorsement?: EndorsementCredential[]
  endorsementJwt?: string[]
  evidence?: Evidence[]
}

/**
 * Alias of {@link OpenBadgeCredential} (the OB 3.0 spec uses both names for the same class).
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#achievementcredential
 * @example
 * ```ts
 * const c: AchievementCredential = buildCredential(spec)
 * ```
 */
export type AchievementCredential<A extends Achievement = MicrocredentialAchievement> = OpenBadgeCredential<A>
