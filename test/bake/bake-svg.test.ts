import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { bakeError } from './bake-error.js'
import { describe, expect, it } from 'vitest'
import { bakeSvg, extractCredential } from '../../src/bake/index.js'
import { ROOT } from '../helpers/fixtures.js'

const OB3 = 'https://purl.imsglobal.org/ob/v3p0'
const CREDENTIAL = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: 'urn:uuid:2f5b8c7e-8a4e-4a51-9f0e-6f2d8f1d2b11',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'did:web:roc-zuidwaard.example.nl', type: ['Profile'], name: 'ROC Zuidwaard & Co <zorg>' },
  name: 'Basiszorg — Zoë’s "wijk" ✓ 🏥',
  credentialSubject: { type: ['AchievementSubject'], achievement: { id: 'https://example.nl/a/1', type: ['Achievement'], name: 'Basiszorg', criteria: { narrative: 'a ]]> b ]]]]> c ]]' } } },
}
const JWS = 'eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJkaWQ6a2V5Ono2TWsifQ.c2lnbmF0dXJlLWJ5dGVz'
const BADGE = readFileSync(join(ROOT, 'examples/images/badge.svg'), 'utf8')
const ROOT_TAG = '<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128" role="img" aria-labelledby="title">'

const count = (text: string, what: string): number => text.split(what).length - 1

function render(svg: string): Uint8Array {
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels
}

describe('bakeSvg', () => {
  it('round-trips a JSON credential (with "]]>" inside) and a VC-JWT through the sample badge (XML declaration, comments)', () => {
    expect(BADGE.startsWith('<?xml')).toBe(true)
    expect(extractCredential(bakeSvg(BADGE, CREDENTIAL))).toEqual({ format: 'svg', credential: CREDENTIAL })
    expect(extractCredential(bakeSvg(BADGE, JWS))).toEqual({ format: 'svg', credential: JWS })
    expect(extractCredential(new TextEncoder().encode(bakeSvg(BADGE, CREDENTIAL)))).toEqual({ format: 'svg', credential: CREDENTIAL })
  })

  it('adds the namespace on the root and the element as its first child; every other byte stays as it was', () => {
    const at = BADGE.indexOf(ROOT_TAG)
    const before = BADGE.slice(0, at + ROOT_TAG.length - 1)
    const after = BADGE.slice(at + ROOT_TAG.length)
    const jwt = bakeSvg(BADGE, JWS)
    expect(jwt).toBe(`${before} xmlns:openbadges="${OB3}"><openbadges:credential verify="${JWS}"></openbadges:credential>${after}`)
    const json = bakeSvg(BADGE, CREDENTIAL)
    const element = `<openbadges:credential><![CDATA[${JSON.stringify(CREDENTIAL).split(']]>').join(']]]]><![CDATA[>')}]]></openbadges:credential>`
    expect(json).toBe(`${before} xmlns:openbadges="${OB3}">${element}${after}`)
    expect(count(json, ']]>')).toBe(count(JSON.stringify(CREDENTIAL), ']]>') + 1)
  })

  it('baking twice replaces: exactly one element, the same text as baking once', () => {
    const once = bakeSvg(BADGE, CREDENTIAL)
    const twice = bakeSvg(bakeSvg(BADGE, JWS), CREDENTIAL)
    expect(twice).toBe(once)
    expect(count(twice, '<openbadges:credential')).toBe(1)
    expect(count(twice, 'xmlns:openbadges=')).toBe(1)
    expect(extractCredential(bakeSvg(once, JWS)).credential).toBe(JWS)
  })

  it('renders to the same pixels as the unbaked image (resvg)', () => {
    const plain = render(BADGE)
    expect(render(bakeSvg(BADGE, CREDENTIAL))).toEqual(plain)
    expect(render(bakeSvg(BADGE, JWS))).toEqual(plain)
  })

  it('replaces an Open Badges 2.0 assertion and rebinds its namespace', () => {
    const ob2 = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">\n  <openbadges:assertion verify="https://example.org/assertions/1"><![CDATA[{"type":"Assertion"}]]></openbadges:assertion>\n  <rect width="1" height="1"/>\n</svg>\n'
    expect(bakeError(() => extractCredential(ob2)).message).toContain('Open Badges 2.0')
    const baked = bakeSvg(ob2, JWS)
    expect(baked).toBe(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="${OB3}"><openbadges:credential verify="${JWS}"></openbadges:credential>\n  \n  <rect width="1" height="1"/>\n</svg>\n`)
    expect(extractCredential(baked).credential).toBe(JWS)
  })

  it('handles a BOM, a DOCTYPE with an internal subset, processing instructions, comments mentioning the element, and ">" in attribute values', () => {
    const svg = '\uFEFF<?xml version="1.0"?>\n<?xml-stylesheet href="a.css"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n  <!ENTITY accent "#f59e0b">\n]>\n<!-- <openbadges:credential>not this</openbadges:credential> -->\n<svg\n  xmlns="http://www.w3.org/2000/svg"\n  data-note="a > b"\n>\n<!-- <svg> -->\n<script><![CDATA[ if (a < b) "<openbadges:credential>" ]]></script>\n<rect width="2" height="2"/></svg>'
    expect(bakeError(() => extractCredential(svg)).code).toBe('ERR_NO_CREDENTIAL')
    const baked = bakeSvg(svg, CREDENTIAL)
    const close = svg.indexOf('\n>') + 1
    const inserted = `xmlns:openbadges="${OB3}">`
    const end = baked.indexOf('</openbadges:credential>', close) + '</openbadges:credential>'.length
    expect(baked.slice(0, close)).toBe(svg.slice(0, close))
    expect(baked.slice(close, close + inserted.length)).toBe(inserted)
    expect(baked.slice(close + inserted.length, end)).toMatch(/^<openbadges:credential><!\[CDATA\[\{/)
    expect(baked.slice(end)).toBe(svg.slice(close + 1))
    expect(extractCredential(baked).credential).toEqual(CREDENTIAL)
    expect(extractCredential(new TextEncoder().encode(baked)).format).toBe('svg')
  })

  it('bakes a self-closing root and keeps an existing OB 3.0 namespace declaration', () => {
    expect(bakeSvg('<svg xmlns="http://www.w3.org/2000/svg"/>', JWS)).toBe(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="${OB3}"><openbadges:credential verify="${JWS}"></openbadges:credential></svg>`)
    const declared = `<svg xmlns:openbadges='${OB3}'></svg>`
    expect(bakeSvg(declared, JWS)).toBe(`<svg xmlns:openbadges='${OB3}'><openbadges:credential verify="${JWS}"></openbadges:credential></svg>`)
  })

  it('writes U+FFFF (not an XML character) as a JSON escape', () => {
    const credential = { ...CREDENTIAL, name: 'odd \uFFFF \uFFFE' }
    const baked = bakeSvg(BADGE, credential)
    expect(baked).not.toMatch(/[\uFFFE\uFFFF]/)
    expect(extractCredential(baked).credential).toEqual(credential)
    expect(() => render(baked)).not.toThrow()
  })

  it('refuses what is not an SVG, and credentials extraction would refuse', () => {
    expect(bakeError(() => bakeSvg('<?xml version="1.0"?><html></html>', CREDENTIAL)).code).toBe('ERR_MALFORMED_SVG')
    expect(bakeError(() => bakeSvg('hello', CREDENTIAL)).code).toBe('ERR_MALFORMED_SVG')
    expect(bakeError(() => bakeSvg(BADGE, 'a.b')).code).toBe('ERR_MALFORMED_CREDENTIAL')
    expect(bakeError(() => bakeSvg(BADGE, JSON.parse('{"__proto__":1}') as Record<string, unknown>)).code).toBe('ERR_MALFORMED_CREDENTIAL')
  })
})

describe('extractCredential from an SVG', () => {
  const svgWith = (element: string, ns = ` xmlns:openbadges="${OB3}"`): string => `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"${ns}>\n  ${element}\n  <circle r="4"/>\n</svg>\n`

  it('reads what other bakers write: whitespace around CDATA, JSON as escaped text, another prefix bound to the OB 3.0 namespace, a self-closing JWS element', () => {
    // A single CDATA section cannot hold "]]>": other bakers' credentials here have none.
    const plain = JSON.parse(JSON.stringify(CREDENTIAL).replace(/\]\]>/g, '] ]>')) as Record<string, unknown>
    expect(extractCredential(svgWith(`<openbadges:credential>\n    <![CDATA[\n${JSON.stringify(plain, null, 2)}\n    ]]>\n  </openbadges:credential>`)).credential).toEqual(plain)
    const json = JSON.stringify(CREDENTIAL, null, 2)
    const escaped = json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    expect(extractCredential(svgWith(`<openbadges:credential>${escaped}</openbadges:credential>`)).credential).toEqual(CREDENTIAL)
    expect(extractCredential(svgWith(`<ob:credential xmlns:ob="${OB3}"><![CDATA[${JSON.stringify(plain)}]]></ob:credential>`, '')).credential).toEqual(plain)
    expect(extractCredential(svgWith(`<openbadges:credential verify="${JWS}"/>`)).credential).toBe(JWS)
    expect(extractCredential(svgWith(`<openbadges:credential>${JWS}</openbadges:credential>`)).credential).toBe(JWS)
    expect(extractCredential(svgWith(`<g><openbadges:credential verify=" ${JWS} "><!-- a note --></openbadges:credential></g>`)).credential).toBe(JWS)
  })

  it('ERR_NO_CREDENTIAL for an SVG without one', () => {
    expect(bakeError(() => extractCredential(svgWith('<rect width="1" height="1"/>'))).code).toBe('ERR_NO_CREDENTIAL')
  })

  it('ERR_TWO_CREDENTIALS for two elements, naming where', () => {
    const e = bakeError(() => extractCredential(svgWith(`<openbadges:credential verify="${JWS}"/>\n  <openbadges:credential><![CDATA[{}]]></openbadges:credential>`)))
    expect(e.code).toBe('ERR_TWO_CREDENTIALS')
    expect(e.message).toContain('line 3, column 3')
    expect(e.message).toContain('line 4, column 3')
  })

  it('ERR_MALFORMED_CREDENTIAL: duplicate keys, __proto__, neither JSON nor JWS, verify and content both, a child element, a bad JWS, an unknown entity', () => {
    const cases: Array<[string, string]> = [
      ['<openbadges:credential><![CDATA[{"id":"a","id":"b"}]]></openbadges:credential>', 'duplicate key "id" at $'],
      ['<openbadges:credential><![CDATA[{"a":[{"__proto__":{}}]}]]></openbadges:credential>', '__proto__'],
      ['<openbadges:credential>hello</openbadges:credential>', 'neither a JSON object nor a compact JWS'],
      ['<openbadges:credential><![CDATA[[1]]]></openbadges:credential>', 'neither a JSON object'],
      ['<openbadges:credential></openbadges:credential>', 'empty'],
      [`<openbadges:credential verify="${JWS}"><![CDATA[{}]]></openbadges:credential>`, 'both a "verify" attribute and content'],
      ['<openbadges:credential><g/></openbadges:credential>', 'child element'],
      ['<openbadges:credential verify="https://example.org/a/1"/>', 'not a compact JWS'],
      ['<openbadges:credential>{"a":"&nbsp;"}</openbadges:credential>', 'character reference'],
    ]
    for (const [element, message] of cases) {
      const e = bakeError(() => extractCredential(svgWith(element)))
      expect(e.code, element).toBe('ERR_MALFORMED_CREDENTIAL')
      expect(e.message, element).toContain(message)
      expect(e.message, element).toContain('<openbadges:credential> element at line 3, column 3')
    }
  })

  it('ERR_MALFORMED_SVG: no root svg element, or not well-formed (with line and column)', () => {
    const cases: Array<[string, string]> = [
      ['<?xml version="1.0"?>\n<html><body/></html>', 'no root <svg> element'],
      ['<?xml version="1.0"?>', 'no root <svg> element'],
      ['<svg><g></svg>', '</svg> at line 1, column 9 that does not match <g>'],
      ['<svg><rect width="1">', 'is not closed'],
      ['<svg width=1></svg>', 'unquoted value'],
      ['<svg a="1" a="2"></svg>', 'repeats attribute a'],
      ['<svg><!-- open </svg>', 'unterminated comment'],
      ['<svg></svg><svg></svg>', 'after the end of its root element'],
      ['<svg><openbadges:credential><![CDATA[{}</openbadges:credential></svg>', 'unterminated CDATA'],
      ['<?xml version="1.0"?><!-- open <svg></svg>', 'unterminated'],
    ]
    for (const [svg, message] of cases) {
      const e = bakeError(() => extractCredential(svg))
      expect(e.code, svg).toBe('ERR_MALFORMED_SVG')
      expect(e.message, svg).toContain(message)
    }
  })

  it('ERR_NOT_AN_IMAGE for text that is not an SVG', () => {
    for (const text of ['', 'hello', '{"a":1}', '<html></html>', '<!-- c --><svgx/>', JWS]) {
      expect(bakeError(() => extractCredential(text)).code, text).toBe('ERR_NOT_AN_IMAGE')
      expect(bakeError(() => extractCredential(new TextEncoder().encode(text))).code, text).toBe('ERR_NOT_AN_IMAGE')
    }
  })
})
