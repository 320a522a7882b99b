import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createOb3SchemaValidator } from '../../src/schema/validate-ob3-schema.js'
import { fixtureDir, fixtureJson, ROOT } from '../helpers/fixtures.js'

const validate = createOb3SchemaValidator()
const isOpenBadge = (d: Record<string, unknown>): boolean => JSON.stringify(d.type ?? '').includes('OpenBadgeCredential') || JSON.stringify(d.type ?? '').includes('AchievementCredential')
const examples = fixtureDir('ob-spec-examples').filter((f) => isOpenBadge(fixtureJson(`ob-spec-examples/${f}`)))

/**
 * Spec examples whose JSON-LD shapes differ from the plain schema (documented normalisation): single values
 * where it wants arrays, or (migrating__4) an IdentifierEntry `type` as a one-element array.
 */
const NEEDS_NORMALISATION = [
  'migrating__4__Upgraded-OB-2-0-assertion-included-within-CLR-2-0.json',
  'recommended-practices__0__Achievement-alignment-CASE.json',
  'recommended-practices__4__Skill-Assertion-Credential-Registry.json',
]

describe('1EdTech AchievementCredential schema over the spec examples', () => {
  it('finds the OpenBadgeCredential examples', () => expect(examples.length).toBe(14))

  for (const file of examples) {
    it(file, () => {
      const result = validate(fixtureJson(`ob-spec-examples/${file}`))
      expect(result.findings).toEqual([])
      expect(result.normalised.length > 0).toBe(NEEDS_NORMALISATION.includes(file))
    })
  }

  it('without normalisation, those shapes are schema errors', () => {
    const single = validate(fixtureJson(`ob-spec-examples/${NEEDS_NORMALISATION[1]}`), { normaliseSingleValues: false })
    expect(single.findings.some((f) => f.path === '$.credentialSubject.type')).toBe(true)
    const wrapped = validate(fixtureJson(`ob-spec-examples/${NEEDS_NORMALISATION[0]}`), { normaliseSingleValues: false })
    expect(wrapped.findings.some((f) => f.path === '$.issuer.otherIdentifier[0].type')).toBe(true)
  })

  it('reads VCDM 1.1 input (issuanceDate, v1 context) by upgrading it for the check', () => {
    const v2 = fixtureJson('ob-spec-examples/basicOpenBadgeCredential__0__Sample-OpenBadgeCredential.json')
    const { validFrom, ...rest } = v2
    const v1 = { ...rest, '@context': ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json'], issuanceDate: validFrom }
    const r = validate(v1)
    expect(r.findings).toEqual([])
    expect(r.upgradedFromVcdm11).toBe(true)
  })

  it('non-objects and empty objects give findings, not exceptions', () => {
    expect(validate('x').findings[0]?.rule).toBe('OB3-SCHEMA')
    expect(validate({}).findings.map((f) => f.message).join(' ')).toMatch(/required/)
  })

  it('the bundled schema is the pinned 1EdTech file', () => {
    const bytes = readFileSync(join(ROOT, 'schemas/1edtech/ob_v3p0_achievementcredential_schema.json'))
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('859e405b592d93c3261fe899362f4128801140d4d20c01502a066b3540483d95')
  })
})
