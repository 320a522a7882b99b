export { createDocumentLoader } from './create-document-loader.js'
export type { DocumentLoader, DocumentLoaderOptions, RemoteDocument } from './create-document-loader.js'
