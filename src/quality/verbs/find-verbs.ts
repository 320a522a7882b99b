/**
 * A small verb matcher for learning outcomes: tokenises a text (lower case, diacritics optional), finds
 * the Dutch and English verbs of the Bloom lists, including Dutch separable verbs whose particle comes
 * later in the sentence ("Past ... toe"), and tells observable verbs from vague ones.
 *
 * @module quality
 */
import { EN_VAGUE_VERBS, EN_VERBS } from './verbs-en.js'
import { NL_VAGUE_VERBS, NL_VERBS } from './verbs-nl.js'

/** The levels of the revised Bloom taxonomy, lowest first. */
export type BloomLevel = 'remember' | 'understand' | 'apply' | 'analyse' | 'evaluate' | 'create'

/**
 * The Bloom levels in order, lowest first.
 *
 * @example
 * ```ts
 * BLOOM_LEVELS.indexOf('apply') // 2
 * ```
 */
export const BLOOM_LEVELS: readonly BloomLevel[] = ['remember', 'understand', 'apply', 'analyse', 'evaluate', 'create']

/** The languages of the verb lists. */
export type VerbLanguage = 'en' | 'nl'

/** One verb (or verb phrase) of a verb list. */
export interface VerbEntry {
  /** Dictionary form: the infinitive (`toepassen`, `apply`) or the phrase (`bekend zijn met`). */
  lemma: string
  /** Its Bloom level; for a vague verb, the level it usually aims at (used for suggestions). */
  level: BloomLevel
  /**
   * The forms an outcome uses, lower case. A form of several words is a contiguous phrase, except that
   * a form ending in the entry's `particle` is split: its particle may come later in the same sentence.
   */
  forms: readonly string[]
  /** The particle of a Dutch separable verb (`toe` in `toepassen`, `in kaart` in `in kaart brengen`). */
  particle?: string
  /** The verb describes an inner state (know, begrijpen), not observable behaviour. */
  vague?: boolean
  /** Not vague when this word and an observable verb follow in the sentence (`weet ... te handelen`). */
  auxiliaryBefore?: string
}

/** A verb found in a text. */
export interface VerbMatch {
  lemma: string
  level: BloomLevel
  vague: boolean
  language: VerbLanguage
  /** The words as written, a split particle after an ellipsis: `Past … toe`. */
  text: string
  /** Index of the verb's first word among the text's words. */
  index: number
}

/** A word of a text: normalised (lower case, no diacritics), as written, and its sentence number. */
export interface Token {
  word: string
  raw: string
  sentence: number
}

/**
 * Lower case without diacritics: the form verbs are compared in.
 *
 * @example
 * ```ts
 * normaliseWord('Definiëren') // 'definieren'
 * ```
 */
export function normaliseWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'")
}

/**
 * Splits a text into words, numbering sentences (a sentence ends at `.`, `;`, `!` or `?` followed by
 * a space or the end, or at a line break). Numbers and punctuation are dropped.
 *
 * @example
 * ```ts
 * tokenise('Past X toe. Analyseert Y.').map((t) => `${t.word}/${t.sentence}`) // ['past/0', 'x/0', 'toe/0', 'analyseert/1', 'y/1']
 * ```
 */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = []
  let sentence = 0
  for (const m of text.matchAll(/([\p{L}\p{M}][\p{L}\p{M}'’-]*)|([.;!?](?=\s|$)|\n)/gu)) {
    if (m[1] !== undefined) tokens.push({ word: normaliseWord(m[1]), raw: m[1], sentence })
    else if (tokens.length > 0 && tokens[tokens.length - 1]?.sentence === sentence) sentence++
  }
  return tokens
}

/** A verb form prepared for matching: contiguous head words, optional split particle words. */
interface Pattern {
  entry: VerbEntry
  language: VerbLanguage
  head: readonly string[]
  tail: readonly string[] | undefined
}

/** Words after which a listed form is a noun ("the design", "een plan", "knowledge of research"). */
const NOUN_MARKERS = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'our', 'your', 'my', 'of',
  'de', 'het', 'een', 'dit', 'deze', 'hun', 'uw', 'mijn', 'onze', 'ons', 'van',
])

let index: Map<string, Pattern[]> | undefined

/** The patterns by first word, built once from the verb lists. */
function patterns(): Map<string, Pattern[]> {
  if (index) return index
  const map = new Map<string, Pattern[]>()
  const add = (entries: readonly VerbEntry[], language: VerbLanguage): void => {
    for (const entry of entries) {
      const particle = entry.particle ? normaliseWord(entry.particle).split(' ') : undefined
      for (const form of entry.forms) {
        const words = normaliseWord(form).split(' ')
        const split = particle !== undefined && words.length > particle.length && words.slice(-particle.length).join(' ') === particle.join(' ')
        const head = split && particle ? words.slice(0, -particle.length) : words
        const pattern: Pattern = { entry, language, head, tail: split ? particle : undefined }
        const first = head[0] ?? ''
        map.set(first, [...(map.get(first) ?? []), pattern])
      }
    }
  }
  add(NL_VERBS, 'nl')
  add(NL_VAGUE_VERBS, 'nl')
  add(EN_VERBS, 'en')
  add(EN_VAGUE_VERBS, 'en')
  index = map
  return map
}

/** Whether `words` occur in `tokens` at `at`, within `sentence`. */
function wordsAt(tokens: readonly Token[], at: number, words: readonly string[], sentence: number): boolean {
  return words.every((w, k) => tokens[at + k]?.word === w && tokens[at + k]?.sentence === sentence)
}

/** Matches one pattern at token `i`: the raw text and the number of words used, or undefined. */
function matchAt(tokens: readonly Token[], i: number, p: Pattern): { text: string; size: number } | undefined {
  const sentence = tokens[i]?.sentence ?? -1
  if (!wordsAt(tokens, i, p.head, sentence)) return undefined
  const raw = (from: number, n: number): string => tokens.slice(from, from + n).map((t) => t.raw).join(' ')
  const headText = raw(i, p.head.length)
  if (!p.tail) return { text: headText, size: p.head.length }
  for (let j = i + p.head.length; j < tokens.length && tokens[j]?.sentence === sentence; j++) {
    if (wordsAt(tokens, j, p.tail, sentence)) {
      const text = j === i + p.head.length ? `${headText} ${raw(j, p.tail.length)}` : `${headText} … ${raw(j, p.tail.length)}`
      return { text, size: p.head.length + p.tail.length }
    }
  }
  return undefined
}

/**
 * Finds the listed verbs in a text, in order. At one position the longest match wins (`voert ... uit`
 * is `uitvoeren`, not `voeren`); a listed form right after an article or `of`/`van` is taken as a noun.
 *
 * @example
 * ```ts
 * findVerbs('Past comfortbevorderende interventies toe.')[0] // { lemma: 'toepassen', level: 'apply', vague: false, language: 'nl', text: 'Past … toe', index: 0 }
 * findVerbs('Understands the basics')[0]?.vague // true
 * ```
 */
export function findVerbs(text: string): VerbMatch[] {
  const tokens = tokenise(text)
  const map = patterns()
  const found: VerbMatch[] = []
  tokens.forEach((token, i) => {
    const prev = tokens[i - 1]
    if (prev && prev.sentence === token.sentence && NOUN_MARKERS.has(prev.word) && !token.word.endsWith('ing')) return
    let best: Array<{ p: Pattern; text: string }> = []
    let bestSize = 0
    for (const p of map.get(token.word) ?? []) {
      const m = matchAt(tokens, i, p)
      if (!m || m.size < bestSize) continue
      if (m.size > bestSize) best = []
      bestSize = m.size
      if (!best.some((b) => b.p.entry === p.entry)) best.push({ p, text: m.text })
    }
    for (const { p, text } of best) {
      const vague = p.entry.vague === true && !auxiliaryUse(tokens, i, p.entry, map)
      found.push({ lemma: p.entry.lemma, level: p.entry.level, vague, language: p.language, text, index: i })
    }
  })
  return found
}

/** `weet ... te handelen`: the vague verb is an auxiliary when its word and an observable verb follow. */
function auxiliaryUse(tokens: readonly Token[], i: number, entry: VerbEntry, map: Map<string, Pattern[]>): boolean {
  const word = entry.auxiliaryBefore
  if (!word) return false
  const sentence = tokens[i]?.sentence
  for (let j = i + 1; j + 1 < tokens.length && tokens[j]?.sentence === sentence; j++) {
    if (tokens[j]?.word !== word) continue
    const candidates = map.get(tokens[j + 1]?.word ?? '') ?? []
    if (candidates.some((p) => !p.entry.vague && matchAt(tokens, j + 1, p))) return true
  }
  return false
}

/** Common function words that tell Dutch from English. */
const NL_HINTS = new Set(['de', 'het', 'een', 'en', 'van', 'met', 'bij', 'voor', 'op', 'in', 'te', 'die', 'dat', 'deze', 'zijn', 'is', 'student', 'deelnemer'])
const EN_HINTS = new Set(['the', 'a', 'an', 'and', 'of', 'with', 'for', 'on', 'in', 'to', 'that', 'this', 'is', 'are', 'learner', 'student', 'can'])

/**
 * Guesses whether a learning outcome is Dutch or English from the verbs found and common function
 * words (Dutch when undecided).
 *
 * @example
 * ```ts
 * guessLanguage('Understands the basics') // 'en'
 * guessLanguage('Basiskennis van communicatie') // 'nl'
 * ```
 */
export function guessLanguage(text: string, matches: readonly VerbMatch[] = findVerbs(text)): VerbLanguage {
  let score = 0
  for (const m of matches) score += m.language === 'nl' ? 2 : -2
  for (const { word } of tokenise(text)) score += (NL_HINTS.has(word) ? 1 : 0) - (EN_HINTS.has(word) ? 1 : 0)
  return score >= 0 ? 'nl' : 'en'
}
