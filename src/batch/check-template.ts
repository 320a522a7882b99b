/**
 * Internal: the batch's template spec is checked once, before any row.
 *
 * @module batch
 */
import { checkSpec } from '../build/check-spec.js'
import { InvalidArgumentError, InvalidSpecError } from '../errors/errors.js'
import type { MicrocredentialSpec } from '../model/microcredential-spec.js'

/**
 * Throws `InvalidSpecError` when the template has problems of its own (not of the per-learner parts:
 * recipient, grade, evidence), including an `issuer.id` that is not the signing key's controller.
 */
export function checkTemplate(spec: MicrocredentialSpec, issuerId: string, now: Date): void {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) throw new InvalidArgumentError('"spec" must be a microcredential spec object')
  const { recipient: _recipient, result, evidence: _evidence, id: _id, ...rest } = spec
  const probe = { ...rest, recipient: { id: 'did:example:batch-learner' }, ...(result?.status ? { result: { status: result.status } } : {}) }
  const problems = checkSpec(probe, { issuerId, requireIssuerId: true, now })
  if (problems.length > 0) throw new InvalidSpecError(problems)
}
