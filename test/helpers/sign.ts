/**
 * Signing helpers for tests that need output the issuer would refuse or shape differently: the library's
 * signing suite (either format), optionally with
 * a proof `id`, a `previousProof` and the proofs it chains to (DI "Add Proof Set/Chain": the new
 * proof signs the document carrying the proofs it names), or relabelled as `eddsa-2022`.
 */
import { DataIntegrityProof, type SuiteSigner } from '@digitalbazaar/data-integrity'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import jsigs from 'jsonld-signatures'
import { createSigningSuite, type ProofFormat } from '../../src/issue/signing-suite.js'
import type { Signer } from '../../src/keys/index.js'
import { createDocumentLoader, type DocumentLoader } from '../../src/loader/index.js'

/** Any JSON object under test. */
export type Json = Record<string, any>

/** Options of {@link signProof}. */
export interface SignProofOptions {
  /** The new proof's `id`. */
  id?: string
  /** The new proof's `previousProof` value (written as given, valid or not). */
  previousProof?: unknown
  /** Proofs the new proof signs over (put into the document as `proof` while signing). Default: none. */
  signOver?: Json[]
  /** `eddsa-2022` relabels the cryptosuite (the pre-standard name). Default `eddsa-rdfc-2022`. */
  cryptosuite?: 'eddsa-rdfc-2022' | 'eddsa-2022'
  /** The proof format of the library's suite. Default `eddsa-rdfc-2022`. */
  format?: ProofFormat
  created?: string
  loader?: DocumentLoader
}

/** Appends a proof by `signer` to `doc` (existing proofs are kept, as jsonld-signatures does). */
export async function signProof(doc: Json, signer: Signer, options: SignProofOptions = {}): Promise<Json> {
  const created = new Date(options.created ?? '2025-09-01T10:00:00Z')
  const suite = (options.cryptosuite === 'eddsa-2022' ? legacySuite(signer, created) : createSigningSuite(options.format ?? 'eddsa-rdfc-2022', signer, created)) as Json
  const template: Json = {}
  if (options.id !== undefined) template.id = options.id
  if (options.previousProof !== undefined) template.previousProof = options.previousProof
  if (Object.keys(template).length > 0) suite.proof = template
  const over = options.signOver ?? []
  if (over.length > 0) {
    const inner = suite.createProof.bind(suite)
    suite.createProof = (args: Json) => inner({ ...args, document: { ...args.document, proof: over } })
  }
  return jsigs.sign(structuredClone(doc), {
    suite,
    purpose: new jsigs.purposes.AssertionProofPurpose(),
    documentLoader: options.loader ?? createDocumentLoader(),
  }) as Promise<Json>
}

function legacySuite(signer: Signer, date: Date): unknown {
  const adapted: SuiteSigner = { id: signer.id, algorithm: 'Ed25519', sign: async ({ data }) => signer.sign(data) }
  return new DataIntegrityProof({ signer: adapted, date, cryptosuite: { ...eddsaRdfc2022, name: 'eddsa-2022' } })
}

/** The proofs of a signed document as a list. */
export const proofsOf = (doc: Json): Json[] => (Array.isArray(doc.proof) ? doc.proof : doc.proof === undefined ? [] : [doc.proof])

/** A proof with one base58 character of its `proofValue` changed (same length, still 64 bytes). */
export function corrupt(proof: Json): Json {
  const value = String(proof.proofValue)
  const last = value.slice(-1)
  return { ...proof, proofValue: value.slice(0, -1) + (last === 'A' ? 'B' : 'A') }
}
