/**
 * Internal: estimated text widths for laying out SVG text without a font engine, and wrapping with an
 * ellipsis. The estimates follow DejaVu Sans / Verdana (the widest common sans-serif faces), so text
 * laid out with them fits in narrower faces too.
 *
 * @module render
 */

/** DejaVu Sans advance widths (em) of the printable ASCII characters, from space (0x20) to `~` (0x7E). */
const ASCII = [
  0.318, 0.401, 0.460, 0.838, 0.636, 0.950, 0.780, 0.275, 0.390, 0.390, 0.500, 0.838, 0.318, 0.361, 0.318, 0.337,
  0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531,
  1.000, 0.684, 0.686, 0.698, 0.770, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787,
  0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.390, 0.337, 0.390, 0.838, 0.500,
  0.500, 0.613, 0.635, 0.550, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612,
  0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838,
]

/** Width of one character in em (DejaVu Sans, the widest common sans-serif; a safe upper bound for others). */
function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) as number
  if (cp >= 0x20 && cp <= 0x7e) return ASCII[cp - 0x20] as number
  // Latin letters with diacritics: as their base letter, about.
  if (cp >= 0xc0 && cp <= 0x24f) return ch.toUpperCase() === ch ? 0.72 : 0.62
  if (ch === '…') return 1
  // CJK, Hangul, full-width forms, emoji: about one em.
  if (cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || cp >= 0x1f000)) return 1
  return 0.7
}

/** How much wider bold is than regular (DejaVu Sans Bold: about 12 %). */
const BOLD = 1.12

/** Estimated width of `text` at `fontSize` (bold faces are about 12 % wider). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0
  for (const ch of Array.from(text)) em += charWidth(ch)
  return em * fontSize * (bold ? BOLD : 1)
}

/** How many leading code points of `chars` fit in `maxWidth` when `reserve` is kept free. */
function fittingPrefix(chars: string[], maxWidth: number, fontSize: number, bold: boolean, reserve = 0): number {
  const scale = fontSize * (bold ? BOLD : 1)
  let width = reserve
  let end = 0
  while (end < chars.length && width + charWidth(chars[end] as string) * scale <= maxWidth) {
    width += charWidth(chars[end] as string) * scale
    end++
  }
  return end
}

/** `text` cut to fit `maxWidth`, with `…` when it was cut (whole code points; trailing space dropped). */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text
  const chars = Array.from(text)
  const end = fittingPrefix(chars, maxWidth, fontSize, bold, textWidth('…', fontSize, bold))
  return `${chars.slice(0, end).join('').trimEnd()}…`
}

/**
 * Wraps `text` into at most `maxLines` lines of `maxWidth` (at spaces; a word wider than a line is
 * cut). When not everything fits, the last line ends in `…`.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '')
  const fits = (candidate: string): boolean => textWidth(candidate, fontSize, bold) <= maxWidth
  const lines: string[] = []
  let line = ''
  let k = 0
  while (k < words.length && lines.length < maxLines) {
    const word = words[k] as string
    const candidate = line === '' ? word : `${line} ${word}`
    if (fits(candidate)) {
      line = candidate
      k++
    } else if (line !== '') {
      lines.push(line)
      line = ''
    } else {
      // A word wider than a line on its own: cut it.
      const chars = Array.from(word)
      const end = Math.max(1, fittingPrefix(chars, maxWidth, fontSize, bold))
      lines.push(chars.slice(0, end).join(''))
      words[k] = chars.slice(end).join('')
      if (words[k] === '') k++
    }
  }
  if (line !== '' && lines.length < maxLines) {
    lines.push(line)
    line = ''
  }
  const rest = [line, ...words.slice(k)].filter((w) => w !== '')
  if (rest.length > 0 && lines.length > 0) {
    const last = lines.length - 1
    lines[last] = truncate(`${lines[last] as string} ${rest.join(' ')}`, maxWidth, fontSize, bold)
  }
  return lines
}
