/** Internal: the issuer Profile and the faculty (achievement creator). */
import type { ImageSpec } from '../model/achievement-spec.js'
import type { IssuerSpec } from '../model/microcredential-spec.js'
import type { Address, IdentifierEntry, Image } from '../model/ob3-base.js'
import type { Profile } from '../model/profile.js'
import { INSTITUTION_IDENTIFIER_TYPES } from '../model/vocabulary.js'

/** Default issuer country when the spec gives none. */
const DEFAULT_COUNTRY = 'NL'

/**
 * `{ id, type: 'Image', caption? }` from a URL or `{ id, caption }`.
 *
 * @example
 * ```ts
 * toImage('https://example.nl/logo.png') // { id: 'https://example.nl/logo.png', type: 'Image' }
 * ```
 */
export function toImage(spec: ImageSpec): Image {
  if (typeof spec === 'string') return { id: spec, type: 'Image' }
  return { id: spec.id, type: 'Image', ...(spec.caption !== undefined ? { caption: spec.caption } : {}) }
}

/**
 * The issuer Profile (`$.issuer`).
 *
 * @example
 * ```ts
 * buildIssuer({ name: 'ROC Voorbeeld', identifiers: { brin: '25PZ' } }, 'did:web:example.nl').address?.addressCountryCode // 'NL'
 * ```
 */
export function buildIssuer(spec: IssuerSpec, id: string): Profile {
  const profile: Profile = { id, type: ['Profile'], name: spec.name }
  if (spec.url !== undefined) profile.url = spec.url
  if (spec.email !== undefined) profile.email = spec.email
  if (spec.description !== undefined) profile.description = spec.description
  if (spec.image !== undefined) profile.image = toImage(spec.image)
  profile.address = buildAddress(spec)
  const otherIdentifier = institutionIdentifiers(spec)
  if (otherIdentifier.length > 0) profile.otherIdentifier = otherIdentifier
  return profile
}

function buildAddress(spec: IssuerSpec): Address {
  const a = spec.address ?? {}
  const address: Address = { type: ['Address'], addressCountryCode: spec.country ?? DEFAULT_COUNTRY }
  if (a.countryName !== undefined) address.addressCountry = a.countryName
  if (a.region !== undefined) address.addressRegion = a.region
  if (a.locality !== undefined) address.addressLocality = a.locality
  if (a.street !== undefined) address.streetAddress = a.street
  if (a.postalCode !== undefined) address.postalCode = a.postalCode
  return address
}

function institutionIdentifiers(spec: IssuerSpec): IdentifierEntry[] {
  const ids = spec.identifiers ?? {}
  const out: IdentifierEntry[] = []
  for (const key of ['brin', 'rio', 'oin', 'kvk'] as const) {
    const value = ids[key]
    if (value !== undefined) out.push({ type: 'IdentifierEntry', identifier: value, identifierType: INSTITUTION_IDENTIFIER_TYPES[key] })
  }
  return out
}

/**
 * The faculty as `ach.creator`, with `parentOrg` naming the institution; undefined without a faculty.
 *
 * @example
 * ```ts
 * buildCreator({ name: 'ROC', faculty: { name: 'Zorg' } }, issuer, () => crypto.randomUUID())?.parentOrg?.id === issuer.id // true
 * ```
 */
export function buildCreator(spec: IssuerSpec, issuer: Profile, uuid: () => string): Profile | undefined {
  const faculty = spec.faculty
  if (faculty === undefined) return undefined
  const creator: Profile = { id: faculty.id ?? `urn:uuid:${uuid()}`, type: ['Profile'], name: faculty.name }
  if (faculty.url !== undefined) creator.url = faculty.url
  const parentOrg: Profile = { id: issuer.id, type: ['Profile'] }
  if (issuer.name !== undefined) parentOrg.name = issuer.name
  creator.parentOrg = parentOrg
  return creator
}
