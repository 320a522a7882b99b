import { DataIntegrityProof, type SuiteSigner } from '@digitalbazaar/data-integrity'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020'
import { createCanonize, type CanonicalisationPolicy, type CanonicalMemo } from '../canonical/canonicalise.js'
import { SigningError, UnsupportedFormatError } from '../errors/errors.js'
import type { Signer } from '../keys/key-pair.js'
import { withCanonize } from '../proofs/verification-suites.js'

/**
 * Embedded-proof formats this library issues: `eddsa-rdfc-2022` (a `DataIntegrityProof`, the default)
 * or `Ed25519Signature2020`.
 *
 * @example
 * ```ts
 * import { issueCredential, type ProofFormat } from 'microcredentials/issue'
 * const format: ProofFormat = 'Ed25519Signature2020'
 * const signed = await issueCredential(credential, signer, { format })
 * ```
 */
export type ProofFormat = 'eddsa-rdfc-2022' | 'Ed25519Signature2020'

/** Builds the Digital Bazaar signing suite for a format over a {@link Signer}, canonicalising under `policy`. */
export function createSigningSuite(format: ProofFormat, signer: Signer, created: Date, policy: CanonicalisationPolicy = 'auto', memo?: CanonicalMemo): unknown {
  if (signer.algorithm !== 'Ed25519') throw new UnsupportedFormatError(`${format} needs an Ed25519 signer, got ${JSON.stringify(signer.algorithm)}`)
  const adapted: SuiteSigner = {
    id: signer.id,
    algorithm: 'Ed25519',
    async sign({ data }) {
      try {
        return await signer.sign(data)
      } catch (cause) {
        throw new SigningError('ERR_SIGNING_FAILED', `signer ${signer.id} failed: ${(cause as Error)?.message ?? String(cause)}`, { cause })
      }
    },
  }
  // Whole seconds: `created` is an XML Schema dateTime and the spec examples use second precision.
  const date = new Date(Math.floor(created.getTime() / 1000) * 1000)
  if (format === 'eddsa-rdfc-2022') return new DataIntegrityProof({ signer: adapted, date, cryptosuite: { ...eddsaRdfc2022, canonize: createCanonize(policy, { memo }) } })
  if (format === 'Ed25519Signature2020') return withCanonize(new Ed25519Signature2020({ signer: adapted, date }), policy, { memo })
  throw new UnsupportedFormatError(`unknown proof format ${JSON.stringify(format)}; use eddsa-rdfc-2022 or Ed25519Signature2020`)
}
