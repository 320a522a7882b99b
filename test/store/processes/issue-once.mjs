/**
 * Builds its own credential and, after the barrier, issues it under one idempotency key, printing the
 * credential it got back as JSON text.
 *
 * Config (argv[2], JSON): { store, keyFile, idempotencyKey }
 * Events: ready, issued {reused, builtId, credentialJson, recordJson}.
 */
import { barrier, config, dist, emit, exampleSpec, loadSigner } from './common.mjs'

const cfg = config()
const { openStore } = await dist('store')
const { issueCredentialWithReport } = await dist('issue')
const { buildCredential } = await dist('index')
const { keyPair, signer } = await loadSigner(cfg.keyFile)
const store = await openStore(cfg.store, { statusListBaseUrl: 'https://school.example.nl/status' })
const credential = buildCredential(exampleSpec(), { issuerId: keyPair.controller })
await barrier()
const result = await issueCredentialWithReport(credential, signer, { store, idempotencyKey: cfg.idempotencyKey, actor: `issue-once-${process.pid}` })
emit({ event: 'issued', reused: result.reused, builtId: credential.id, credentialJson: JSON.stringify(result.credential), recordJson: result.record.credentialJson })
await store.close()
