/**
 * Batch issuance stays Ed25519-only (Data Integrity proofs): P-256 and RSA key pairs and signers are
 * refused up front, naming the key; the worker refuses such a key too.
 */
import { describe, expect, it } from 'vitest'
import { createRowSigner } from '../../src/batch/row-signer.js'
import signInWorker from '../../src/batch/sign-worker.js'
import { InvalidArgumentError } from '../../src/errors/errors.js'
import { createSigner, exportKeyPair, generateKeyPair, type Ed25519KeyPair } from '../../src/keys/index.js'

describe('batch signing needs Ed25519', () => {
  it('createRowSigner refuses a P-256 or RSA key pair, and a signer of another algorithm', async () => {
    const p256 = await generateKeyPair({ type: 'P-256' })
    expect(() => createRowSigner({ keyPair: p256 as unknown as Ed25519KeyPair, concurrency: 1 })).toThrow(InvalidArgumentError)
    expect(() => createRowSigner({ keyPair: p256 as unknown as Ed25519KeyPair, concurrency: 1 })).toThrow(`key ${p256.id} is a P-256 key; batch signing needs an Ed25519 key`)
    expect(() => createRowSigner({ signer: createSigner(p256), concurrency: 1 })).toThrow(`signer ${p256.id} signs ES256; batch signing (Data Integrity proofs) needs an Ed25519 signer`)
    const ed = createRowSigner({ signer: createSigner(await generateKeyPair()), concurrency: 1 })
    expect(ed.concurrency).toBe(1)
    await ed.close()
  })

  it('the worker refuses a P-256 key file as an invalid key, without throwing', async () => {
    const p256 = await generateKeyPair({ type: 'P-256' })
    const key = exportKeyPair(p256, { includeSecret: true }) as never
    const outcome = await signInWorker({ key, credential: {}, settings: { now: new Date().toISOString() } })
    expect(outcome).toEqual({ error: { code: 'ERR_INVALID_KEY', message: `key ${p256.id} is a P-256 key; batch signing needs an Ed25519 key` } })
  })
})
