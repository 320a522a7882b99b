/**
 * Shows the credential: the page of `renderCredentialHtml` (with the verdict and the quality
 * agreements) in a sandboxed frame that may run no script, the badge with its microcredential
 * watermark (`renderBadgeSvg`) and, for a baked PNG or SVG, the image that was added.
 *
 * @module verifier-web
 */
import { renderBadgeSvg, renderCredentialHtml } from 'microcredentials/render'
import type { Outcome } from './check-credential.js'
import { el } from './dom.js'
import type { Lang } from './lang.js'
import { ui } from './ui-words.js'

/**
 * Puts the credential page into the frame (`srcdoc`; the frame's `sandbox` attribute is empty, so
 * the page can run nothing and reach nothing). Shows the problem instead when there is no credential
 * or it cannot be rendered.
 */
export function showCredentialPage(frame: HTMLIFrameElement, problem: HTMLElement, outcome: Outcome, lang: Lang): void {
  frame.setAttribute('sandbox', '')
  frame.title = ui('credentialFrame', lang)
  const page = credentialPage(outcome, lang)
  frame.hidden = !('html' in page)
  problem.hidden = 'html' in page
  if ('html' in page) {
    frame.srcdoc = page.html
    problem.replaceChildren()
  } else {
    frame.srcdoc = ''
    problem.replaceChildren(`${ui('noCredential', lang)}: ${page.problem}`)
  }
}

function credentialPage(outcome: Outcome, lang: Lang): { html: string } | { problem: string } {
  if (!('credential' in outcome.display)) return { problem: outcome.display.problem }
  try {
    return { html: linksInNewWindow(renderCredentialHtml(outcome.display.credential, { verification: outcome.result, lang })) }
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * Makes the links of a rendered credential page target a new window (`<base target="_blank">`), which
 * the frame's sandbox (no `allow-popups`) refuses: a click on the issuer's website then does nothing,
 * instead of navigating the frame into the CSP's "blocked" page. No request is made either way.
 */
export function linksInNewWindow(html: string): string {
  return html.replace(/<head>/i, '<head>\n<base target="_blank">')
}

/** The badge of a credential with its watermark as a `data:image/svg+xml` URL, or undefined when it cannot be drawn. */
export function badgeDataUrl(credential: Record<string, unknown>): string | undefined {
  try {
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderBadgeSvg(credential))}`
  } catch {
    return undefined
  }
}

/**
 * A `blob:` URL of the image that was added (a baked PNG or SVG, shown by an `<img>`, where an SVG's
 * scripts never run), or undefined for other input. The caller revokes it when it is no longer shown.
 */
export function originalImageUrl(outcome: Outcome): string | undefined {
  const { kind, data } = outcome.input
  if (kind !== 'png' && kind !== 'svg') return undefined
  return URL.createObjectURL(new Blob([data], { type: kind === 'png' ? 'image/png' : 'image/svg+xml' }))
}

/** Fills the images block: the rendered badge and, when given, the original image, each with a caption. */
export function showImages(block: HTMLElement, outcome: Outcome, originalUrl: string | undefined, lang: Lang): void {
  const badge = 'credential' in outcome.display ? badgeDataUrl(outcome.display.credential) : undefined
  const figures: HTMLElement[] = []
  if (badge !== undefined) figures.push(figure('badge', badge, ui('badgeCaption', lang)))
  if (originalUrl !== undefined) figures.push(figure('original', originalUrl, ui('originalCaption', lang)))
  block.hidden = figures.length === 0
  block.replaceChildren(...figures)
}

function figure(name: string, src: string, caption: string): HTMLElement {
  const image = el('img', `image-${name}`)
  image.src = src
  image.alt = caption
  return el('figure', `figure-${name}`, image, el('figcaption', undefined, caption))
}
