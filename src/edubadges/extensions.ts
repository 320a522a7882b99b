/**
 * The 11 OB 2.0 extensions edubadges publishes (`extensions:<Name>Extension`), where they sit, their
 * value property and the spec field each maps to.
 *
 * Source: edubadges/edubadges-server @ 9a89bd0 : apps/mainsite/static/extensions/ (copies in
 * `shared/fixtures/edubadges-ob2/extensions/`) and the production JSON of 2022.
 *
 * @module edubadges
 */

/**
 * Base URL of the extension contexts in production JSON: `<root><Name>Extension/context.json`.
 *
 * @example
 * ```ts
 * `${EDUBADGES_EXTENSIONS_ROOT}ECTSExtension/context.json` // 'https://api.edubadges.nl/extensions/ECTSExtension/context.json'
 * ```
 */
export const EDUBADGES_EXTENSIONS_ROOT = 'https://api.edubadges.nl/extensions/'

/**
 * One edubadges extension.
 *
 * @example
 * ```ts
 * const e: EdubadgesExtension = { property: 'ECTS', on: 'BadgeClass', spec: 'achievement.workload.ects' }
 * ```
 */
export interface EdubadgesExtension {
  /** The value property inside the extension object. */
  readonly property: string
  /** Other names of the value property seen in edubadges code (the server validator checks `GradingTable`). */
  readonly aliases?: readonly string[]
  /** The OB 2.0 document that carries it. */
  readonly on: 'BadgeClass' | 'Issuer'
  /** The spec field it lands on; `null`: none (reported on import). */
  readonly spec: string | null
}

/**
 * The extensions by name (`<Name>Extension`, the part after `extensions:`).
 *
 * @example
 * ```ts
 * import { EDUBADGES_EXTENSIONS } from 'microcredentials/edubadges'
 * EDUBADGES_EXTENSIONS.StudyLoadExtension.spec // 'achievement.workload.sbu'
 * ```
 */
export const EDUBADGES_EXTENSIONS: Readonly<Record<
  | 'LanguageExtension' | 'LearningOutcomeExtension' | 'EQFExtension' | 'ECTSExtension' | 'StudyLoadExtension'
  | 'TimeInvestmentExtension' | 'EducationProgramIdentifierExtension' | 'InstitutionIdentifierExtension'
  | 'InstitutionNameExtension' | 'GradingTableExtension' | 'InstitutionCountryExtension',
  EdubadgesExtension
>> = Object.freeze({
  LanguageExtension: { property: 'Language', on: 'BadgeClass', spec: 'achievement.language' },
  LearningOutcomeExtension: { property: 'LearningOutcome', on: 'BadgeClass', spec: 'achievement.learningOutcomes' },
  EQFExtension: { property: 'EQF', on: 'BadgeClass', spec: 'achievement.level.eqf' },
  ECTSExtension: { property: 'ECTS', on: 'BadgeClass', spec: 'achievement.workload.ects' },
  StudyLoadExtension: { property: 'StudyLoad', on: 'BadgeClass', spec: 'achievement.workload.sbu' },
  TimeInvestmentExtension: { property: 'TimeInvestment', on: 'BadgeClass', spec: 'achievement.workload.hours' },
  EducationProgramIdentifierExtension: { property: 'EducationProgramIdentifier', on: 'BadgeClass', spec: 'achievement.programmes' },
  InstitutionIdentifierExtension: { property: 'InstitutionIdentifier', on: 'Issuer', spec: 'issuer.identifiers.brin' },
  InstitutionNameExtension: { property: 'InstitutionName', on: 'Issuer', spec: 'issuer.name' },
  GradingTableExtension: { property: 'GradingTableURL', aliases: ['GradingTable'], on: 'Issuer', spec: null },
  InstitutionCountryExtension: { property: 'InstitutionCountry', on: 'Issuer', spec: 'issuer.country' },
})

/**
 * The name of a known edubadges extension.
 *
 * @example
 * ```ts
 * const name: EdubadgesExtensionName = 'EQFExtension'
 * ```
 */
export type EdubadgesExtensionName = keyof typeof EDUBADGES_EXTENSIONS
