import { OB_ACHIEVEMENT_CREDENTIAL_SCHEMA, OB_ENDORSEMENT_CREDENTIAL_SCHEMA, OB_EXTENSIONS_CONTEXT, QUALITY_SCHEMA_BASE } from '../contexts/urls.js'
import { isEndorsementCredential } from '../lib/credential-kind.js'
import { PROFILE_SETS } from '../quality/profiles.js'
import { QUALITY_SCHEMA_FILES } from '../quality/quality-schemas.js'
import type { ProfileName } from '../quality/rule.js'

/**
 * Which schemas an issued credential lists in `credentialSchema`: `official` (default) the 1EdTech
 * AchievementCredential schema (an EndorsementCredential: the EndorsementCredential schema); `all` also the quality schemas of the profile it was checked under
 * (host those files at their URLs first: a verifier may fetch every listed schema); `none` leaves the
 * credential as given.
 *
 * @example
 * ```ts
 * await issueCredential(credential, signer, { listSchemas: 'all' })
 * ```
 */
export type ListSchemas = 'official' | 'all' | 'none'

/** Adds `credentialSchema` entries (and the 1EdTech extensions context that defines their type), in place. */
export function listSchemas(credential: Record<string, unknown>, mode: ListSchemas, profile: ProfileName): void {
  if (mode === 'none') return
  const urls = [isEndorsementCredential(credential) ? OB_ENDORSEMENT_CREDENTIAL_SCHEMA : OB_ACHIEVEMENT_CREDENTIAL_SCHEMA]
  if (mode === 'all') for (const set of PROFILE_SETS[profile]) { const file = QUALITY_SCHEMA_FILES[set]; if (file) urls.push(`${QUALITY_SCHEMA_BASE}${file}`) }
  const existing = Array.isArray(credential.credentialSchema) ? (credential.credentialSchema as Array<{ id?: unknown }>) : credential.credentialSchema ? [credential.credentialSchema as { id?: unknown }] : []
  const missing = urls.filter((id) => !existing.some((e) => e?.id === id))
  if (missing.length === 0) return
  credential.credentialSchema = [...existing, ...missing.map((id) => ({ id, type: '1EdTechJsonSchemaValidator2019' }))]
  const contexts = credential['@context'] as unknown[]
  if (!contexts.includes(OB_EXTENSIONS_CONTEXT)) credential['@context'] = [...contexts, OB_EXTENSIONS_CONTEXT]
}
