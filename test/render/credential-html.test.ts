import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InvalidArgumentError } from '../../src/errors/errors.js'
import { issueCredential } from '../../src/issue/index.js'
import { QUALITY_FRAMEWORKS } from '../../src/model/quality-frameworks.js'
import { renderBadgeSvg, renderCredentialHtml, type VerificationSummary } from '../../src/render/index.js'
import { PAGE_CSP } from '../../src/render/render-credential-html.js'
import { verifyCredential, type VerificationResult } from '../../src/verify/index.js'
import { minimalBadge, NOW, testKey } from '../helpers/credentials.js'
import { clone, exampleCredential, exampleSpec, httpReferences, RED_PIXEL_PNG } from './helpers.js'

/** The page's text content, tags removed and entities decoded (roughly what a reader sees). */
function visible(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<svg[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ')
    .replace(/ ([:,.)])/g, '$1').replace(/\( /g, '(')
}

/** Every attribute name used in the markup. */
function attributeNames(html: string): Set<string> {
  const names = new Set<string>()
  for (const tag of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    for (const attr of tag[0].replace(/^<[a-zA-Z][\w:-]*/, '').matchAll(/\s([^\s=/>"']+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?/g)) names.add((attr[1] as string).toLowerCase())
  }
  return names
}

/** Every href in the markup. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1] as string)
}

/** The one `<style>` block. */
function styleBlock(html: string): string {
  const blocks = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)]
  expect(blocks).toHaveLength(1)
  return blocks[0]?.[1] as string
}

/** The structural guarantees every rendered page must keep, whatever the credential holds. */
function expectSafePage(html: string): void {
  expect(html).not.toMatch(/<script/i)
  expect(html).not.toMatch(/<(iframe|object|embed|link|img|base|form|input|button|meta\s+http-equiv="refresh")/i)
  expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/)
  expect([...attributeNames(html)].filter((n) => /^on/.test(n) || n === 'style' || n === 'src' || n === 'srcset' || n === 'formaction' || n === 'action')).toEqual([])
  // Links go to http(s) pages or mail addresses; the badge refers only to itself and to data: images.
  for (const [, tag, href] of html.matchAll(/<([a-zA-Z]+)\s[^>]*?\bhref="([^"]*)"/g)) {
    if (tag === 'a') expect(href).toMatch(/^(https?:\/\/[^\s"'<>]+|mailto:[^\s"'<>]+)$/)
    else if (tag === 'image') expect(href).toMatch(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+=*$/)
    else expect(`${tag} ${href}`).toMatch(/^textPath #[\w-]+$/)
  }
  expect(httpReferences(html, true)).toEqual([])
  expect(styleBlock(html)).toBe(CLEAN_STYLE)
  expect(html.match(/<\/style>/g)).toHaveLength(1)
  expect(html.match(/<\/html>/g)).toHaveLength(1)
  expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`)
}

const CLEAN_STYLE = styleBlock(renderCredentialHtml(minimalBadge('did:example:issuer')))

describe('renderCredentialHtml: the page', () => {
  const mbo = exampleCredential('mbo-zorg-microcredential')
  const hbo = exampleCredential('hbo-data-microcredential')

  it('is one HTML5 document with the restrictive CSP first in head, inline CSS only, no scripts, no external assets', () => {
    const html = renderCredentialHtml(mbo)
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n')).toBe(true)
    expect(PAGE_CSP).toBe("default-src 'none'; img-src data:; style-src 'unsafe-inline'")
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'))
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'))
    expectSafePage(html)
  })

  it('shows every fact of the mbo example (Dutch)', () => {
    const html = renderCredentialHtml(mbo)
    const text = visible(html)
    // The badge with its watermark, inline.
    expect(html).toMatch(/<div class="badge"><svg [^>]*viewBox="0 0 512 512"/)
    expect(html).toContain('MICROCREDENTIAL')
    // Title, issuer, institution identifiers.
    expect(html).toContain('<h1 lang="nl">Palliatieve zorg in de thuissituatie</h1>')
    expect(text).toContain('Uitgegeven door ROC Zuidwaard')
    expect(html).toContain('<a href="https://www.roc-zuidwaard.example.nl/" rel="noopener noreferrer">https://www.roc-zuidwaard.example.nl</a>')
    expect(text).toContain('instellingscode (BRIN): 25ZW')
    expect(text).toContain('RIO-code: 123A456')
    expect(text).toContain('KvK-nummer: 41234567')
    expect(text).toContain('Zorg & Welzijn College')
    // Learner: the name, and a note for the hashed identifiers; never the hash or the salt.
    expect(text).toContain('Deelnemer Fatima El Amrani')
    expect(text).toContain('versleuteld (gehasht) vastgelegd (e-mailadres, studentnummer)')
    for (const id of mbo.credentialSubject.identifier.filter((i: any) => i.hashed)) {
      expect(html).not.toContain(id.identityHash.slice(7, 27))
      expect(html).not.toContain(id.salt)
    }
    // Dates.
    expect(text).toContain('Datum van uitgifte 30 juni 2025')
    expect(text).toContain('Behaald op 27 juni 2025')
    expect(text).toContain('Geldig tot geen einddatum')
    // Description, criteria, learning outcomes.
    expect(text).toContain('Microcredential voor zorgprofessionals (mbo niveau 4)')
    expect(text).toContain('praktijkexamen in de thuiszorg met een voldoende afgerond')
    expect(html).toContain('href="https://www.roc-zuidwaard.example.nl/microcredentials/palliatieve-zorg-thuis/criteria"')
    expect(html.match(/<ol class="outcomes" lang="nl">([\s\S]*?)<\/ol>/)?.[1]?.match(/<li>/g)).toHaveLength(4)
    expect(text).toContain('Past comfortbevorderende interventies toe')
    expect(html).toContain('href="http://data.europa.eu/esco/skill/326809fc-238d-40c2-881e-40042f7f2f0d"')
    // Workload, level, assessment, participation, grade, language, sector.
    expect(text).toContain('Studielast 240 SBU (studiebelastingsuren)')
    expect(text).toContain('Niveau EQF 4 · NLQF 4 (niveau niet officieel vastgesteld)')
    expect(text).toContain('Soort toetsing toepassing van een vaardigheid · portfolio')
    expect(text).toContain('Toezicht op locatie met toezicht en identiteitscontrole')
    expect(text).toContain('Identiteit gecontroleerd ja')
    expect(text).toContain('Vorm van deelname op locatie of gecombineerd (blended) · werkervaring')
    expect(text).toContain('Resultaat goed (Eindbeoordeling praktijkexamen · cesuur: voldoende)')
    expect(text).toContain('Taal Nederlands (nl)')
    expect(text).toContain('Sector mbo (middelbaar beroepsonderwijs)')
    expect(text).toContain('Toelatingseisen Een afgerond mbo-diploma')
    expect(text).toContain('Doelgroep Werkenden in de thuiszorg')
    expect(text).toContain('Stapelbaarheid stapelbaar')
    expect(text).toContain('CREBO: 25655')
    // Not verified here, and it says so.
    expect(text).toContain('Niet gecontroleerd')
    expect(html).toContain('<section class="verification unchecked"')
  })

  it('shows the quality agreements under the credential: name, link and text', () => {
    const html = renderCredentialHtml(mbo)
    const quality = html.indexOf('<section class="quality"')
    expect(quality).toBeGreaterThan(html.indexOf('<section class="facts"'))
    expect(quality).toBeGreaterThan(html.indexOf('<section class="learning-outcomes"'))
    expect(quality).toBeGreaterThan(html.indexOf('<section class="description"'))
    const section = html.slice(quality, html.indexOf('</section>', quality))
    expect(section).toContain(`<h3>${QUALITY_FRAMEWORKS['mbo-pilot'].name}</h3>`)
    expect(section).toContain('<a href="https://npuls.nl/microcredentials-mbo/" rel="noopener noreferrer">Meer over deze afspraken</a>')
    expect(visible(section)).toContain('Er is door de instelling een examencommissie aangewezen')
    expect(section).toContain('<a href="https://npuls.nl/microcredentials-in-hbo-wo/" rel="noopener noreferrer">Pilot van het HO</a>')
    expect(section).toContain('Deze microcredential is uitgegeven volgens de onderstaande gezamenlijke kwaliteitsafspraken.')
  })

  it('shows the hbo example: EC and hours, EQF 6 verified, valid until, the learner DID without a hash, both framework languages', () => {
    const html = renderCredentialHtml(hbo)
    const text = visible(html)
    expect(text).toContain('Studielast 5 EC · 140 uur')
    expect(text).toContain('EQF 6 · NLQF 6 (niveau officieel vastgesteld)')
    expect(text).toContain('Geldig tot 4 juli 2035')
    expect(text).toContain('Datum van uitgifte 4 juli 2025')
    expect(text).toContain('Toezicht online met toezicht en identiteitscontrole')
    expect(text).toContain('Vorm van deelname online · op locatie of gecombineerd (blended)')
    expect(text).toContain('Resultaat 7.8 (Eindcijfer · cesuur: 5.5)')
    expect(text).toContain('did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK')
    expect(text).toContain('(eduID)')
    expect(html).not.toContain(hbo.credentialSubject.identifier[0].salt)
    expect(text).toContain('instellingscode (BRIN): 21LH')
    expect(text).toContain('OIN: 00000001812345678000')
    expect(text).toContain('Kwaliteitskader Microcredentials voor Professionals HBO en WO')
    expect(text).toContain('Quality Framework for Micro-credentials')
    expect(text).toContain('CROHO: 34479')
    expect(text).toContain('Sector hbo (hoger beroepsonderwijs)')
  })

  it('labels everything in English with lang: en', () => {
    const html = renderCredentialHtml(mbo, { lang: 'en' })
    const text = visible(html)
    expect(html).toContain('<html lang="en">')
    for (const label of ['Issued by ROC Zuidwaard', 'Learner Fatima El Amrani', "The learner's identity is recorded only in hashed form (email address, student number)",
      'Date of issue 30 June 2025', 'Awarded on 27 June 2025', 'Valid until no end date', 'Workload 240 SBU (study-load hours)',
      'Level EQF 4 · NLQF 4 (level not officially verified)', 'Type of assessment application of a skill · portfolio',
      'Supervision supervised onsite, with identity verification', 'Identity verified yes', 'Form of participation onsite or blended · work experience',
      'Grade goed (Eindbeoordeling praktijkexamen · pass mark: voldoende)', 'Language Dutch (nl)', 'Quality agreements', 'Learning outcomes',
      'Description', 'Criteria', 'institution code (BRIN): 25ZW', 'Not checked', 'Sector mbo (secondary vocational education)']) {
      expect(text).toContain(label)
    }
    expect(text).not.toContain('Deelnemer')
    expect(text).not.toContain('Studielast')
    expectSafePage(html)
  })

  it('handles missing fields: a minimal badge says what is not stated and shows no empty sections', () => {
    const html = renderCredentialHtml(minimalBadge('did:example:issuer'))
    const text = visible(html)
    expect(text).toContain('Open Badge')
    expect(text).not.toContain('MICROCREDENTIAL')
    expect(text).toContain('Studielast niet vermeld')
    expect(text).toContain('Niveau niet vermeld')
    expect(text).toContain('Soort toetsing niet vermeld')
    expect(text).toContain('Vorm van deelname niet vermeld')
    expect(text).toContain('De credential vermeldt geen kwaliteitsafspraak.')
    expect(text).toContain('Leeruitkomsten niet vermeld')
    expect(text).toContain('Kenmerk van de deelnemer did:example:learner-1')
    expect(text).not.toContain('Resultaat')
    expect(text).not.toContain('Taal')
    expect(text).not.toContain('Website')
    expectSafePage(html)
  })

  it('renders an empty object, VCDM 1.1 dates, a string issuer and wrongly typed fields without throwing', () => {
    expectSafePage(renderCredentialHtml({}))
    expect(visible(renderCredentialHtml({})).replace(/\s+/g, ' ')).toContain('De credential noemt de deelnemer niet.')
    const v1 = { issuer: 'did:example:issuer', issuanceDate: '2020-01-02T00:00:00Z', expirationDate: '2030-01-02T00:00:00Z', credentialSubject: [{ id: 'did:example:x', achievement: { name: 'Oud' } }] }
    const text = visible(renderCredentialHtml(v1))
    expect(text).toContain('Uitgever did:example:issuer')
    expect(text).toContain('2 januari 2020')
    expect(text).toContain('Geldig tot 2 januari 2030')
    const odd = {
      name: 42, issuer: { name: ['x'], url: 7, otherIdentifier: 'nope' }, validFrom: 'gisteren',
      credentialSubject: { identifier: [null, 'x', { hashed: 'false', identityHash: 'sha256$abc', identityType: 'name', salt: 'zout' }], achievement: {
        name: { nl: 'x' }, alignment: [null, 5, { targetType: 'ext:QualityAssurance' }, { targetType: 'ext:EQF', targetCode: 4 }], ECTS: 'vijf', assessmentType: 'testing',
        participationType: [1, 'online'], identityChecked: 'true', inLanguage: ['en', 'nl'],
      }, result: { value: 8 } },
    }
    const html = renderCredentialHtml(odd as Record<string, unknown>)
    expectSafePage(html)
    const oddText = visible(html)
    expect(oddText).toContain('Datum van uitgifte gisteren')
    expect(oddText).toContain('Studielast vijf EC')
    expect(oddText).toContain('EQF 4')
    expect(oddText).toContain('toets of examen')
    expect(oddText).toContain('Vorm van deelname online')
    expect(oddText).toContain('Resultaat 8')
    expect(oddText).toContain('Taal Engels (en)')
    // A "hashed": "false" string is not plain text: neither the hash nor the salt is printed as a name.
    expect(html).not.toContain('sha256$abc')
    expect(html).not.toContain('zout')
    expect(oddText).not.toContain('Identiteit gecontroleerd')
  })

  it('values named like Object.prototype members are shown as written', () => {
    const c = exampleCredential('mbo-zorg-microcredential')
    const a = c.credentialSubject.achievement
    a.assessmentType = ['constructor', '__proto__']
    a.participationType = ['toString']
    a.sector = 'valueOf'
    a.inLanguage = 'constructor'
    const html = renderCredentialHtml(c, { verification: { verified: false, checks: [{ id: 'constructor', status: 'hasOwnProperty' as 'passed' }] } })
    expectSafePage(html)
    expect(html).not.toMatch(/native code|function /)
    const text = visible(html)
    expect(text).toContain('Soort toetsing constructor · __proto__')
    expect(text).toContain('Vorm van deelname toString')
    expect(text).toContain('Sector valueOf')
    expect(html).toContain('<li class="check unknown">')
    expect(renderBadgeSvg(c)).toContain('fill="#475569"')
    expect(renderBadgeSvg(c)).not.toMatch(/native code/)
  })

  it('is deterministic', () => {
    expect(renderCredentialHtml(mbo, { lang: 'en', image: RED_PIXEL_PNG })).toBe(renderCredentialHtml(exampleCredential('mbo-zorg-microcredential'), { lang: 'en', image: RED_PIXEL_PNG }))
  })

  it('refuses bad options and input', () => {
    expect(() => renderCredentialHtml(mbo, { lang: 'fr' as 'nl' })).toThrow(InvalidArgumentError)
    expect(() => renderCredentialHtml(mbo, { image: 'https://example.nl/logo.png' })).toThrow(InvalidArgumentError)
    expect(() => renderCredentialHtml(mbo, { image: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' })).toThrow(InvalidArgumentError)
    expect(() => renderCredentialHtml(mbo, { verification: { verified: 'yes' } as never })).toThrow(InvalidArgumentError)
    expect(() => renderCredentialHtml(mbo, { verification: { verified: true, checks: [{ id: 'proof' }] } as never })).toThrow(InvalidArgumentError)
    expect(() => renderCredentialHtml(null as never)).toThrow(InvalidArgumentError)
    expect(() => renderCredentialHtml([] as never)).toThrow(InvalidArgumentError)
    expect(() => renderCredentialHtml(exampleSpec('mbo-zorg-microcredential') as never)).toThrow(/build the credential first/)
    expect(renderCredentialHtml(mbo, { image: RED_PIXEL_PNG })).toContain(`<image href="${RED_PIXEL_PNG}"`)
    expectSafePage(renderCredentialHtml(mbo, { image: RED_PIXEL_PNG }))
  })
})

describe('renderCredentialHtml: verification', () => {
  it('shows the verdict and one line per check of a real VerificationResult (it fits VerificationSummary)', async () => {
    const { keyPair, signer } = await testKey()
    const signed = await issueCredential(exampleCredential('mbo-zorg-microcredential', keyPair.controller), signer, { now: '2025-07-01T00:00:00Z' })
    const result: VerificationResult = await verifyCredential(signed, { now: NOW })
    expect(result.verified).toBe(true)
    const summary: VerificationSummary = result
    const html = renderCredentialHtml(signed, { verification: summary })
    const text = visible(html)
    expect(html).toContain('<section class="verification verified"')
    expect(text).toContain('Echt en geldig: alle controles zijn geslaagd.')
    expect(text).toContain('Digitale handtekening: in orde')
    expect(text).toContain('Sleutel hoort bij de uitgever: in orde')
    expect(text).toContain('Geldigheidsperiode: in orde')
    expect(html.match(/<li class="check /g)).toHaveLength(result.checks.length)
    expectSafePage(html)

    const tampered = clone(signed) as Record<string, any>
    tampered.credentialSubject.achievement.name = 'Palliatieve zorg (vervalst)'
    const bad = await verifyCredential(tampered, { now: NOW })
    expect(bad.verified).toBe(false)
    const en = renderCredentialHtml(tampered, { verification: bad, lang: 'en' })
    const enText = visible(en)
    expect(en).toContain('<section class="verification not-verified"')
    expect(enText).toContain('Not verified: at least one check failed.')
    expect(enText).toContain('Digital signature: failed')
    expect(enText).toContain('the signature does not match: the data was changed or forged CRYPTOGRAPHIC_SECURITY_ERROR')
    expectSafePage(en)
  })

  it('words every check and status in Dutch and English; unknown ids and codes are shown escaped', () => {
    const verification: VerificationSummary = {
      verified: false,
      checks: [
        { id: 'status', status: 'failed', errors: [{ code: 'REVOKED', message: 'credential was revoked <b>now</b>' }] },
        { id: 'recipient', status: 'skipped', reason: 'no expectedRecipient' },
        { id: '<img src=x onerror=alert(1)>', status: 'passed' },
        { id: 'proof', status: 'failed', errors: [{ code: '<script>alert(1)</script>', message: '</style><script>alert(1)</script>' }] },
      ],
    }
    const nl = renderCredentialHtml(minimalBadge('did:example:issuer'), { verification })
    const nlText = visible(nl)
    expect(nlText).toContain('Niet ingetrokken of geschorst: mislukt')
    expect(nlText).toContain('de uitgever heeft de credential ingetrokken REVOKED credential was revoked <b>now</b>')
    expect(nlText).toContain('Ontvanger klopt: niet gecontroleerd no expectedRecipient')
    expect(nlText).toContain('<img src=x onerror=alert(1)>: in orde')
    expectSafePage(nl)
    const en = visible(renderCredentialHtml(minimalBadge('did:example:issuer'), { verification, lang: 'en' }))
    expect(en).toContain('Not revoked or suspended: failed')
    expect(en).toContain('the issuer has revoked the credential REVOKED')
    expect(en).toContain('Recipient matches: not checked')
  })

  it('never shows "verified" when a check failed, whatever the flag says', () => {
    const html = renderCredentialHtml(minimalBadge('did:example:issuer'), { verification: { verified: true, checks: [{ id: 'proof', status: 'failed', errors: [] }] } })
    expect(html).toContain('verification not-verified')
    expect(html).not.toContain('alle controles zijn geslaagd')
  })
})

describe('renderCredentialHtml: injection', () => {
  const payloads = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    '</style><script>alert(1)</script>',
    '</title><script>alert(1)</script>',
    '</textarea></noscript></template><script>alert(1)</script>',
    ']]><script>alert(1)</script>',
    '<!-- x --><script>alert(1)</script>',
    '<a href="javascript:alert(1)">x</a>',
    '<style>body{background:url(https://evil.example/x)}</style>',
    'x}body{background:url(https://evil.example/x)}@import "https://evil.example/y.css";',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<iframe src="https://evil.example/"></iframe><object data="x"></object><base href="https://evil.example/">',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '&#60;script&#62;alert(1)&#60;/script&#62;',
    'abc\u202Etxt.exe \u2067rtl\u2069 \u200F',
  ]

  /** The mbo example with `text` in every text field the page shows. */
  function poisoned(text: string): Record<string, any> {
    const c = exampleCredential('mbo-zorg-microcredential')
    const a = c.credentialSubject.achievement
    c.name = text
    c.issuer.name = text
    c.issuer.address.addressLocality = text
    c.issuer.otherIdentifier[0].identifier = text
    c.issuer.otherIdentifier[0].identifierType = text
    a.name = text
    a.description = text
    a.criteria.narrative = text
    a.creator.name = text
    a.prerequisites = text
    a.targetGroup = text
    a.sector = text
    a.assessmentType = [text]
    a.participationType = [text]
    a.supervisionType = text
    a.inLanguage = text
    a.stackability = text
    a.stackableTowards = [{ name: text, id: text }]
    a.educationProgramIdentifier = [text]
    a.resultDescription[0].name = text
    a.resultDescription[0].requiredValue = text
    c.credentialSubject.result[0].value = text
    c.credentialSubject.identifier.find((i: any) => i.identityType === 'name').identityHash = text
    c.credentialSubject.id = text
    for (const al of a.alignment) {
      al.targetName = text
      al.targetDescription = text
      al.targetCode = text
      al.targetFramework = text
    }
    c.validFrom = text
    c.validUntil = text
    c.id = text
    return c
  }

  it.each(payloads)('every field: %s', (payload) => {
    for (const lang of ['nl', 'en'] as const) {
      const html = renderCredentialHtml(poisoned(payload), { lang })
      expectSafePage(html)
      expect(html).not.toMatch(/<(img|svg onload|iframe|object|base|meta http-equiv="refresh"|a href="javascript)/i)
      expect(html.match(/<svg\b/g)).toHaveLength(1)
      // Shown as text.
      if (/[<>]/.test(payload)) expect(visible(html)).toContain(payload.replace(/\s+/g, ' ').trim().slice(0, 12))
    }
  })

  it('shows bidi controls as visible text', () => {
    const html = renderCredentialHtml(poisoned('abc\u202Etxt.exe'))
    expect(html).toContain('abc[U+202E]txt.exe')
    expect(html).not.toContain('\u202E')
  })

  describe('links in Markdown (description, criteria, outcomes, quality texts)', () => {
    const refused = [
      '[x](javascript:alert(1))',
      '[x](JAVASCRIPT:alert(1))',
      '[x](  javascript:alert(1)  )',
      '[x](<javascript:alert(1)>)',
      '[x](java&#x73;cript:alert(1))',
      '[x](java&#115;cript:alert(1))',
      '[x](&#106;avascript:alert(1))',
      '[x](java\\script:alert(1))',
      '[x](java%0Ascript:alert(1))',
      '[x](java%09script:alert(1))',
      '[x](\u0001javascript:alert(1))',
      '<javascript:alert(1)>',
      '[x][r]\n\n[r]: javascript:alert(1)',
      '[x](vbscript:msgbox(1))',
      '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '[x](data:image/png;base64,iVBORw0KGgo=)',
      '<data:text/html,<script>alert(1)</script>>',
      '[x](file:///etc/passwd)',
      '[x](/relative/path)',
      '[x](//evil.example/)',
      '[x](#fragment)',
      '[x](https://user:pass@evil.example/)',
      '[x](ftp://evil.example/)',
      '[x](https:evil.example)',
      '![x](https://evil.example/tracker.png)',
      '![x](javascript:alert(1))',
      '<img src="https://evil.example/x.png">',
      'https://evil.example/autolinked-if-linkify-were-on',
    ]

    it.each(refused)('no link: %s', (markdown) => {
      const c = exampleCredential('mbo-zorg-microcredential')
      c.credentialSubject.achievement.description = markdown
      c.credentialSubject.achievement.criteria.narrative = markdown
      c.credentialSubject.achievement.alignment[0].targetName = markdown
      c.credentialSubject.achievement.alignment.find((a: any) => a.targetType === 'ext:QualityAssurance').targetDescription = markdown
      const html = renderCredentialHtml(c)
      expectSafePage(html)
      for (const section of ['description', 'criteria', 'learning-outcomes']) {
        const start = html.indexOf(`<section class="${section}"`)
        const body = html.slice(start, html.indexOf('</section>', start))
        expect(body.replace(/<p class="criteria-link">.*?<\/p>/, '').replace(/<span class="note">\(<a [^>]*>ESCO<\/a>\)<\/span>/, ''), `${section}: ${body}`).not.toContain('<a ')
      }
      expect(html).not.toContain('evil.example/tracker.png"')
    })

    it('keeps http(s) and mailto links, with rel="noopener noreferrer" and an encoded href', () => {
      const c = exampleCredential('mbo-zorg-microcredential')
      c.credentialSubject.achievement.description = 'Zie [de regeling](https://example.nl/regeling?a=1&b="2") of [mail](mailto:info@example.nl) of <https://example.nl/auto> of [http](http://example.nl/x y) [quote](https://example.nl/"onclick="alert(1)) [bidi](https://example.nl/\u202Eexe.txt)'
      const html = renderCredentialHtml(c)
      expectSafePage(html)
      expect(html).toContain('<a href="https://example.nl/regeling?a=1&amp;b=%222%22" rel="noopener noreferrer">de regeling</a>')
      expect(html).toContain('<a href="mailto:info@example.nl" rel="noopener noreferrer">mail</a>')
      expect(html).toContain('<a href="https://example.nl/auto" rel="noopener noreferrer">https://example.nl/auto</a>')
      expect(html).toContain('href="https://example.nl/%22onclick=%22alert(1)"')
      expect(html).toContain('href="https://example.nl/%E2%80%AEexe.txt"')
      expect(html).not.toMatch(/<a [^>]*\sonclick=/)
    })

    it('raw HTML in Markdown is shown as text; headings are demoted below the page headings', () => {
      const c = exampleCredential('mbo-zorg-microcredential')
      c.credentialSubject.achievement.description = '# Kop\n\n<div style="position:fixed">x</div>\n\n<b onmouseover="alert(1)">vet</b> **echt vet**'
      const html = renderCredentialHtml(c)
      expectSafePage(html)
      expect(html).toContain('<h4>Kop</h4>')
      expect(html).toContain('&lt;div style=&quot;position:fixed&quot;&gt;x&lt;/div&gt;')
      expect(html).toContain('&lt;b onmouseover=&quot;alert(1)&quot;&gt;vet&lt;/b&gt; <strong>echt vet</strong>')
    })
  })

  it('URLs of the issuer, criteria, quality agreement and stacking target are links only when http(s)', () => {
    const c = exampleCredential('mbo-zorg-microcredential')
    const a = c.credentialSubject.achievement
    c.issuer.url = 'javascript:alert(1)'
    c.issuer.email = 'x@example.nl"><script>alert(1)</script>'
    a.criteria.id = 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='
    a.alignment.find((al: any) => al.targetType === 'ext:QualityAssurance').targetUrl = 'https://npuls.nl/"onmouseover="alert(1)'
    a.alignment[3].targetUrl = 'vbscript:msgbox(1)'
    a.stackableTowards[0].id = 'javascript:alert(1)'
    a.creator.url = ' https://example.nl/'
    const html = renderCredentialHtml(c)
    expectSafePage(html)
    const text = visible(html)
    expect(text).toContain('Website javascript:alert(1)')
    expect(text).not.toContain('Criteria (pagina van de uitgever)')
    expect(hrefs(html).filter((h) => !h.startsWith('#'))).toEqual(hrefs(html).filter((h) => /^(https?:|mailto:)/.test(h)))
    expect(hrefs(html).some((h) => h.includes('onmouseover'))).toBe(false)
  })

  it('never emits a script, event handler, style attribute or external reference for random credentials (property)', () => {
    const evil = fc.constantFrom(...payloads, '[x](javascript:alert(1))', 'https://evil.example/', 'data:image/png;base64,AAAA', '\u202E', '\u0000', '\uD800')
    const text = fc.oneof(fc.string(), evil, fc.tuple(fc.string(), evil, fc.string()).map((p) => p.join('')))
    const value = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 3 }), fc.dictionary(fc.constantFrom('id', 'name', 'type', 'targetType', 'targetName', 'identifier'), text, { maxKeys: 3 }))
    const alignment = fc.record({ targetType: fc.constantFrom('ext:LearningOutcome', 'ext:QualityAssurance', 'ext:EQF', 'ext:NLQF', 'x'), targetName: value, targetUrl: value, targetDescription: value, targetCode: value }, { requiredKeys: [] })
    const credential = fc.record({
      id: value, name: value, validFrom: value, validUntil: value,
      issuer: fc.oneof(text, fc.record({ id: value, name: value, url: value, email: value, image: value, otherIdentifier: fc.array(fc.record({ identifier: value, identifierType: value }), { maxLength: 2 }) }, { requiredKeys: [] })),
      credentialSubject: fc.record({
        id: value,
        identifier: fc.array(fc.record({ hashed: fc.oneof(fc.boolean(), value), identityHash: value, identityType: value, salt: value }, { requiredKeys: [] }), { maxLength: 3 }),
        achievement: fc.record({
          name: value, description: value, achievementType: fc.oneof(fc.constant('MicroCredential'), value), sector: value, inLanguage: value,
          criteria: fc.record({ narrative: value, id: value }, { requiredKeys: [] }), alignment: fc.array(alignment, { maxLength: 4 }),
          ECTS: value, SBU: value, assessmentType: value, participationType: value, supervisionType: value, image: value, stackableTowards: value,
        }, { requiredKeys: [] }),
        result: fc.array(fc.record({ value, resultDescription: value }, { requiredKeys: [] }), { maxLength: 2 }),
      }, { requiredKeys: [] }),
    }, { requiredKeys: [] })
    fc.assert(fc.property(credential, fc.constantFrom('nl', 'en') as fc.Arbitrary<'nl' | 'en'>, (c, lang) => {
      const html = renderCredentialHtml(c as Record<string, unknown>, { lang })
      expectSafePage(html)
      expect(html.match(/<svg\b/g)).toHaveLength(1)
    }), { numRuns: 300, seed: 20250701 })
  })
})
