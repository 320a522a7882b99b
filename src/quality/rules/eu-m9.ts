import { ASSESSMENT_TYPES } from '../../model/vocabulary.js'
import type { CodeRule } from '../rule.js'
import { checkVocabularyTerm } from './vocabulary-term.js'

/** The EU assessment vocabulary (ELM v3, `http://data.europa.eu/snb/assessment/…`): concept URIs and labels. */
const EU_ASSESSMENT: ReadonlyMap<string, string> = new Map(Object.entries({
  '19a2e5e671': 'peer assessment', '2939dae15f': 'marked assignment', '3484bd7e51': 'continuous evaluation', '4f03b91c0e': 'portfolio',
  '56539a6507': 'group performance', '6a4db9f11d': 'practical assessment', '6e6cb2cc78': 'written examination', '7331eb4762': 'level of attendance',
  '795dac4096': 'project work', '812e3b0ae1': 'peer review', b1b68f6735: 'quiz', c4256a2726: 'problem based learning',
  d30284d7df: 'oral examination', de4d165a6c: 'artefact assessment',
}).map(([id, label]) => [`http://data.europa.eu/snb/assessment/${id}`, label]))

/** Accepted values: the profile's Annex I phrases, the EU vocabulary's URIs and its English labels. */
const KNOWN: readonly string[] = [...ASSESSMENT_TYPES, ...EU_ASSESSMENT.keys(), ...EU_ASSESSMENT.values()]

/**
 * EU-M9 (type of assessment): the profile term `assessmentType` is present and non-empty (error); each
 * value is an Annex I phrase of the profile (`ASSESSMENT_TYPES`) or a concept (URI or English label) of the
 * EU assessment vocabulary; another string is a warning, a non-string an error.
 *
 * @example
 * ```ts
 * evaluateQuality(cred, { profile: 'mbo' }).findings.filter((f) => f.rule === 'EU-M9')
 * // assessmentType missing → error at $.credentialSubject.achievement.assessmentType
 * ```
 */
export const euM9: CodeRule = {
  kind: 'code',
  id: 'EU-M9',
  severity: 'error',
  sets: ['eu'],
  title: {
    en: 'The type of assessment is given, with values from the profile or the EU assessment vocabulary.',
    nl: 'Het type beoordeling is gegeven, met waarden uit het profiel of de EU-vocabulaire voor beoordeling.',
  },
  source: 'EU Council Recommendation 2022, Annex I (type of assessment); ELM v3 assessment vocabulary',
  check({ achievement }) {
    return checkVocabularyTerm(achievement, 'assessmentType', KNOWN, {
      en: 'type of assessment', nl: 'type beoordeling', nlArticle: 'het', examples: ASSESSMENT_TYPES,
    })
  },
}
