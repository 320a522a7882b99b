import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createDocumentLoader, type DocumentLoader, type DocumentLoaderOptions } from '../../src/loader/index.js'
import { FIXTURES } from './fixtures.js'

/** The W3C examples context (defines `@vocab`): test vectors use it; the library never trusts it by default. */
export const EXAMPLES_V2_URL = 'https://www.w3.org/ns/credentials/examples/v2'
const examplesV2 = JSON.parse(readFileSync(join(FIXTURES, 'contexts/w3c-credentials-examples-v2.jsonld'), 'utf8')) as Record<string, unknown>

/** A loader that also trusts the W3C examples context (for the W3C test vectors only). */
export function loaderWithExamples(options: DocumentLoaderOptions = {}): DocumentLoader {
  return createDocumentLoader({ ...options, contexts: { [EXAMPLES_V2_URL]: examplesV2 } })
}

/** Wraps a loader so that some URLs return other documents (to reproduce vectors made with variant contexts). */
export function overriding(loader: DocumentLoader, overrides: Record<string, unknown>): DocumentLoader {
  const wrapped = async (url: string) => (url in overrides ? { contextUrl: null, documentUrl: url, document: overrides[url] } : loader(url))
  return Object.assign(wrapped, { trustedContexts: loader.trustedContexts })
}
