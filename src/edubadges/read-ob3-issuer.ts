/** Internal: the issuer Profile of an OB 3.0 credential (eduCredentials or this library's own) → the spec's `issuer`. */
import type { AddressSpec, InstitutionIdentifiersSpec, IssuerSpec } from '../model/microcredential-spec.js'
import { childPath, describeValue, isObject, type ImportContext, type Node } from './import-context.js'
import { compact, readImage } from './read-helpers.js'

/** `identifierType` → spec identifier and its pattern (the spec schema's). */
const INSTITUTION_IDS: Readonly<Record<string, { key: keyof InstitutionIdentifiersSpec; pattern: RegExp; what: string }>> = {
  'ext:BRIN': { key: 'brin', pattern: /^[0-9A-Z]{4}$/, what: 'a 4-character instellingscode (BRIN)' },
  'ext:RIO': { key: 'rio', pattern: /^\d{3}A\d{3}$/, what: 'a RIO onderwijsaanbiedercode (123A456)' },
  'ext:OIN': { key: 'oin', pattern: /^[0-9]{8}[0-9A-Za-z]{8,9}0{3,4}$/, what: 'a 20-character OIN' },
  'ext:KvK': { key: 'kvk', pattern: /^\d{8}$/, what: 'an 8-digit KvK number' },
}

/**
 * Reads the issuer: `id`, `name`, `url`, `email`, `description`, `image`, `address` (country code →
 * `country`), `otherIdentifier[]` (`ext:BRIN`, `ext:RIO`, `ext:OIN`, `ext:KvK`). Malformed identifiers
 * and identifiers the spec has no field for (eduCredentials' schacHome with `identifierType: "name"`)
 * are reported.
 *
 * @example
 * ```ts
 * readOb3Issuer(ctx, { value: credential.issuer, path: '$.issuer' }).identifiers?.brin // '42NB'
 * ```
 */
export function readOb3Issuer(ctx: ImportContext, node: Node): Partial<IssuerSpec> {
  ctx.take(node, 'type')
  const id = ctx.string(node, 'id')
  if (id !== undefined) ctx.note('info', childPath(node.path, 'id'), 'imported as issuer.id: it must be the controller of the key you sign with; replace it with your DID when you issue the credential yourself')
  const name = ctx.string(node, 'name')
  const url = ctx.string(node, 'url')
  const email = ctx.string(node, 'email')
  const description = ctx.string(node, 'description')
  const image = readImage(ctx, node, 'image')
  const { country, address } = readAddress(ctx, node)
  const identifiers: InstitutionIdentifiersSpec = {}
  for (const item of ctx.list(node, 'otherIdentifier')) {
    if (!isObject(item.value)) {
      ctx.warn(item.path, `must be an IdentifierEntry (got ${describeValue(item.value)}): not imported`)
      continue
    }
    const entry: Node = { value: item.value, path: item.path }
    ctx.take(entry, 'type')
    const value = ctx.string(entry, 'identifier')
    const type = ctx.string(entry, 'identifierType')
    const known = type === undefined || !Object.hasOwn(INSTITUTION_IDS, type) ? undefined : INSTITUTION_IDS[type]
    if (known === undefined) {
      const what = type === 'name' ? ' (eduCredentials writes the schacHome this way)' : ''
      ctx.warn(item.path, `the identifier ${describeValue(value)} of type ${describeValue(type)}${what} has no place in the spec: not imported`)
    } else if (value === undefined || !known.pattern.test(value)) {
      ctx.warn(item.path, `${describeValue(value)} is not ${known.what}: not imported`)
    } else if (identifiers[known.key] !== undefined && identifiers[known.key] !== value) {
      ctx.warn(item.path, `a second ${type} identifier ${describeValue(value)}: not imported (the spec has one)`)
    } else identifiers[known.key] = value
  }
  return compact({ id, name, url, email, description, image, country, address: compact(address), identifiers: compact(identifiers) }) ?? {}
}

function readAddress(ctx: ImportContext, node: Node): { country?: string; address: AddressSpec } {
  const a = ctx.object(node, 'address')
  if (a === undefined) return { address: {} }
  ctx.take(a, 'type')
  const code = ctx.string(a, 'addressCountryCode')
  let country: string | undefined
  if (code !== undefined) {
    if (/^[A-Z]{2}$/.test(code.trim().toUpperCase())) {
      country = code.trim().toUpperCase()
      if (country !== code) ctx.info(childPath(a.path, 'addressCountryCode'), `read the country ${describeValue(code)} as "${country}"`)
    } else ctx.warn(childPath(a.path, 'addressCountryCode'), `${describeValue(code)} is not an ISO 3166-1 alpha-2 code: not imported`)
  }
  const address: AddressSpec = {
    countryName: ctx.string(a, 'addressCountry'), region: ctx.string(a, 'addressRegion'), locality: ctx.string(a, 'addressLocality'),
    street: ctx.string(a, 'streetAddress'), postalCode: ctx.string(a, 'postalCode'),
  }
  return { ...(country === undefined ? {} : { country }), address }
}
