import { ASSESSMENT_TYPES } from '../../model/vocabulary.js'
import type { CodeRule } from '../rule.js'
import { checkVocabularyTerm, knownValues } from './vocabulary-term.js'

let known: readonly string[] | undefined

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
    return checkVocabularyTerm(achievement, 'assessmentType', (known ??= knownValues(ASSESSMENT_TYPES, 'http://data.europa.eu/snb/assessment/25831c2')), {
      en: 'type of assessment', nl: 'type beoordeling', nlArticle: 'het', examples: ASSESSMENT_TYPES,
    })
  },
}
