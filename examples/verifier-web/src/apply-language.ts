/**
 * Switches the page's fixed texts to a language.
 *
 * @module verifier-web
 */
import type { Lang } from './lang.js'
import { isUiKey, ui } from './ui-words.js'

/** Sets the fixed texts (`data-text`, `data-placeholder`) and the language buttons to `lang`. */
export function applyLanguage(lang: Lang): void {
  document.documentElement.lang = lang
  document.title = ui('pageTitle', lang)
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-text]'))) {
    const key = node.dataset.text ?? ''
    if (isUiKey(key)) node.textContent = ui(key, lang)
  }
  for (const node of Array.from(document.querySelectorAll<HTMLTextAreaElement>('textarea[data-placeholder]'))) {
    const key = node.dataset.placeholder ?? ''
    if (isUiKey(key)) node.placeholder = ui(key, lang)
  }
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-lang]'))) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang))
  }
}
