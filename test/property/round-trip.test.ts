/**
 * Item 7 (verification hardening), part 3: generated variations of the mbo example spec build, issue
 * and verify: `buildCredential` → `issueCredential` → `verifyCredential` is `verified: true`, and the
 * verified credential carries the generated values unchanged.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildCredential, type MicrocredentialSpec } from '../../src/index.js'
import { issueCredential } from '../../src/issue/index.js'
import type { Ed25519KeyPair, Signer } from '../../src/keys/index.js'
import { verifyCredential } from '../../src/verify/index.js'
import { deterministicOptions, loadExample } from '../build/helpers.js'
import { NOW, testKey } from '../helpers/credentials.js'
import { expectWellFormed, SEED } from './arbitraries.js'

let key: { keyPair: Ed25519KeyPair; signer: Signer }
beforeAll(async () => {
  key = await testKey()
})

/** Titles and texts with unicode, JSON escapes, quotes and Markdown: trimmed, non-empty, no control characters. */
const text = (min: number, max: number): fc.Arbitrary<string> =>
  fc.tuple(
    fc.constantFrom('Zorg', 'Ÿpsilon', 'Ĳsselmeer', 'Café "De Zorg"', "Verpleegkundige 'thuis'", 'Back\\slash', '😀 emoji', 'Ελληνικά', 'العربية', '日本語', 'Tab\tteken', 'Nieuwe\nregel', '<b>html</b>', '`code`', '**Markdown**', 'e\u0301 (NFD)'),
    fc.string({ unit: 'grapheme', minLength: min, maxLength: max }),
  )
    .map(([head, tail]) => `${head} ${tail}`.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim())
    .filter((s) => s.length >= min)

/** Learning outcomes written with an observable verb, as the quality rules want. */
const outcome = fc.tuple(
  fc.constantFrom('Past', 'Signaleert', 'Rapporteert', 'Stelt', 'Evalueert', 'Analyseert', 'Ontwerpt', 'Beoordeelt'),
  text(5, 60),
  fc.option(fc.record({ url: fc.constant('http://data.europa.eu/esco/skill/326809fc-238d-40c2-881e-40042f7f2f0d'), framework: fc.constant('ESCO') }), { nil: undefined }),
).map(([verb, rest, link]) => (link ? { text: `${verb} ${rest}`, ...link } : `${verb} ${rest}`))

const variation = fc.record({
  name: text(3, 80),
  description: text(20, 300),
  narrative: text(10, 200),
  outcomes: fc.array(outcome, { minLength: 1, maxLength: 8 }),
  sbu: fc.integer({ min: 1, max: 15 }).map((n) => n * 80),
  language: fc.constantFrom('nl', 'en', 'de', 'fr', 'nl-NL', 'en-GB'),
  recipientName: text(2, 40),
  drop: fc.subarray(['prerequisites', 'targetGroup', 'stackability', 'programmes', 'gradeScale', 'fieldOfStudy', 'tags', 'image'] as const),
  evidence: fc.boolean(),
  seed: fc.integer({ min: 1, max: 200 }),
})

type Variation = typeof variation extends fc.Arbitrary<infer T> ? T : never

function specFor(v: Variation): MicrocredentialSpec {
  const spec = loadExample('mbo-zorg-microcredential')
  const a = spec.achievement as unknown as Record<string, unknown>
  spec.achievement.name = v.name
  spec.achievement.description = v.description
  spec.achievement.criteria = { ...spec.achievement.criteria, narrative: v.narrative }
  spec.achievement.learningOutcomes = v.outcomes
  spec.achievement.workload = { sbu: v.sbu }
  spec.achievement.language = v.language
  for (const field of v.drop) delete a[field]
  if (v.drop.includes('gradeScale')) delete (spec as { result?: unknown }).result // a grade needs its scale
  spec.recipient = { ...spec.recipient, name: v.recipientName }
  if (!v.evidence) delete (spec as { evidence?: unknown }).evidence
  return spec
}

describe('build → issue → verify round trip over variations of the mbo spec', () => {
  it('every generated variation issues and verifies, with its values intact (50 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(variation, async (v) => {
        const credential = buildCredential(specFor(v), deterministicOptions(v.seed, { issuerId: key.keyPair.controller }))
        const signed = await issueCredential(credential, key.signer, { now: '2025-09-01T10:00:00Z' })
        const r = await verifyCredential(JSON.stringify(signed), { now: NOW })
        expectWellFormed(r)
        expect(r.errors).toEqual([])
        expect(r.verified).toBe(true)
        const ach = (r.credential as any).credentialSubject.achievement
        expect(ach.name).toBe(v.name)
        expect(ach.description).toBe(v.description)
        expect(ach.criteria.narrative).toBe(v.narrative)
        expect(ach.SBU).toBe(v.sbu)
        expect(ach.inLanguage).toBe(v.language)
        expect(ach.alignment.filter((x: { targetType?: string }) => x.targetType === 'ext:LearningOutcome')).toHaveLength(v.outcomes.length)
      }),
      { seed: SEED, numRuns: 50 },
    )
  }, 120_000)
})
