/**
 * `microcredentials`: build, validate and verify Dutch microcredentials as Open Badges 3.0 credentials.
 * Signing lives in `microcredentials/issue`, keys in `microcredentials/keys`.
 *
 * @example
 * ```ts
 * import { buildCredential, validateCredential, verifyCredential } from 'microcredentials'
 * ```
 * @module microcredentials
 */
export * from './model/index.js'
export * from './build/index.js'
export * from './errors/errors.js'
export type { Finding, Severity, ValidationReport } from './findings/finding.js'
export { validateCredential } from './quality/validate-credential.js'
export type { QualityProfile, ValidateOptions } from './quality/validate-credential.js'
export { validateSpec } from './quality/validate-spec.js'
export type { QualityReport } from './quality/evaluate-quality.js'
export { qualityRules } from './quality/catalogue.js'
export { renderRuleDocs } from './quality/render-rule-docs.js'
export { detectProfile } from './quality/profiles.js'
export type { CodeRule, Message, ProfileName, Rule, RuleContext, RuleHit, RuleInfo, RuleSet, SchemaRule } from './quality/rule.js'
export * from './verify/index.js'
export { createBitstring, decodeList, DEFAULT_MAX_LIST_BYTES, encodeList, getBit, MIN_STATUS_LIST_LENGTH, setBit, StatusListError } from './status/bitstring.js'
export type { DecodeListOptions } from './status/bitstring.js'
export * from './contexts/urls.js'
