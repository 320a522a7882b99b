/**
 * Internal: the generated emblem of an issuer without an image: its initials on a colour derived from
 * its name, deterministically (the same issuer always gets the same colour, on every machine).
 *
 * @module render
 */

/** FNV-1a, 32 bits, over the UTF-16 code units of `text`. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}

function hex(n: number): string {
  return Math.round(Math.min(255, Math.max(0, n * 255))).toString(16).padStart(2, '0')
}

/** `#rrggbb` of an HSL colour (`h` in degrees, `s` and `l` in 0..1). */
function hslToHex(h: number, s: number, l: number): string {
  const c = (1 - Math.abs(2 * l - 1)) * s
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1))
  const m = l - c / 2
  const [r, g, b] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x]
  return `#${hex(r + m)}${hex(g + m)}${hex(b + m)}`
}

/**
 * The issuer's colour: a hue from the hash of its name (or id), fixed saturation and a lightness dark
 * enough for white initials (contrast above 4.5:1).
 */
export function issuerColour(seed: string): string {
  return hslToHex(fnv1a(seed) % 360, 0.55, 0.28)
}

/** Words that do not give an initial (Dutch and English particles). */
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 't', "'t", 'voor', 'en', 'in', 'op', 'of', 'the', 'and', 'for', 'at', 'a', 'an'])

/**
 * Up to three initials of the issuer's name: the first letter or digit of each word that is not a
 * particle (`Hogeschool van Amsterdam` → `HA`), upper-cased; `?` when there is none.
 */
export function initials(name: string): string {
  const words = name.split(/[\s\-–—_/&+.,:;()]+/).filter((w) => w !== '' && !PARTICLES.has(w.toLowerCase()))
  const letters: string[] = []
  for (const w of words) {
    const first = Array.from(w).find((ch) => /\p{L}|\p{N}/u.test(ch))
    if (first !== undefined) letters.push(first.toUpperCase())
    if (letters.length === 3) break
  }
  return letters.length > 0 ? letters.join('') : '?'
}
