/**
 * Internal: Ed25519 verifiers for Data Integrity proofs, one per verification method, kept so a key
 * is parsed once rather than for every signature (a batch verifies many credentials of one issuer).
 *
 * @module proofs
 */
import type { KeyObject } from 'node:crypto'
import { base58btc } from 'multiformats/bases/base58'

type NodeCrypto = typeof import('node:crypto')

/**
 * node:crypto when running on Node (`process.getBuiltinModule`, Node 20.16+), without a static import,
 * so the verify entry still bundles for browsers, where verifiers are simply not kept.
 */
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined

/** What the Data Integrity suites call to check a signature. */
export interface SuiteVerifier {
  algorithm: string
  id: string
  verify(args: { data: Uint8Array; signature: Uint8Array }): Promise<boolean>
}

type CreateVerifier = (args: { verificationMethod: Record<string, unknown> }) => Promise<SuiteVerifier>

const VERIFIERS = new Map<string, SuiteVerifier>()
const MAX_KEPT = 1024

/**
 * Wraps a cryptosuite's `createVerifier`: the first time a verification method is seen it is checked
 * by `inner` (the cryptosuite's own checks of type, header and length); an Ed25519 Multikey then gets a
 * verifier over a prepared node:crypto key, kept by the method's id, type, controller and key.
 */
export function cachedVerifiers(inner: CreateVerifier): CreateVerifier {
  return async ({ verificationMethod }) => {
    const vm = verificationMethod
    const cacheKey = typeof vm.publicKeyMultibase === 'string' ? JSON.stringify([vm.id, vm.type, vm.controller, vm.publicKeyMultibase]) : undefined
    const hit = cacheKey === undefined ? undefined : VERIFIERS.get(cacheKey)
    if (hit) return hit
    const checked = await inner({ verificationMethod })
    if (cacheKey === undefined || checked.algorithm !== 'Ed25519' || nodeCrypto === undefined) return checked
    const key = publicKeyObject(nodeCrypto, vm.publicKeyMultibase as string)
    if (key === undefined) return checked
    const verifier = prepared(nodeCrypto, checked, key)
    if (VERIFIERS.size >= MAX_KEPT) VERIFIERS.delete(VERIFIERS.keys().next().value as string)
    VERIFIERS.set(cacheKey, verifier)
    return verifier
  }
}

function prepared(crypto: NodeCrypto, checked: SuiteVerifier, key: KeyObject): SuiteVerifier {
  return {
    algorithm: checked.algorithm,
    id: checked.id,
    verify: async ({ data, signature }) => crypto.verify(null, data, key, signature),
  }
}

const ED25519_PUB_HEADER = [0xed, 0x01]
const SPKI_PREFIX = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00])

/** A node:crypto key for an Ed25519 Multikey `publicKeyMultibase` (z + base58btc, header 0xed01, 32 bytes). */
function publicKeyObject(crypto: NodeCrypto, multibase: string): KeyObject | undefined {
  const bytes = base58btc.decode(multibase)
  if (bytes.length !== 34 || bytes[0] !== ED25519_PUB_HEADER[0] || bytes[1] !== ED25519_PUB_HEADER[1]) return undefined
  return crypto.createPublicKey({ key: Buffer.concat([SPKI_PREFIX, bytes.subarray(2)]), format: 'der', type: 'spki' })
}
