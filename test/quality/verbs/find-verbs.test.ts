import { describe, expect, it } from 'vitest'
import { BLOOM_LEVELS, findVerbs, guessLanguage, normaliseWord, tokenise, type VerbEntry } from '../../../src/quality/verbs/find-verbs.js'
import { EN_SUGGESTED_VERBS, EN_VAGUE_VERBS, EN_VERBS } from '../../../src/quality/verbs/verbs-en.js'
import { NL_SUGGESTED_VERBS, NL_VAGUE_VERBS, NL_VERBS } from '../../../src/quality/verbs/verbs-nl.js'

const lemmas = (text: string): string[] => findVerbs(text).map((m) => m.lemma)

describe('tokenise', () => {
  it('lower-cases, drops diacritics and punctuation, and numbers sentences', () => {
    expect(tokenise('Definiëren; Past X toe. Analyseert 3.5 risico’s!').map((t) => `${t.word}/${t.sentence}`)).toEqual([
      'definieren/0', 'past/1', 'x/1', 'toe/1', 'analyseert/2', "risico's/2",
    ])
  })
  it('keeps the words as written and hyphenated words whole', () => {
    const tokens = tokenise('Ontwerpt voor een niet-technisch publiek')
    expect(tokens.map((t) => t.raw)).toEqual(['Ontwerpt', 'voor', 'een', 'niet-technisch', 'publiek'])
    expect(normaliseWord('Creëert')).toBe('creeert')
  })
})

describe('findVerbs', () => {
  it('finds a separable verb with the particle later in the sentence', () => {
    const [m] = findVerbs('Past comfortbevorderende interventies toe bij mondzorg, huidzorg en positionering.')
    expect(m).toMatchObject({ lemma: 'toepassen', level: 'apply', vague: false, language: 'nl', text: 'Past … toe', index: 0 })
  })
  it('finds joined, te-infinitive, imperative and plural forms of a separable verb', () => {
    expect(lemmas('De richtlijn die hij toepast')).toEqual(['toepassen'])
    expect(lemmas('is in staat de richtlijnen toe te passen')).toEqual(['toepassen'])
    expect(lemmas('Pas de richtlijn toe')).toEqual(['toepassen'])
    expect(lemmas('Deelnemers passen de richtlijn toe')).toEqual(['toepassen'])
    expect(lemmas("Brengt de risico's van de werkplek in kaart")).toEqual(['in kaart brengen'])
  })
  it('does not look for the particle in the next sentence', () => {
    expect(lemmas('Past goed. Toe.')).toEqual([])
  })
  it('prefers the separable verb over the bare verb at one position', () => {
    expect(lemmas('Voert de behandeling uit')).toEqual(['uitvoeren'])
    expect(lemmas('Voert gesprekken met cliënten')).toEqual(['voeren'])
  })
  it('reports two separable verbs sharing a head (stelt samen ... op)', () => {
    expect(lemmas('Stelt samen met de cliënt een zorgplan op')).toEqual(['samenstellen', 'opstellen'])
  })
  it('finds third-person, infinitive and stem forms, with or without diacritics', () => {
    expect(lemmas('Analyseert verbanden')).toEqual(['analyseren'])
    expect(lemmas('Studenten analyseren verbanden')).toEqual(['analyseren'])
    expect(lemmas('Benoemt de botten')).toEqual(['benoemen'])
    expect(lemmas('Definieert en definiëren')).toEqual(['definiëren', 'definiëren'])
  })
  it('finds English forms and phrasal verbs', () => {
    expect(lemmas('The learner can apply statistics')).toEqual(['apply'])
    expect(lemmas('Analyze data; summarizes results')).toEqual(['analyse', 'summarise'])
    expect(lemmas('Carries out a risk assessment')).toEqual(['carry out'])
  })
  it('takes a listed form after an article or of/van as a noun', () => {
    expect(lemmas('Knowledge of research methods and the design process')).toEqual([])
    expect(lemmas('Maakt een plan')).toEqual(['maken'])
    expect(lemmas('capable of designing a survey')).toEqual(['design'])
  })
  it('marks vague verbs, and weten + te + verb as an auxiliary', () => {
    expect(findVerbs('De student begrijpt de basis')[0]).toMatchObject({ lemma: 'begrijpen', vague: true, text: 'begrijpt' })
    expect(findVerbs('Is aware of ethical issues')[0]).toMatchObject({ lemma: 'be aware of', vague: true })
    expect(findVerbs('Weet de regels')[0]).toMatchObject({ lemma: 'weten', vague: true })
    expect(findVerbs('Weet in crisissituaties adequaat te handelen')[0]).toMatchObject({ lemma: 'weten', vague: false })
  })
  it('returns nothing for a text without verbs', () => {
    expect(findVerbs('Basiskennis van communicatie')).toEqual([])
    expect(findVerbs('')).toEqual([])
  })
})

describe('guessLanguage', () => {
  it('tells Dutch from English', () => {
    expect(guessLanguage('Understands the basics')).toBe('en')
    expect(guessLanguage('Knowledge of the theory')).toBe('en')
    expect(guessLanguage('Basiskennis van de theorie')).toBe('nl')
    expect(guessLanguage('Past de richtlijn toe')).toBe('nl')
  })
})

describe('verb lists', () => {
  const lists: Array<[string, readonly VerbEntry[], readonly VerbEntry[], Record<string, readonly string[]>]> = [
    ['en', EN_VERBS, EN_VAGUE_VERBS, EN_SUGGESTED_VERBS],
    ['nl', NL_VERBS, NL_VAGUE_VERBS, NL_SUGGESTED_VERBS],
  ]
  it.each(lists)('%s: every Bloom level has at least ten observable verbs, none of them vague', (_, verbs) => {
    for (const level of BLOOM_LEVELS) expect(verbs.filter((v) => v.level === level).length).toBeGreaterThanOrEqual(10)
    expect(verbs.some((v) => v.vague)).toBe(false)
  })
  it.each(lists)('%s: each lemma is in one level, each form belongs to one observable verb', (_, verbs) => {
    expect(new Set(verbs.map((v) => v.lemma)).size).toBe(verbs.length)
    const forms = verbs.flatMap((v) => v.forms)
    expect(new Set(forms).size).toBe(forms.length)
  })
  it.each(lists)('%s: forms are lower case and the lemma matches itself', (_, verbs, vague) => {
    for (const v of [...verbs, ...vague]) {
      for (const f of v.forms) expect(f).toBe(f.toLowerCase().trim())
      if (!v.vague) expect(lemmas(v.lemma)).toContain(v.lemma)
    }
  })
  it.each(lists)('%s: vague entries are vague and found by each of their forms', (_, verbs, vague) => {
    for (const v of vague) {
      expect(v.vague).toBe(true)
      for (const f of v.forms) expect(findVerbs(`xx ${f} yy`).some((m) => m.lemma === v.lemma && m.vague)).toBe(true)
    }
    expect(verbs.some((v) => vague.some((w) => w.lemma === v.lemma))).toBe(false)
  })
  it.each(lists)('%s: suggested verbs are observable verbs of that level', (_, verbs, _vague, suggested) => {
    for (const level of BLOOM_LEVELS) {
      for (const s of suggested[level] ?? []) expect(verbs.find((v) => v.lemma === s)?.level).toBe(level)
    }
  })
  it('Dutch separable verbs list the particle forms', () => {
    const toepassen = NL_VERBS.find((v) => v.lemma === 'toepassen')
    expect(toepassen?.particle).toBe('toe')
    expect(toepassen?.forms).toEqual(expect.arrayContaining(['toepassen', 'past toe', 'pas toe', 'toepast', 'toe te passen']))
    for (const v of NL_VERBS.filter((e) => e.particle)) expect(v.forms.some((f) => f.endsWith(` ${v.particle}`))).toBe(true)
  })
})
