import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script (npm run size), no type declarations
import { budgets, bundleEntry } from '../../scripts/browser-size.mjs'

interface Bundle {
  minified: number
  gzip: number
  inputs: string[]
}
const bundle = bundleEntry as (entry: string) => Promise<Bundle>
const entries = Object.entries(budgets.entries as Record<string, { minified: number; gzip: number }>)

describe('browser bundles of the built entries (npm run size)', () => {
  it.each(entries)('%s bundles for the browser (no Node built-ins) within its budget', async (entry, budget) => {
    const { minified, gzip } = await bundle(entry)
    expect(minified, `${entry} minified`).toBeLessThanOrEqual(budget.minified)
    expect(gzip, `${entry} gzip`).toBeLessThanOrEqual(budget.gzip)
    expect(gzip).toBeGreaterThan(10_000)
  }, 60_000)

  it('the budgets cover verify, the model entry and render', () => {
    expect(entries.map(([entry]) => entry).sort()).toEqual(['index', 'render', 'verify'])
  })

  it('an entry with Node built-ins in its graph fails to bundle (the check above can fail)', async () => {
    await expect(bundle('store')).rejects.toThrow(/node:|Could not resolve/)
  }, 60_000)
})
