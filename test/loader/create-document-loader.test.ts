import { describe, expect, it } from 'vitest'
import { DocumentNotFoundError, InvalidArgumentError } from '../../src/errors/errors.js'
import { createDocumentLoader } from '../../src/loader/index.js'

describe('createDocumentLoader', () => {
  it('serves the pinned contexts offline', async () => {
    const loader = createDocumentLoader()
    for (const url of ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', 'https://w3id.org/microcredentials/v1']) {
      const { document, documentUrl } = await loader(url)
      expect(documentUrl).toBe(url)
      expect(document).toHaveProperty('@context')
    }
    expect(loader.trustedContexts.has('https://www.w3.org/ns/credentials/undefined-terms/v2')).toBe(false)
    expect(createDocumentLoader({ allowUndefinedTerms: true }).trustedContexts.has('https://www.w3.org/ns/credentials/undefined-terms/v2')).toBe(true)
  })

  it('refuses any other URL with an error that names it', async () => {
    const loader = createDocumentLoader()
    await expect(loader('https://example.org/ctx.json')).rejects.toThrow(DocumentNotFoundError)
    await expect(loader('https://example.org/ctx.json')).rejects.toThrow('"https://example.org/ctx.json"')
  })

  it('serves supplied documents, and verification methods by fragment', async () => {
    const doc = { id: 'https://example.edu/issuers/1', verificationMethod: [{ id: 'https://example.edu/issuers/1#key-1', type: 'Multikey', controller: 'https://example.edu/issuers/1', publicKeyMultibase: 'z6Mk' }] }
    const loader = createDocumentLoader({ documents: { 'https://example.edu/issuers/1': doc } })
    expect((await loader('https://example.edu/issuers/1')).document).toBe(doc)
    expect((await loader('https://example.edu/issuers/1#key-1')).document).toMatchObject({ id: 'https://example.edu/issuers/1#key-1', type: 'Multikey' })
    await expect(loader('https://example.edu/issuers/1#key-2')).rejects.toThrow(/no verification method/)
  })

  it('resolves did:key verification methods, and can be told not to', async () => {
    const vm = 'did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi'
    expect((await createDocumentLoader()(vm)).document).toMatchObject({ id: vm, type: 'Multikey' })
    await expect(createDocumentLoader({ resolveDidKeys: false })(vm)).rejects.toThrow(/DID resolution is off/)
  })

  it('pinned contexts cannot be replaced', () => {
    expect(() => createDocumentLoader({ documents: { 'https://www.w3.org/ns/credentials/v2': {} } })).toThrow(InvalidArgumentError)
    expect(() => createDocumentLoader({ contexts: { 'https://www.w3.org/ns/credentials/v2': {} } })).toThrow(InvalidArgumentError)
  })
})
