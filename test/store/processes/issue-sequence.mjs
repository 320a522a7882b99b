/**
 * Issues credentials under the idempotency keys `<prefix>-<i>` (in `order`, default 0..count-1) into
 * one store with real signing, writing each returned credential (JSON text) to `<outDir>/<key>.json`.
 *
 * Config (argv[2], JSON): { store, keyFile, prefix, count, outDir, order?, barrier?, actor? }
 * Env MCRED_TEST_KILL_AT_SIGN=n: SIGKILL this process at the n-th signer call (inside the store
 * transaction). Events: open, ready (with barrier), issued {key, reused, credentialId}, self-kill, done.
 */
import { join } from 'node:path'
import { barrier, config, dist, emit, exampleSpec, killingSigner, loadSigner, writeAtomic } from './common.mjs'

const cfg = config()
const { openStore } = await dist('store')
const { issueCredentialWithReport } = await dist('issue')
const { buildCredential } = await dist('index')
const { keyPair, signer: plainSigner } = await loadSigner(cfg.keyFile)
const killAt = Number(process.env.MCRED_TEST_KILL_AT_SIGN ?? 0)
let current = {}
const signer = killAt > 0 ? killingSigner(plainSigner, killAt, () => current) : plainSigner
const spec = exampleSpec()
const order = cfg.order ?? Array.from({ length: cfg.count }, (_, i) => i)

const store = await openStore(cfg.store, { statusListBaseUrl: cfg.statusListBaseUrl ?? 'https://school.example.nl/status' })
emit({ event: 'open' })
if (cfg.barrier) await barrier()
for (const i of order) {
  const key = `${cfg.prefix}-${i}`
  const credential = buildCredential(spec, { issuerId: keyPair.controller })
  current = { key, credentialId: credential.id }
  const result = await issueCredentialWithReport(credential, signer, { store, idempotencyKey: key, actor: cfg.actor ?? `issue-sequence-${process.pid}` })
  writeAtomic(join(cfg.outDir, `${key}.json`), JSON.stringify(result.credential))
  emit({ event: 'issued', key, reused: result.reused, credentialId: result.credential.id })
}
await store.close()
emit({ event: 'done' })
