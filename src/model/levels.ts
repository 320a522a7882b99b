/**
 * EQF and NLQF levels with their EU vocabulary URIs (ELM v3 `eqf` scheme and the `nqf` Netherlands subset)
 * and the NLQF → EQF correspondence (Nuffic NLQF table).
 *
 * @module model
 */

/**
 * EQF levels.
 *
 * @example
 * ```ts
 * EQF_LEVELS.length // 8
 * ```
 */
export const EQF_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8] as const
/**
 * One of {@link EQF_LEVELS}.
 *
 * @example
 * ```ts
 * const l: EqfLevel = 6
 * ```
 */
export type EqfLevel = (typeof EQF_LEVELS)[number]

/**
 * NLQF levels: 1-8 as numbers, plus `'4+'` (vwo) and `'entry'` (instroomniveau, no EQF counterpart).
 *
 * @example
 * ```ts
 * NLQF_LEVELS.includes('4+') // true
 * ```
 */
export const NLQF_LEVELS = ['entry', 1, 2, 3, 4, '4+', 5, 6, 7, 8] as const
/**
 * One of {@link NLQF_LEVELS}.
 *
 * @example
 * ```ts
 * const l: NlqfLevel = '4+'
 * ```
 */
export type NlqfLevel = (typeof NLQF_LEVELS)[number]

/**
 * The EQF level of each NLQF level (`null` for entry level). Source: Nuffic NLQF table.
 *
 * @example
 * ```ts
 * NLQF_TO_EQF['4+'] // 4
 * ```
 */
export const NLQF_TO_EQF: Readonly<Record<string, EqfLevel | null>> = Object.freeze({
  entry: null, 1: 1, 2: 2, 3: 3, 4: 4, '4+': 4, 5: 5, 6: 6, 7: 7, 8: 8,
})

/**
 * Base of the EU EQF level URIs: level n is `http://data.europa.eu/snb/eqf/<n>`.
 *
 * @example
 * ```ts
 * `${EQF_URI_BASE}4` // 'http://data.europa.eu/snb/eqf/4'
 * ```
 */
export const EQF_URI_BASE = 'http://data.europa.eu/snb/eqf/'

/**
 * EU vocabulary URIs of the NLQF levels (ELM v3 `nqf` scheme, Netherlands subset).
 *
 * @example
 * ```ts
 * NLQF_URIS['entry'] // 'http://data.europa.eu/snb/qdr/c_b42dd23b'
 * ```
 */
export const NLQF_URIS: Readonly<Record<string, string>> = Object.freeze({
  entry: 'http://data.europa.eu/snb/qdr/c_b42dd23b',
  1: 'http://data.europa.eu/snb/qdr/c_3e11a3fd',
  2: 'http://data.europa.eu/snb/qdr/c_c749fa23',
  3: 'http://data.europa.eu/snb/qdr/c_f97cdbb5',
  4: 'http://data.europa.eu/snb/qdr/c_ff656b33',
  '4+': 'http://data.europa.eu/snb/qdr/c_c2700f4e',
  5: 'http://data.europa.eu/snb/qdr/c_18c9e9fe',
  6: 'http://data.europa.eu/snb/qdr/c_1711a061',
  7: 'http://data.europa.eu/snb/qdr/c_478359fc',
  8: 'http://data.europa.eu/snb/qdr/c_2835a50f',
})

/** Internal: the `targetFramework` names of the EQF and NLQF level alignments `buildCredential` writes and the imports read back. */
export const LEVEL_FRAMEWORKS = Object.freeze({ eqf: 'European Qualifications Framework (EQF)', nlqf: 'Nederlands Kwalificatieraamwerk (NLQF)' })
