import { join } from 'node:path'
import { createSigner, type Ed25519KeyPair } from '../../../keys/index.js'
import { publishStatusList, type IssuanceStore, type PublishedStatusList, type StatusListInfo, describeStoreLocation } from '../../../store/index.js'
import { CliError, json, writeFiles } from '../../io.js'
import { readEd25519KeyFile } from '../../key-file.js'
import { defaultActor, parseDate, parseDuration } from '../../option-values.js'
import { openCliStore, requireStore, withStore } from '../../store-location.js'

/** Options of `mcred status publish`. */
export interface PublishCliOptions {
  store?: string
  key: string
  out?: string
  outDir?: string
  list?: string
  validFor?: string
  now?: string
  actor?: string
  json?: boolean
}

interface Publication {
  list: StatusListInfo
  published: PublishedStatusList
  set: number
  file: string
}

/**
 * `mcred status publish`: signs the store's status lists with the issuing key and writes the files to
 * host at the lists' URLs. `--out FILE` for one list, `--out-dir DIR` for all (DIR/<last URL segment>.json).
 */
export async function publishStatus(options: PublishCliOptions): Promise<number> {
  const location = requireStore(options.store)
  if (Boolean(options.out) === Boolean(options.outDir)) throw new CliError('give either --out FILE (one list) or --out-dir DIR (every list)')
  const validForSeconds = options.validFor === undefined ? undefined : parseDuration('--valid-for', options.validFor)
  const now = options.now === undefined ? undefined : parseDate('--now', options.now)
  const keyPair = await readEd25519KeyFile(options.key, 'mcred status publish (Data Integrity signing)')
  const store = await openCliStore(location, { mustExist: true })
  const publications = await withStore(store, location, async (s) => {
    const lists = chooseLists(await s.statusLists(), options, describeStoreLocation(location))
    for (const list of lists) await checkIssuer(s, list, keyPair, options.key)
    const signer = createSigner(keyPair)
    const done: Publication[] = []
    for (const list of lists) {
      const set = (await s.statusListBits(list.url)).setIndexes.length
      const published = await publishStatusList(s, signer, {
        url: list.url, actor: options.actor ?? defaultActor(),
        ...(now ? { now } : {}), ...(validForSeconds === undefined ? {} : { validForSeconds }),
      })
      done.push({ list, published, set, file: options.out ?? join(options.outDir as string, fileName(list.url)) })
    }
    return done
  })
  await writeFiles(publications.map((p) => ({ path: p.file, text: p.published.json })))
  process.stdout.write(`${options.json ? json({ published: publications.map(summary) }) : publicationsText(publications)}\n`)
  return 0
}

function chooseLists(lists: StatusListInfo[], options: PublishCliOptions, store: string): StatusListInfo[] {
  const urls = lists.map((l) => l.url).join(', ')
  if (options.list !== undefined) {
    const list = lists.find((l) => l.url === options.list)
    if (!list) throw new CliError(`no status list ${options.list} in store ${store}${lists.length ? `; its lists: ${urls}` : ' (it has none yet)'}`)
    return [list]
  }
  if (lists.length === 0 && options.out) throw new CliError(`store ${store} has no status lists yet: the first credential issued with --store opens one`)
  if (lists.length > 1 && options.out) throw new CliError(`store ${store} has ${lists.length} status lists (${urls}): choose one with --list URL, or publish them all with --out-dir DIR`)
  return lists
}

/** Verifiers accept a list signed by the credentials' issuer only: refuse another key's controller. */
async function checkIssuer(store: IssuanceStore, list: StatusListInfo, keyPair: Ed25519KeyPair, keyFile: string): Promise<void> {
  const first = (await store.auditLog({ statusListCredential: list.url })).find((e) => e.action === 'issue' && e.credentialId !== undefined)
  const record = first?.credentialId === undefined ? undefined : await store.get(first.credentialId)
  if (!record) return
  const issuer = issuerOf(JSON.parse(record.credentialJson) as Record<string, unknown>)
  if (issuer !== undefined && issuer !== keyPair.controller) {
    throw new CliError(`${keyFile}: the key is controlled by ${keyPair.controller}, but the credentials on status list ${list.url} were issued by ${issuer}; verifiers only accept a list signed by the credentials' issuer`)
  }
}

function issuerOf(credential: Record<string, unknown>): string | undefined {
  const issuer = credential.issuer
  if (typeof issuer === 'string') return issuer
  const id = (issuer as { id?: unknown } | undefined)?.id
  return typeof id === 'string' ? id : undefined
}

/** The file name of a list in --out-dir: the last segment of its URL, with `.json`. */
export function fileName(url: string): string {
  const last = new URL(url).pathname.split('/').filter((s) => s.length > 0).pop() ?? 'status-list'
  const safe = last.replace(/[^A-Za-z0-9._-]/g, '_')
  return safe.endsWith('.json') ? safe : `${safe}.json`
}

function summary(p: Publication): Record<string, unknown> {
  return { url: p.list.url, file: p.file, purpose: p.list.purpose, length: p.list.length, allocated: p.list.allocated, set: p.set, validUntil: p.published.validUntil, sha256: p.published.sha256 }
}

function publicationsText(publications: readonly Publication[]): string {
  if (publications.length === 0) return 'no status lists yet: nothing to publish (the first credential issued with --store opens one)'
  return [
    ...publications.flatMap((p) => [
      `${p.list.url} -> ${p.file}`,
      `  ${p.list.purpose}: ${p.set} set of ${p.list.allocated} allocated (${p.list.length} entries); valid until ${p.published.validUntil}`,
    ]),
    'Host each file at its URL (Content-Type application/vc or application/json) and publish again before it expires.',
  ].join('\n')
}
