/** Internal: an edubadges OB 2.0 Assertion (plain, or expanded with `?expand=badge`) → the spec. */
import type { DatesSpec, EvidenceSpec, RecipientSpec } from '../model/microcredential-spec.js'
import { childPath, describeValue, isObject, type ImportContext, type Node } from './import-context.js'
import { useLinked, type LinkedDocument } from './linked-document.js'
import { readOb2BadgeClass, type Ob2BadgeClassFacts } from './read-ob2-badge-class.js'
import { readContext } from './read-ob2-issuer.js'
import { compact, evidenceObject, readDate, typesOf } from './read-helpers.js'

/**
 * What an assertion says, with the badge class it awards (when embedded or given).
 *
 * @example
 * ```ts
 * const facts: Ob2AssertionFacts = { id: 'https://api.edubadges.nl/public/assertions/x', dates: { validFrom: '2025-06-27' } }
 * ```
 */
export interface Ob2AssertionFacts {
  id?: string
  badgeClass?: Ob2BadgeClassFacts
  recipient?: RecipientSpec
  dates?: DatesSpec
  evidence?: EvidenceSpec[]
  grade?: string
}

/**
 * Reads an assertion: `id` → spec `id`, `issuedOn` → `dates.validFrom` and `dates.awardedDate`,
 * `expires` → `dates.validUntil`, `evidence[]` → `evidence[]`, `narrative` → an evidence narrative, the
 * recipient (a hashed identity cannot be read back: reported), the grade of the expanded badge.
 *
 * @example
 * ```ts
 * readOb2Assertion(ctx, { value: assertion, path: '$' }, { value: badgeClass, root: 'badgeClass:$', used: false }, undefined).dates?.validFrom
 * ```
 */
export function readOb2Assertion(ctx: ImportContext, node: Node, linkedBadgeClass: LinkedDocument | undefined, linkedIssuer: LinkedDocument | undefined): Ob2AssertionFacts {
  readContext(ctx, node)
  const types = typesOf(node.value)
  ctx.take(node, 'type')
  if (types.length > 0 && !types.includes('Assertion')) ctx.info(childPath(node.path, 'type'), `type ${describeValue(node.value.type)}: read as an OB 2.0 Assertion`)
  const id = ctx.string(node, 'id')
  const badgeClass = readBadgeOf(ctx, node, linkedBadgeClass, linkedIssuer)
  const issuedOn = readDate(ctx, node, 'issuedOn')
  const expires = readDate(ctx, node, 'expires')
  const recipient = readRecipient(ctx, node)
  const evidence = readEvidence(ctx, node)
  const narrative = ctx.string(node, 'narrative')
  if (narrative !== undefined && narrative.trim() !== '') {
    evidence.push({ narrative })
    ctx.info(childPath(node.path, 'narrative'), 'the assertion narrative became an evidence narrative (OB 3.0 has no assertion narrative)')
  }
  const image = ctx.take(node, 'image')
  if (image !== undefined) ctx.info(childPath(node.path, 'image'), `the assertion image ${describeValue(image)} is not imported: the achievement image is the badge class image`)
  const verification = ctx.take(node, 'verification')
  if (verification !== undefined) ctx.info(childPath(node.path, 'verification'), `OB 2.0 verification ${describeValue(verification)} is not imported: an OB 3.0 credential carries a proof`)
  const updatedAt = ctx.take(node, 'updatedAt')
  if (updatedAt !== undefined) ctx.info(childPath(node.path, 'updatedAt'), `updatedAt ${describeValue(updatedAt)} is edubadges bookkeeping: not imported`)
  const revoked = ctx.take(node, 'revoked')
  const reason = ctx.take(node, 'revocationReason')
  if (revoked === true) {
    ctx.warn(childPath(node.path, 'revoked'), `the assertion is revoked${reason === undefined ? '' : ` (${describeValue(reason)})`}: do not issue it again`)
  } else if (revoked !== undefined && revoked !== false) ctx.warn(childPath(node.path, 'revoked'), `must be true or false (got ${describeValue(revoked)})`)
  if (reason !== undefined && revoked !== true) ctx.info(childPath(node.path, 'revocationReason'), `${describeValue(reason)} on an assertion that is not revoked: not imported`)
  const gradeHere = ctx.string(node, 'grade_achieved') ?? ctx.string(node, 'gradeAchieved')
  const grade = badgeClass?.grade ?? gradeHere

  const dates = compact<DatesSpec>({ validFrom: issuedOn, validUntil: expires, awardedDate: issuedOn })
  return compact<Ob2AssertionFacts>({
    id, badgeClass, recipient, dates, evidence: evidence.length > 0 ? evidence : undefined, grade,
  }) ?? {}
}

function readBadgeOf(ctx: ImportContext, node: Node, linked: LinkedDocument | undefined, linkedIssuer: LinkedDocument | undefined): Ob2BadgeClassFacts | undefined {
  const raw = node.value.badge
  const path = childPath(node.path, 'badge')
  if (isObject(raw)) {
    if (linked !== undefined) ctx.info(linked.root, 'options.badgeClass is not used: the assertion embeds its badge class')
    return readOb2BadgeClass(ctx, { value: raw, path }, linkedIssuer)
  }
  const url = ctx.string(node, 'badge')
  if (linked === undefined) {
    ctx.warn(path, url === undefined
      ? 'the assertion names no badge class: complete spec.achievement'
      : `the badge class is named by URL only (${url}): pass the badge class JSON as options.badgeClass, or complete spec.achievement`)
    return undefined
  }
  const badgeClass = useLinked(ctx, linked, path, url, { option: 'options.badgeClass', kind: 'an OB 2.0 BadgeClass', noun: 'badge class' })
  return badgeClass && readOb2BadgeClass(ctx, badgeClass, linkedIssuer)
}

function readRecipient(ctx: ImportContext, node: Node): RecipientSpec | undefined {
  const r = ctx.object(node, 'recipient')
  if (r === undefined) return undefined
  const hashed = ctx.take(r, 'hashed')
  const type = ctx.take(r, 'type')
  const identity = ctx.take(r, 'identity')
  const salt = ctx.take(r, 'salt')
  const plain = ctx.take(r, 'plaintextIdentity')
  if (typeof plain === 'string' && plain.trim() !== '') return recipientOf(ctx, type, plain, childPath(r.path, 'plaintextIdentity'))
  if (hashed === true || (typeof identity === 'string' && /^(sha256|md5)\$/i.test(identity))) {
    ctx.warn(r.path, `the learner is identified by a salted hash (${describeValue(identity)}, salt ${describeValue(salt)}, type ${describeValue(type)}): a hash cannot be turned back into the identifier; set recipient.eduId (edubadges hashes the eduID), recipient.email or recipient.id`)
    return undefined
  }
  if (typeof identity !== 'string' || identity.trim() === '') {
    ctx.warn(r.path, 'the recipient has no identity: set recipient.eduId, recipient.email or recipient.id')
    return undefined
  }
  if (salt !== undefined) ctx.info(childPath(r.path, 'salt'), 'a salt on a plain identity has no use: not imported')
  return recipientOf(ctx, type, identity, childPath(r.path, 'identity'))
}

function recipientOf(ctx: ImportContext, type: unknown, identity: string, path: string): RecipientSpec | undefined {
  const value = identity.trim()
  if (type === 'email' || (type === undefined && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))) return { email: value }
  if (type === 'url') return { id: value }
  if (type === 'id' || type === undefined) {
    ctx.info(path, 'an edubadges recipient of type "id" is the eduID identifier: read as recipient.eduId')
    return { eduId: value }
  }
  ctx.warn(path, `a recipient of type ${describeValue(type)} has no place in the spec: not imported; set recipient.eduId, recipient.email or recipient.id`)
  return undefined
}

function readEvidence(ctx: ImportContext, node: Node): EvidenceSpec[] {
  const out: EvidenceSpec[] = []
  for (const item of ctx.list(node, 'evidence')) {
    if (typeof item.value === 'string') {
      ctx.use(item.path)
      out.push({ id: item.value })
      continue
    }
    if (!isObject(item.value)) {
      ctx.warn(item.path, `must be an evidence object or URL (got ${describeValue(item.value)}): not imported`)
      continue
    }
    const e: Node = { value: item.value, path: item.path }
    const evidence = evidenceObject(ctx, e)
    if (evidence !== undefined) out.push(evidence)
  }
  return out
}
