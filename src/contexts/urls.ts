/**
 * URLs of the JSON-LD contexts the library knows, pinned in `contexts/manifest.json`.
 *
 * @module contexts
 */

/** VC Data Model 2.0 base context. */
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2'
/** VC Data Model 1.1 base context (legacy input only). */
export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1'
/** Current Open Badges 3.0 context. */
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
/** Every Open Badges 3.0 context generation a verifier accepts. */
export const OB_V3_CONTEXTS = [
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
  OB_V3_CONTEXT,
] as const
/** 1EdTech extensions context (`1EdTechJsonSchemaValidator2019`, `1EdTechRevocationList`, ...). */
export const OB_EXTENSIONS_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json'
/** This library's microcredential profile context (edubadges-compatible terms). */
export const MICROCREDENTIALS_CONTEXT = 'https://w3id.org/microcredentials/v1'
/** Data Integrity v2 context (for proofs on VCDM 1.1 documents). */
export const DATA_INTEGRITY_V2_CONTEXT = 'https://w3id.org/security/data-integrity/v2'
/** Ed25519Signature2020 suite context. */
export const ED25519_2020_CONTEXT = 'https://w3id.org/security/suites/ed25519-2020/v1'
/** Multikey context. */
export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1'
/** DID Core v1 context. */
export const DID_V1_CONTEXT = 'https://www.w3.org/ns/did/v1'
/** The VCDM 2.0 undefined-terms context: defines `@vocab`, so it is only served when allowed. */
export const UNDEFINED_TERMS_CONTEXT = 'https://www.w3.org/ns/credentials/undefined-terms/v2'
