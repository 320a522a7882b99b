/**
 * Internal: what kind of OB 3.0 credential a JSON object says it is.
 *
 * @module lib
 */

/** True for an EndorsementCredential: its `type` names it, and no AchievementCredential type. */
export function isEndorsementCredential(credential: unknown): boolean {
  const type = (credential as { type?: unknown } | null)?.type
  const types = Array.isArray(type) ? type : [type]
  return types.includes('EndorsementCredential') && !types.includes('OpenBadgeCredential') && !types.includes('AchievementCredential')
}
