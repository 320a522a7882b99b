/**
 * The demo's embedded issuance store: a fresh SQLite file in the demo folder on every run, with
 * status lists under a clearly fake URL.
 *
 * @module cli
 */
import { existsSync } from 'node:fs'
import type { IssuanceStore } from '../../store/index.js'
import { CliError } from '../io.js'
import { openCliStore, removeSqliteStore, withStore } from '../store-location.js'

/** Where the demo pretends to host its status lists (list n at `<this>/n`). */
export const DEMO_STATUS_URL = 'https://mcred-demo.example/status'

/**
 * Opens a fresh demo store at `path`. A store left by an earlier demo run is removed first (the demo
 * makes a new key every run, so old lists could not be republished); any other store is left alone.
 */
export async function freshDemoStore(path: string): Promise<IssuanceStore> {
  if (existsSync(path)) {
    const lists = await withStore(await openCliStore(path), path, (s) => s.statusLists())
    const foreign = lists.find((l) => !l.url.startsWith(`${DEMO_STATUS_URL}/`))
    if (foreign) throw new CliError(`${path}: not a store of mcred demo (it holds status list ${foreign.url}); the demo leaves it alone: choose another --out folder`)
    await removeSqliteStore(path)
  }
  return openCliStore(path, { settings: { statusListBaseUrl: DEMO_STATUS_URL } })
}
