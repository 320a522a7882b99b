import jsonld from 'jsonld'
import type { DocumentLoader } from '../../src/loader/index.js'
import { createDocumentLoader } from '../../src/loader/index.js'

/** RDFC-1.0 canonical N-Quads in safe mode (jsonld.js), as the reference for tests. */
export async function canonize(doc: object, documentLoader: DocumentLoader = createDocumentLoader()): Promise<string> {
  const options = { algorithm: 'RDFC-1.0', format: 'application/n-quads', safe: true, documentLoader }
  return (await jsonld.canonize(doc as jsonld.JsonLdDocument, options as unknown as jsonld.Options.Normalize)) as unknown as string
}
