import profileContext from '../../../contexts/microcredentials-v1.json' with { type: 'json' }
import { addError, type CheckContext } from '../check-context.js'

/**
 * The profile terms whose context coerces a value to `xsd:boolean`. For these, JSON-LD signs `false`
 * and `"false"` alike, while a consumer reading the JSON sees a truthy string: so the JSON type must be
 * a real boolean. (The 1EdTech schema already does this for the OB 3.0 terms.)
 */
let booleanTerms: readonly string[] | undefined

function booleanTermsOf(): readonly string[] {
  const scoped = (profileContext['@context'].EducredentialAchievement as { '@context': Record<string, unknown> })['@context']
  return (booleanTerms ??= Object.entries(scoped).filter(([, def]) => (def as { '@type'?: string })?.['@type'] === 'xsd:boolean').map(([term]) => term))
}

/** Part of the `schema` check: boolean-typed profile terms of the achievement hold JSON booleans. */
export function checkTypedTerms(ctx: CheckContext): void {
  const subject = ctx.credential.credentialSubject
  for (const [i, s] of (Array.isArray(subject) ? subject : [subject]).entries()) {
    const achievement = (s as { achievement?: unknown } | undefined)?.achievement
    if (typeof achievement !== 'object' || achievement === null) continue
    const base = Array.isArray(subject) ? `$.credentialSubject[${i}].achievement` : '$.credentialSubject.achievement'
    for (const term of booleanTermsOf()) {
      const value = (achievement as Record<string, unknown>)[term]
      if (value !== undefined && typeof value !== 'boolean') {
        addError(ctx, 'schema', 'SCHEMA_VIOLATION', `${term} must be a JSON boolean (true or false), got ${JSON.stringify(value)}`, `${base}.${term}`)
      }
    }
  }
}
