/**
 * Internal: checks of the options shared by the renderers (JavaScript callers can pass anything).
 *
 * @module render
 */
import { InvalidArgumentError } from '../errors/errors.js'
import { checkImageDataUrl } from './image-data-url.js'
import type { RenderLanguage } from './render-language.js'

/** `lang` when it is `'nl'` or `'en'`; `'nl'` when absent; else `InvalidArgumentError`. */
export function checkLanguage(lang: unknown): RenderLanguage {
  if (lang === undefined) return 'nl'
  if (lang === 'nl' || lang === 'en') return lang
  throw new InvalidArgumentError(`options.lang must be 'nl' or 'en', not ${JSON.stringify(lang)}`)
}

/** The image option, checked (a data URL of PNG, JPEG or SVG), or `undefined`. */
export function checkImageOption(image: unknown): string | undefined {
  return image === undefined ? undefined : checkImageDataUrl(image, 'options.image')
}
