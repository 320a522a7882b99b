/** The internal helpers of src/render: escaping, text layout, initials, dates, links. */
import { describe, expect, it } from 'vitest'
import { initials } from '../../src/render/emblem.js'
import { displayText, escapeMarkup, safeText } from '../../src/render/escape-text.js'
import { formatAmount, formatDate } from '../../src/render/format-values.js'
import { imageDataUrlProblem } from '../../src/render/image-data-url.js'
import { renderMarkdown, safeHref } from '../../src/render/render-markdown.js'
import { textWidth, truncate, wrapText } from '../../src/render/text-metrics.js'
import { RED_PIXEL_PNG } from './helpers.js'

describe('escaping', () => {
  it('escapes the five markup characters', () => {
    expect(escapeMarkup(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;')
    expect(safeText(']]>')).toBe(']]&gt;')
  })

  it('shows bidi controls as [U+XXXX] and replaces what XML cannot carry; keeps emoji and RTL letters', () => {
    expect(displayText('a\u202Eb\u2066c\u2069d\u200Ee\u200Ff\u061Cg')).toBe('a[U+202E]b[U+2066]c[U+2069]d[U+200E]e[U+200F]f[U+061C]g')
    expect(displayText('a\u0000b\u0008c\u000Bd\u001Fe\u007Ff\u0085g\uFFFEh\uFFFFi')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi')
    expect(displayText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz')
    expect(displayText('tab\tnl\ncr\r 😀 مرحبا')).toBe('tab\tnl\ncr\r 😀 مرحبا')
  })
})

describe('text layout', () => {
  it('wraps at spaces into at most maxLines lines, each within the width', () => {
    const lines = wrapText('Palliatieve zorg in de thuissituatie', 372, 34, 2, true)
    expect(lines).toEqual(['Palliatieve zorg in', 'de thuissituatie'])
    for (const line of wrapText('een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien', 200, 20, 3)) {
      expect(textWidth(line, 20)).toBeLessThanOrEqual(200)
    }
  })

  it('ends the last line with an ellipsis when the text does not fit', () => {
    const lines = wrapText('een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien', 200, 20, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toMatch(/…$/)
    expect(textWidth(lines[1] as string, 20)).toBeLessThanOrEqual(200)
  })

  it('cuts a word longer than a line, and never splits a surrogate pair', () => {
    const lines = wrapText('😀'.repeat(40), 200, 20, 2)
    expect(lines.join('')).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/)
    expect(lines[1]).toMatch(/…$/)
    expect(wrapText('', 200, 20, 2)).toEqual([])
  })

  it('truncates with an ellipsis only when needed', () => {
    expect(truncate('kort', 200, 20)).toBe('kort')
    const cut = truncate('Kwaliteitskader voor pilot microcredentials mbo 2024 - 2025', 300, 20)
    expect(cut).toMatch(/^Kwaliteitskader voor .*…$/)
    expect(textWidth(cut, 20)).toBeLessThanOrEqual(300)
  })
})

describe('emblem initials', () => {
  it('takes the first letter of each word that is not a particle, at most three', () => {
    expect(initials('ROC Zuidwaard')).toBe('RZ')
    expect(initials('Hogeschool van Amsterdam')).toBe('HA')
    expect(initials('Universiteit van de Kunsten en de Wetenschappen Noord')).toBe('UKW')
    expect(initials('école supérieure')).toBe('ÉS')
    expect(initials('<script>')).toBe('S')
    expect(initials('')).toBe('?')
    expect(initials('— — —')).toBe('?')
  })
})

describe('dates and amounts', () => {
  it('writes the calendar date as the issuer wrote it, in Dutch or English', () => {
    expect(formatDate('2025-06-30T23:30:00-05:00', 'nl')).toBe('30 juni 2025')
    expect(formatDate('2025-01-02', 'en')).toBe('2 January 2025')
    expect(formatDate('2025-13-02', 'en')).toBeUndefined()
    expect(formatDate('gisteren', 'nl')).toBeUndefined()
    expect(formatAmount(2.5, 'nl')).toBe('2,5')
    expect(formatAmount(2.5, 'en')).toBe('2.5')
    expect(formatAmount('vijf', 'nl')).toBe('vijf')
  })
})

describe('links', () => {
  it('keeps absolute http(s) URLs (normalised) and mailto addresses only', () => {
    expect(safeHref('https://example.nl/a b')).toBeUndefined()
    expect(safeHref('https://example.nl/x?q=1&r=2')).toBe('https://example.nl/x?q=1&r=2')
    expect(safeHref('HTTPS://Example.NL')).toBe('https://example.nl/')
    expect(safeHref('https://bücher.example/')).toBe('https://xn--bcher-kva.example/')
    expect(safeHref('mailto:info@example.nl')).toBe('mailto:info@example.nl')
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '//example.nl', '/x', '#x', 'https://u:p@example.nl/', 'https:example.nl', 'mailto:', 'mailto:a@b@c', 'https://example.nl/"x', 'https://example.nl/<x>', ' https://example.nl/', 'https://example.nl/\\x', 'ftp://example.nl/']) {
      expect(safeHref(bad), bad).toBeUndefined()
    }
  })

  it('markdown keeps safe links only and adds rel', () => {
    expect(renderMarkdown('[a](https://example.nl) [b](javascript:x) <mailto:a@example.nl>')).toBe(
      '<p><a href="https://example.nl" rel="noopener noreferrer">a</a> [b](javascript:x) <a href="mailto:a@example.nl" rel="noopener noreferrer">mailto:a@example.nl</a></p>\n')
  })
})

describe('image data URLs', () => {
  it('accept PNG, JPEG and SVG data only', () => {
    expect(imageDataUrlProblem(RED_PIXEL_PNG)).toBeUndefined()
    expect(imageDataUrlProblem(`data:image/svg+xml;base64,${btoa('\uFEFF  <svg/>'.replace('\uFEFF', '\xEF\xBB\xBF'))}`)).toBeUndefined()
    expect(imageDataUrlProblem(`data:image/svg+xml;base64,${btoa('not svg')}`)).toMatch(/does not hold SVG data/)
    expect(imageDataUrlProblem(`data:image/png;base64,${'A'.repeat(4 * 1024 * 1024)}`)).toMatch(/longer than/)
  })
})
