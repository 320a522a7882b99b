import { PARTICIPATION_TYPES } from '../../model/vocabulary.js'
import type { CodeRule } from '../rule.js'
import { checkVocabularyTerm, knownValues } from './vocabulary-term.js'

let known: readonly string[] | undefined

/**
 * EU-M10 (form of participation): the profile term `participationType` is present and non-empty (error);
 * each value is an Annex I phrase of the profile (`PARTICIPATION_TYPES`) or a concept (URI or English label)
 * of the EU "mode of learning and assessment" vocabulary; another string is a warning.
 *
 * @example
 * ```ts
 * evaluateQuality(cred, { profile: 'hbo' }).findings.filter((f) => f.rule === 'EU-M10')
 * // participationType ["hybrid"] → warning at $.credentialSubject.achievement.participationType[0]
 * ```
 */
export const euM10: CodeRule = {
  kind: 'code',
  id: 'EU-M10',
  severity: 'error',
  sets: ['eu'],
  title: {
    en: 'The form of participation is given, with values from the profile or the EU mode-of-learning vocabulary.',
    nl: 'De vorm van deelname is gegeven, met waarden uit het profiel of de EU-vocabulaire voor leervorm.',
  },
  source: 'EU Council Recommendation 2022, Annex I (form of participation); ELM v3 learning-assessment vocabulary',
  check({ achievement }) {
    return checkVocabularyTerm(achievement, 'participationType', (known ??= knownValues(PARTICIPATION_TYPES, 'http://data.europa.eu/snb/learning-assessment/25831c2')), { en: 'form of participation', nl: 'vorm van deelname', nlArticle: 'de', examples: PARTICIPATION_TYPES })
  },
}
