import { describe, expect, it } from 'vitest'
import { DocumentNotFoundError, InvalidArgumentError } from '../../src/errors/errors.js'
import { DocumentLoadBlockedError, type BlockReason } from '../../src/net/errors.js'
import { createGuardedFetch, DEFAULT_MAX_BYTES } from '../../src/net/guarded-fetch.js'
import { endlessBody, fakeFetch, hangingFetch, jsonResponse } from './fake-fetch.js'

const URL_OK = 'https://school.example.nl/issuer'
const DOC = { id: URL_OK }

async function refusal(promise: Promise<unknown>): Promise<DocumentNotFoundError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentNotFoundError)
    return error as DocumentNotFoundError
  }
  throw new Error('expected a refusal')
}

async function blocked(promise: Promise<unknown>, reason: BlockReason, url = URL_OK): Promise<DocumentLoadBlockedError> {
  const error = await refusal(promise)
  expect(error).toBeInstanceOf(DocumentLoadBlockedError)
  expect(error).toMatchObject({ code: 'ERR_DOCUMENT_LOAD_BLOCKED', reason, url })
  expect(error.message.startsWith(`Cannot load document ${JSON.stringify(url)}`)).toBe(true)
  return error as DocumentLoadBlockedError
}

describe('createGuardedFetch', () => {
  it('fetches an allowed https JSON document with no redirects, no credentials and a signal', async () => {
    const fake = fakeFetch({ [URL_OK]: jsonResponse(DOC, { 'content-type': 'application/json; charset=utf-8' }) })
    const fetchJson = createGuardedFetch({ fetch: fake.fetch, allowedHosts: ['school.example.nl'] })
    expect(await fetchJson(URL_OK)).toEqual(DOC)
    expect(fake.urls()).toEqual([URL_OK])
    const init = fake.calls[0]?.init
    expect(init).toMatchObject({ method: 'GET', redirect: 'manual', credentials: 'omit' })
    expect(init?.signal).toBeInstanceOf(AbortSignal)
  })

  it('refuses before fetching: http, private and IP-literal hosts, hosts off the allow-list', async () => {
    const fake = fakeFetch()
    const fetchJson = createGuardedFetch({ fetch: fake.fetch, allowedHosts: ['school.example.nl', '127.0.0.1', '[::1]'] })
    await blocked(fetchJson('http://school.example.nl/issuer'), 'not-https', 'http://school.example.nl/issuer')
    for (const url of ['https://127.0.0.1/x', 'https://[::1]/x', 'https://10.0.0.8/x', 'https://169.254.169.254/x', 'https://[::ffff:192.168.0.1]/x', 'https://localhost/x']) {
      await blocked(fetchJson(url), 'private-address', url)
    }
    await blocked(fetchJson('https://evil.example/issuer'), 'host-not-allowed', 'https://evil.example/issuer')
    expect(fake.calls).toEqual([])
  })

  it('with no allow-list every host is refused', async () => {
    const fake = fakeFetch({ [URL_OK]: jsonResponse(DOC) })
    const error = await blocked(createGuardedFetch({ fetch: fake.fetch })(URL_OK), 'host-not-allowed')
    expect(error.message).toMatch(/allow-list is empty/)
    expect(fake.calls).toEqual([])
  })

  it('refuses redirects (3xx, an opaque redirect, or a response that was redirected)', async () => {
    const to = 'https://169.254.169.254/latest/meta-data'
    const fake = fakeFetch({ [URL_OK]: new Response(null, { status: 302, headers: { location: to } }) })
    const error = await blocked(createGuardedFetch({ fetch: fake.fetch, allowedHosts: ['school.example.nl'] })(URL_OK), 'redirect')
    expect(error.message).toContain(to)
    expect(fake.urls()).toEqual([URL_OK])

    const followed = jsonResponse(DOC)
    Object.defineProperty(followed, 'redirected', { value: true })
    await blocked(createGuardedFetch({ fetch: async () => followed, allowedHosts: ['school.example.nl'] })(URL_OK), 'redirect')
    const opaque = new Response(null, { status: 200 })
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' })
    await blocked(createGuardedFetch({ fetch: async () => opaque, allowedHosts: ['school.example.nl'] })(URL_OK), 'redirect')
  })

  it('refuses an oversize body: declared, and streamed without a length (read incrementally)', async () => {
    const big = JSON.stringify({ id: URL_OK, pad: 'x'.repeat(DEFAULT_MAX_BYTES) })
    const declared = fakeFetch({ [URL_OK]: new Response(big, { headers: { 'content-type': 'application/json', 'content-length': String(big.length) } }) })
    await blocked(createGuardedFetch({ fetch: declared.fetch, allowedHosts: ['school.example.nl'] })(URL_OK), 'too-large')

    const pulled = { count: 0 }
    const endless = fakeFetch({ [URL_OK]: () => new Response(endlessBody(new Uint8Array(1024).fill(0x20), pulled), { headers: { 'content-type': 'application/json' } }) })
    const error = await blocked(createGuardedFetch({ fetch: endless.fetch, allowedHosts: ['school.example.nl'], maxBytes: 10_000 })(URL_OK), 'too-large')
    expect(error.message).toContain('10000')
    expect(pulled.count).toBeLessThan(30)

    const justFits = fakeFetch({ [URL_OK]: jsonResponse(DOC) })
    const size = JSON.stringify(DOC).length
    expect(await createGuardedFetch({ fetch: justFits.fetch, allowedHosts: ['school.example.nl'], maxBytes: size })(URL_OK)).toEqual(DOC)
    await blocked(createGuardedFetch({ fetch: fakeFetch({ [URL_OK]: jsonResponse(DOC) }).fetch, allowedHosts: ['school.example.nl'], maxBytes: size - 1 })(URL_OK), 'too-large')
  })

  it('times out a fetch that never answers (the fake waits on the abort signal)', async () => {
    const calls: string[] = []
    const started = Date.now()
    await blocked(createGuardedFetch({ fetch: hangingFetch(calls), allowedHosts: ['school.example.nl'], timeoutMs: 30 })(URL_OK), 'timeout')
    expect(calls).toEqual([URL_OK])
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('times out a fetch that ignores its signal, and a body that never ends', async () => {
    const ignoring = createGuardedFetch({ fetch: () => new Promise<Response>(() => {}), allowedHosts: ['school.example.nl'], timeoutMs: 30 })
    await blocked(ignoring(URL_OK), 'timeout')
    const stalled = new Response(new ReadableStream<Uint8Array>({ start(c) { c.enqueue(new TextEncoder().encode('{"id":')) } }), { headers: { 'content-type': 'application/json' } })
    await blocked(createGuardedFetch({ fetch: async () => stalled, allowedHosts: ['school.example.nl'], timeoutMs: 30 })(URL_OK), 'timeout')
  })

  it('refuses non-JSON content types', async () => {
    for (const type of ['text/html', 'text/plain', 'application/javascript', 'application/jsonx', '']) {
      const body = new TextEncoder().encode(JSON.stringify(DOC))
      const fake = fakeFetch({ [URL_OK]: new Response(body, { headers: type ? { 'content-type': type } : {} }) })
      const error = await blocked(createGuardedFetch({ fetch: fake.fetch, allowedHosts: ['school.example.nl'] })(URL_OK), 'content-type')
      expect(error.message).toContain(`content type ${JSON.stringify(type)}`)
    }
    for (const type of ['application/json', 'application/did+json', 'application/ld+json', 'application/did+ld+json']) {
      const fake = fakeFetch({ [URL_OK]: jsonResponse(DOC, { 'content-type': type }) })
      expect(await createGuardedFetch({ fetch: fake.fetch, allowedHosts: ['school.example.nl'] })(URL_OK)).toEqual(DOC)
    }
  })

  it('refuses HTTP errors, network failures, invalid or duplicate-key JSON and non-objects, naming the URL', async () => {
    const cases: Array<[Response | (() => Promise<Response>), RegExp]> = [
      [new Response('nope', { status: 404, headers: { 'content-type': 'application/json' } }), /HTTP 404/],
      [() => Promise.reject(new TypeError('getaddrinfo ENOTFOUND')), /fetch failed: getaddrinfo ENOTFOUND/],
      [new Response('{"id":', { headers: { 'content-type': 'application/json' } }), /not acceptable JSON/],
      [new Response('{"id":"a","id":"b"}', { headers: { 'content-type': 'application/json' } }), /duplicate key/],
      [new Response('[1]', { headers: { 'content-type': 'application/json' } }), /not a JSON object/],
      [new Response(new Uint8Array([0x7b, 0xff, 0x7d]), { headers: { 'content-type': 'application/json' } }), /not UTF-8/],
    ]
    for (const [response, why] of cases) {
      const fetch = typeof response === 'function' ? response : async () => response
      const error = await refusal(createGuardedFetch({ fetch, allowedHosts: ['school.example.nl'] })(URL_OK))
      expect(error).not.toBeInstanceOf(DocumentLoadBlockedError)
      expect(error.message).toMatch(why)
      expect(error.message).toContain(`"${URL_OK}"`)
    }
  })

  it('checks its options', () => {
    expect(() => createGuardedFetch({ fetch: 'fetch' as never })).toThrow(InvalidArgumentError)
    expect(() => createGuardedFetch({ fetch: fetch, maxBytes: 0 })).toThrow(/maxBytes/)
    expect(() => createGuardedFetch({ fetch: fetch, timeoutMs: Number.NaN })).toThrow(/timeoutMs/)
  })
})
