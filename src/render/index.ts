/**
 * Rendering microcredentials for people: the badge image with the **microcredential watermark**
 * (`renderBadgeSvg`, a self-contained SVG) and the **credential page** (`renderCredentialHtml`, one
 * self-contained HTML5 page with the facts, the verification verdict and, under the credential, the
 * joint quality agreements). Labels in Dutch (default) and English. No Node.js APIs: runs in browsers
 * too. Every string from the credential is escaped; Markdown fields are rendered without raw HTML and
 * with http(s)/mailto links only. See docs/rendering.md.
 *
 * @example
 * ```ts
 * import { renderBadgeSvg, renderCredentialHtml } from 'microcredentials/render'
 * import { verifyCredential } from 'microcredentials/verify'
 * const svg = renderBadgeSvg(credential, { size: 256 })
 * const html = renderCredentialHtml(credential, { verification: await verifyCredential(credential), lang: 'en' })
 * ```
 * @module render
 */
export { renderBadgeSvg, type BadgeSvgOptions } from './render-badge-svg.js'
export { renderCredentialHtml, type CredentialHtmlOptions } from './render-credential-html.js'
export type { VerificationCheckSummary, VerificationSummary } from './verification-summary.js'
export type { RenderLanguage } from './render-language.js'
export { bakePng, bakeSvg, extractCredential, BakeError, type BakeErrorCode, type ExtractedCredential } from '../bake/index.js'
