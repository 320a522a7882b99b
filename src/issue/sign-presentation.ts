/**
 * Signing a verifiable presentation: the holder proves control of its key, for one verifier's
 * challenge and domain.
 *
 * @module issue
 */
import * as vc from '@digitalbazaar/vc'
import { InvalidArgumentError, IssuerKeyMismatchError, SigningError } from '../errors/errors.js'
import type { Signer } from '../keys/key-pair.js'
import { controllerOf } from '../lib/issuer-id.js'
import { createDocumentLoader } from '../loader/create-document-loader.js'
import { decodeCompactJws } from '../proofs/jwt/decode-jws.js'
import { verifyJwtPresentationProof } from '../proofs/jwt/verify-jwt-presentation-proof.js'
import { checkProofShape } from '../proofs/proof-shape.js'
import { verifyProof } from '../proofs/verify-proof.js'
import { createSigningSuite } from './signing-suite.js'
import { selfCheckLoader } from './self-check.js'
import { JWT_ALGORITHM_OF, signCompactJws } from './sign-compact-jws.js'
import type { CanonicalisationPolicy } from '../canonical/canonicalise.js'

/**
 * Options of {@link signPresentation}: the verifier's `challenge` and `domain` are required.
 *
 * @example
 * ```ts
 * import { signPresentation, type SignPresentationOptions } from 'microcredentials/issue'
 * const options: SignPresentationOptions = { challenge: 'c0ae1c8e-c7e7-469f-b252-86e6a0e7387e', domain: 'werkgever.example.nl', format: 'vc-jwt' }
 * const jwt = await signPresentation(unsigned, holderSigner, options)
 * ```
 */
export interface SignPresentationOptions {
  /** The verifier's nonce, to stop replay. Required. */
  challenge: string
  /** The verifier the presentation is meant for (its domain or URL). Required. */
  domain: string
  /** `eddsa-rdfc-2022` (default: an embedded `authentication` proof) or `vc-jwt` (a compact JWS). */
  format?: 'eddsa-rdfc-2022' | 'vc-jwt'
  /** Signing time (`proof.created`, JWT `iat`). Default: now. */
  now?: Date | string
  /** With `vc-jwt`: seconds until the token expires (`exp`). Default: no `exp`. */
  expiresInSeconds?: number
  /** The holder's controller document when it is not a did:key / did:jwk (for the self-check). */
  documents?: Record<string, unknown>
  /** Canonicalisation policy for the Data Integrity proof (see `IssueOptions.canonicalisation`). */
  canonicalisation?: CanonicalisationPolicy
}

/**
 * Signs a presentation as its holder: the signer's key must be controlled by `presentation.holder`.
 * `eddsa-rdfc-2022` adds a `DataIntegrityProof` with `proofPurpose: authentication`, `challenge` and
 * `domain` (and returns the signed presentation); `vc-jwt` returns a compact JWS whose payload is the
 * presentation plus `iss` (holder), `aud` (domain), `nonce` (challenge) and `iat`. The result is
 * verified before it is returned. The credentials inside are not re-signed.
 *
 * @example
 * ```ts
 * import { createPresentation } from 'microcredentials'
 * import { signPresentation } from 'microcredentials/issue'
 * const unsigned = createPresentation([basiszorg], learner.controller)
 * const vp = await signPresentation(unsigned, createSigner(learner), { challenge, domain: 'werkgever.example.nl' })
 * ```
 */
export async function signPresentation(presentation: Record<string, unknown>, signer: Signer, options: SignPresentationOptions & { format: 'vc-jwt' }): Promise<string>
export async function signPresentation(presentation: Record<string, unknown>, signer: Signer, options: SignPresentationOptions): Promise<Record<string, unknown>>
export async function signPresentation(presentation: Record<string, unknown>, signer: Signer, options: SignPresentationOptions): Promise<Record<string, unknown> | string> {
  const created = checkArguments(presentation, signer, options)
  const controller = signer.controller ?? controllerOf(signer.id)
  const documents = options.documents ?? {}
  if (options.format === 'vc-jwt') return signJwtPresentation(presentation, signer, options, created, controller, documents)
  const suite = createSigningSuite('eddsa-rdfc-2022', signer, created, options.canonicalisation ?? 'auto')
  let signed: Record<string, unknown>
  try {
    signed = await vc.signPresentation({ presentation: structuredClone(presentation), suite, challenge: options.challenge, domain: options.domain, documentLoader: createDocumentLoader({ documents }) })
  } catch (error) {
    throw new SigningError('ERR_SIGNING_FAILED', `signing the presentation failed: ${(error as Error)?.message ?? String(error)}`, { cause: error })
  }
  await selfCheck(signed, signer, controller, documents, options)
  return signed
}

function checkArguments(presentation: Record<string, unknown>, signer: Signer, options: SignPresentationOptions): Date {
  if (typeof presentation !== 'object' || presentation === null || Array.isArray(presentation)) throw new InvalidArgumentError('"presentation" must be an object (see createPresentation)')
  if (!signer || typeof signer.sign !== 'function' || typeof signer.id !== 'string') throw new InvalidArgumentError('"signer" must be { id, algorithm, sign(bytes) } (see createSigner)')
  for (const name of ['challenge', 'domain'] as const) {
    if (typeof options?.[name] !== 'string' || options[name].length === 0) throw new InvalidArgumentError(`"${name}" is required: the verifier's ${name === 'challenge' ? 'nonce' : 'domain'}, as a non-empty string`)
  }
  if (options.format !== undefined && options.format !== 'eddsa-rdfc-2022' && options.format !== 'vc-jwt') throw new InvalidArgumentError(`unknown presentation format ${JSON.stringify(options.format)}`)
  if (presentation.proof !== undefined) throw new InvalidArgumentError('presentation already has a proof')
  const holder = typeof presentation.holder === 'string' ? presentation.holder : (presentation.holder as { id?: unknown } | undefined)?.id
  const controller = signer.controller ?? controllerOf(signer.id)
  if (holder !== controller) throw new IssuerKeyMismatchError(`signing key ${signer.id} is controlled by ${controller}, but the presentation's holder is ${JSON.stringify(holder)}`)
  const created = options.now === undefined ? new Date() : new Date(options.now)
  if (Number.isNaN(created.getTime())) throw new InvalidArgumentError(`"now" is not a date: ${String(options.now)}`)
  return created
}

async function selfCheck(signed: Record<string, unknown>, signer: Signer, controller: string, documents: Record<string, unknown>, options: SignPresentationOptions): Promise<void> {
  const proofs = Array.isArray(signed.proof) ? signed.proof : [signed.proof]
  const proof = proofs[proofs.length - 1] as Record<string, unknown>
  const shape = checkProofShape(proof, '$.proof', 'authentication')
  if ('problem' in shape) throw new SigningError('ERR_SELF_CHECK_FAILED', `the presentation proof is malformed: ${shape.problem.message}`)
  const outcome = await verifyProof(signed, proof, shape.suite, selfCheckLoader(signer, controller, documents), {
    purpose: { authentication: { challenge: options.challenge, domain: options.domain } },
    ...(options.canonicalisation ? { canonicalisation: options.canonicalisation } : {}),
  })
  if (!outcome.verified) throw new SigningError('ERR_SELF_CHECK_FAILED', `the signed presentation does not verify: ${outcome.code}: ${outcome.message}`)
}

async function signJwtPresentation(presentation: Record<string, unknown>, signer: Signer, options: SignPresentationOptions, created: Date, controller: string, documents: Record<string, unknown>): Promise<string> {
  const alg = JWT_ALGORITHM_OF[signer.algorithm]
  if (!alg) throw new InvalidArgumentError(`signer ${signer.id} has algorithm ${JSON.stringify(signer.algorithm)}; a presentation JWT needs Ed25519 (EdDSA), ES256 or RS256`)
  const iat = Math.floor(created.getTime() / 1000)
  const payload: Record<string, unknown> = { ...presentation, iss: controller, aud: options.domain, nonce: options.challenge, iat }
  if (options.expiresInSeconds !== undefined) payload.exp = iat + options.expiresInSeconds
  const jwt = await signCompactJws(signer, alg, payload)
  const decoded = decodeCompactJws(jwt)
  if (!decoded.ok) throw new SigningError('ERR_SELF_CHECK_FAILED', `the presentation JWT does not decode: ${decoded.message}`)
  const outcome = await verifyJwtPresentationProof(decoded.jws, selfCheckLoader(signer, controller, documents), { holder: controller, challenge: options.challenge, domain: options.domain, now: created, skewMs: 0 })
  const first = outcome.errors[0]
  if (first) throw new SigningError('ERR_SELF_CHECK_FAILED', `the presentation JWT does not verify: ${first.code}: ${first.message}`)
  return jwt
}
