/**
 * The typed model: Open Badges 3.0 classes (spec names), the Dutch microcredential profile terms and
 * value sets, the pilot quality frameworks, and the `MicrocredentialSpec` input model.
 *
 * @example
 * ```ts
 * import type { OpenBadgeCredential, MicrocredentialSpec } from 'microcredentials'
 * import { QUALITY_FRAMEWORKS, ASSESSMENT_TYPES } from 'microcredentials'
 * ```
 * @module model
 */
export type {
  Address, AchievementType, AlignmentTargetType, ClassTypes, GeoCoordinates, IdentifierEntry, IdentifierType,
  IdentityObject, Image, JsonLdContext, ResultStatusType, ResultType,
} from './ob3-base.js'
export type { Profile, ProfileRef } from './profile.js'
export type { Achievement, Alignment, Criteria, Related, ResultDescription, RubricCriterionLevel } from './achievement.js'
export type { AchievementSubject, Evidence, Result } from './achievement-subject.js'
export type {
  AchievementCredential, CredentialSchema, CredentialStatus, EndorsementCredential, EndorsementSubject,
  OpenBadgeCredential, Proof, RefreshService, TermsOfUse,
} from './credential.js'
export {
  EDUCREDENTIAL_ACHIEVEMENT_TYPE, PROFILE_TERMS,
  type MicrocredentialAchievement, type MicrocredentialProfileTerms, type StackingTarget,
} from './profile-terms.js'
export {
  ACHIEVEMENT_KINDS, ALIGNMENT_TARGET_TYPES, ASSESSMENT_TYPES, INSTITUTION_IDENTIFIER_TYPES, KIND_ACHIEVEMENT_TYPES,
  PARTICIPATION_TYPES, PROGRAMME_IDENTIFIER_TYPES, RECIPIENT_IDENTITY_TYPES, SECTORS, STACKABILITY_OPTIONS,
  SUPERVISION_IDENTITY_CHECKED, SUPERVISION_TYPES,
  type AchievementKind, type AssessmentType, type ParticipationType, type ProgrammeCodeSystem, type Sector,
  type Stackability, type SupervisionType,
} from './vocabulary.js'
export { EQF_LEVELS, EQF_URI_BASE, NLQF_LEVELS, NLQF_TO_EQF, NLQF_URIS, type EqfLevel, type NlqfLevel } from './levels.js'
export { QUALITY_FRAMEWORKS, type QualityFramework, type QualityFrameworkPreset } from './quality-frameworks.js'
export type {
  AchievementSpec, AlignmentSpec, AssessmentSpec, CriteriaSpec, GradeScaleSpec, ImageSpec, LearningOutcomeSpec,
  LevelSpec, ProgrammeCodeSpec, QualityAgreementCustom, QualityAgreementSpec, StackabilitySpec, WorkloadSpec,
} from './achievement-spec.js'
export type {
  AddressSpec, DatesSpec, EvidenceSpec, FacultySpec, InstitutionIdentifiersSpec, IssuerSpec, MicrocredentialSpec,
  RecipientSpec, ResultSpec,
} from './microcredential-spec.js'
export type {
  AuditEvent, CredentialState, IssuanceRecord, IssuanceStore, IssueOutcome, IssueRequest, StatusAction,
  StatusAllocation, StatusChangeOptions, StatusListInfo, StatusPurpose,
} from './issuance-store.js'
