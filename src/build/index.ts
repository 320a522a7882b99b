/**
 * Building credentials from specs: `buildCredential`, `checkSpec`, and the recipient hashing helpers.
 *
 * @example
 * ```ts
 * import { buildCredential, checkSpec } from 'microcredentials'
 * const problems = checkSpec(json)
 * if (problems.length === 0) console.log(buildCredential(json as MicrocredentialSpec, { issuerId }))
 * ```
 * @module build
 */
export { buildCredential, type BuildOptions } from './build-credential.js'
export { checkSpec, type CheckSpecOptions } from './check-spec.js'
export { hashIdentifier } from './hash-identifier.js'
export { normaliseEmail } from './normalise-email.js'
export { buildEndorsement, type BuildEndorsementOptions, type EndorsementSpec } from './build-endorsement.js'
export { createPresentation, VC_JWT_DATA_URL_PREFIX, type CreatePresentationOptions, type Presentation } from './create-presentation.js'
