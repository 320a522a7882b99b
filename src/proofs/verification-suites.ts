import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020'
import type { SupportedProof } from './proof-shape.js'

/**
 * The verify-only suite for a proof kind. `eddsa-2022` is the pre-standard name of eddsa-rdfc-2022
 * (same algorithm); the suite is relabelled so the proof's own `cryptosuite` value is what is hashed.
 */
export function verificationSuite(kind: SupportedProof): unknown {
  if (kind === 'Ed25519Signature2020') return new Ed25519Signature2020()
  if (kind === 'eddsa-2022') return new DataIntegrityProof({ cryptosuite: { ...eddsaRdfc2022, name: 'eddsa-2022' } })
  return new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 })
}
