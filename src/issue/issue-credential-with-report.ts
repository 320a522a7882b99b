import { InvalidArgumentError } from '../errors/errors.js'
import type { Signer } from '../keys/key-pair.js'
import type { EndorsementCredential, OpenBadgeCredential } from '../model/credential.js'
import { issueWithStore } from './issue-with-store.js'
import { prepareIssue, signPrepared } from './prepare-issue.js'
import { signJwt } from './sign-jwt.js'
import type { IssueOptions, IssueResult, JwtIssueResult } from './types.js'

/**
 * Signs a credential and reports how it was checked: pinned contexts, the quality profile (error
 * findings stop issuance with `QualityGateError` unless `qualityOverride` gives a reason, which is then
 * recorded in the result), the issuer/key binding, an `assertionMethod` proof (`eddsa-rdfc-2022` by
 * default, or `Ed25519Signature2020`) in JSON-LD safe mode, or a VC-JWT (`format: 'vc-jwt'`, then
 * `jwt` holds the token), and a verification of the output.
 * With a `store`, the credential also gets a `BitstringStatusListEntry` and a durable record, once per
 * `idempotencyKey` (`record` and `reused` say which). The input object is not changed.
 *
 * @example
 * ```ts
 * import { issueCredentialWithReport } from 'microcredentials/issue'
 * const { credential, quality } = await issueCredentialWithReport(unsigned, signer, { profile: 'mbo' })
 * quality.findings.filter((f) => f.severity === 'warning')
 * ```
 */
export async function issueCredentialWithReport(credential: OpenBadgeCredential | EndorsementCredential | Record<string, unknown>, signer: Signer, options: IssueOptions & { format: 'vc-jwt' }): Promise<JwtIssueResult>
export async function issueCredentialWithReport(credential: OpenBadgeCredential | EndorsementCredential | Record<string, unknown>, signer: Signer, options?: IssueOptions): Promise<IssueResult>
export async function issueCredentialWithReport(credential: OpenBadgeCredential | EndorsementCredential | Record<string, unknown>, signer: Signer, options: IssueOptions = {}): Promise<IssueResult | JwtIssueResult> {
  const prepared = prepareIssue(credential, signer, options)
  if (options.store !== undefined) {
    if (prepared.format === 'vc-jwt') throw new InvalidArgumentError('a "store" keeps Data Integrity credentials only; issue vc-jwt credentials without one')
    return issueWithStore(prepared, options.store, options)
  }
  if (options.idempotencyKey !== undefined) throw new InvalidArgumentError('"idempotencyKey" needs a "store" to keep the issued credential in')
  if (prepared.format === 'vc-jwt') {
    const jwt = await signJwt(prepared, prepared.unsigned, { ...(options.alg ? { alg: options.alg } : {}), ...(options.jwtForm ? { jwtForm: options.jwtForm } : {}) })
    return { jwt, credential: prepared.unsigned, ...prepared.gate }
  }
  return { credential: await signPrepared(prepared, prepared.unsigned), ...prepared.gate }
}
