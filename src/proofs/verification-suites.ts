import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020'
import type { SupportedProof } from './proof-shape.js'

/** Options rdf-canonize takes to bound its work (passed through to every canonicalisation). */
export interface CanonizeBounds {
  /** rdf-canonize `maxWorkFactor`. */
  maxWorkFactor?: number
  /** Aborts N-degree hashing when it fires. */
  signal?: AbortSignal
}

type Canonize = (input: unknown, options: Record<string, unknown>) => Promise<string>

/**
 * The verify-only suite for a proof kind. `eddsa-2022` is the pre-standard name of eddsa-rdfc-2022
 * (same algorithm); the suite is relabelled so the proof's own `cryptosuite` value is what is hashed.
 * `bounds` reach rdf-canonize: through the cryptosuite's `canonize` options for Data Integrity
 * proofs, through `canonizeOptions` for Ed25519Signature2020.
 */
export function verificationSuite(kind: SupportedProof, bounds: CanonizeBounds = {}): unknown {
  const extra = definedOnly(bounds)
  if (kind === 'Ed25519Signature2020') {
    // jsonld-signatures spreads `canonizeOptions` into the options it passes to rdf-canonize.
    const options: Record<string, unknown> = Object.keys(extra).length > 0 ? { canonizeOptions: extra } : {}
    return new Ed25519Signature2020(options as ConstructorParameters<typeof Ed25519Signature2020>[0])
  }
  const base = eddsaRdfc2022 as typeof eddsaRdfc2022 & { canonize: Canonize }
  const canonize: Canonize = (input, options) => base.canonize(input, { ...options, ...extra })
  const name = kind === 'eddsa-2022' ? 'eddsa-2022' : base.name
  return new DataIntegrityProof({ cryptosuite: { ...base, name, canonize } })
}

function definedOnly(bounds: CanonizeBounds): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (bounds.maxWorkFactor !== undefined) out.maxWorkFactor = bounds.maxWorkFactor
  if (bounds.signal !== undefined) out.signal = bounds.signal
  return out
}
