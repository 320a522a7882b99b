import { parseStrictJson } from '../lib/strict-json.js'
import type { DocumentLoader } from '../loader/create-document-loader.js'

/** A document loaded for key resolution, or why it could not be (`blocked`: refused by the network policy). */
export type LoadedDocument = { ok: true; document: Record<string, unknown> } | { ok: false; message: string; blocked: boolean }

/** Loads a JSON object (controller document, verification method, JWKS) with the loader. Never throws. */
export async function loadJsonDocument(loader: DocumentLoader, url: string): Promise<LoadedDocument> {
  try {
    const { document } = await loader(url)
    const text = typeof document === 'string' ? parseStrictJson(document) : undefined
    if (text && !text.ok) return { ok: false, message: text.message, blocked: false }
    const parsed: unknown = text ? text.value : document
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, message: 'not a JSON object', blocked: false }
    return { ok: true, document: parsed as Record<string, unknown> }
  } catch (error) {
    const blocked = (error as { code?: unknown })?.code === 'ERR_DOCUMENT_LOAD_BLOCKED'
    return { ok: false, message: (error as Error)?.message ?? String(error), blocked }
  }
}
