/**
 * Verifiable presentations: a holder wraps credentials to share them with a verifier.
 *
 * @module build
 */
import { VC_V2_CONTEXT } from '../contexts/urls.js'
import { InvalidArgumentError } from '../errors/errors.js'
import { isCompactJws } from '../lib/compact-jws.js'

/**
 * The `id` prefix of an enveloped VC-JWT in a presentation (`data:application/vc+jwt,<token>`).
 *
 * @example
 * ```ts
 * import { VC_JWT_DATA_URL_PREFIX } from 'microcredentials'
 * const token = String(entry.id).slice(VC_JWT_DATA_URL_PREFIX.length) // entry.type === 'EnvelopedVerifiableCredential'
 * ```
 */
export const VC_JWT_DATA_URL_PREFIX = 'data:application/vc+jwt,'

/**
 * An unsigned VCDM 2.0 verifiable presentation, as {@link createPresentation} makes it.
 *
 * @example
 * ```ts
 * import { createPresentation, type Presentation } from 'microcredentials'
 * const presentation: Presentation = createPresentation([signedBadge], 'did:key:z6Mk…')
 * presentation.verifiableCredential.length // 1
 * ```
 */
export interface Presentation {
  '@context': string[]
  id?: string
  type: string[]
  holder: string
  verifiableCredential: Array<Record<string, unknown>>
  [key: string]: unknown
}

/**
 * Options of {@link createPresentation}.
 *
 * @example
 * ```ts
 * import { createPresentation, type CreatePresentationOptions } from 'microcredentials'
 * const options: CreatePresentationOptions = { id: 'urn:uuid:6a1f…' }
 * const presentation = createPresentation([signedBadge], holderDid, options)
 * ```
 */
export interface CreatePresentationOptions {
  /** The presentation's `id` (a URL or `urn:uuid:`). Default: none. */
  id?: string
}

/**
 * Wraps signed credentials in an unsigned VCDM 2.0 presentation for `holder` (the learner's DID, whose
 * key will sign it). A credential given as a VC-JWT string is enveloped
 * (`EnvelopedVerifiableCredential`, `id: data:application/vc+jwt,<token>`); credential objects are
 * copied as they are. Sign it with `signPresentation` (`microcredentials/issue`). Throws
 * `InvalidArgumentError` for a holder that is not a URL, no credentials, or an entry that is neither
 * an object nor a compact JWS.
 *
 * @example
 * ```ts
 * import { createPresentation } from 'microcredentials'
 * import { signPresentation } from 'microcredentials/issue'
 * const unsigned = createPresentation([basiszorg, wondzorgJwt], learner.controller)
 * const vp = await signPresentation(unsigned, createSigner(learner), { challenge: nonceFromEmployer, domain: 'werkgever.example.nl' })
 * ```
 */
export function createPresentation(credentials: ReadonlyArray<Record<string, unknown> | string>, holder: string, options: CreatePresentationOptions = {}): Presentation {
  if (typeof holder !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(holder)) throw new InvalidArgumentError(`"holder" must be the holder's DID or URL, got ${JSON.stringify(holder)}`)
  if (!Array.isArray(credentials) || credentials.length === 0) throw new InvalidArgumentError('"credentials" must be a non-empty array of signed credentials')
  if (options.id !== undefined && (typeof options.id !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(options.id))) throw new InvalidArgumentError(`"id" must be a URL, got ${JSON.stringify(options.id)}`)
  const presentation: Presentation = {
    '@context': [VC_V2_CONTEXT],
    ...(options.id === undefined ? {} : { id: options.id }),
    type: ['VerifiablePresentation'],
    holder,
    verifiableCredential: credentials.map(entryOf),
  }
  return presentation
}

function entryOf(credential: Record<string, unknown> | string, index: number): Record<string, unknown> {
  if (typeof credential === 'string') {
    const token = credential.trim()
    if (!isCompactJws(token)) throw new InvalidArgumentError(`credentials[${index}] is a string but not a compact JWS (VC-JWT)`)
    return { '@context': VC_V2_CONTEXT, id: `${VC_JWT_DATA_URL_PREFIX}${token}`, type: 'EnvelopedVerifiableCredential' }
  }
  if (typeof credential !== 'object' || credential === null || Array.isArray(credential)) throw new InvalidArgumentError(`credentials[${index}] must be a signed credential object or a VC-JWT string`)
  if (credential.proof === undefined) throw new InvalidArgumentError(`credentials[${index}] has no proof: present signed credentials`)
  return structuredClone(credential)
}
