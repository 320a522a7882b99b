import { describe, expect, it } from 'vitest'
import { lintOutcome, suggestVerbs } from '../../../src/quality/rules/lo-verb.js'
import { findingsOf, validHbo, validMbo } from '../helpers.js'

/** Index of the first learning-outcome alignment of a credential. */
function firstOutcome(credential: Record<string, any>): number {
  return (credential.credentialSubject.achievement.alignment as Array<{ targetType: string }>).findIndex((a) => a.targetType === 'ext:LearningOutcome')
}

/** The credential with its first learning outcome replaced, and that outcome's index. */
function withOutcome(credential: Record<string, any>, text: string): [Record<string, any>, number] {
  const i = firstOutcome(credential)
  credential.credentialSubject.achievement.alignment[i].targetName = text
  return [credential, i]
}

describe('LO-VERB', () => {
  it('passes the valid mbo and hbo examples', () => {
    expect(findingsOf(validMbo(), 'mbo', 'LO-VERB')).toEqual([])
    expect(findingsOf(validHbo(), 'hbo', 'LO-VERB')).toEqual([])
    expect(findingsOf(validHbo(), 'wo', 'LO-VERB')).toEqual([])
  })

  it('flags a vague Dutch verb, naming it, with observable alternatives in English and Dutch', () => {
    const [credential, i] = withOutcome(validMbo(), 'De student begrijpt de basis van communicatie')
    const findings = findingsOf(credential, 'mbo', 'LO-VERB')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'LO-VERB', severity: 'warning', path: `$.credentialSubject.achievement.alignment[${i}].targetName` })
    expect(findings[0]?.message).toBe("'begrijpt' (begrijpen) is vague: use an observable verb such as uitleggen, beschrijven, toelichten (understand) or toepassen (apply)")
    expect(findings[0]?.messageNl).toBe("'begrijpt' (begrijpen) is vaag: gebruik een observeerbaar werkwoord zoals uitleggen, beschrijven, toelichten (niveau begrijpen) of toepassen (niveau toepassen)")
  })

  it('flags a vague English verb with English alternatives', () => {
    const [credential] = withOutcome(validHbo(), 'Understands the basics')
    const [finding, ...rest] = findingsOf(credential, 'hbo', 'LO-VERB')
    expect(rest).toEqual([])
    expect(finding?.message).toMatch(/^'understands' \(understand\) is vague: .*explain, describe, summarise \(understand\) or apply \(apply\)$/)
    expect(finding?.messageNl).toContain('vaag')
  })

  it('flags an outcome without an observable verb', () => {
    const [credential] = withOutcome(validMbo(), 'Basiskennis van communicatie en gespreksvoering')
    const [finding] = findingsOf(credential, 'mbo', 'LO-VERB')
    expect(finding?.message).toMatch(/^no observable action verb found: .*toepassen, uitvoeren, gebruiken \(apply\)/)
    expect(finding?.messageNl).toMatch(/^geen observeerbaar handelingswerkwoord gevonden/)
  })

  it('flags a vague verb even next to an observable one, and reports each outcome once', () => {
    const [credential] = withOutcome(validMbo(), 'Kent de richtlijnen en weet wanneer hij ze moet toepassen')
    const findings = findingsOf(credential, 'mbo', 'LO-VERB')
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toMatch(/^'kent' \(kennen\), 'weet' \(weten\) are vague: .*benoemen, opsommen, definiëren \(remember\) or uitleggen \(understand\)/)
  })

  it('finds the separable verb "past ... toe"', () => {
    const [credential] = withOutcome(validMbo(), 'Past aseptische technieken toe bij wondverzorging')
    expect(findingsOf(credential, 'mbo', 'LO-VERB')).toEqual([])
  })

  it('leaves empty outcomes to EU-M6 and is not part of the eu profile', () => {
    const [empty] = withOutcome(validMbo(), '   ')
    expect(findingsOf(empty, 'mbo', 'LO-VERB')).toEqual([])
    const [vague] = withOutcome(validMbo(), 'Begrijpt de basis')
    expect(findingsOf(vague, 'eu', 'LO-VERB')).toEqual([])
  })

  it('ignores alignments that are not learning outcomes', () => {
    const credential = validMbo()
    credential.credentialSubject.achievement.alignment.push({ type: ['Alignment'], targetType: 'ext:Other', targetName: 'Begrijpt alles', targetUrl: 'https://example.org/x' })
    expect(findingsOf(credential, 'mbo', 'LO-VERB')).toEqual([])
  })

  it('suggests the next level up, or one down from create', () => {
    expect(suggestVerbs('create', 'en').en).toBe('design, develop, formulate (create) or assess (evaluate)')
    expect(suggestVerbs('remember', 'nl').nl).toBe('benoemen, opsommen, definiëren (niveau onthouden) of uitleggen (niveau begrijpen)')
  })
})

/** Realistic outcomes: `ok`, the vague lemma flagged, or `none` (no observable verb). */
const OUTCOMES: Array<[string, string]> = [
  // Dutch, observable
  ['Signaleert veranderingen in pijn, benauwdheid en onrust bij de cliënt en rapporteert deze volgens de methodiek van het zorgdossier.', 'ok'],
  ['Past comfortbevorderende interventies toe bij mondzorg, huidzorg en positionering.', 'ok'],
  ['Stelt samen met de cliënt en naasten een individueel zorgplan voor de palliatieve fase op en evalueert dit wekelijks.', 'ok'],
  ['Stemt de zorg af met mantelzorgers, huisarts en wijkverpleegkundige en legt afspraken vast in het zorgdossier.', 'ok'],
  ['Schoont een dataset uit de eigen beroepspraktijk op met pandas en verantwoordt de gemaakte keuzes.', 'ok'],
  ['Analyseert verbanden in data met beschrijvende statistiek en regressie en interpreteert de uitkomsten kritisch.', 'ok'],
  ['Ontwerpt visualisaties die een analyse voor een niet-technisch publiek inzichtelijk maken.', 'ok'],
  ['Beoordeelt de ethische en privacyaspecten (AVG) van het gebruik van de dataset.', 'ok'],
  ['De student benoemt de belangrijkste onderdelen van het bewegingsapparaat.', 'ok'],
  ['Legt aan een cliënt uit hoe een insulinepen werkt.', 'ok'],
  ['Licht de keuze voor een behandelmethode toe aan collega’s.', 'ok'],
  ['Vat de uitkomsten van een klantgesprek samen in een verslag.', 'ok'],
  ['Voert een risico-inventarisatie uit volgens de RI&E-methode.', 'ok'],
  ['Dient medicatie toe volgens het medicatieprotocol.', 'ok'],
  ['Brengt de energiestromen van een woning in kaart.', 'ok'],
  ['Vergelijkt twee offertes op prijs, kwaliteit en levertijd.', 'ok'],
  ['Onderbouwt een advies aan de opdrachtgever met bronnen.', 'ok'],
  ['Ontwikkelt een lesplan voor een heterogene groep.', 'ok'],
  ['Is aan het eind van de module in staat om een netwerk te configureren en te testen.', 'ok'],
  ['De deelnemer kan een warmtepomp installeren en in bedrijf stellen.', 'ok'],
  ['Weet in crisissituaties adequaat te handelen.', 'ok'],
  ['Schat de risico’s van een bouwplaats in en selecteert passende maatregelen.', 'ok'],
  ['Reflecteert op het eigen handelen in de beroepspraktijk.', 'ok'],
  ['Creëert een prototype van een app in Figma.', 'ok'],
  // Dutch, vague
  ['De student begrijpt de basis van communicatie.', 'begrijpen'],
  ['Kent de wet- en regelgeving rondom privacy.', 'kennen'],
  ['Weet wat de Wkkgz van zorgverleners vraagt.', 'weten'],
  ['Heeft kennis van de anatomie van de mens.', 'kennis hebben van'],
  ['Heeft inzicht in de financiële positie van een onderneming.', 'inzicht hebben in'],
  ['Is bekend met de cao voor de thuiszorg.', 'bekend zijn met'],
  ['Is zich bewust van de eigen rol in het team.', 'zich bewust zijn van'],
  ['Ziet het belang in van hygiëne; de student snapt waarom handhygiëne nodig is.', 'snappen'],
  ['Beheerst de basisvaardigheden van Excel.', 'beheersen'],
  // Dutch, no verb
  ['Basiskennis van communicatie en gespreksvoering.', 'none'],
  ['Hygiëne en infectiepreventie in de thuiszorg', 'none'],
  // English, observable
  ['The learner can apply statistical methods to real data.', 'ok'],
  ['Analyse the causes of a production failure.', 'ok'],
  ['Design a relational database for a small business.', 'ok'],
  ['Explains the principles of infection prevention to clients.', 'ok'],
  ['Critically evaluate published research in the field.', 'ok'],
  ['Formulate a research question and justify the chosen method.', 'ok'],
  ['Carry out a risk assessment in line with company policy.', 'ok'],
  ['Summarize the key findings for a non-technical audience.', 'ok'],
  ['Is able to identify and prioritise security risks.', 'ok'],
  ['Demonstrates safe manual handling techniques.', 'ok'],
  ['Develops and presents a marketing plan.', 'ok'],
  ['Compare two accounting standards and recommend one.', 'ok'],
  // English, vague
  ['Understands the basics.', 'understand'],
  ['Knows the main legislation on data protection.', 'know'],
  ['Is aware of ethical issues in artificial intelligence.', 'be aware of'],
  ['Be familiar with the Dutch healthcare system.', 'be familiar with'],
  ['Appreciates the value of teamwork.', 'appreciate'],
  ['Learns the basics of Python.', 'learn'],
  ['Has knowledge of accounting principles.', 'have knowledge of'],
  ['Demonstrates an understanding of project management.', 'understand'],
  // English, no verb
  ['Knowledge of research methods and the design process.', 'none'],
  ['Basic principles of thermodynamics', 'none'],
]

describe('LO-VERB over realistic outcomes', () => {
  it.each(OUTCOMES)('%s → %s', (text, expected) => {
    const message = lintOutcome(text)
    if (expected === 'ok') expect(message).toBeUndefined()
    else if (expected === 'none') expect(message?.en).toMatch(/^no observable action verb found/)
    else expect(message?.en).toMatch(new RegExp(`\\(${expected}\\)[^']* vague|^'${expected}'[^']* vague`))
  })

  it('reports each flagged outcome of a credential at its own path', () => {
    const credential = validHbo()
    const outcomes = (credential.credentialSubject.achievement.alignment as Array<Record<string, string>>).filter((a) => a.targetType === 'ext:LearningOutcome')
    outcomes.forEach((a, k) => (a.targetName = k % 2 === 0 ? 'Understands the basics' : 'Analyseert data'))
    const paths = findingsOf(credential, 'hbo', 'LO-VERB').map((f) => f.path)
    expect(paths).toHaveLength(Math.ceil(outcomes.length / 2))
    expect(new Set(paths).size).toBe(paths.length)
  })
})
