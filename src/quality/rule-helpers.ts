/** Small readers shared by the code rules. Untrusted input: every reader tolerates any shape. */

/** `value` as an array: arrays as they are, `undefined` as `[]`, anything else wrapped. */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value]
}

/** `value` when it is a plain object, else `undefined`. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

/** `value` when it is a string, else `undefined`. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** The alignments of an achievement with their JSON paths, optionally of one `targetType`. */
export function alignments(achievement: Record<string, unknown> | undefined, targetType?: string): Array<{ alignment: Record<string, unknown>; path: string }> {
  const out: Array<{ alignment: Record<string, unknown>; path: string }> = []
  asArray(achievement?.alignment).forEach((a, i) => {
    const alignment = asObject(a)
    if (alignment && (targetType === undefined || alignment.targetType === targetType)) {
      out.push({ alignment, path: `${ACHIEVEMENT_PATH}.alignment[${i}]` })
    }
  })
  return out
}

/** JSON path of the achievement. */
export const ACHIEVEMENT_PATH = '$.credentialSubject.achievement'

/** The issuer as an object (a string issuer has no profile data). */
export function issuerOf(credential: Record<string, unknown>): Record<string, unknown> | undefined {
  return asObject(credential.issuer)
}
