/**
 * Shared helpers for the attack tests (security.md §5): credentials are signed during the test, either
 * through the library's signing suite (jsonld-signatures, safe mode) or by hand (`signRaw`), for
 * credentials a correct issuer would refuse to produce.
 */
import { createHash } from 'node:crypto'
import jsonld from 'jsonld'
import { base58btc } from 'multiformats/bases/base58'
import { expect } from 'vitest'
import type { ProofFormat } from '../../../src/issue/signing-suite.js'
import { createSigner, generateKeyPair, type Ed25519KeyPair, type Signer } from '../../../src/keys/index.js'
import { createDocumentLoader, type DocumentLoader } from '../../../src/loader/index.js'
import { verifyCredential, type VerificationResult, type VerifyOptions } from '../../../src/verify/index.js'
import { NOW, testKey } from '../../helpers/credentials.js'
import { signProof } from '../../helpers/sign.js'

/** Any JSON object under test (loose on purpose: tests poke at arbitrary paths). */
export type Json = Record<string, any>

/** The victim issuer's key (the default test key). */
export const victimKey = () => testKey()
/** An attacker's key. */
export const attackerKey = () => testKey(Uint8Array.from({ length: 32 }, () => 9))

/** A deep copy. */
export const clone = <T>(value: T): T => structuredClone(value)

/** `check:CODE` for every error, in reported order. */
export const codes = (r: VerificationResult): string[] => r.errors.map((e) => `${e.check}:${e.code}`)

/** Verifies at {@link NOW} unless `options.now` says otherwise. */
export function verify(input: unknown, options: VerifyOptions = {}): Promise<VerificationResult> {
  return verifyCredential(input, { now: NOW, ...options })
}

/**
 * Asserts a rejection: not verified, no credential returned, the check marked failed and the
 * `check:CODE` pair among the errors.
 */
export function expectRejected(r: VerificationResult, expected: `${string}:${string}`): void {
  const [check] = expected.split(':')
  expect(r.verified).toBe(false)
  expect(r.credential).toBeUndefined()
  expect(codes(r)).toContain(expected)
  expect(r.checks.find((c) => c.id === check)?.status).toBe('failed')
}

/** Signs with the library's suite (jsonld-signatures, JSON-LD safe mode), as an attacker could. */
export function signWithSuite(doc: Json, signer: Signer, options: { created?: string; format?: ProofFormat; loader?: DocumentLoader } = {}): Promise<Json> {
  return signProof(doc, signer, options)
}

/** Options of {@link signRaw}. */
export interface RawSignOptions {
  /** Proof fields; `type`, `cryptosuite`, `created`, `verificationMethod`, `proofPurpose` default to an eddsa-rdfc-2022 assertion. */
  proof?: Json
  /** Canonicalise in JSON-LD safe mode (default false: signs whatever jsonld keeps, like a buggy issuer). */
  safe?: boolean
  /** Replace the signature bytes (for crafted signatures). */
  signature?: (signed: Uint8Array) => Uint8Array
  loader?: DocumentLoader
}

/**
 * Signs an eddsa-rdfc-2022 proof by hand (vc-di-eddsa §3.3): SHA-256 of the canonical proof options
 * (with the document's `@context`), then of the canonical document, signed with Ed25519. Unlike the
 * suite, it does not insist on safe mode, so a buggy issuer's output can be reproduced.
 */
export async function signRaw(doc: Json, signer: Signer, options: RawSignOptions = {}): Promise<Json> {
  const loader = options.loader ?? createDocumentLoader()
  const { proof: _old, ...document } = clone(doc)
  const proof: Json = {
    type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', created: '2025-09-01T10:00:00Z',
    verificationMethod: signer.id, proofPurpose: 'assertionMethod', ...options.proof,
  }
  const safe = options.safe ?? false
  const proofHash = sha256(await canonical({ '@context': document['@context'], ...proof }, loader, safe))
  const docHash = sha256(await canonical(document, loader, safe))
  const data = new Uint8Array([...proofHash, ...docHash])
  const signature = await signer.sign(data)
  proof.proofValue = base58btc.encode(options.signature ? options.signature(signature) : signature)
  return { ...document, proof }
}

async function canonical(doc: Json, documentLoader: DocumentLoader, safe: boolean): Promise<string> {
  const options = { algorithm: 'RDFC-1.0', format: 'application/n-quads', safe, base: null, documentLoader }
  return (await jsonld.canonize(doc as jsonld.JsonLdDocument, options as unknown as jsonld.Options.Normalize)) as unknown as string
}

function sha256(text: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(text, 'utf8').digest())
}

/** Canonical N-Quads of a document without its proof (safe mode off, to compare what is signed). */
export function nquads(doc: Json, loader: DocumentLoader = createDocumentLoader()): Promise<string> {
  const { proof: _p, ...document } = doc
  return canonical(document, loader, false)
}

/** The single proof of a credential signed by this library (an array of one, or an object). */
export function proofOf(c: Json): Json {
  return Array.isArray(c.proof) ? (c.proof[0] as Json) : (c.proof as Json)
}

/** A signer that signs with `base`'s key but names another verification method. */
export function renamed(base: Signer, id: string): Signer {
  return { ...base, id, sign: (data) => base.sign(data) }
}

/** An https issuer (controller document served offline through `options.documents`). */
export const SCHOOL = 'https://school.example.nl/issuer'

/** Key `n` of an issuer identified by `controller` (deterministic), with its signer. */
export async function controllerKey(controller: string, n = 1): Promise<{ keyPair: Ed25519KeyPair; signer: Signer }> {
  const keyPair = await generateKeyPair({ controller, id: `${controller}#key-${n}`, seed: Uint8Array.from({ length: 32 }, () => 40 + n) })
  return { keyPair, signer: createSigner(keyPair) }
}

/** The verification method of a key pair (public part, Multikey). */
export function methodOf(keyPair: Ed25519KeyPair, overrides: Json = {}): Json {
  return { id: keyPair.id, type: 'Multikey', controller: keyPair.controller, publicKeyMultibase: keyPair.publicKeyMultibase, ...overrides }
}

/** A controller document listing the methods under `verificationMethod` and (by default) `assertionMethod`. */
export function controllerDocument(id: string, methods: Json[], overrides: Json = {}): Json {
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id,
    verificationMethod: methods,
    assertionMethod: methods.map((m) => m.id as string),
    ...overrides,
  }
}
