/**
 * The OB 3.0 `Profile` class: issuer, achievement creator, endorser or source.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#profile
 * @module model
 */
import type { EndorsementCredential } from './credential.js'
import type { Address, ClassTypes, IdentifierEntry, Image } from './ob3-base.js'

/**
 * A person or organisation. As `issuer`: the awarding body; as `achievement.creator` with `parentOrg`:
 * the faculty that created the achievement under its institution.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#profile
 * @example
 * ```ts
 * const issuer: Profile = {
 *   id: 'did:web:example.nl', type: ['Profile'], name: 'ROC Voorbeeld',
 *   address: { type: ['Address'], addressCountryCode: 'NL' },
 *   otherIdentifier: [{ type: 'IdentifierEntry', identifier: '25PZ', identifierType: 'ext:BRIN' }],
 * }
 * ```
 */
export interface Profile {
  /** Unique URI of the profile; for an issuer, the DID or URL its proofs' keys are controlled by. */
  id: string
  /** MUST contain `'Profile'`. */
  type: ClassTypes<'Profile'>
  name?: string
  /** Homepage. */
  url?: string
  phone?: string
  description?: string
  endorsement?: EndorsementCredential[]
  endorsementJwt?: string[]
  image?: Image
  email?: string
  address?: Address
  /** Other identifiers, e.g. instellingscode (`ext:BRIN`), RIO code (`ext:RIO`), OIN (`ext:OIN`), KvK (`ext:KvK`). */
  otherIdentifier?: IdentifierEntry[]
  /** Name of an authorised official of the organisation. */
  official?: string
  /** The organisation this one belongs to (a faculty's institution). */
  parentOrg?: Profile
  familyName?: string
  givenName?: string
  additionalName?: string
  patronymicName?: string
  honorificPrefix?: string
  honorificSuffix?: string
  familyNamePrefix?: string
  /** Date of birth, `YYYY-MM-DD`. */
  dateOfBirth?: string
}

/**
 * The issuer of a credential: a Profile, or just its URI.
 *
 * @see https://www.imsglobal.org/spec/ob/v3p0/#profileref
 * @example
 * ```ts
 * const ref: ProfileRef = 'did:web:example.nl'
 * const name = typeof ref === 'string' ? undefined : ref.name
 * ```
 */
export type ProfileRef = string | Profile
