import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020'
import { createCanonize, definedOnly, type CanonicalisationPolicy, type CanonicalMemo, type SuiteCanonize } from '../canonical/canonicalise.js'
import { cachedVerifiers } from './cached-verifier.js'
import type { SupportedProof } from './proof-shape.js'

/** Options rdf-canonize takes to bound its work (passed through to every canonicalisation), and the canonicalisation policy. */
export interface CanonizeBounds {
  /** Fast JSON-LD path with fallback (`'auto'`, default), fast path only, or jsonld.js only. */
  policy?: CanonicalisationPolicy
  /** Canonical forms computed earlier in the same operation (issuing: signing, then the self-check). */
  memo?: CanonicalMemo
  /** rdf-canonize `maxWorkFactor`. */
  maxWorkFactor?: number
  /** Aborts N-degree hashing when it fires. */
  signal?: AbortSignal
}

/**
 * The verify-only suite for a proof kind. `eddsa-2022` is the pre-standard name of eddsa-rdfc-2022
 * (same algorithm); the suite is relabelled so the proof's own `cryptosuite` value is what is hashed.
 * `bounds` reach rdf-canonize: through the cryptosuite's `canonize` options for Data Integrity
 * proofs, through `canonizeOptions` for Ed25519Signature2020.
 */
export function verificationSuite(kind: SupportedProof, bounds: CanonizeBounds = {}): unknown {
  const extra = definedOnly(bounds)
  const policy = bounds.policy ?? 'auto'
  if (kind === 'Ed25519Signature2020') {
    // jsonld-signatures spreads `canonizeOptions` into the options it passes to rdf-canonize.
    const options: Record<string, unknown> = Object.keys(extra).length > 0 ? { canonizeOptions: extra } : {}
    return withCanonize(new Ed25519Signature2020(options as ConstructorParameters<typeof Ed25519Signature2020>[0]), policy, { ...extra, memo: bounds.memo })
  }
  const base = eddsaRdfc2022
  const canonize = createCanonize(policy, { ...extra, memo: bounds.memo })
  const name = kind === 'eddsa-2022' ? 'eddsa-2022' : base.name
  return new DataIntegrityProof({ cryptosuite: { ...base, name, canonize, createVerifier: VERIFIER } })
}

const VERIFIER = cachedVerifiers((eddsaRdfc2022 as unknown as { createVerifier: Parameters<typeof cachedVerifiers>[0] }).createVerifier)

/**
 * A linked-data suite (Ed25519Signature2020) canonicalising through the fast path, its own `canonize`
 * (jsonld.js `canonize`) being the fallback.
 */
export function withCanonize<T>(suite: T, policy: CanonicalisationPolicy, bounds: { maxWorkFactor?: number; signal?: AbortSignal; memo?: CanonicalMemo | undefined } = {}): T {
  const s = suite as T & { canonize: SuiteCanonize }
  const own = s.canonize.bind(s)
  s.canonize = createCanonize(policy, bounds, own)
  return suite
}
