/** Internal: edubadges' `nl_NL` language values and BCP 47 tags (`nl-NL`), both ways. */

/** The UI's value for each bare language (edubadges-ui select list: en_EN, nl_NL, de_DE, fr_FR, es_ES). */
const UI_VALUES: Readonly<Record<string, string>> = Object.freeze({ nl: 'nl_NL', en: 'en_EN', de: 'de_DE', fr: 'fr_FR', es: 'es_ES' })

/**
 * `nl_NL` / `Nl_Nl` / `nl-nl` → `nl-NL`: language lower case, region upper case, `_` → `-`.
 * `undefined` for a value that is no language code.
 *
 * @example
 * ```ts
 * edubadgesLanguageToBcp47('En_En') // 'en-EN'
 * ```
 */
export function edubadgesLanguageToBcp47(value: string): string | undefined {
  const m = /^([A-Za-z]{2,3})(?:[_-]([A-Za-z]{2}|\d{3}))?$/.exec(value.trim())
  if (!m) return undefined
  const language = (m[1] as string).toLowerCase()
  return m[2] === undefined ? language : `${language}-${m[2].toUpperCase()}`
}

/**
 * A BCP 47 tag → edubadges' form: `nl-NL` → `nl_NL`; a bare language gets the UI's region (`nl` →
 * `nl_NL`, `en` → `en_EN`), other bare languages stay bare; a script subtag is dropped.
 *
 * @example
 * ```ts
 * bcp47ToEdubadgesLanguage('nl') // 'nl_NL'
 * ```
 */
export function bcp47ToEdubadgesLanguage(tag: string): string {
  const m = /^([A-Za-z]{2,3})(?:-[A-Za-z]{4})?(?:-([A-Za-z]{2}|\d{3}))?(?:-.*)?$/.exec(tag.trim())
  if (!m) return tag
  const language = (m[1] as string).toLowerCase()
  if (m[2] !== undefined) return `${language}_${m[2].toUpperCase()}`
  return UI_VALUES[language] ?? language
}
