/**
 * The page languages and how the first one is chosen.
 *
 * @module verifier-web
 */

/** A page language: English (the default) or Dutch. */
export type Lang = 'en' | 'nl'

/** An English and a Dutch text. */
export interface Texts {
  en: string
  nl: string
}

/**
 * The language asked for in the page URL's query (`?lang=nl`), else English.
 *
 * @param search - `location.search`, e.g. `?lang=nl`
 */
export function langFromSearch(search: string): Lang {
  return new URLSearchParams(search).get('lang')?.toLowerCase() === 'nl' ? 'nl' : 'en'
}

/**
 * The text of `table` under `key` in `lang`, or undefined when the table has no such key (own keys
 * only: a key such as `constructor` or `__proto__` never reads the prototype).
 */
export function lookUp(table: Readonly<Record<string, Texts>>, key: string, lang: Lang): string | undefined {
  return Object.hasOwn(table, key) ? table[key]?.[lang] : undefined
}
