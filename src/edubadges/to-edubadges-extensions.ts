/**
 * Exporting a `MicrocredentialSpec` back to edubadges' OB 2.0 badge-class extensions and microcredential fields.
 *
 * @module edubadges
 */
import type { ImageSpec } from '../model/achievement-spec.js'
import { NLQF_TO_EQF } from '../model/levels.js'
import type { MicrocredentialSpec } from '../model/microcredential-spec.js'
import { EDUBADGES_EXTENSIONS, EDUBADGES_EXTENSIONS_ROOT, type EdubadgesExtensionName } from './extensions.js'
import { bcp47ToEdubadgesLanguage } from './language-tags.js'
import { learningOutcomesToMarkdown } from './learning-outcomes-markdown.js'
import { badgeClassTypeOf, supervisionToBooleans, writeKeyedValues } from './map-values.js'
import { writeProgrammeCodes } from './programme-codes.js'
import { qualityAgreementFields } from './quality-agreement.js'

/**
 * Options of {@link toEdubadgesExtensions}.
 *
 * @example
 * ```ts
 * const options: ToEdubadgesExtensionsOptions = { extensionsRoot: 'https://api.edubadges.nl/extensions/' }
 * ```
 */
export interface ToEdubadgesExtensionsOptions {
  /** Base URL of the extension contexts (`<root><Name>Extension/context.json`). Default {@link EDUBADGES_EXTENSIONS_ROOT}. */
  extensionsRoot?: string
}

/**
 * The edubadges OB 2.0 badge-class data of a spec: the `extensions:<Name>Extension` objects (with
 * `@context` and `type` as edubadges publishes them), the microcredential fields as the expanded
 * badge class has them (`typeBadgeClass`, `participation`, `assessmentType`, `assessmentSupervised`,
 * `assessmentIdVerified`, `qualityAssuranceName/Url/Description`, `stackable`, `eqfNlqfLevelVerified`),
 * the other alignments (`alignment`), and under `issuer` the embedded OB 2.0 Issuer with the
 * institution extensions (edubadges fills those from the institution itself: leave `issuer` out when you
 * send a badge class to edubadges).
 *
 * Merged into a badge class (name, description, criteria, image, id), it imports back with
 * {@link importEdubadges} to the same facts, except what edubadges cannot hold (docs/edubadges.md
 * "What does not round-trip"): grade scale and result, NLQF level, sector other than mbo, RIO/OIN/KvK,
 * address, stacking targets, prerequisites, target group, learning-outcome links, a second quality
 * agreement, `integrated` (written as stackable) and the online/onsite part of supervision.
 *
 * @example
 * ```ts
 * import { importEdubadges, toEdubadgesExtensions } from 'microcredentials/edubadges'
 * const ob2 = toEdubadgesExtensions(spec)
 * ob2['extensions:StudyLoadExtension'] // { '@context': 'https://api.edubadges.nl/extensions/StudyLoadExtension/context.json', type: ['Extension', 'extensions:StudyLoadExtension'], StudyLoad: 240 }
 * const again = importEdubadges({ type: 'BadgeClass', name: 'Wondzorg', description: '…', criteria: { narrative: '…' }, ...ob2 }).spec
 * ```
 */
export function toEdubadgesExtensions(spec: MicrocredentialSpec, options: ToEdubadgesExtensionsOptions = {}): Record<string, unknown> {
  const root = options.extensionsRoot ?? EDUBADGES_EXTENSIONS_ROOT
  const out: Record<string, unknown> = {}
  const put = (name: EdubadgesExtensionName, value: unknown): void => {
    if (value === undefined) return
    out[`extensions:${name}`] = extensionObject(root, name, value)
  }
  const a = spec.achievement
  put('LanguageExtension', a.language === undefined ? undefined : bcp47ToEdubadgesLanguage(a.language))
  const outcomes = (a.learningOutcomes ?? []).map((o) => (typeof o === 'string' ? o : o.text))
  put('LearningOutcomeExtension', outcomes.length === 0 ? undefined : learningOutcomesToMarkdown(outcomes))
  put('EQFExtension', a.level?.eqf ?? (a.level?.nlqf === undefined ? undefined : (NLQF_TO_EQF[String(a.level.nlqf)] ?? undefined)))
  put('ECTSExtension', a.workload?.ects)
  put('StudyLoadExtension', a.workload?.sbu)
  put('TimeInvestmentExtension', a.workload?.hours)
  const codes = writeProgrammeCodes(a.programmes)
  put('EducationProgramIdentifierExtension', codes.length === 0 ? undefined : codes)

  if (a.kind !== undefined) out.typeBadgeClass = badgeClassTypeOf(a.kind)
  const participation = writeKeyedValues('participation', a.participation)
  if (participation !== undefined) out.participation = participation
  const assessment = writeKeyedValues('assessment', a.assessment?.types)
  if (assessment !== undefined) out.assessmentType = assessment
  Object.assign(out, supervisionToBooleans(a.assessment))
  const quality = a.qualityAgreement === undefined ? undefined : Array.isArray(a.qualityAgreement) ? a.qualityAgreement[0] : a.qualityAgreement
  if (quality !== undefined) {
    const q = qualityAgreementFields(quality)
    out.qualityAssuranceName = q.name
    out.qualityAssuranceUrl = q.url
    if (q.text !== undefined) out.qualityAssuranceDescription = q.text
  }
  if (a.stackability?.option !== undefined) out.stackable = a.stackability.option !== 'stand-alone'
  if (a.level?.verified !== undefined) out.eqfNlqfLevelVerified = a.level.verified
  if (a.alignments !== undefined && a.alignments.length > 0) {
    out.alignment = a.alignments.map((al) => ({
      targetName: al.targetName, targetUrl: al.targetUrl,
      ...(al.targetDescription === undefined ? {} : { targetDescription: al.targetDescription }),
      ...(al.targetFramework === undefined ? {} : { targetFramework: al.targetFramework }),
      ...(al.targetCode === undefined ? {} : { targetCode: al.targetCode }),
    }))
  }
  if (spec.issuer !== undefined) out.issuer = issuerObject(root, spec.issuer)
  return out
}

function extensionObject(root: string, name: EdubadgesExtensionName, value: unknown): Record<string, unknown> {
  return { '@context': `${root}${name}/context.json`, type: ['Extension', `extensions:${name}`], [EDUBADGES_EXTENSIONS[name].property]: value }
}

/** The OB 2.0 Issuer: the faculty, when there is one, is the edubadges issuer; the spec's issuer is the institution. */
function issuerObject(root: string, issuer: MicrocredentialSpec['issuer']): Record<string, unknown> {
  const faculty = issuer.faculty
  const out: Record<string, unknown> = { type: 'Issuer' }
  if (faculty?.id !== undefined) out.id = faculty.id
  out.name = faculty?.name ?? issuer.name
  const url = faculty === undefined ? issuer.url : faculty.url
  if (url !== undefined) out.url = url
  if (issuer.email !== undefined) out.email = issuer.email
  if (issuer.description !== undefined) out.description = issuer.description
  if (issuer.image !== undefined) out.image = ob2Image(issuer.image)
  if (issuer.name !== undefined) out['extensions:InstitutionNameExtension'] = extensionObject(root, 'InstitutionNameExtension', issuer.name)
  if (issuer.identifiers?.brin !== undefined) out['extensions:InstitutionIdentifierExtension'] = extensionObject(root, 'InstitutionIdentifierExtension', issuer.identifiers.brin)
  if (issuer.country !== undefined) out['extensions:InstitutionCountryExtension'] = extensionObject(root, 'InstitutionCountryExtension', issuer.country)
  return out
}

function ob2Image(image: ImageSpec): unknown {
  return typeof image === 'string' || image.caption === undefined ? (typeof image === 'string' ? image : image.id) : { type: 'Image', id: image.id, caption: image.caption }
}
