/**
 * Internal: the badge drawing. A 512 × 512 viewBox scaled by `width`/`height`, so one drawing serves
 * every size; font sizes are chosen so that the watermark word, the sector and the title stay legible
 * at 128 px (the smallest is 34 units: 8.5 px there), and the ring texts (quality framework, issuer) from
 * 256 px up.
 *
 * Microcredential: a navy ring carrying the quality framework's name (top) and the issuer's name
 * (bottom), a gold ribbon across the badge with the word MICROCREDENTIAL, a sector seal (MBO, HBO, WO)
 * under it, the institution's image or generated emblem (initials on the issuer's colour) above the
 * title. Plain badge: a ring in the issuer's colour with the issuer's name, the emblem and the title;
 * no ribbon, no seal.
 *
 * @module render
 */
import type { BadgeFacts } from './badge-facts.js'
import { fnv1a, initials, issuerColour } from './emblem.js'
import { safeText } from './escape-text.js'
import { labelsFor } from './labels.js'
import type { RenderLanguage } from './render-language.js'
import { textWidth, truncate, wrapText } from './text-metrics.js'

/** The watermark's colours: the same on every microcredential, whatever the institution. */
export const WATERMARK_COLOURS = Object.freeze({
  ring: '#17325C',
  ribbon: '#F2B705',
  ribbonTail: '#C48F00',
  ribbonFold: '#7A5A00',
  text: '#17325C',
})

/** Seal colours per sector; other sectors get the last one. */
export const SECTOR_COLOURS: Readonly<Record<string, string>> = Object.freeze({
  mbo: '#B3400B',
  hbo: '#0F766E',
  wo: '#6D28D9',
  'hbo/wo': '#1D4ED8',
  other: '#475569',
})

const FONT = "'DejaVu Sans', Verdana, 'Segoe UI', Arial, Helvetica, sans-serif"
const C = 256

/** A number with at most one decimal, for coordinates. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10)
}

/** Where a circle of radius `r` around the centre crosses the horizontal line `y`: the left x. */
function leftX(r: number, y: number): number {
  return C - Math.sqrt(r * r - (y - C) * (y - C))
}

/** An arc path over the top from `y` on the left to `y` on the right (text on it reads outward-up). */
function topArc(r: number, y: number): { d: string; length: number } {
  const x = leftX(r, y)
  const angle = Math.PI + 2 * Math.asin((y - C) / r)
  return { d: `M ${n(x)} ${n(y)} A ${r} ${r} 0 1 1 ${n(2 * C - x)} ${n(y)}`, length: angle * r }
}

/** An arc path under the bottom from `y` on the left to `y` on the right (text on it stands upright). */
function bottomArc(r: number, y: number): { d: string; length: number } {
  const x = leftX(r, y)
  const angle = Math.PI - 2 * Math.asin((y - C) / r)
  return { d: `M ${n(x)} ${n(y)} A ${r} ${r} 0 0 0 ${n(2 * C - x)} ${n(y)}`, length: angle * r }
}

/** Text on an arc, centred, cut with an ellipsis to fit. */
function arcText(id: string, text: string, length: number, fontSize: number, fill: string, bold: boolean): string {
  if (text === '') return ''
  const shown = truncate(text, length - 2 * fontSize, fontSize, bold)
  return `<text font-size="${fontSize}"${bold ? ' font-weight="bold"' : ''} fill="${fill}"><textPath href="#${id}" startOffset="50%" text-anchor="middle">${safeText(shown)}</textPath></text>`
}

/** Centred lines of text with baselines from `y`. */
function lines(texts: string[], y: number, lineHeight: number, fontSize: number, fill: string): string {
  return texts.map((t, i) => `<text x="${C}" y="${n(y + i * lineHeight)}" font-size="${fontSize}" font-weight="bold" fill="${fill}" text-anchor="middle">${safeText(t)}</text>`).join('')
}

/** The institution's image clipped to a circle, or the generated emblem. */
function emblem(facts: BadgeFacts, cx: number, cy: number, r: number, colour: string, clipId: string): string {
  if (facts.image !== undefined) {
    return `<clipPath id="${clipId}"><circle cx="${cx}" cy="${cy}" r="${r}"/></clipPath>` +
      `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#FFFFFF"/>` +
      `<image href="${facts.image}" x="${cx - r}" y="${cy - r}" width="${2 * r}" height="${2 * r}" preserveAspectRatio="xMidYMid meet" clip-path="url(#${clipId})"/>` +
      `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${colour}" stroke-width="4"/>`
  }
  const letters = initials(facts.issuerName || facts.name)
  const count = Array.from(letters).length
  const fontSize = Math.round(r * (count >= 3 ? 0.68 : count === 2 ? 0.84 : 1))
  const maxWidth = 1.6 * r
  const fit = textWidth(letters, fontSize, true) > maxWidth ? ` textLength="${n(maxWidth)}" lengthAdjust="spacingAndGlyphs"` : ''
  return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${colour}"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${r - 7}" fill="none" stroke="#FFFFFF" stroke-opacity="0.55" stroke-width="2"/>` +
    `<text x="${cx}" y="${n(cy + fontSize * 0.36)}" font-size="${fontSize}" font-weight="bold" fill="#FFFFFF" text-anchor="middle"${fit}>${safeText(letters)}</text>`
}

/** The gold ribbon with the word MICROCREDENTIAL (the watermark). */
function ribbon(): string {
  const w = WATERMARK_COLOURS
  return `<g class="mc-watermark-ribbon">` +
    `<path d="M 0 316 L 48 316 L 48 384 L 0 384 L 16 350 Z" fill="${w.ribbonTail}"/>` +
    `<path d="M 512 316 L 464 316 L 464 384 L 512 384 L 496 350 Z" fill="${w.ribbonTail}"/>` +
    `<path d="M 24 368 L 48 384 L 48 368 Z" fill="${w.ribbonFold}"/>` +
    `<path d="M 488 368 L 464 384 L 464 368 Z" fill="${w.ribbonFold}"/>` +
    `<rect x="24" y="300" width="464" height="68" fill="${w.ribbon}"/>` +
    `<text x="${C}" y="348" font-size="40" font-weight="bold" fill="${w.text}" text-anchor="middle" textLength="392" lengthAdjust="spacingAndGlyphs">MICROCREDENTIAL</text>` +
    `</g>`
}

/** The sector seal under the ribbon (34 units; 26 for a longer name such as HBO/WO). */
function sectorSeal(sector: string): string {
  const label = sector.toUpperCase()
  const fontSize = textWidth(label, 34, true) <= 140 ? 34 : 26
  const shown = truncate(label, 140, fontSize, true)
  const width = Math.min(184, Math.max(120, textWidth(shown, fontSize, true) + 40))
  // Own keys only: a sector named "constructor" must not pick up Object.prototype's.
  const colour = Object.hasOwn(SECTOR_COLOURS, sector) ? SECTOR_COLOURS[sector] as string : SECTOR_COLOURS.other as string
  return `<g class="mc-watermark-sector">` +
    `<rect x="${n(C - width / 2)}" y="388" width="${n(width)}" height="50" rx="25" fill="${colour}" stroke="#FFFFFF" stroke-width="3"/>` +
    `<text x="${C}" y="${fontSize === 34 ? 425 : 422}" font-size="${fontSize}" font-weight="bold" fill="#FFFFFF" text-anchor="middle">${safeText(shown)}</text>` +
    `</g>`
}

/**
 * The title of a microcredential between the emblem and the ribbon: one or two lines at 34 units when
 * it fits, else three lines at 29 units (the last one cut with an ellipsis if still too long).
 */
function titleLines(name: string): { lines: string[]; fontSize: number; lineHeight: number; y: number } {
  const two = wrapText(name, 372, 34, 2, true)
  if (!two.some((line) => line.endsWith('…') && !name.endsWith('…'))) {
    return { lines: two, fontSize: 34, lineHeight: 38, y: two.length === 1 ? 270 : 248 }
  }
  return { lines: wrapText(name, 372, 29, 3, true), fontSize: 29, lineHeight: 31, y: 230 }
}

/** The complete SVG of a badge. */
export function drawBadge(facts: BadgeFacts, size: number, lang: RenderLanguage): string {
  const labels = labelsFor(lang)
  const colour = issuerColour(facts.colourSeed)
  const p = `mcb-${fnv1a(JSON.stringify([facts.name, facts.issuerName, facts.sector ?? '', facts.frameworks, facts.microcredential, facts.image?.length ?? 0, facts.image?.slice(-64) ?? ''])).toString(36)}`
  const name = facts.name || labels.plainBadge
  const accessibleName = facts.issuerName ? labels.badgeTitle(name, facts.issuerName) : name
  const desc = facts.microcredential ? labels.badgeDescMicro(facts.sector ?? '', facts.frameworks.join('; ')) : labels.badgeDescPlain
  const head = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512" role="img" aria-labelledby="${p}-title ${p}-desc">` +
    `<title id="${p}-title">${safeText(accessibleName)}</title><desc id="${p}-desc">${safeText(desc)}</desc>`
  let body: string
  if (facts.microcredential) {
    const w = WATERMARK_COLOURS
    const top = topArc(220, 300)
    const bottom = bottomArc(236, 392)
    const ringTop = facts.frameworks.length > 0 ? facts.frameworks.join(' · ') : facts.issuerName
    const ringBottom = facts.frameworks.length > 0 ? facts.issuerName : ''
    const title = titleLines(name)
    body = `<defs><path id="${p}-top" d="${top.d}"/><path id="${p}-bottom" d="${bottom.d}"/></defs>` +
      `<g class="mc-watermark-ring"><circle cx="${C}" cy="${C}" r="250" fill="${w.ring}"/>` +
      `<circle cx="${C}" cy="${C}" r="243" fill="none" stroke="${w.ribbon}" stroke-width="2"/>` +
      arcText(`${p}-top`, ringTop, top.length, 20, '#FFFFFF', true) +
      arcText(`${p}-bottom`, ringBottom, bottom.length, 20, '#FFFFFF', false) + `</g>` +
      `<circle cx="${C}" cy="${C}" r="204" fill="#FFFFFF" stroke="${w.ribbon}" stroke-width="6"/>` +
      emblem(facts, C, 140, 62, colour, `${p}-clip`) +
      lines(title.lines, title.y, title.lineHeight, title.fontSize, w.text) +
      ribbon() +
      (facts.sector !== undefined ? sectorSeal(facts.sector) : '')
  } else {
    const top = topArc(224, 330)
    const nameLines = wrapText(name, 320, 36, 3, true)
    body = `<defs><path id="${p}-top" d="${top.d}"/></defs>` +
      `<circle cx="${C}" cy="${C}" r="250" fill="${colour}"/>` +
      arcText(`${p}-top`, facts.issuerName, top.length, 20, '#FFFFFF', true) +
      `<circle cx="${C}" cy="${C}" r="214" fill="#FFFFFF"/>` +
      emblem(facts, C, 168, 82, colour, `${p}-clip`) +
      lines(nameLines, 306, 42, 36, '#1F2937')
  }
  return `${head}<g font-family="${FONT}">${body}</g></svg>`
}
