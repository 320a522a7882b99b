/**
 * `microcredentials/edubadges`: bring SURF edubadges data into a `MicrocredentialSpec`, and back.
 *
 * - {@link importEdubadges}: edubadges' Open Badges 2.0 JSON (badge class, assertion, issuer; also the
 *   expanded forms with the microcredential fields and the 11 `extensions:*Extension` objects).
 * - {@link importEduCredential}: SURF eduCredentials' OB 3.0 credentials (and this library's own), without loss.
 * - {@link toEdubadgesExtensions}: a spec as edubadges' badge-class extensions and microcredential fields.
 * - {@link splitLearningOutcomes}, {@link EDUBADGES_VALUE_SETS}, {@link EDUBADGES_EXTENSIONS}: the pieces
 *   the mapping is made of (docs/edubadges.md has the full table).
 *
 * Imports never throw for bad data: each value that could not be mapped or had to be interpreted is an
 * {@link ImportNote} in the report, and so is each problem `checkSpec` finds in the resulting spec.
 *
 * @example
 * ```ts
 * import { importEdubadges, toEdubadgesExtensions } from 'microcredentials/edubadges'
 * import { buildCredential } from 'microcredentials'
 * const { spec, report } = importEdubadges(badgeClassJson)
 * report.forEach((n) => console.error(`${n.severity} ${n.path}: ${n.message}`))
 * ```
 * @module edubadges
 */
export { importEdubadges } from './import-edubadges.js'
export { importEduCredential } from './import-edu-credential.js'
export { toEdubadgesExtensions, type ToEdubadgesExtensionsOptions } from './to-edubadges-extensions.js'
export { splitLearningOutcomes, type LearningOutcomeSplit } from './split-learning-outcomes.js'
export {
  EDUBADGES_VALUE_SETS, type EdubadgesKeyOrigin, type EdubadgesSupervisionRow, type EdubadgesValueRow,
} from './value-sets.js'
export { EDUBADGES_EXTENSIONS, EDUBADGES_EXTENSIONS_ROOT, type EdubadgesExtension, type EdubadgesExtensionName } from './extensions.js'
export type { EdubadgesImport, ImportEdubadgesOptions, ImportNote } from './types.js'
