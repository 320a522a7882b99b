/**
 * Shows the added documents (kind, id and file) and the files that could not be used as documents.
 *
 * @module verifier-web
 */
import type { AddedDocument, RefusedDocument } from './documents.js'
import { el } from './dom.js'
import type { Lang } from './lang.js'
import { documentKindWord, refusalWords, ui } from './ui-words.js'

/** Fills the documents list; the clear button is shown only when there is something to clear. */
export function showDocuments(list: HTMLElement, clear: HTMLButtonElement, documents: readonly AddedDocument[], refused: readonly RefusedDocument[], lang: Lang): void {
  const items = [
    ...documents.map((d) => {
      const item = el('li', `document ${d.kind}`, el('span', 'kind', documentKindWord(d.kind, lang)), ' ', el('code', undefined, d.id), ' ', el('span', 'file', `(${d.fileName})`))
      item.dataset.id = d.id
      return item
    }),
    ...refused.map((r) => el('li', 'document refused', el('span', 'file', r.fileName), `: ${refusalWords(r.reason, lang)}`)),
  ]
  list.replaceChildren(...(items.length === 0 ? [el('li', 'document none', ui('documentsNone', lang))] : items))
  clear.hidden = documents.length === 0 && refused.length === 0
}
