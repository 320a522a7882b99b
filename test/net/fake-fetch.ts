import type { FetchLike } from '../../src/net/guarded-fetch.js'

/** One recorded call of a fake fetch. */
export interface FetchCall { url: string; init: RequestInit | undefined }

/** A route: a canned Response, or a function making one from the request. */
export type Route = Response | ((init: RequestInit | undefined) => Response | Promise<Response>)

/**
 * A fake WHATWG fetch: serves canned responses by exact URL (404 otherwise) and records every call.
 * No network is ever used.
 */
export function fakeFetch(routes: Record<string, Route> = {}): { fetch: FetchLike; calls: FetchCall[]; urls: () => string[] } {
  const calls: FetchCall[] = []
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init })
    const route = routes[url]
    if (route === undefined) return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } })
    return typeof route === 'function' ? route(init) : route.clone()
  }
  return { fetch, calls, urls: () => calls.map((c) => c.url) }
}

/** A 200 JSON response. */
export function jsonResponse(body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/did+json', ...headers } })
}

/** A fetch that never answers until its signal aborts (then rejects with the abort reason). */
export const hangingFetch = (calls: string[]): FetchLike => (url, init) => {
  calls.push(url)
  return new Promise<Response>((_, reject) => {
    const signal = init?.signal
    if (!signal) return
    signal.addEventListener('abort', () => reject(signal.reason ?? new Error('aborted')), { once: true })
  })
}

/**
 * A body stream that yields `chunk` forever (until cancelled), one chunk per macrotask so timers can
 * still fire; counts the chunks pulled.
 */
export function endlessBody(chunk: Uint8Array, pulled: { count: number }): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setImmediate(resolve))
      pulled.count++
      controller.enqueue(chunk)
    },
  })
}
