import { describe, it, expect } from 'vitest'
import jsonld from 'jsonld'
import { createDocumentLoader } from '../../src/loader/create-document-loader.js'
import { createOb3SchemaValidator } from '../../src/schema/validate-ob3-schema.js'
import { MICROCREDENTIALS_CONTEXT } from '../../src/contexts/urls.js'
import { buildExample, EXAMPLES } from './helpers.js'

const validate = createOb3SchemaValidator()
const loader = createDocumentLoader()
const GLOSSARY = 'https://edubadges.nl/static/obv3-glossary.html#'
const VOCAB = 'https://w3id.org/microcredentials/vocab#'

async function canonize(doc: unknown): Promise<string> {
  return (await jsonld.canonize(doc as jsonld.JsonLdDocument, {
    algorithm: 'RDFC-1.0', format: 'application/n-quads', safe: true, documentLoader: loader,
  } as unknown as jsonld.Options.Normalize)) as unknown as string
}

describe.each(EXAMPLES)('example %s', (name) => {
  const credential = buildExample(name)

  it('passes the 1EdTech AchievementCredential schema without normalising single values', () => {
    const { findings, normalised } = validate(credential, { normaliseSingleValues: false })
    expect(findings).toEqual([])
    expect(normalised).toEqual([])
  })

  it('passes the schema and safe mode with every optional 1EdTech part switched on', async () => {
    const full = buildExample(name, 1, {
      includeCredentialSchema: true,
      credentialStatus: {
        id: 'https://example.nl/status/1#7', type: 'BitstringStatusListEntry', statusPurpose: 'revocation',
        statusListIndex: '7', statusListCredential: 'https://example.nl/status/1',
      },
    })
    expect(validate(full, { normaliseSingleValues: false }).findings).toEqual([])
    expect(full['@context']).toContain('https://purl.imsglobal.org/spec/ob/v3p0/extensions.json')
    expect(await canonize(full)).toContain('<https://purl.imsglobal.org/spec/vccs/v1p0/context.json#1EdTechJsonSchemaValidator2019>')
  })

  it('canonicalises in JSON-LD safe mode and keeps the profile terms', async () => {
    const nquads = await canonize(credential)
    for (const term of ['assessmentType', 'participationType', 'supervisionType', 'identityChecked']) {
      expect(nquads).toContain(`<${GLOSSARY}${term}>`)
    }
    for (const term of ['sector', 'levelVerified', 'prerequisites', 'targetGroup', 'stackability']) {
      expect(nquads).toContain(`<${VOCAB}${term}>`)
    }
    expect(nquads).toContain(`<${GLOSSARY}educationProgramIdentifier>`)
    expect(nquads).toContain(`<${GLOSSARY}EducredentialAchievement>`)
    expect(nquads).toContain('"true"^^<http://www.w3.org/2001/XMLSchema#boolean>')
  })

  it('is deterministic with injected randomness and clock', () => {
    expect(buildExample(name)).toEqual(credential)
    expect(buildExample(name, 99)).not.toEqual(credential)
  })
})

describe('the safe-mode check itself', () => {
  it('keeps the workload terms of each example', async () => {
    const mbo = await canonize(buildExample('mbo-zorg-microcredential'))
    const hbo = await canonize(buildExample('hbo-data-microcredential'))
    expect(mbo).toContain(`<${GLOSSARY}sbu> "240"^^<http://www.w3.org/2001/XMLSchema#integer>`)
    expect(mbo).toContain(`<${VOCAB}stackableTowards>`)
    expect(hbo).toContain(`<${GLOSSARY}ects> "5"^^<http://www.w3.org/2001/XMLSchema#integer>`)
    expect(hbo).toContain(`<${GLOSSARY}timeInvestment>`)
  })

  it('fails on a term no context defines (so passing means nothing was dropped)', async () => {
    const credential = buildExample('mbo-zorg-microcredential')
    const tampered = structuredClone(credential) as unknown as { credentialSubject: { achievement: Record<string, unknown> } }
    tampered.credentialSubject.achievement.studyLoad = 240
    await expect(canonize(tampered)).rejects.toThrow()
  })

  it('fails without the profile context', async () => {
    const credential = buildExample('hbo-data-microcredential')
    const withoutProfile = { ...credential, '@context': credential['@context'].filter((c) => c !== MICROCREDENTIALS_CONTEXT) }
    await expect(canonize(withoutProfile)).rejects.toThrow()
  })
})
