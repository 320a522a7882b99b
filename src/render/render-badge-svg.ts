/**
 * The badge image: an SVG with the microcredential watermark.
 *
 * @module render
 */
import { InvalidArgumentError } from '../errors/errors.js'
import type { MicrocredentialSpec } from '../model/microcredential-spec.js'
import { badgeFacts } from './badge-facts.js'
import { credentialOf } from './credential-of.js'
import { readCredentialView } from './credential-view.js'
import { drawBadge } from './draw-badge.js'
import { checkImageOption, checkLanguage } from './render-options.js'
import type { RenderLanguage } from './render-language.js'

/**
 * Options of {@link renderBadgeSvg}.
 *
 * @example
 * ```ts
 * import type { BadgeSvgOptions } from 'microcredentials/render'
 * const options: BadgeSvgOptions = { lang: 'en', size: 256, image: 'data:image/png;base64,iVBORw0KGgo...' }
 * ```
 */
export interface BadgeSvgOptions {
  /**
   * The institution's image as a `data:image/png;base64,…`, `data:image/jpeg;base64,…` or
   * `data:image/svg+xml;base64,…` URL, drawn in the emblem circle. Anything else throws
   * `InvalidArgumentError` (a badge never refers to anything outside itself). Default: the
   * achievement's or the issuer's image when that is such a data URL, else a generated emblem.
   */
  image?: string
  /** Language of the SVG's title and description (accessible name). Default `'nl'`. */
  lang?: RenderLanguage
  /** Width and height in pixels (the drawing is a 512 × 512 viewBox). Integer 16-4096; default 512. */
  size?: number
}

/**
 * Renders a badge as a self-contained SVG: no external references (no http(s) links, no external
 * fonts: a generic sans-serif stack), every text from the credential sanitised and escaped for XML,
 * ids derived from the content, so the same input always gives the same bytes.
 *
 * A **microcredential** (achievement type `MicroCredential`, or with no achievement type a `sector`
 * term, a pilot quality agreement or edubadges' microcredential schema) carries the watermark: a navy
 * ring with the quality framework's name, a gold ribbon with the word MICROCREDENTIAL, and a seal
 * with the sector (MBO, HBO, WO; from the `sector` term or the pilot framework). Under it the
 * institution's image, or a generated emblem (the issuer's initials on a colour derived from its
 * name), and the achievement's name (wrapped on two lines, cut with an ellipsis). **Any other
 * credential** (a `Course`, `CoCurricular`, ... achievement, or a badge with none of those marks) is
 * drawn as a plain badge **without the watermark**: a ring in the issuer's colour with its name, the
 * emblem and the title.
 *
 * `input` is an OB 3.0 credential (any shape is tolerated; missing fields are left out) or a
 * `MicrocredentialSpec`, which is built first with `buildCredential` (fixed clock and randomness).
 *
 * @throws InvalidArgumentError when `input` is not an object, `options.image` is not an accepted
 *   data URL, `options.lang` is not `'nl'`/`'en'` or `options.size` is out of range.
 * @throws InvalidSpecError when `input` is a spec with problems (as `buildCredential`).
 * @example
 * ```ts
 * import { readFile, writeFile } from 'node:fs/promises'
 * import { renderBadgeSvg } from 'microcredentials/render'
 * const spec = JSON.parse(await readFile('examples/mbo-zorg-microcredential.spec.json', 'utf8'))
 * await writeFile('badge.svg', renderBadgeSvg(spec, { size: 256 }))
 * ```
 */
export function renderBadgeSvg(input: Record<string, unknown> | MicrocredentialSpec, options: BadgeSvgOptions = {}): string {
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError('options must be an object')
  const lang = checkLanguage(options.lang)
  const size = checkSize(options.size)
  const image = checkImageOption(options.image)
  const view = readCredentialView(credentialOf(input))
  return drawBadge(badgeFacts(view, image), size, lang)
}

function checkSize(size: unknown): number {
  if (size === undefined) return 512
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 16 || size > 4096) {
    throw new InvalidArgumentError(`options.size must be an integer from 16 to 4096 (pixels), not ${JSON.stringify(size)}`)
  }
  return size
}
