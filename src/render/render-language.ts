/**
 * The languages the badge and the credential page are labelled in.
 *
 * @module render
 */

/**
 * A display language: `'nl'` (Dutch, the default) or `'en'` (English). Labels change; the
 * credential's own text (title, description, quality agreement text) is shown as written.
 *
 * @example
 * ```ts
 * import { renderCredentialHtml, type RenderLanguage } from 'microcredentials/render'
 * const lang: RenderLanguage = 'en'
 * const html = renderCredentialHtml(credential, { lang })
 * ```
 */
export type RenderLanguage = 'nl' | 'en'
