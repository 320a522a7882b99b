/**
 * Building an OB 3.0 EndorsementCredential: an organisation (an employer in the sector, a professional
 * body) vouches for an achievement, a profile or another credential.
 *
 * @module build
 */
import { OB_V3_CONTEXT, VC_V2_CONTEXT } from '../contexts/urls.js'
import { InvalidSpecError, type ErrorProblem } from '../errors/errors.js'
import type { IssuerSpec } from '../model/microcredential-spec.js'
import type { EndorsementCredential } from '../model/credential.js'
import { buildIssuer } from './build-issuer.js'
import { parseSpecDate, toIsoZ } from './format-date.js'
import { defaultRandomBytes, uuidV4 } from './randomness.js'

/**
 * What an endorsement says: who endorses (`endorser`, like a spec's issuer: name, id, identifiers,
 * address), what (`subjectId`: the id of the achievement, profile or credential endorsed) and why
 * (`comment`).
 *
 * @example
 * ```ts
 * const spec: EndorsementSpec = {
 *   endorser: { id: 'did:web:zorggroep.example.nl', name: 'Zorggroep Voorbeeld', identifiers: { kvk: '12345678' } },
 *   subjectId: 'https://roc.example.nl/achievements/basiszorg',
 *   comment: 'Samen met ons ontwikkeld; sluit aan op het werk in de wijkverpleging.',
 * }
 * ```
 */
export interface EndorsementSpec {
  /** The endorsing organisation → `$.issuer` (its `id` must be the controller of the signing key). */
  endorser: IssuerSpec
  /** The id (URL, URN or DID) of what is endorsed → `$.credentialSubject.id`. */
  subjectId: string
  /** The endorsement's text → `$.credentialSubject.endorsementComment`. */
  comment?: string
  /** → `$.name`. Default: "Endorsement by <endorser name>". */
  name?: string
  /** → `$.description`. */
  description?: string
  /** → `$.id`. Default: a new `urn:uuid:`. */
  id?: string
  /** `YYYY-MM-DD` or an ISO date-time → `$.validFrom`. Default: now. */
  validFrom?: string
  /** `YYYY-MM-DD` or an ISO date-time → `$.validUntil`. */
  validUntil?: string
}

/**
 * Options of {@link buildEndorsement}.
 *
 * @example
 * ```ts
 * const options: BuildEndorsementOptions = { issuerId: signer.controller, now: () => new Date('2026-03-01T09:00:00Z') }
 * const endorsement = buildEndorsement(spec, options)
 * ```
 */
export interface BuildEndorsementOptions {
  /** Endorser id when `endorser.id` is not given (the CLI passes the signing key's controller). */
  issuerId?: string
  /** Clock for the default `validFrom`. Default `() => new Date()`. */
  now?: () => Date
  /** UUID generator for the default `urn:uuid:` id. */
  uuid?: () => string
}

/**
 * Builds an unsigned OB 3.0 EndorsementCredential; sign it with `issueCredential` (it lists the
 * EndorsementCredential schema) and embed the signed result in an achievement's or profile's
 * `endorsement` array. Throws {@link InvalidSpecError} with every problem and its path.
 *
 * @example
 * ```ts
 * import { buildEndorsement } from 'microcredentials'
 * import { issueCredential } from 'microcredentials/issue'
 * const endorsement = buildEndorsement({ endorser: { name: 'Zorggroep Voorbeeld' }, subjectId: achievementId, comment: 'Sluit aan op de praktijk.' }, { issuerId: signer.controller })
 * const signed = await issueCredential(endorsement, signer)
 * ```
 */
export function buildEndorsement(spec: EndorsementSpec, options: BuildEndorsementOptions = {}): EndorsementCredential {
  const issuerId = spec?.endorser?.id ?? options.issuerId
  const problems = checkEndorsementSpec(spec, issuerId)
  if (problems.length > 0) throw new InvalidSpecError(problems, 'endorsement spec')
  const now = (options.now ?? (() => new Date()))()
  const uuid = options.uuid ?? (() => uuidV4(defaultRandomBytes))
  const issuer = buildIssuer(spec.endorser, issuerId as string)
  const credential: EndorsementCredential = {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: spec.id ?? `urn:uuid:${uuid()}`,
    type: ['VerifiableCredential', 'EndorsementCredential'],
    name: spec.name ?? `Endorsement by ${spec.endorser.name}`,
    issuer,
    validFrom: spec.validFrom === undefined ? toIsoZ(now) : toIsoZ(parseSpecDate(spec.validFrom)),
    credentialSubject: {
      id: spec.subjectId,
      type: ['EndorsementSubject'],
      ...(spec.comment === undefined ? {} : { endorsementComment: spec.comment }),
    },
  }
  if (spec.description !== undefined) credential.description = spec.description
  if (spec.validUntil !== undefined) credential.validUntil = toIsoZ(parseSpecDate(spec.validUntil))
  return credential
}

const URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/

function checkEndorsementSpec(spec: EndorsementSpec, issuerId: string | undefined): ErrorProblem[] {
  const problems: ErrorProblem[] = []
  const add = (path: string, message: string): void => {
    problems.push({ path, message })
  }
  if (typeof spec !== 'object' || spec === null) return [{ path: '$', message: 'must be an object' }]
  if (typeof spec.endorser?.name !== 'string' || spec.endorser.name.trim() === '') add('$.endorser.name', 'is required: the name of the endorsing organisation')
  if (issuerId === undefined) add('$.endorser.id', 'is required (or pass options.issuerId): the endorser\'s DID or URL, the controller of the signing key')
  else if (!URI.test(issuerId)) add('$.endorser.id', `must be a URI, got ${JSON.stringify(issuerId)}`)
  if (typeof spec.subjectId !== 'string' || !URI.test(spec.subjectId)) add('$.subjectId', `must be the URI of what is endorsed, got ${JSON.stringify(spec.subjectId)}`)
  if (spec.comment !== undefined && (typeof spec.comment !== 'string' || spec.comment.trim() === '')) add('$.comment', 'must be non-empty text when given')
  if (spec.id !== undefined && (typeof spec.id !== 'string' || !URI.test(spec.id))) add('$.id', `must be a URI, got ${JSON.stringify(spec.id)}`)
  for (const key of ['validFrom', 'validUntil'] as const) {
    const value = spec[key]
    if (value === undefined) continue
    if (typeof value !== 'string' || Number.isNaN(parseSpecDate(value).getTime())) add(`$.${key}`, `must be YYYY-MM-DD or an ISO date-time, got ${JSON.stringify(value)}`)
  }
  return problems
}
