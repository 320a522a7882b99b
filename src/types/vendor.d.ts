// Minimal declarations for the Digital Bazaar signing stack (plain JavaScript, no types shipped).
// Only what this library calls is declared.

declare module 'jsonld-signatures' {
  export interface ProofResult { proof: Record<string, unknown>; verified: boolean; error?: unknown; purposeResult?: { valid: boolean; error?: unknown } }
  export interface VerifyResult { verified: boolean; results?: ProofResult[]; error?: unknown }
  export type Loader = (url: string) => Promise<{ contextUrl: string | null; documentUrl: string; document: unknown }>
  export class ProofPurpose { constructor(options?: Record<string, unknown>) }
  export class AssertionProofPurpose extends ProofPurpose {}
  export class AuthenticationProofPurpose extends ProofPurpose {
    constructor(options: { challenge: string; domain?: string | string[]; controller?: Record<string, unknown>; date?: Date | string; maxTimestampDelta?: number })
  }
  export function sign(document: object, options: { suite: unknown; purpose: unknown; documentLoader: Loader; addSuiteContext?: boolean }): Promise<Record<string, unknown>>
  export function verify(document: object, options: { suite: unknown | unknown[]; purpose: unknown; documentLoader: Loader }): Promise<VerifyResult>
  export function extendContextLoader(loader: Loader): Loader
  export const purposes: { AssertionProofPurpose: typeof AssertionProofPurpose; AuthenticationProofPurpose: typeof AuthenticationProofPurpose; ProofPurpose: typeof ProofPurpose }
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
  export function createPresentation(options: { verifiableCredential?: object | object[]; holder?: string; id?: string; version?: number }): Record<string, unknown>
  export function verify(options: { presentation: object; challenge?: string; domain?: string; suite: unknown | unknown[]; documentLoader: Loader; presentationPurpose?: unknown }): Promise<{ verified: boolean; error?: unknown }>
  export function signPresentation(options: { presentation: object; suite: unknown; documentLoader: Loader; challenge: string; domain?: string; purpose?: unknown }): Promise<Record<string, unknown>>
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

// jsonld.js internals the canonical fast path uses to process contexts exactly as jsonld.js does.
declare module 'jsonld/lib/context.js' {
  /** A processed (active) JSON-LD context; opaque apart from what the fast path reads. */
  export interface ActiveContext {
    mappings: Map<string, Record<string, unknown> | null>
    previousContext?: ActiveContext
    revertToPreviousContext(): ActiveContext
    [key: string]: unknown
  }
  const api: {
    process(args: { activeCtx: ActiveContext; localCtx: unknown; options: Record<string, unknown>; propagate?: boolean; overrideProtected?: boolean }): Promise<ActiveContext>
    getInitialContext(options: Record<string, unknown>): ActiveContext
    expandIri(activeCtx: ActiveContext, value: string, relativeTo: { base?: boolean; vocab?: boolean }, options: Record<string, unknown>): string | null
    getContextValue(ctx: ActiveContext, key: string | null, type: string): unknown
    isKeyword(value: unknown): boolean
  }
  export default api
}

declare module 'jsonld/lib/ContextResolver.js' {
  export default class ContextResolver {
    constructor(options: { sharedCache: { get(key: string): unknown; set(key: string, value: unknown): unknown } })
  }
}

declare module 'rdf-canonize' {
  /** RDFC-1.0 canonical N-Quads of a dataset (here: N-Quads text with `inputFormat`). */
  export function canonize(input: string, options: { algorithm: 'RDFC-1.0'; inputFormat?: 'application/n-quads'; maxWorkFactor?: number; signal?: AbortSignal }): Promise<string>
}
