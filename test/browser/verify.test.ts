/**
 * The verify suite's cases in Chromium (vitest browser mode): each input was signed in Node by the
 * global setup (test/browser/setup/make-cases.ts) and verified there; here the verify entry's sources
 * run in the browser on the same input and must give the same verdict, check statuses and error and
 * warning codes. Each case also states what it must yield, so a verifier broken in both runtimes fails.
 */
import { afterAll, describe, expect, inject, it, vi } from 'vitest'
import { runCase } from './run-case.js'

const cases = inject('verifyCases')

/** The verifier gets no fetch: any call would be a request leaving the page. */
const fetched: string[] = []
vi.stubGlobal('fetch', async (input: unknown) => {
  fetched.push(String(input))
  throw new Error('no network in the verify tests')
})
afterAll(() => {
  expect(fetched).toEqual([])
})

describe('verify in the browser gives the Node report', () => {
  it('runs in a browser, without Node', () => {
    expect(typeof window).toBe('object')
    expect(typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node).toBe('undefined')
    expect(cases.length).toBeGreaterThan(60)
  })

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const report = await runCase(c)
    expect(report).toEqual(c.node)
    if (c.want === 'verified') {
      expect(report.errors).toEqual([])
      expect(report.verified).toBe(true)
    }
    if (c.want.includes(':')) expect(report.errors).toContain(c.want)
  })
})
