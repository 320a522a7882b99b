/**
 * Which URLs a guarded fetch may ask for: https only, no credentials in the URL, no IP literal in a
 * non-public range, no `localhost`, and the host on the caller's allow-list.
 *
 * @module net
 */
import { InvalidArgumentError } from '../errors/errors.js'
import { DocumentLoadBlockedError } from './errors.js'

/** IPv4 ranges never fetched from: [first octets as a 32-bit prefix, prefix length, name]. */
const BLOCKED_V4: ReadonlyArray<readonly [string, number, string]> = [
  ['0.0.0.0', 8, '"this network"'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared address space (carrier-grade NAT)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved or broadcast'],
]

/**
 * Parses a dotted-quad IPv4 address to a 32-bit number, or `undefined`. Only the canonical form
 * (four decimal parts); the WHATWG URL parser already turns `0x7f.1`, `2130706433` etc. into it.
 */
export function parseIPv4(text: string): number | undefined {
  const parts = text.split('.')
  if (parts.length !== 4) return undefined
  let value = 0
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined
    const n = Number(part)
    if (n > 255) return undefined
    value = value * 256 + n
  }
  return value
}

/** Parses an IPv6 address (without brackets; embedded dotted IPv4 allowed) to 8 16-bit groups, or `undefined`. */
export function parseIPv6(text: string): number[] | undefined {
  let s = text.toLowerCase()
  if (s.includes('%')) return undefined
  const lastColon = s.lastIndexOf(':')
  if (lastColon !== -1 && s.slice(lastColon + 1).includes('.')) {
    const v4 = parseIPv4(s.slice(lastColon + 1))
    if (v4 === undefined) return undefined
    s = `${s.slice(0, lastColon + 1)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`
  }
  const halves = s.split('::')
  if (halves.length > 2) return undefined
  const group = (h: string): number[] | undefined => {
    if (h === '') return []
    const out: number[] = []
    for (const g of h.split(':')) {
      if (!/^[0-9a-f]{1,4}$/.test(g)) return undefined
      out.push(parseInt(g, 16))
    }
    return out
  }
  const head = group(halves[0] as string)
  const rest = halves.length === 2 ? group(halves[1] as string) : []
  if (!head || !rest) return undefined
  const explicit = head.length + rest.length
  if (halves.length === 1) return explicit === 8 ? head : undefined
  if (explicit > 7) return undefined
  return [...head, ...new Array<number>(8 - explicit).fill(0), ...rest]
}

function v4Block(ip: number): string | undefined {
  for (const [base, bits, name] of BLOCKED_V4) {
    const size = 2 ** (32 - bits)
    const start = parseIPv4(base) as number
    if (ip >= start && ip < start + size) return `${name} (${base}/${bits})`
  }
  return undefined
}

function v6Block(g: number[]): string | undefined {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = g
  const v4At = (i: number): number => (g[i] as number) * 65536 + (g[i + 1] as number)
  const zeroUpTo = (n: number): boolean => g.slice(0, n).every((x) => x === 0)
  if (zeroUpTo(7) && g[7] === 1) return 'loopback (::1)'
  if (zeroUpTo(8)) return 'unspecified (::)'
  if (zeroUpTo(5) && f === 0xffff) return embedded('IPv4-mapped', v4At(6))
  if (zeroUpTo(4) && e === 0xffff && f === 0) return embedded('IPv4-translated', v4At(6))
  if (zeroUpTo(6)) return embedded('IPv4-compatible', v4At(6))
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) return embedded('NAT64', v4At(6))
  if (a === 0x2002) return embedded('6to4', v4At(1))
  if ((a & 0xfe00) === 0xfc00) return 'unique-local (fc00::/7)'
  if ((a & 0xffc0) === 0xfe80) return 'link-local (fe80::/10)'
  if ((a & 0xffc0) === 0xfec0) return 'site-local (fec0::/10)'
  if ((a & 0xff00) === 0xff00) return 'multicast (ff00::/8)'
  if (a === 0x2001 && b === 0x0db8) return 'documentation (2001:db8::/32)'
  return undefined
}

function embedded(kind: string, ip: number): string | undefined {
  const inner = v4Block(ip)
  return inner === undefined ? undefined : `${kind} ${inner}`
}

/**
 * Tells why a URL host (as `URL.hostname` gives it: IPv6 in brackets) must not be fetched from, or
 * `undefined` when it may be: IP literals in private, loopback, link-local, unique-local, shared,
 * documentation, multicast or reserved ranges (IPv4, IPv6, and IPv4 embedded in IPv6), and `localhost`.
 *
 * @example
 * ```ts
 * blockedHost('169.254.169.254') // 'link-local (169.254.0.0/16)'
 * blockedHost('[::ffff:7f00:1]') // 'IPv4-mapped loopback (127.0.0.0/8)'
 * blockedHost('school.example.nl') // undefined
 * ```
 */
export function blockedHost(hostname: string): string | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (host === 'localhost' || host.endsWith('.localhost')) return 'localhost'
  if (host.startsWith('[') && host.endsWith(']')) {
    const groups = parseIPv6(host.slice(1, -1))
    return groups ? v6Block(groups) : 'an IPv6 literal that cannot be parsed'
  }
  const v4 = parseIPv4(host)
  return v4 === undefined ? undefined : v4Block(v4)
}

/**
 * Normalises allow-list entries to `URL.host` form (lower case, punycode, default port 443 dropped).
 * An entry is a host name, with `:port` for a non-default port. Throws `InvalidArgumentError` for
 * anything else.
 */
export function normaliseAllowedHosts(hosts: unknown): Set<string> {
  if (hosts === undefined) return new Set()
  if (!Array.isArray(hosts)) throw new InvalidArgumentError('"allowedHosts" must be an array of host names')
  const out = new Set<string>()
  for (const entry of hosts) {
    if (typeof entry !== 'string' || entry === '' || /[/?#@\\\s*]/.test(entry)) {
      throw new InvalidArgumentError(`"allowedHosts" entry ${JSON.stringify(entry)} is not a host name (write "example.nl" or "example.nl:8443")`)
    }
    let host: string
    try {
      host = new URL(`https://${entry}/`).host
    } catch {
      throw new InvalidArgumentError(`"allowedHosts" entry ${JSON.stringify(entry)} is not a host name`)
    }
    out.add(host)
  }
  return out
}

/**
 * Checks a URL against the fetch policy and returns it parsed; throws {@link DocumentLoadBlockedError}
 * (naming the URL and why) when it may not be fetched.
 */
export function checkFetchUrl(url: string, allowedHosts: ReadonlySet<string>): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new DocumentLoadBlockedError(url, 'invalid-url', 'not an absolute URL')
  }
  if (parsed.protocol !== 'https:') throw new DocumentLoadBlockedError(url, 'not-https', `only https URLs are fetched, not ${parsed.protocol}`)
  if (parsed.username !== '' || parsed.password !== '') throw new DocumentLoadBlockedError(url, 'credentials-in-url', 'URLs with user names or passwords are not fetched')
  const blocked = blockedHost(parsed.hostname)
  if (blocked) throw new DocumentLoadBlockedError(url, 'private-address', `host ${parsed.hostname} is ${blocked === 'localhost' ? 'localhost' : `in a non-public range: ${blocked}`}`)
  if (!allowedHosts.has(parsed.host)) {
    const list = allowedHosts.size === 0 ? 'the allow-list is empty' : `allowed: ${[...allowedHosts].join(', ')}`
    throw new DocumentLoadBlockedError(url, 'host-not-allowed', `host ${parsed.host} is not on the allow-list (${list})`)
  }
  return parsed
}
