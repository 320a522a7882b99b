/**
 * A guarded JSON fetch over a caller-supplied `fetch`: the only way this library touches the network.
 *
 * @module net
 */
import { DocumentNotFoundError, InvalidArgumentError } from '../errors/errors.js'
import { concatBytes } from '../lib/concat-bytes.js'
import { parseStrictJson } from '../lib/strict-json.js'
import { DocumentLoadBlockedError } from './errors.js'
import { checkFetchUrl, normaliseAllowedHosts } from './host-policy.js'

/**
 * The WHATWG `fetch` signature (Node's global `fetch`, undici, a browser's, or a test fake).
 *
 * @example
 * ```ts
 * import type { FetchLike } from 'microcredentials'
 * const fetch: FetchLike = globalThis.fetch
 * ```
 */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>

/** Fetches a URL and returns its parsed JSON object; throws `DocumentNotFoundError` (or `DocumentLoadBlockedError`). */
export type JsonFetcher = (url: string) => Promise<Record<string, unknown>>

/** Default response size limit: 256 KiB. */
export const DEFAULT_MAX_BYTES = 256 * 1024
/** Default time limit for a fetch, body included: 5 s. */
export const DEFAULT_TIMEOUT_MS = 5000

/**
 * Options of {@link createGuardedFetch}.
 *
 * @example
 * ```ts
 * const options: GuardedFetchOptions = { fetch: globalThis.fetch, allowedHosts: ['school.example.nl'], maxBytes: 64 * 1024 }
 * ```
 */
export interface GuardedFetchOptions {
  /** The `fetch` to use. */
  fetch: FetchLike
  /** Hosts that may be fetched from (`example.nl`, or `example.nl:8443` for another port). */
  allowedHosts?: readonly string[]
  /** Response size limit in bytes. Default 256 KiB. */
  maxBytes?: number
  /** Time limit in milliseconds for the whole fetch, body included. Default 5000. */
  timeoutMs?: number
}

const JSON_TYPE = /^application\/(?:[a-z0-9.!#$&^_+-]+\+)?json$/

/**
 * Creates a JSON fetcher that refuses, before calling `fetch`, anything but `https:` URLs on an
 * allowed host that is not `localhost` nor an IP literal in a non-public range; it sends no
 * credentials and follows no redirects (a 3xx is refused), refuses a non-JSON content type, reads
 * the body incrementally up to `maxBytes`, gives up after `timeoutMs`, parses strictly (duplicate
 * keys refused) and accepts only a JSON object. Every refusal is a {@link DocumentLoadBlockedError}
 * or a `DocumentNotFoundError`, naming the URL and why.
 *
 * @example
 * ```ts
 * const fetchJson = createGuardedFetch({ fetch: globalThis.fetch, allowedHosts: ['school.example.nl'] })
 * const didDocument = await fetchJson('https://school.example.nl/.well-known/did.json')
 * ```
 */
export function createGuardedFetch(options: GuardedFetchOptions): JsonFetcher {
  const fetchFn = options.fetch
  if (typeof fetchFn !== 'function') throw new InvalidArgumentError('"fetch" must be a function with the WHATWG fetch signature')
  const allowed = normaliseAllowedHosts(options.allowedHosts)
  const maxBytes = positive('maxBytes', options.maxBytes, DEFAULT_MAX_BYTES)
  const timeoutMs = positive('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS)

  return async (url: string): Promise<Record<string, unknown>> => {
    const target = checkFetchUrl(url, allowed)
    const controller = new AbortController()
    let onAbort: () => void = () => {}
    const timedOut = new Promise<never>((_, reject) => {
      onAbort = () => reject(new DocumentLoadBlockedError(url, 'timeout', `no complete response within ${timeoutMs} ms`))
    })
    timedOut.catch(() => {})
    controller.signal.addEventListener('abort', () => onAbort(), { once: true })
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    try {
      let response: Response
      try {
        response = await Promise.race([
          fetchFn(target.href, {
            method: 'GET',
            redirect: 'manual',
            credentials: 'omit',
            headers: { accept: 'application/did+json, application/did+ld+json, application/ld+json, application/json' },
            signal: controller.signal,
          }),
          timedOut,
        ])
      } catch (error) {
        if (error instanceof DocumentNotFoundError) throw error
        if (controller.signal.aborted) throw new DocumentLoadBlockedError(url, 'timeout', `no response within ${timeoutMs} ms`)
        throw new DocumentNotFoundError(url, `fetch failed: ${(error as Error)?.message ?? String(error)}`)
      }
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400) || response.redirected) {
        discard(response)
        const to = response.headers.get('location')
        throw new DocumentLoadBlockedError(url, 'redirect', `redirects are not followed (HTTP ${response.status}${to ? ` to ${to}` : ''})`)
      }
      if (!response.ok) {
        discard(response)
        throw new DocumentNotFoundError(url, `HTTP ${response.status}`)
      }
      const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
      if (!JSON_TYPE.test(type)) {
        discard(response)
        throw new DocumentLoadBlockedError(url, 'content-type', `content type ${JSON.stringify(type)} is not JSON`)
      }
      const declared = Number(response.headers.get('content-length') ?? NaN)
      if (Number.isFinite(declared) && declared > maxBytes) {
        discard(response)
        throw new DocumentLoadBlockedError(url, 'too-large', `declared size ${declared} bytes exceeds the limit of ${maxBytes}`)
      }
      const bytes = await readLimited(url, response, maxBytes, timedOut)
      let text: string
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
      } catch {
        throw new DocumentNotFoundError(url, 'the response is not UTF-8')
      }
      const parsed = parseStrictJson(text)
      if (!parsed.ok) throw new DocumentNotFoundError(url, `the response is not acceptable JSON: ${parsed.message}`)
      const value = parsed.value
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DocumentNotFoundError(url, 'the response is not a JSON object')
      return value as Record<string, unknown>
    } finally {
      clearTimeout(timer)
    }
  }
}

async function readLimited(url: string, response: Response, maxBytes: number, timedOut: Promise<never>): Promise<Uint8Array> {
  const body = response.body
  if (!body) return new Uint8Array()
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), timedOut])
      if (done) break
      total += value.byteLength
      if (total > maxBytes) throw new DocumentLoadBlockedError(url, 'too-large', `the response exceeds the limit of ${maxBytes} bytes`)
      chunks.push(value)
    }
  } catch (error) {
    reader.cancel().catch(() => {})
    throw error
  }
  return concatBytes(chunks, total)
}

function discard(response: Response): void {
  response.body?.cancel().catch(() => {})
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new InvalidArgumentError(`"${name}" must be a positive number`)
  return value
}
