import { describe, expect, it } from 'vitest'
import { InvalidArgumentError, InvalidSpecError } from '../../src/errors/errors.js'
import { QUALITY_FRAMEWORKS } from '../../src/model/quality-frameworks.js'
import { renderBadgeSvg } from '../../src/render/index.js'
import { minimalBadge } from '../helpers/credentials.js'
import { clone, exampleCredential, exampleSpec, httpReferences, RED_PIXEL_PNG } from './helpers.js'

/** The visible and accessible text of an SVG (entities decoded), one string. */
function texts(svg: string): string {
  return [...svg.matchAll(/<(title|desc|text|textPath)\b[^>]*>([^<]*)</g)].map((m) => m[2] as string).join(' | ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
}

/** True when `svg` is well-formed enough for an XML parser: checked with a tiny tag balancer. */
function balanced(svg: string): boolean {
  const stack: string[] = []
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (m[3] === '/') continue
    if (m[1] === '/') {
      if (stack.pop() !== m[2]) return false
    } else stack.push(m[2] as string)
  }
  return stack.length === 0
}

describe('renderBadgeSvg: the microcredential watermark', () => {
  it('the mbo example carries MICROCREDENTIAL, the sector MBO, the mbo pilot framework, the title and the issuer', () => {
    const svg = renderBadgeSvg(exampleCredential('mbo-zorg-microcredential'))
    const shown = texts(svg)
    expect(shown).toContain('MICROCREDENTIAL')
    expect(shown).toMatch(/>?MBO\b/)
    expect(shown).toContain(QUALITY_FRAMEWORKS['mbo-pilot'].name)
    expect(shown).toContain('Palliatieve zorg')
    expect(shown).toContain('ROC Zuidwaard')
    expect(svg).toContain('class="mc-watermark-ribbon"')
    expect(svg).toContain('class="mc-watermark-sector"')
    expect(svg).toContain('class="mc-watermark-ring"')
    // The accessible description names it in words.
    expect(svg).toMatch(/<desc[^>]*>Microcredential, sector mbo, kwaliteitskader: Kwaliteitskader voor pilot microcredentials mbo 2024 - 2025\.<\/desc>/)
  })

  it('the hbo example carries the sector HBO and the hbo/wo pilot framework (on the ring, maybe cut with an ellipsis; in full in the description)', () => {
    const svg = renderBadgeSvg(exampleCredential('hbo-data-microcredential'))
    const shown = texts(svg)
    expect(shown).toContain('MICROCREDENTIAL')
    expect(shown).toMatch(/\bHBO\b/)
    expect(shown).toContain('Kwaliteitskader Microcredentials voor Professionals')
    expect(svg).toMatch(/<desc[^>]*>[^<]*Kwaliteitskader Microcredentials voor Professionals HBO en WO/)
    expect(shown).toContain('Data-analyse met')
    expect(shown).toContain('Hogeschool Lindenhaven')
  })

  it('a spec renders exactly like the credential built from it', () => {
    const spec = exampleSpec('mbo-zorg-microcredential')
    expect(renderBadgeSvg(spec)).toBe(renderBadgeSvg(exampleCredential('mbo-zorg-microcredential')))
    expect(renderBadgeSvg(exampleSpec('hbo-data-microcredential'))).toBe(renderBadgeSvg(exampleCredential('hbo-data-microcredential')))
  })

  it('a spec with problems throws InvalidSpecError, as buildCredential', () => {
    const spec = clone(exampleSpec('mbo-zorg-microcredential')) as any
    spec.achievement.workload = { sbu: 'veel' }
    expect(() => renderBadgeSvg(spec)).toThrow(InvalidSpecError)
  })

  it('the sector comes from the pilot framework when the sector term is missing', () => {
    const credential = exampleCredential('mbo-zorg-microcredential')
    delete credential.credentialSubject.achievement.sector
    expect(texts(renderBadgeSvg(credential))).toMatch(/\bMBO\b/)
    const hbo = exampleCredential('hbo-data-microcredential')
    delete hbo.credentialSubject.achievement.sector
    expect(texts(renderBadgeSvg(hbo))).toContain('HBO/WO')
  })

  it('the wo sector and a custom quality agreement', () => {
    const spec = clone(exampleSpec('hbo-data-microcredential'))
    spec.achievement.sector = 'wo'
    spec.achievement.qualityAgreement = { name: 'NVAO-accreditatie', url: 'https://www.nvao.net/', text: 'Geaccrediteerd.' }
    const shown = texts(renderBadgeSvg(spec))
    expect(shown).toMatch(/\bWO\b/)
    expect(shown).toContain('NVAO-accreditatie')
  })

  it('a microcredential without a quality agreement still carries the watermark, with the issuer on the ring', () => {
    const credential = exampleCredential('mbo-zorg-microcredential')
    const achievement = credential.credentialSubject.achievement
    achievement.alignment = achievement.alignment.filter((a: any) => a.targetType !== 'ext:QualityAssurance')
    const svg = renderBadgeSvg(credential)
    expect(svg).toContain('MICROCREDENTIAL')
    expect(texts(svg)).not.toContain('Kwaliteitskader')
  })
})

describe('renderBadgeSvg: plain badges have no watermark', () => {
  it('minimalBadge (no achievement type, sector or quality agreement)', () => {
    const svg = renderBadgeSvg(minimalBadge('did:example:issuer'))
    expect(svg).not.toContain('MICROCREDENTIAL')
    expect(svg).not.toContain('mc-watermark')
    expect(texts(svg)).toContain('Basiszorg')
    expect(texts(svg)).toContain('ROC Voorbeeld')
    expect(svg).toMatch(/<desc[^>]*>Open Badge \(geen microcredential\)\.<\/desc>/)
  })

  it('an achievement of another type (Course) is plain even with a sector and a pilot quality agreement', () => {
    const credential = exampleCredential('mbo-zorg-microcredential')
    credential.credentialSubject.achievement.achievementType = 'Course'
    const svg = renderBadgeSvg(credential)
    expect(svg).not.toContain('MICROCREDENTIAL')
    expect(texts(svg)).not.toContain('Kwaliteitskader')
  })

  it('an edubadges microcredential (no achievement type, its microcredential.json schema listed) gets the watermark', () => {
    const credential = minimalBadge('did:example:issuer')
    credential.credentialSchema = [{ id: 'https://raw.githubusercontent.com/educredentials/obv3-examples/refs/heads/main/schemas/microcredential.json', type: '1EdTechJsonSchemaValidator2019' }]
    expect(renderBadgeSvg(credential)).toContain('MICROCREDENTIAL')
  })

  it('an EndorsementCredential is plain', () => {
    const credential = { type: ['VerifiableCredential', 'EndorsementCredential'], issuer: { id: 'did:example:x', name: 'Werkgever' }, name: 'Aanbeveling', credentialSubject: { id: 'urn:x', type: ['EndorsementSubject'] } }
    expect(renderBadgeSvg(credential)).not.toContain('MICROCREDENTIAL')
  })

  it('a credential without anything still renders', () => {
    const svg = renderBadgeSvg({})
    expect(svg.startsWith('<svg ')).toBe(true)
    expect(texts(svg)).toContain('Open Badge')
    expect(balanced(svg)).toBe(true)
  })
})

describe('renderBadgeSvg: output', () => {
  it('is deterministic: the same input gives the same bytes', () => {
    const a = renderBadgeSvg(exampleCredential('mbo-zorg-microcredential'), { image: RED_PIXEL_PNG, size: 256, lang: 'en' })
    const b = renderBadgeSvg(exampleCredential('mbo-zorg-microcredential'), { image: RED_PIXEL_PNG, size: 256, lang: 'en' })
    expect(a).toBe(b)
    expect(renderBadgeSvg(minimalBadge('did:example:a'))).toBe(renderBadgeSvg(minimalBadge('did:example:a')))
  })

  it('is self-contained: no http(s) reference except the SVG namespace, no script, no foreignObject, no external font', () => {
    for (const input of [exampleCredential('mbo-zorg-microcredential'), exampleCredential('hbo-data-microcredential'), minimalBadge('did:example:a')]) {
      const svg = renderBadgeSvg(input)
      expect(httpReferences(svg)).toEqual([])
      expect(svg).not.toMatch(/<script|<foreignObject|@font-face|@import|<style|url\((?!#)/i)
      expect(svg).not.toMatch(/href="(?!#|data:image\/)/)
      expect(balanced(svg)).toBe(true)
    }
  })

  it('scales by viewBox: size sets width and height only', () => {
    const svg = renderBadgeSvg(minimalBadge('did:example:a'), { size: 128 })
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="128" height="128" viewBox="0 0 512 512"/)
    expect(renderBadgeSvg(minimalBadge('did:example:a'))).toContain('width="512" height="512"')
  })

  it('refuses bad sizes and languages', () => {
    for (const size of [0, 15, 4097, 1.5, Number.NaN, '128']) {
      expect(() => renderBadgeSvg(minimalBadge('did:example:a'), { size: size as number })).toThrow(InvalidArgumentError)
    }
    expect(() => renderBadgeSvg(minimalBadge('did:example:a'), { lang: 'de' as 'nl' })).toThrow(InvalidArgumentError)
    for (const input of [null, 'text', 42, [minimalBadge('did:example:a')]]) {
      expect(() => renderBadgeSvg(input as never)).toThrow(InvalidArgumentError)
    }
  })

  it('labels the title and description in Dutch or English', () => {
    const nl = renderBadgeSvg(exampleCredential('mbo-zorg-microcredential'))
    const en = renderBadgeSvg(exampleCredential('mbo-zorg-microcredential'), { lang: 'en' })
    expect(nl).toContain('kwaliteitskader:')
    expect(en).toContain('quality framework:')
    expect(renderBadgeSvg(minimalBadge('did:example:a'), { lang: 'en' })).toContain('Open Badge (not a microcredential).')
  })

  it('wraps a long title on lines and ends it with an ellipsis', () => {
    const credential = exampleCredential('mbo-zorg-microcredential')
    credential.credentialSubject.achievement.name = 'Palliatieve zorg in de thuissituatie voor zorgprofessionals die werken in de wijk, in verpleeghuizen, in hospices en in ziekenhuizen in heel Nederland'
    const svg = renderBadgeSvg(credential)
    const lines = [...svg.matchAll(/<text x="256" y="[\d.]+" font-size="(29|34)" font-weight="bold" fill="#17325C" text-anchor="middle">([^<]*)<\/text>/g)].map((m) => m[2] as string)
    expect(lines.length).toBeGreaterThanOrEqual(2)
    expect(lines.length).toBeLessThanOrEqual(3)
    expect(lines.at(-1)).toMatch(/…$/)
    const word = 'Zorgtechnologieontwikkelingsprogrammaonderdelen'.repeat(3)
    credential.credentialSubject.achievement.name = word
    const cut = [...renderBadgeSvg(credential).matchAll(/<text x="256" y="[\d.]+" font-size="(29|34)" font-weight="bold" fill="#17325C" text-anchor="middle">([^<]*)<\/text>/g)].map((m) => m[2] as string)
    expect(cut.join('').replace('…', '').length).toBeLessThan(word.length)
    expect(word.startsWith(cut.join('').replace('…', ''))).toBe(true)
  })
})

describe('renderBadgeSvg: the image option', () => {
  it('embeds a data:image/png|jpeg|svg+xml;base64 image in the emblem', () => {
    const svg = renderBadgeSvg(exampleCredential('mbo-zorg-microcredential'), { image: RED_PIXEL_PNG })
    expect(svg).toContain(`<image href="${RED_PIXEL_PNG}"`)
    const svgImage = `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1" fill="red"/></svg>')}`
    expect(renderBadgeSvg(minimalBadge('did:example:a'), { image: svgImage })).toContain(svgImage)
    const jpeg = `data:image/jpeg;base64,${btoa('\xFF\xD8\xFF\xE0\x00\x10JFIF\x00')}`
    expect(renderBadgeSvg(minimalBadge('did:example:a'), { image: jpeg })).toContain(jpeg)
  })

  it('refuses anything that is not such a data URL', () => {
    const refused = [
      'https://example.nl/logo.png',
      'http://example.nl/logo.png',
      '//example.nl/logo.png',
      'logo.png',
      'javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
      'data:image/png,rawbytes',
      'data:image/png;base64,iVBORw0K GgoAAAA=',
      'data:image/png;base64,iVBORw0KGgo"onload="alert(1)',
      'DATA:image/png;base64,iVBORw0KGgo=',
      'data:image/png;charset=utf-8;base64,iVBORw0KGgo=',
      'data:image/png;base64,PHN2Zz48L3N2Zz4=', // SVG bytes labelled as PNG
      'data:image/svg+xml;base64,iVBORw0KGgo=', // PNG bytes labelled as SVG
      'data:image/png;base64,iVBORw0KGgoAA', // length not a multiple of 4
      ` ${RED_PIXEL_PNG}`,
      `${RED_PIXEL_PNG}\n`,
      '',
      42,
      { id: RED_PIXEL_PNG },
    ]
    for (const image of refused) {
      expect(() => renderBadgeSvg(minimalBadge('did:example:a'), { image: image as string }), String(image)).toThrow(InvalidArgumentError)
    }
  })

  it('uses the achievement image when it is such a data URL, and ignores it otherwise', () => {
    const credential = minimalBadge('did:example:a') as any
    credential.credentialSubject.achievement.image = { id: RED_PIXEL_PNG, type: 'Image' }
    expect(renderBadgeSvg(credential)).toContain(`href="${RED_PIXEL_PNG}"`)
    credential.credentialSubject.achievement.image = { id: 'https://evil.example/x.png', type: 'Image' }
    expect(renderBadgeSvg(credential)).not.toContain('<image')
    credential.credentialSubject.achievement.image = { id: 'data:image/png;base64,AAAA"/><script>alert(1)</script>', type: 'Image' }
    const svg = renderBadgeSvg(credential)
    expect(svg).not.toContain('<image')
    expect(svg).not.toContain('<script')
  })
})

describe('renderBadgeSvg: credential text is escaped', () => {
  const nasty = [
    '<script>alert(1)</script>',
    ']]><script>alert(1)</script><![CDATA[',
    '"/><image href="https://evil.example/x.png"/><text x="',
    "' onload='alert(1)",
    '&lt;already&gt; &amp; <!-- comment --> <?xml-stylesheet href="https://evil.example/s.css"?>',
    '</text></textPath></svg><svg onload="alert(1)">',
  ]

  it.each(nasty)('in the title, issuer name, sector and framework name: %s', (text) => {
    const credential = exampleCredential('mbo-zorg-microcredential')
    credential.credentialSubject.achievement.name = text
    credential.issuer.name = text
    credential.credentialSubject.achievement.sector = text.slice(0, 6)
    credential.credentialSubject.achievement.alignment.find((a: any) => a.targetType === 'ext:QualityAssurance').targetName = text
    const svg = renderBadgeSvg(credential)
    expect(svg).not.toMatch(/<script|<svg onload|<image|<!--|<\?xml-stylesheet|]]>|<!\[CDATA\[/)
    expect(httpReferences(svg)).toEqual([])
    expect(svg.match(/<svg\b/g)).toHaveLength(1)
    expect(balanced(svg)).toBe(true)
    // Shown as text: the escaped form is there.
    expect(svg).toMatch(/&lt;|&#39;/)
  })

  it('shows unicode bidi controls as text and replaces characters XML cannot carry', () => {
    const credential = exampleCredential('mbo-zorg-microcredential')
    credential.credentialSubject.achievement.name = 'abc\u202Etxt.exe\u2066x\u2069 \u0000\u0008\uFFFE\uD800 ok 😀'
    const svg = renderBadgeSvg(credential)
    expect(svg).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/)
    expect(svg).not.toMatch(/[\u0000-\u0008\uFFFE]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    expect(texts(svg)).toContain('[U+202E]')
    expect(texts(svg)).toContain('[U+2066]')
    expect(svg).toContain('\uFFFD')
    expect(svg).toContain('😀')
  })
})
