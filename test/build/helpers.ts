/** Test helpers: the example specs and deterministic build options. */
import { readFileSync } from 'node:fs'
import { buildCredential, type BuildOptions } from '../../src/build/index.js'
import type { MicrocredentialSpec, OpenBadgeCredential } from '../../src/model/index.js'

/** The runnable example specs in `examples/`. */
export const EXAMPLES = ['mbo-zorg-microcredential', 'hbo-data-microcredential'] as const

/** Reads an example spec (a fresh copy each time). */
export function loadExample(name: (typeof EXAMPLES)[number]): MicrocredentialSpec {
  return JSON.parse(readFileSync(new URL(`../../examples/${name}.spec.json`, import.meta.url), 'utf8')) as MicrocredentialSpec
}

/** The issuer id tests pass for examples whose spec leaves `issuer.id` to the signer (the mbo example). */
export const EXAMPLE_ISSUER_ID = 'did:web:roc-zuidwaard.example.nl'

/** Builds an example with deterministic options, filling the issuer id when the spec has none. */
export function buildExample(name: (typeof EXAMPLES)[number], seed = 1, extra: BuildOptions = {}): OpenBadgeCredential {
  const spec = loadExample(name)
  return buildCredential(spec, deterministicOptions(seed, spec.issuer.id === undefined ? { issuerId: EXAMPLE_ISSUER_ID, ...extra } : extra))
}

/** Options whose randomness and clock are fixed: bytes count up from `seed`, uuids are numbered. */
export function deterministicOptions(seed = 1, extra: BuildOptions = {}): BuildOptions {
  let next = seed
  let n = 0
  return {
    now: () => new Date('2025-09-01T12:34:56.000Z'),
    randomBytes: (size) => Uint8Array.from({ length: size }, () => next++ & 0xff),
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    ...extra,
  }
}

/** A small valid spec to vary in mapping tests. */
export function minimalSpec(): MicrocredentialSpec {
  return {
    issuer: { id: 'did:web:example.nl', name: 'Voorbeeld College' },
    recipient: { id: 'did:example:learner' },
    achievement: { name: 'Test', description: 'Een test.', criteria: { narrative: 'Gehaald.' } },
  }
}
