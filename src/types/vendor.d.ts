// Minimal declarations for the Digital Bazaar signing stack (plain JavaScript, no types shipped).
// Only what this library calls is declared.

declare module 'jsonld-signatures' {
  export interface ProofResult { proof: Record<string, unknown>; verified: boolean; error?: unknown; purposeResult?: { valid: boolean; error?: unknown } }
  export interface VerifyResult { verified: boolean; results?: ProofResult[]; error?: unknown }
  export type Loader = (url: string) => Promise<{ contextUrl: string | null; documentUrl: string; document: unknown }>
  export class ProofPurpose { constructor(options?: Record<string, unknown>) }
  export class AssertionProofPurpose extends ProofPurpose {}
  export function sign(document: object, options: { suite: unknown; purpose: unknown; documentLoader: Loader; addSuiteContext?: boolean }): Promise<Record<string, unknown>>
  export function verify(document: object, options: { suite: unknown | unknown[]; purpose: unknown; documentLoader: Loader }): Promise<VerifyResult>
  export function extendContextLoader(loader: Loader): Loader
  export const purposes: { AssertionProofPurpose: typeof AssertionProofPurpose; ProofPurpose: typeof ProofPurpose }
  const api: {
    sign: typeof sign
    verify: typeof verify
    extendContextLoader: typeof extendContextLoader
    purposes: typeof purposes
  }
  export default api
}

declare module '@digitalbazaar/vc' {
  import type { Loader, ProofResult } from 'jsonld-signatures'
  export function issue(options: { credential: object; suite: unknown; documentLoader: Loader; now?: Date | string; purpose?: unknown }): Promise<Record<string, unknown>>
  export function verifyCredential(options: { credential: object; suite: unknown | unknown[]; documentLoader: Loader; now?: Date | string; checkStatus?: unknown }): Promise<{ verified: boolean; results?: ProofResult[]; error?: unknown }>
}

declare module '@digitalbazaar/data-integrity' {
  export interface SuiteSigner { id: string; algorithm: string; sign(options: { data: Uint8Array }): Promise<Uint8Array> }
  export class DataIntegrityProof {
    constructor(options?: { signer?: SuiteSigner; date?: Date | string; cryptosuite: unknown; legacyContext?: boolean })
    verificationMethod?: string
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: { name: string; canonize: unknown; createVerifier: unknown; requiredAlgorithm: string }
}

declare module '@digitalbazaar/ed25519-signature-2020' {
  import type { SuiteSigner } from '@digitalbazaar/data-integrity'
  export class Ed25519Signature2020 {
    constructor(options?: { signer?: SuiteSigner; date?: Date | string; key?: unknown })
    verificationMethod?: string
  }
}

declare module '@digitalbazaar/ed25519-multikey' {
  import type { SuiteSigner } from '@digitalbazaar/data-integrity'
  export interface Ed25519MultikeyPair {
    id?: string
    controller?: string
    publicKeyMultibase: string
    secretKeyMultibase?: string
    signer(): SuiteSigner
    export(options?: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<Record<string, unknown>>
  }
  export function generate(options?: { id?: string; controller?: string; seed?: Uint8Array }): Promise<Ed25519MultikeyPair>
  export function from(key: Record<string, unknown>): Promise<Ed25519MultikeyPair>
}
