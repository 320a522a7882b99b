/**
 * Baked badges (Open Badges 3.0 §5.3 "Baking"): a credential embedded in its badge image, a PNG
 * (an `openbadgecredential` iTXt chunk) or an SVG (an `<openbadges:credential>` element), and taken
 * out again. `extractCredential` is pure and browser-safe (no `Buffer`); the verifier uses it for
 * image input. Baking runs in Node and browsers alike.
 *
 * @example
 * ```ts
 * import { bakePng, bakeSvg, extractCredential, BakeError } from 'microcredentials/render'
 * const png = bakePng(image, signedCredential)
 * const { credential } = extractCredential(png)
 * ```
 *
 * @module bake
 */
export { bakePng } from './bake-png.js'
export { bakeSvg } from './bake-svg.js'
export { extractCredential, type ExtractedCredential } from './extract-credential.js'
export { BakeError, type BakeErrorCode } from '../errors/errors.js'
