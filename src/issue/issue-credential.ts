/**
 * Issuing: sign an OB 3.0 credential with an embedded Data Integrity proof.
 *
 * @module issue
 */
import type { Signer } from '../keys/key-pair.js'
import type { EndorsementCredential, OpenBadgeCredential } from '../model/credential.js'
import { issueCredentialWithReport } from './issue-credential-with-report.js'
import type { IssueOptions, SignedCredential } from './types.js'

export type { IssueOptions, SignedCredential } from './types.js'

/**
 * Signs a credential: checks the pinned contexts and its quality profile (microcredentials `auto`,
 * other badges the OB 3.0 rules; error findings stop issuance with `QualityGateError`), checks that
 * the signer's key is controlled by `issuer.id`, adds an `assertionMethod` proof (`eddsa-rdfc-2022` by
 * default, or `Ed25519Signature2020`) in JSON-LD safe mode, and verifies the result before returning.
 * With `format: 'vc-jwt'` it returns a compact JWS instead (`alg` EdDSA, ES256 or RS256, after the
 * signer's key; the payload is the credential plus `iss`, `jti`, `sub`, `nbf`, `exp`, `iat`).
 * Throws typed errors (`InvalidCredentialError`, `QualityGateError`, `IssuerKeyMismatchError`,
 * `SigningError`); the input object is not changed. `issueCredentialWithReport` also returns the
 * quality report and any override.
 *
 * @example
 * ```ts
 * import { buildCredential } from 'microcredentials'
 * import { issueCredential } from 'microcredentials/issue'
 * import { generateKeyPair, createSigner } from 'microcredentials/keys'
 * const keyPair = await generateKeyPair()
 * const signed = await issueCredential(buildCredential(spec, { issuerId: keyPair.controller }), createSigner(keyPair))
 * const p256 = await generateKeyPair({ type: 'P-256' })
 * const jwt = await issueCredential(buildCredential(spec, { issuerId: p256.controller }), createSigner(p256), { format: 'vc-jwt' })
 * ```
 */
export async function issueCredential(credential: OpenBadgeCredential | EndorsementCredential | Record<string, unknown>, signer: Signer, options: IssueOptions & { format: 'vc-jwt' }): Promise<string>
export async function issueCredential(credential: OpenBadgeCredential | EndorsementCredential | Record<string, unknown>, signer: Signer, options?: IssueOptions): Promise<SignedCredential>
export async function issueCredential(credential: OpenBadgeCredential | EndorsementCredential | Record<string, unknown>, signer: Signer, options: IssueOptions = {}): Promise<SignedCredential | string> {
  if (options.format === 'vc-jwt') return (await issueCredentialWithReport(credential, signer, { ...options, format: 'vc-jwt' })).jwt
  return (await issueCredentialWithReport(credential, signer, options)).credential
}
