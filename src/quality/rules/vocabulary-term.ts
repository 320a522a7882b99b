/** The check shared by EU-M9 (type of assessment) and EU-M10 (form of participation). */
import type { RuleHit } from '../rule.js'
import { ACHIEVEMENT_PATH, asArray } from '../rule-helpers.js'
import { EU_VOCABULARIES } from '../vocab/eu-vocabularies.js'
import { show, toon } from './core-readers.js'

/** What a vocabulary term is called in messages, and the values to suggest. */
export interface TermNames {
  en: string
  nl: string
  /** The Dutch definite article of `nl` (`de` or `het`). */
  nlArticle: 'de' | 'het'
  examples: readonly string[]
}

/**
 * Checks a multi-valued vocabulary term of the achievement: missing or empty is an error, a non-string
 * value an error, a string outside `known` a warning (shared by EU-M9 and EU-M10).
 */
export function checkVocabularyTerm(achievement: Record<string, unknown> | undefined, key: string, known: readonly string[], names: TermNames): RuleHit[] {
  if (!achievement) return []
  const path = `${ACHIEVEMENT_PATH}.${key}`
  const values = asArray(achievement[key])
  const list = names.examples.map((v) => `"${v}"`).join(', ')
  if (values.length === 0) {
    return [{ path, message: { en: `the ${names.en} is missing: add ${key} with one or more of ${list}`, nl: `${names.nlArticle} ${names.nl} ontbreekt: voeg ${key} toe met een of meer van ${list}` } }]
  }
  const hits: RuleHit[] = []
  const at = (i: number): string => (Array.isArray(achievement[key]) ? `${path}[${i}]` : path)
  values.forEach((value, i) => {
    if (typeof value !== 'string' || value.trim() === '') {
      hits.push({ path: at(i), message: { en: `${key} value ${show(value)} is not a ${names.en}: use one of ${list}`, nl: `${key}-waarde ${toon(value)} is geen ${names.nl}: gebruik een van ${list}` } })
    } else if (!known.includes(value)) {
      hits.push({ path: at(i), severity: 'warning', message: { en: `${key} value ${show(value)} is not in the profile or EU vocabulary: use one of ${list} or an EU vocabulary concept`, nl: `${key}-waarde ${toon(value)} staat niet in het profiel of de EU-vocabulaire: gebruik een van ${list} of een begrip uit de EU-vocabulaire` } })
    }
  })
  return hits
}

/**
 * The accepted values of a vocabulary term: the profile's phrases, plus the URIs and English labels of
 * the EU vocabulary with the given concept scheme (from the bundled ELM lists).
 */
export function knownValues(profileValues: readonly string[], euScheme: string): string[] {
  const concepts = EU_VOCABULARIES.find((v) => v.scheme === euScheme)?.concepts ?? []
  return [...profileValues, ...concepts.map((c) => c.uri), ...concepts.map((c) => c.label)]
}
