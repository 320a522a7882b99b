import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import { describe, expect, it } from 'vitest'
import { createSigner, exportKeyPair, generateKeyPair } from '../../src/keys/index.js'
import { cachedVerifiers, type SuiteVerifier } from '../../src/proofs/cached-verifier.js'

type CreateVerifier = (args: { verificationMethod: Record<string, unknown> }) => Promise<SuiteVerifier>
const inner = (eddsaRdfc2022 as unknown as { createVerifier: CreateVerifier }).createVerifier

async function method(seed: number): Promise<{ vm: Record<string, unknown>; sign: (data: Uint8Array) => Promise<Uint8Array> }> {
  const keyPair = await generateKeyPair({ seed: Uint8Array.from({ length: 32 }, (_, i) => (i * 7 + seed) % 256) })
  const { id, type, controller, publicKeyMultibase } = exportKeyPair(keyPair) as unknown as Record<string, unknown>
  return { vm: { id, type, controller, publicKeyMultibase }, sign: async (data) => createSigner(keyPair).sign(data) }
}

/** `cachedVerifiers` over the cryptosuite's `createVerifier`, counting how often that is called. */
function counting(): { create: CreateVerifier; checks: () => number } {
  let checks = 0
  const create = cachedVerifiers(async (args) => {
    checks++
    return inner(args)
  })
  return { create, checks: () => checks }
}

describe('cachedVerifiers', () => {
  it('keeps one verifier per verification method; it accepts the right signature and refuses a changed one or another key\'s', async () => {
    const { create, checks } = counting()
    const a = await method(1)
    const b = await method(2)
    const data = new TextEncoder().encode('canonical bytes')
    const signature = await a.sign(data)
    const first = await create({ verificationMethod: a.vm })
    const again = await create({ verificationMethod: { ...a.vm } })
    expect(again).toBe(first)
    expect(checks()).toBe(1)
    expect(first.algorithm).toBe('Ed25519')
    expect(await first.verify({ data, signature })).toBe(true)
    const changed = Uint8Array.from(signature)
    changed[0] = (changed[0] as number) ^ 1
    expect(await first.verify({ data, signature: changed })).toBe(false)
    const other = await create({ verificationMethod: b.vm })
    expect(other).not.toBe(first)
    expect(checks()).toBe(2)
    expect(await other.verify({ data, signature })).toBe(false)
  })

  it('the same key under another method id or controller is checked again, not taken from the cache', async () => {
    const { create, checks } = counting()
    const a = await method(3)
    await create({ verificationMethod: a.vm })
    await create({ verificationMethod: { ...a.vm, controller: 'did:web:elsewhere.example' } })
    expect(checks()).toBe(2)
  })

  it('a key that is not 32 Ed25519 bytes is not kept: the cryptosuite\'s own verifier decides, each time', async () => {
    const create = cachedVerifiers(inner)
    const bad = { id: 'did:key:z#z', type: 'Multikey', controller: 'did:key:z', publicKeyMultibase: 'z6MkNotAKey' }
    const first = await create({ verificationMethod: bad })
    const second = await create({ verificationMethod: bad })
    expect(second).not.toBe(first)
    const data = new TextEncoder().encode('x')
    await expect(first.verify({ data, signature: new Uint8Array(64) }).then((ok) => ok, () => false)).resolves.toBe(false)
  })
})
