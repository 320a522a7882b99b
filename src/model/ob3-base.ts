/**
 * Open Badges 3.0 building blocks shared by the classes: `type` sets, open enumerations, `Image`,
 * `IdentifierEntry`, `IdentityObject`, `Address`, `GeoCoordinates`.
 *
 * Field names, cardinalities and enumerations follow the OB 3.0 data model and the 1EdTech
 * AchievementCredential JSON Schema (`schemas/1edtech/`): where the schema wants an array, the type
 * is an array. Open enumerations accept the listed values or an extension value (`ext:Name`).
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/
 * @module model
 */

/**
 * The `type` of an OB 3.0 object: an unordered set of IRIs that MUST contain the class name `T`.
 *
 * @example
 * ```ts
 * const t: ClassTypes<'Achievement'> = ['Achievement', 'EducredentialAchievement']
 * ```
 */
export type ClassTypes<T extends string> = Array<T | (string & {})>

/**
 * One entry of `@context`: a context URL or an embedded context map.
 *
 * @example
 * ```ts
 * const ctx: JsonLdContext[] = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']
 * ```
 */
export type JsonLdContext = string | { readonly [term: string]: unknown }

/**
 * Identifier types (OB `IdentifierTypeEnum`, extensible with `ext:`).
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#identifiertypeenum-enumeration
 * @example
 * ```ts
 * const t: IdentifierType = 'ext:eduID'
 * ```
 */
export type IdentifierType =
  | 'name' | 'sourcedId' | 'systemId' | 'productId' | 'userName' | 'accountId' | 'emailAddress'
  | 'nationalIdentityNumber' | 'isbn' | 'issn' | 'lisSourcedId' | 'oneRosterSourcedId' | 'sisSourcedId'
  | 'ltiContextId' | 'ltiDeploymentId' | 'ltiToolId' | 'ltiPlatformId' | 'ltiUserId' | 'identifier'
  | 'ext:BRIN' | 'ext:RIO' | 'ext:OIN' | 'ext:KvK' | 'ext:CROHO' | 'ext:CREBO' | 'ext:eduID'
  | (string & {})

/**
 * Achievement types (OB `AchievementType`, extensible with `ext:`).
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#achievementtype-enumeration
 * @example
 * ```ts
 * const t: AchievementType = 'MicroCredential'
 * ```
 */
export type AchievementType =
  | 'Achievement' | 'ApprenticeshipCertificate' | 'Assessment' | 'Assignment' | 'AssociateDegree' | 'Award'
  | 'Badge' | 'BachelorDegree' | 'Certificate' | 'CertificateOfCompletion' | 'Certification'
  | 'CommunityService' | 'Competency' | 'Course' | 'CoCurricular' | 'Degree' | 'Diploma' | 'DoctoralDegree'
  | 'Fieldwork' | 'GeneralEducationDevelopment' | 'JourneymanCertificate' | 'LearningProgram' | 'License'
  | 'Membership' | 'ProfessionalDoctorate' | 'QualityAssuranceCredential' | 'MasterCertificate'
  | 'MasterDegree' | 'MicroCredential' | 'ResearchDoctorate' | 'SecondarySchoolDiploma'
  | (string & {})

/**
 * Alignment target types (OB `AlignmentTargetType`, extensible with `ext:`), including the `ext:`
 * types of the Dutch microcredential profile.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#alignmenttargettype-enumeration
 * @example
 * ```ts
 * const t: AlignmentTargetType = 'ext:EQF'
 * ```
 */
export type AlignmentTargetType =
  | 'ceasn:Competency' | 'ceterms:Credential' | 'CFItem' | 'CFRubric' | 'CFRubricCriterion'
  | 'CFRubricCriterionLevel' | 'CTDL'
  | 'ext:LearningOutcome' | 'ext:EQF' | 'ext:NLQF' | 'ext:QualityAssurance'
  | (string & {})

/**
 * Result types (OB `ResultType`, extensible with `ext:`).
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#resulttype-enumeration
 * @example
 * ```ts
 * const t: ResultType = 'ScaledScore'
 * ```
 */
export type ResultType =
  | 'GradePointAverage' | 'LetterGrade' | 'Percent' | 'PerformanceLevel' | 'PredictedScore' | 'RawScore'
  | 'Result' | 'RubricCriterion' | 'RubricCriterionLevel' | 'RubricScore' | 'ScaledScore' | 'Status'
  | (string & {})

/**
 * Result status (OB `ResultStatusType`, a closed enumeration).
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#resultstatustype-enumeration
 * @example
 * ```ts
 * const s: ResultStatusType = 'Completed'
 * ```
 */
export type ResultStatusType = 'Completed' | 'Enrolled' | 'Failed' | 'InProgress' | 'OnHold' | 'Provisional' | 'Withdrew'

/**
 * An image: `{ id, type: 'Image' }`. The 1EdTech schema rejects a bare URL string and extra properties.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#image
 * @example
 * ```ts
 * const img: Image = { id: 'https://example.nl/badge.png', type: 'Image', caption: 'Badge' }
 * ```
 */
export interface Image {
  /** URL or data URI of the image. */
  id: string
  /** MUST be `'Image'` (a string, not an array). */
  type: 'Image'
  /** Caption for the image. */
  caption?: string
}

/**
 * An identifier of a profile or achievement other than its `id`.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#identifierentry
 * @example
 * ```ts
 * const e: IdentifierEntry = { type: 'IdentifierEntry', identifier: '22OJ', identifierType: 'ext:BRIN' }
 * ```
 */
export interface IdentifierEntry {
  /** MUST be `'IdentifierEntry'` (a string, not an array). */
  type: 'IdentifierEntry'
  /** The identifier. */
  identifier: string
  /** What kind of identifier it is. */
  identifierType: IdentifierType
}

/**
 * Identifies the recipient, usually hashed: `identityHash` is `sha256$<hex>` of UTF-8(identifier + salt).
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#identityobject
 * @example
 * ```ts
 * const id: IdentityObject = {
 *   type: 'IdentityObject', hashed: true, identityType: 'emailAddress', salt: 'Kosher',
 *   identityHash: 'sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399',
 * }
 * ```
 */
export interface IdentityObject {
  /** MUST be `'IdentityObject'` (a string, not an array). */
  type: 'IdentityObject'
  /** Whether `identityHash` is a hash (true) or the plaintext value (false). */
  hashed: boolean
  /** `sha256$<hex>` (or the plaintext when not hashed). */
  identityHash: string
  /** Kind of identifier that was hashed. */
  identityType: IdentifierType
  /** Salt appended to the identifier before hashing. */
  salt?: string
}

/**
 * Geographic coordinates.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#geocoordinates
 * @example
 * ```ts
 * const geo: GeoCoordinates = { type: 'GeoCoordinates', latitude: 52.09, longitude: 5.12 }
 * ```
 */
export interface GeoCoordinates {
  /** MUST be `'GeoCoordinates'`. */
  type: 'GeoCoordinates'
  latitude: number
  longitude: number
}

/**
 * A postal address.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#address
 * @example
 * ```ts
 * const a: Address = { type: ['Address'], addressCountryCode: 'NL', addressLocality: 'Utrecht' }
 * ```
 */
export interface Address {
  /** MUST contain `'Address'`. */
  type: ClassTypes<'Address'>
  /** Country name. */
  addressCountry?: string
  /** ISO 3166-1 alpha-2 country code, e.g. `NL`. */
  addressCountryCode?: string
  addressRegion?: string
  addressLocality?: string
  streetAddress?: string
  postOfficeBoxNumber?: string
  postalCode?: string
  geo?: GeoCoordinates
}
