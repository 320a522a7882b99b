/** Internal: an edubadges OB 2.0 Issuer → the spec's `issuer`. */
import type { FacultySpec, IssuerSpec } from '../model/microcredential-spec.js'
import { childPath, describeValue, type ImportContext, type Node } from './import-context.js'
import { readOb2Extensions } from './read-ob2-extensions.js'
import { compact, readImage, typesOf } from './read-helpers.js'

const OB2_CONTEXT = 'https://w3id.org/openbadges/v2'

/**
 * Reads an OB 2.0 Issuer with edubadges' institution extensions.
 *
 * The spec's issuer is the awarding body. When the institution extension names an institution other
 * than the edubadges issuer (a faculty or team), the institution becomes `issuer.name` and the edubadges
 * issuer `issuer.faculty` (id = its public URL, name, url); otherwise the edubadges issuer is the issuer.
 * `InstitutionIdentifier` → `identifiers.brin`, `InstitutionCountry` → `country`. The OB 2.0 issuer id
 * is a hosted profile URL, never the OB 3.0 issuer id (the signing key's controller).
 *
 * @example
 * ```ts
 * readOb2Issuer(ctx, { value: issuerJson, path: '$.issuer' }).name // 'SURF'
 * ```
 */
export function readOb2Issuer(ctx: ImportContext, node: Node): Partial<IssuerSpec> {
  readContext(ctx, node)
  const types = typesOf(node.value)
  ctx.take(node, 'type')
  if (types.length > 0 && !types.includes('Issuer') && !types.includes('Profile')) ctx.info(childPath(node.path, 'type'), `type ${describeValue(node.value.type)}: read as an OB 2.0 Issuer`)
  const id = ctx.string(node, 'id')
  const name = variants(ctx, node, 'name')
  const url = variants(ctx, node, 'url')
  const description = variants(ctx, node, 'description')
  const email = ctx.string(node, 'email')
  const image = readImage(ctx, node, 'image')
  for (const key of ['image_english', 'image_dutch']) {
    const v = node.value[key]
    if (v === null || v === undefined) { ctx.use(childPath(node.path, key)); continue }
    ctx.info(childPath(node.path, key), `the ${key === 'image_dutch' ? 'Dutch' : 'English'} image variant ${describeValue(v)} is not imported: the spec has one image (image)`)
  }

  const ext = readOb2Extensions(ctx, node, 'Issuer')
  const brin = readBrin(ctx, ext.get('InstitutionIdentifierExtension'))
  const country = readCountry(ctx, ext.get('InstitutionCountryExtension'))
  const institution = ext.get('InstitutionNameExtension')
  let institutionName: string | undefined
  if (institution !== undefined) {
    if (typeof institution.value === 'string' && institution.value.trim() !== '') institutionName = institution.value.trim()
    else ctx.warn(institution.path, `must be a name (got ${describeValue(institution.value)}): not imported`)
  }
  const grading = ext.get('GradingTableExtension')
  if (grading !== undefined) ctx.info(grading.path, `the institution's grading table ${describeValue(grading.value)} has no place in the spec: not imported (describe the scale in achievement.gradeScale)`)

  const identifiers = compact({ brin })
  const common = { email, description, image, country, identifiers }
  if (institutionName !== undefined && name !== undefined && institutionName !== name) {
    const faculty = compact<FacultySpec>({ id: id !== undefined && /^https?:\/\//.test(id) ? id : undefined, name, url })
    ctx.note('info', node.path, `the edubadges issuer "${name}" of institution "${institutionName}" became issuer.faculty; the institution is the awarding body (issuer.name)`)
    if (id !== undefined && faculty?.id === undefined) ctx.warn(childPath(node.path, 'id'), `${describeValue(id)} is not a URL: not imported`)
    return compact({ name: institutionName, ...common, faculty }) ?? {}
  }
  if (id !== undefined) {
    ctx.info(childPath(node.path, 'id'), `the OB 2.0 issuer id ${describeValue(id)} is a hosted profile, not the OB 3.0 issuer id (the signing key's controller): not imported; set issuer.id to your DID or let the CLI take it from --key`)
  }
  return compact({ name: name ?? institutionName, url, ...common }) ?? {}
}

/**
 * The OB 2.0 `@context`: the standard context is structure; another is noted.
 *
 * @example
 * ```ts
 * readContext(ctx, { value: { '@context': 'https://w3id.org/openbadges/v2' }, path: '$' })
 * ```
 */
export function readContext(ctx: ImportContext, node: Node): void {
  const context = ctx.take(node, '@context')
  if (context === undefined) return
  const list = Array.isArray(context) ? context : [context]
  if (!list.includes(OB2_CONTEXT)) ctx.info(childPath(node.path, '@context'), `${describeValue(context)} is not the OB 2.0 context; read as OB 2.0 anyway`)
}

/** `name` / `name_english` / `name_dutch`: the main value, and a note for a variant that differs. */
function variants(ctx: ImportContext, node: Node, key: 'name' | 'url' | 'description'): string | undefined {
  const main = ctx.string(node, key)
  const english = ctx.string(node, `${key}_english`)
  const dutch = ctx.string(node, `${key}_dutch`)
  const chosen = main ?? english ?? dutch
  for (const [variant, value] of [[`${key}_english`, english], [`${key}_dutch`, dutch]] as const) {
    if (value !== undefined && value !== chosen) {
      ctx.info(childPath(node.path, variant), `${describeValue(value)} is not imported: the spec has one ${key} (${describeValue(chosen)})`)
    }
  }
  return chosen
}

function readBrin(ctx: ImportContext, ext: { value: unknown; path: string } | undefined): string | undefined {
  if (ext === undefined) return undefined
  const raw = typeof ext.value === 'string' ? ext.value.trim().toUpperCase() : undefined
  if (raw === undefined || !/^[0-9A-Z]{4}$/.test(raw)) {
    ctx.warn(ext.path, `${describeValue(ext.value)} is not a 4-character instellingscode (BRIN): not imported`)
    return undefined
  }
  if (raw !== ext.value) ctx.info(ext.path, `read the instellingscode ${describeValue(ext.value)} as "${raw}"`)
  return raw
}

function readCountry(ctx: ImportContext, ext: { value: unknown; path: string } | undefined): string | undefined {
  if (ext === undefined) return undefined
  const raw = typeof ext.value === 'string' ? ext.value.trim().toUpperCase() : undefined
  if (raw === 'EN') {
    ctx.warn(ext.path, '"EN" is no ISO 3166-1 country code (edubadges uses it for English-language institutions): not imported; set issuer.country (buildCredential writes NL by default)')
    return undefined
  }
  if (raw === undefined || !/^[A-Z]{2}$/.test(raw)) {
    ctx.warn(ext.path, `${describeValue(ext.value)} is not an ISO 3166-1 alpha-2 country code: not imported`)
    return undefined
  }
  if (raw !== ext.value) ctx.info(ext.path, `read the country ${describeValue(ext.value)} as "${raw}"`)
  return raw
}
