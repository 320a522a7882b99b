/**
 * The achievement part of a `MicrocredentialSpec`. Each field's TSDoc names the JSON path it
 * lands on in the built credential (`ach` = `$.credentialSubject.achievement`); `docs/spec-mapping.md`
 * has the same table.
 *
 * @module model
 */
import type { AchievementType, ResultType } from './ob3-base.js'
import type { QualityFrameworkPreset } from './quality-frameworks.js'
import type { EqfLevel, NlqfLevel } from './levels.js'
import type {
  AchievementKind, AssessmentType, ParticipationType, ProgrammeCodeSystem, Sector, Stackability, SupervisionType,
} from './vocabulary.js'

/**
 * An image: its URL (or data URI), or `{ id, caption }`. Lands as `{ id, type: 'Image', caption? }`.
 *
 * @example
 * ```ts
 * const img: ImageSpec = { id: 'https://example.nl/badges/wondzorg.png', caption: 'Wondzorg' }
 * ```
 */
export type ImageSpec = string | { id: string; caption?: string }

/**
 * Criteria: a narrative (Markdown) and/or the URL of a criteria page; at least one.
 *
 * @example
 * ```ts
 * const c: CriteriaSpec = { narrative: 'Praktijkexamen met een voldoende afgerond.' }
 * ```
 */
export interface CriteriaSpec {
  /** → `ach.criteria.narrative`. */
  narrative?: string
  /** → `ach.criteria.id`. */
  url?: string
}

/**
 * A learning outcome: its text, or the text with a link to ESCO / CompetentNL.
 *
 * @example
 * ```ts
 * const lo: LearningOutcomeSpec = { text: 'Past aseptische technieken toe bij wondverzorging', url: 'http://data.europa.eu/esco/skill/...', framework: 'ESCO' }
 * ```
 */
export type LearningOutcomeSpec = string | {
  /** → `ach.alignment[i].targetName` (the outcome, written with an observable verb). */
  text: string
  /** ESCO or CompetentNL URI → `ach.alignment[i].targetUrl` (default `<achievement id>#learning-outcome-<n>`). */
  url?: string
  /** → `ach.alignment[i].targetCode`. */
  code?: string
  /** Framework name, e.g. `ESCO`, `CompetentNL` → `ach.alignment[i].targetFramework`. */
  framework?: string
  /** → `ach.alignment[i].targetDescription`. */
  description?: string
}

/**
 * Notional workload; give at least one unit.
 *
 * @example
 * ```ts
 * const w: WorkloadSpec = { sbu: 240 }
 * ```
 */
export interface WorkloadSpec {
  /** ECTS credits (number > 0) → `ach.creditsAvailable` and `ach.ECTS`. */
  ects?: number
  /** SBU, mbo study-load hours (integer ≥ 1) → `ach.SBU`. */
  sbu?: number
  /** Hours (integer ≥ 1) → `ach.timeInvestment`. */
  hours?: number
}

/**
 * Level. When only `nlqf` is given, the EQF level is derived (NLQF n = EQF n, 4+ = 4, entry = none).
 *
 * @example
 * ```ts
 * const l: LevelSpec = { eqf: 4, nlqf: 4, verified: true }
 * ```
 */
export interface LevelSpec {
  /** EQF 1-8 → `ach.alignment[]` with `targetType: 'ext:EQF'`, `targetCode`, `targetUrl: http://data.europa.eu/snb/eqf/<n>`. */
  eqf?: EqfLevel
  /** NLQF 1-8, `'4+'` or `'entry'` → `ach.alignment[]` with `targetType: 'ext:NLQF'` and the EU NQF URI. */
  nlqf?: NlqfLevel
  /** Whether the level is officially confirmed → `ach.levelVerified`. */
  verified?: boolean
}

/**
 * How the learner is assessed.
 *
 * @example
 * ```ts
 * const a: AssessmentSpec = { types: ['application of a skill'], supervision: 'onsite with identity verification' }
 * ```
 */
export interface AssessmentSpec {
  /** Types of assessment (EU Annex I) → `ach.assessmentType[]`. */
  types: AssessmentType[]
  /** Supervision and identity verification → `ach.supervisionType`. */
  supervision?: SupervisionType
  /**
   * Identity verified at assessment → `ach.identityChecked`. Default: derived from `supervision`
   * (`true` for "onsite with identity verification" and "supervised online" (Annex I: "supervised online
   * or onsite with identity verification"), `false` for the two "no identity verification" values).
   * Contradicting "...with identity verification" or "...no identity verification" is a spec problem.
   */
  identityChecked?: boolean
}

/**
 * A custom quality agreement (type of quality assurance).
 *
 * @example
 * ```ts
 * const q: QualityAgreementCustom = { name: 'NVAO-accreditatie', url: 'https://www.nvao.net/' }
 * ```
 */
export interface QualityAgreementCustom {
  /** → `ach.alignment[].targetName` (with `targetType: 'ext:QualityAssurance'`). */
  name: string
  /** → `ach.alignment[].targetUrl` (http or https). */
  url: string
  /** Markdown text shown under the credential → `ach.alignment[].targetDescription`. */
  text?: string
}

/**
 * A quality agreement: a preset (`'mbo-pilot'`, `'hbo-wo-pilot'`, texts in `QUALITY_FRAMEWORKS`) or a custom one.
 *
 * @example
 * ```ts
 * const q: QualityAgreementSpec = 'mbo-pilot'
 * ```
 */
export type QualityAgreementSpec = QualityFrameworkPreset | QualityAgreementCustom

/**
 * Integration / stackability (EU Annex I optional).
 *
 * @example
 * ```ts
 * const s: StackabilitySpec = { option: 'stackable', towards: [{ name: 'Associate degree Zorg', url: 'https://example.nl/ad-zorg' }] }
 * ```
 */
export interface StackabilitySpec {
  /** → `ach.stackability`. */
  option: Stackability
  /** What it stacks towards / is integrated in → `ach.stackableTowards[]` (`{ id: url, name }`). Not for stand-alone. */
  towards?: Array<{ name: string; url?: string }>
}

/**
 * A programme code. CROHO and CREBO codes have 5 digits.
 *
 * @example
 * ```ts
 * const p: ProgrammeCodeSpec = { system: 'CREBO', code: '25491' }
 * ```
 */
export interface ProgrammeCodeSpec {
  /** → `ach.otherIdentifier[].identifierType` (`ext:CROHO`, `ext:CREBO`, `ext:RIO`). */
  system: ProgrammeCodeSystem
  /** → `ach.otherIdentifier[].identifier` and `ach.educationProgramIdentifier[]`. */
  code: string
}

/**
 * Any other alignment, copied to `ach.alignment[]` after the generated ones.
 *
 * @example
 * ```ts
 * const a: AlignmentSpec = { targetName: 'Verpleegkundige', targetUrl: 'http://data.europa.eu/esco/occupation/...', targetType: 'ext:ESCOOccupation' }
 * ```
 */
export interface AlignmentSpec {
  targetName: string
  targetUrl: string
  targetType?: string
  targetCode?: string
  targetDescription?: string
  targetFramework?: string
}

/**
 * The grade scale → `ach.resultDescription[0]`; the learner's grade (spec `result`) links to it.
 *
 * @example
 * ```ts
 * const g: GradeScaleSpec = { name: 'Eindcijfer', valueMin: '1', valueMax: '10', requiredValue: '5.5' }
 * ```
 */
export interface GradeScaleSpec {
  /** → `.id`; default `<achievement id>#grade-scale`. */
  id?: string
  /** → `.name`. */
  name: string
  /** → `.resultType`; default `'Result'`. Use an OB ResultType or `ext:Name`. */
  resultType?: ResultType
  /** → `.valueMin` (a string, e.g. `'1'`). */
  valueMin?: string
  /** → `.valueMax`. */
  valueMax?: string
  /** Pass mark → `.requiredValue`. */
  requiredValue?: string
  /** Ordered allowed values, low to high → `.allowedValue[]`. */
  allowedValues?: string[]
}

/**
 * The achievement: what was learned, at which level and size, how it was assessed and quality-assured.
 *
 * @example
 * ```ts
 * const achievement: AchievementSpec = {
 *   name: 'Wondzorg', description: 'Complexe wondzorg.', criteria: { narrative: 'Praktijkexamen behaald.' },
 *   sector: 'mbo', language: 'nl', workload: { sbu: 240 }, level: { eqf: 4, nlqf: 4 }, qualityAgreement: 'mbo-pilot',
 * }
 * ```
 */
export interface AchievementSpec {
  /** → `ach.id`. Give a stable URL per achievement; default `urn:uuid:<random>`. */
  id?: string
  /** Title → `ach.name` (and `$.name` unless the spec sets `name`). */
  name: string
  /** → `ach.description`. */
  description: string
  /** → `ach.criteria`. */
  criteria: CriteriaSpec
  /** → `ach.image`. */
  image?: ImageSpec
  /** Kind (default `'microcredential'`) → `ach.achievementType` (`MicroCredential`, `Course`, `CoCurricular`). */
  kind?: AchievementKind
  /** Overrides the `achievementType` derived from `kind` → `ach.achievementType`. */
  achievementType?: AchievementType
  /** Sector → `ach.sector`. */
  sector?: Sector
  /** BCP 47 language tag, e.g. `nl`, `en-GB` → `ach.inLanguage`. */
  language?: string
  /** → one `ach.alignment[]` per outcome, `targetType: 'ext:LearningOutcome'`. */
  learningOutcomes?: LearningOutcomeSpec[]
  /** → `ach.creditsAvailable`, `ach.ECTS`, `ach.SBU`, `ach.timeInvestment`. */
  workload?: WorkloadSpec
  /** → EQF/NLQF alignments and `ach.levelVerified`. */
  level?: LevelSpec
  /** → `ach.assessmentType`, `ach.supervisionType`, `ach.identityChecked`. */
  assessment?: AssessmentSpec
  /** Forms of participation → `ach.participationType[]`. */
  participation?: ParticipationType[]
  /** One or more quality agreements → `ach.alignment[]` with `targetType: 'ext:QualityAssurance'`. */
  qualityAgreement?: QualityAgreementSpec | QualityAgreementSpec[]
  /** Prerequisites / entry requirements → `ach.prerequisites`. */
  prerequisites?: string
  /** Target group → `ach.targetGroup`. */
  targetGroup?: string
  /** → `ach.stackability`, `ach.stackableTowards[]`. */
  stackability?: StackabilitySpec
  /** → `ach.otherIdentifier[]` and `ach.educationProgramIdentifier[]`. */
  programmes?: ProgrammeCodeSpec[]
  /** → appended to `ach.alignment[]`. */
  alignments?: AlignmentSpec[]
  /** → `ach.resultDescription[0]`. */
  gradeScale?: GradeScaleSpec
  /** → `ach.fieldOfStudy`. */
  fieldOfStudy?: string
  /** Course code → `ach.humanCode`. */
  humanCode?: string
  /** Keywords → `ach.tag[]`. */
  tags?: string[]
  /** → `ach.version`. */
  version?: string
}
