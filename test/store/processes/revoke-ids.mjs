/**
 * After the barrier, revokes the given credentials, all at once (the PostgreSQL pool runs them on
 * several connections; SQLite takes them in turn).
 *
 * Config (argv[2], JSON): { store, ids }
 * Events: ready, revoked {ids, states}.
 */
import { barrier, config, dist, emit } from './common.mjs'

const cfg = config()
const { openStore, revokeCredential } = await dist('store')
const store = await openStore(cfg.store)
await barrier()
const records = await Promise.all(cfg.ids.map((id) => revokeCredential(store, id, { actor: `revoke-ids-${process.pid}`, reason: 'concurrency test' })))
emit({ event: 'revoked', ids: records.map((r) => r.credentialId), states: records.map((r) => r.state) })
await store.close()
