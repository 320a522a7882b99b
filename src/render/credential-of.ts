/**
 * Internal: the credential a badge is drawn from, when the input may be a `MicrocredentialSpec` (kept
 * apart so that the page, which takes credentials only, does not pull in the spec builder and its
 * JSON Schema validator).
 *
 * @module render
 */
import { buildCredential } from '../build/build-credential.js'
import { InvalidArgumentError } from '../errors/errors.js'
import type { MicrocredentialSpec } from '../model/microcredential-spec.js'
import { asObject } from '../quality/rule-helpers.js'
import { isSpec } from './badge-facts.js'

/**
 * The credential to draw: `input` itself, or, for a spec, the credential `buildCredential` makes of it
 * (with a fixed clock, zero randomness and a placeholder issuer id when the spec has none: nothing
 * of those is drawn, and the output stays deterministic).
 */
export function credentialOf(input: unknown): Record<string, unknown> {
  const object = asObject(input)
  if (object === undefined) throw new InvalidArgumentError('the badge input must be an OB 3.0 credential or a MicrocredentialSpec (a JSON object)')
  if (!isSpec(object)) return object
  const spec = object as unknown as MicrocredentialSpec
  const issuerId = asObject(spec.issuer)?.id
  return buildCredential(spec, {
    issuerId: typeof issuerId === 'string' ? issuerId : 'urn:example:render',
    now: () => new Date(0),
    randomBytes: (n) => new Uint8Array(n),
  }) as unknown as Record<string, unknown>
}
