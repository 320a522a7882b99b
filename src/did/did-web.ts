/**
 * did:web: where a DID's document lives (did-method-web §Read).
 *
 * @module did
 */

/** The result of {@link didWebUrl}. */
export type DidWebUrl = { ok: true; url: string } | { ok: false; error: 'invalidDid'; message: string }

const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?:%3[Aa](\d{1,5}))?$/
const SEGMENT = /^(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+$/

/**
 * Maps a `did:web` DID to the https URL of its DID document (did-method-web §Read): the colons become
 * slashes, a percent-encoded port (`%3A`) is decoded, `/.well-known` is added when there is no path,
 * then `/did.json`. Refuses DID URLs (path, query, fragment), empty or dot segments and encoded slashes.
 *
 * @example
 * ```ts
 * didWebUrl('did:web:example.nl') // { ok: true, url: 'https://example.nl/.well-known/did.json' }
 * didWebUrl('did:web:example.nl:issuers:1') // { ok: true, url: 'https://example.nl/issuers/1/did.json' }
 * didWebUrl('did:web:example.nl%3A8443') // { ok: true, url: 'https://example.nl:8443/.well-known/did.json' }
 * ```
 */
export function didWebUrl(did: string): DidWebUrl {
  const fail = (why: string): DidWebUrl => ({ ok: false, error: 'invalidDid', message: `${JSON.stringify(did)} is not a did:web DID: ${why}` })
  if (typeof did !== 'string' || !did.startsWith('did:web:')) return fail('it does not start with "did:web:"')
  if (/[/?#]/.test(did)) return fail('a DID URL (path, query or fragment) has no document of its own')
  const [host = '', ...path] = did.slice('did:web:'.length).split(':')
  const m = HOST.exec(host)
  if (!m) return fail(`${JSON.stringify(host)} is not a domain name (with an optional %3A-encoded port)`)
  const port = m[1] === undefined ? undefined : Number(m[1])
  if (port !== undefined && (port < 1 || port > 65535)) return fail(`port ${m[1]} is out of range`)
  for (const segment of path) {
    if (!SEGMENT.test(segment)) return fail(`path segment ${JSON.stringify(segment)} is empty or has characters a DID cannot hold`)
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return fail(`path segment ${JSON.stringify(segment)} is not valid percent-encoding`)
    }
    if (decoded === '.' || decoded === '..' || /[/\\]/.test(decoded)) return fail(`path segment ${JSON.stringify(segment)} would change the path`)
  }
  const authority = `${host.replace(/%3a\d+$/i, '').toLowerCase()}${port === undefined ? '' : `:${port}`}`
  const url = `https://${authority}/${path.length === 0 ? '.well-known' : path.join('/')}/did.json`
  try {
    return { ok: true, url: new URL(url).href }
  } catch {
    return fail(`${url} is not a URL`)
  }
}
