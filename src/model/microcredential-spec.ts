/**
 * `MicrocredentialSpec`: the input of `buildCredential`, able to say every fact of a Dutch
 * microcredential (issuer, recipient, achievement, dates, result, evidence). Each field's TSDoc names
 * the JSON path it lands on in the built OB 3.0 credential (`ach` = `$.credentialSubject.achievement`).
 * The JSON Schema `schemas/microcredential-spec.schema.json` describes the same shape for JSON files.
 *
 * @module model
 */
import type { AchievementSpec, ImageSpec } from './achievement-spec.js'
import type { ResultStatusType } from './ob3-base.js'

/**
 * Dutch institution identifiers of the issuer, each → `$.issuer.otherIdentifier[]`.
 *
 * @example
 * ```ts
 * const ids: InstitutionIdentifiersSpec = { brin: '25PZ', rio: '123A456', kvk: '41234567' }
 * ```
 */
export interface InstitutionIdentifiersSpec {
  /** Instellingscode (formerly BRIN), 4 characters such as `22OJ` → `identifierType: 'ext:BRIN'`. */
  brin?: string
  /** RIO onderwijsaanbiedercode, `^\d{3}A\d{3}$` → `identifierType: 'ext:RIO'`. */
  rio?: string
  /** Organisatie-identificatienummer, 20 characters → `identifierType: 'ext:OIN'`. */
  oin?: string
  /** KvK number, 8 digits → `identifierType: 'ext:KvK'`. */
  kvk?: string
}

/**
 * Postal address of the issuer → `$.issuer.address` (country code comes from `issuer.country`).
 *
 * @example
 * ```ts
 * const a: AddressSpec = { street: 'Stationsplein 1', postalCode: '3511 AA', locality: 'Utrecht' }
 * ```
 */
export interface AddressSpec {
  /** → `.streetAddress`. */
  street?: string
  /** → `.postalCode`. */
  postalCode?: string
  /** → `.addressLocality`. */
  locality?: string
  /** → `.addressRegion`. */
  region?: string
  /** Country name → `.addressCountry`. */
  countryName?: string
}

/**
 * A faculty or department under the institution → `ach.creator` with `parentOrg` = the issuer.
 *
 * @example
 * ```ts
 * const f: FacultySpec = { name: 'Faculteit Gezondheidszorg', id: 'https://example.nl/faculteiten/gezondheidszorg' }
 * ```
 */
export interface FacultySpec {
  /** → `ach.creator.id`; default `urn:uuid:<random>`. Give a stable URL. */
  id?: string
  /** → `ach.creator.name`. */
  name: string
  /** → `ach.creator.url`. */
  url?: string
}

/**
 * The awarding body → `$.issuer` (an OB 3.0 Profile).
 *
 * @example
 * ```ts
 * const issuer: IssuerSpec = { id: 'did:web:example.nl', name: 'ROC Voorbeeld', url: 'https://www.example.nl', identifiers: { brin: '25PZ' } }
 * ```
 */
export interface IssuerSpec {
  /**
   * DID or URL → `$.issuer.id`; must be the controller of the signing key. May be omitted: then
   * `buildCredential` needs `options.issuerId` (the CLI passes the signing key's controller) or throws.
   */
  id?: string
  /** → `$.issuer.name`. */
  name: string
  /** Homepage → `$.issuer.url`. */
  url?: string
  /** Contact address → `$.issuer.email`. */
  email?: string
  /** → `$.issuer.description`. */
  description?: string
  /** Logo → `$.issuer.image`. */
  image?: ImageSpec
  /** ISO 3166-1 alpha-2 country code (default `NL`) → `$.issuer.address.addressCountryCode`. */
  country?: string
  /** → `$.issuer.address`. */
  address?: AddressSpec
  /** → `$.issuer.otherIdentifier[]`. */
  identifiers?: InstitutionIdentifiersSpec
  /** → `ach.creator` (with `parentOrg`). */
  faculty?: FacultySpec
}

/**
 * The learner. Give a DID (`id`) and/or at least one of `email`, `eduId`, `studentNumber`: these are
 * hashed (SHA-256 over UTF-8(identifier + salt), fresh random 16-byte hex salt per identifier and
 * credential) → `$.credentialSubject.identifier[]`. `name` is added in plain text.
 *
 * @example
 * ```ts
 * const r: RecipientSpec = { email: 'Jan.Jansen@example.org', name: 'Jan Jansen' }
 * ```
 */
export interface RecipientSpec {
  /** DID or other URI → `$.credentialSubject.id`. */
  id?: string
  /**
   * Email → `identifier[]` with `identityType: 'emailAddress'`, hashed. Normalised before hashing:
   * trimmed and lower-cased (verifiers must normalise the same way).
   */
  email?: string
  /** eduID identifier → `identifier[]` with `identityType: 'ext:eduID'`, hashed (trimmed, case kept). */
  eduId?: string
  /** Student number → `identifier[]` with `identityType: 'sisSourcedId'`, hashed (trimmed, case kept). */
  studentNumber?: string
  /** Full name → `identifier[]` with `identityType: 'name'`, `hashed: false` (plain text). */
  name?: string
}

/**
 * Dates: ISO 8601 date-time with a time zone (`2025-06-30T12:00:00+02:00`) or a date (`2025-06-30`,
 * read as midnight UTC). Written as UTC with `Z`.
 *
 * @example
 * ```ts
 * const d: DatesSpec = { validFrom: '2025-06-30', validUntil: '2030-06-30' }
 * ```
 */
export interface DatesSpec {
  /** Date of issuing → `$.validFrom`; default `options.now()`. */
  validFrom?: string
  /** Expiry → `$.validUntil`; must be after `validFrom`. */
  validUntil?: string
  /** When the learner was awarded the achievement → `$.awardedDate`; default `validFrom`. */
  awardedDate?: string
}

/**
 * The learner's result → `$.credentialSubject.result[0]`, linked to `achievement.gradeScale`.
 *
 * @example
 * ```ts
 * const r: ResultSpec = { value: '8.5' }
 * ```
 */
export interface ResultSpec {
  /** The grade, as a string (`'8.5'`, `'goed'`) → `.value`. Needs `achievement.gradeScale`. */
  value?: string
  /** → `.status`. */
  status?: ResultStatusType
}

/**
 * A piece of evidence → `$.evidence[i]`.
 *
 * @example
 * ```ts
 * const e: EvidenceSpec = { id: 'https://example.nl/portfolio/123', name: 'Portfolio' }
 * ```
 */
export interface EvidenceSpec {
  /** URL or data URI → `.id`. */
  id?: string
  /** → `.name`. */
  name?: string
  /** → `.description`. */
  description?: string
  /** Markdown → `.narrative`. */
  narrative?: string
  /** E.g. `Portfolio`, `Video` → `.genre`. */
  genre?: string
  /** → `.audience`. */
  audience?: string
}

/**
 * Everything `buildCredential` needs to build an unsigned OB 3.0 microcredential. Validate JSON input
 * with `checkSpec`; `buildCredential` checks too and throws `InvalidSpecError` listing every problem.
 *
 * @example
 * ```ts
 * const spec: MicrocredentialSpec = {
 *   issuer: { id: 'did:web:example.nl', name: 'ROC Voorbeeld', identifiers: { brin: '25PZ' } },
 *   recipient: { email: 'jan@example.org' },
 *   achievement: {
 *     name: 'Wondzorg', description: 'Complexe wondzorg in de thuiszorg.', criteria: { narrative: 'Praktijkexamen behaald.' },
 *     sector: 'mbo', language: 'nl', workload: { sbu: 240 }, level: { eqf: 4, nlqf: 4 },
 *     learningOutcomes: ['Past aseptische technieken toe bij wondverzorging'],
 *     assessment: { types: ['application of a skill'], supervision: 'onsite with identity verification' },
 *     participation: ['onsite or blended'], qualityAgreement: 'mbo-pilot',
 *   },
 * }
 * ```
 */
export interface MicrocredentialSpec {
  /** JSON Schema reference for editors; ignored. */
  $schema?: string
  /** Credential id → `$.id`; default `urn:uuid:<random>`. */
  id?: string
  /** Display name → `$.name`; default the achievement name. */
  name?: string
  /** → `$.description`. */
  description?: string
  /** → `$.issuer`. */
  issuer: IssuerSpec
  /** → `$.credentialSubject.id` / `.identifier[]`. */
  recipient: RecipientSpec
  /** → `$.credentialSubject.achievement`. */
  achievement: AchievementSpec
  /** → `$.validFrom`, `$.validUntil`, `$.awardedDate`. */
  dates?: DatesSpec
  /** → `$.credentialSubject.result[]`. */
  result?: ResultSpec
  /** → `$.evidence[]`. */
  evidence?: EvidenceSpec[]
}
