/**
 * URLs of the JSON-LD contexts the library knows, pinned in `contexts/manifest.json`.
 *
 * @module contexts
 */

/**
 * VC Data Model 2.0 base context: the first `@context` entry of every credential this library builds.
 *
 * @example
 * ```ts
 * import { VC_V2_CONTEXT } from 'microcredentials'
 * credential['@context'][0] === VC_V2_CONTEXT // true for OB 3.0 / VCDM 2.0 credentials
 * ```
 */
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2'

/**
 * VC Data Model 1.1 base context (legacy input only).
 *
 * @example
 * ```ts
 * import { VC_V1_CONTEXT } from 'microcredentials'
 * const isLegacy = credential['@context'][0] === VC_V1_CONTEXT
 * ```
 */
export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1'

/**
 * Current Open Badges 3.0 context, the one this library writes.
 *
 * @example
 * ```ts
 * import { OB_V3_CONTEXT, VC_V2_CONTEXT } from 'microcredentials'
 * const context = [VC_V2_CONTEXT, OB_V3_CONTEXT]
 * ```
 */
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'

/**
 * Every Open Badges 3.0 context generation a verifier accepts.
 *
 * @example
 * ```ts
 * import { OB_V3_CONTEXTS } from 'microcredentials'
 * const accepted: readonly string[] = OB_V3_CONTEXTS
 * accepted.includes('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json') // true
 * ```
 */
export const OB_V3_CONTEXTS = [
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
  OB_V3_CONTEXT,
] as const

/**
 * 1EdTech extensions context (`1EdTechJsonSchemaValidator2019`, `1EdTechRevocationList`, ...).
 *
 * @example
 * ```ts
 * import { OB_EXTENSIONS_CONTEXT, OB_V3_CONTEXT, VC_V2_CONTEXT } from 'microcredentials'
 * const context = [VC_V2_CONTEXT, OB_V3_CONTEXT, OB_EXTENSIONS_CONTEXT]
 * ```
 */
export const OB_EXTENSIONS_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json'

/**
 * This library's microcredential profile context (edubadges-compatible terms).
 *
 * @example
 * ```ts
 * import { MICROCREDENTIALS_CONTEXT } from 'microcredentials'
 * const usesProfile = credential['@context'].includes(MICROCREDENTIALS_CONTEXT)
 * ```
 */
export const MICROCREDENTIALS_CONTEXT = 'https://w3id.org/microcredentials/v1'

/**
 * Data Integrity v2 context (for proofs on VCDM 1.1 documents).
 *
 * @example
 * ```ts
 * import { DATA_INTEGRITY_V2_CONTEXT, VC_V1_CONTEXT } from 'microcredentials'
 * const legacyContext = [VC_V1_CONTEXT, DATA_INTEGRITY_V2_CONTEXT]
 * ```
 */
export const DATA_INTEGRITY_V2_CONTEXT = 'https://w3id.org/security/data-integrity/v2'

/**
 * Ed25519Signature2020 suite context; `issueCredential` adds it when signing with that format.
 *
 * @example
 * ```ts
 * import { ED25519_2020_CONTEXT } from 'microcredentials'
 * const signed = await issueCredential(credential, signer, { format: 'Ed25519Signature2020' })
 * const contexts = signed['@context'] as string[]
 * contexts.includes(ED25519_2020_CONTEXT) // true
 * ```
 */
export const ED25519_2020_CONTEXT = 'https://w3id.org/security/suites/ed25519-2020/v1'

/**
 * Multikey context: the `@context` of a Multikey key file or verification method.
 *
 * @example
 * ```ts
 * import { MULTIKEY_CONTEXT } from 'microcredentials'
 * exportKeyPair(keyPair)['@context'] === MULTIKEY_CONTEXT // true
 * ```
 */
export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1'

/**
 * DID Core v1 context, for `did:web` controller documents passed in `documents`.
 *
 * @example
 * ```ts
 * import { DID_V1_CONTEXT, MULTIKEY_CONTEXT } from 'microcredentials'
 * const { id, controller, publicKeyMultibase } = keyPair // controller: 'did:web:school.nl'
 * const didDocument = { '@context': [DID_V1_CONTEXT, MULTIKEY_CONTEXT], id: controller, assertionMethod: [{ id, type: 'Multikey', controller, publicKeyMultibase }] }
 * ```
 */
export const DID_V1_CONTEXT = 'https://www.w3.org/ns/did/v1'

/**
 * The VCDM 2.0 undefined-terms context: defines `@vocab`, so it is only served when allowed.
 *
 * @example
 * ```ts
 * import { UNDEFINED_TERMS_CONTEXT, createDocumentLoader } from 'microcredentials'
 * const loader = createDocumentLoader({ allowUndefinedTerms: true })
 * loader.trustedContexts.has(UNDEFINED_TERMS_CONTEXT) // true
 * ```
 */
export const UNDEFINED_TERMS_CONTEXT = 'https://www.w3.org/ns/credentials/undefined-terms/v2'

/**
 * The official URL of the 1EdTech OB 3.0 AchievementCredential JSON Schema (bundled as
 * `schemas/1edtech/ob_v3p0_achievementcredential_schema.json`).
 *
 * @example
 * ```ts
 * credential.credentialSchema = [{ id: OB_ACHIEVEMENT_CREDENTIAL_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }]
 * ```
 */
export const OB_ACHIEVEMENT_CREDENTIAL_SCHEMA = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json'

/**
 * The official URL of the 1EdTech OB 3.0 EndorsementCredential JSON Schema, listed in the
 * `credentialSchema` of endorsements this library issues. (The package validates with a copy derived
 * from the AchievementCredential schema's definitions: `schemas/1edtech/SOURCES.md`.)
 *
 * @example
 * ```ts
 * import { OB_ENDORSEMENT_CREDENTIAL_SCHEMA } from 'microcredentials'
 * endorsement.credentialSchema = [{ id: OB_ENDORSEMENT_CREDENTIAL_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }]
 * ```
 */
export const OB_ENDORSEMENT_CREDENTIAL_SCHEMA = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json'

/**
 * Base URL of this library's quality-rule schemas (`schemas/quality/<file>` in the package).
 *
 * @example
 * ```ts
 * `${QUALITY_SCHEMA_BASE}mbo-pilot.schema.json`
 * ```
 */
export const QUALITY_SCHEMA_BASE = 'https://w3id.org/microcredentials/schemas/quality/'

/**
 * The JsonWebKey verification method context (`publicKeyJwk`), for P-256 and RSA keys and did:jwk
 * documents.
 *
 * @example
 * ```ts
 * import { DID_V1_CONTEXT, JWK_CONTEXT } from 'microcredentials'
 * const didDocument = { '@context': [DID_V1_CONTEXT, JWK_CONTEXT], id: controller, assertionMethod: [{ id, type: 'JsonWebKey', controller, publicKeyJwk }] }
 * ```
 */
export const JWK_CONTEXT = 'https://w3id.org/security/jwk/v1'
