import { addError, type CheckContext } from '../check-context.js'
import type { VerificationError, VerificationResult } from '../types.js'

/** Default `limits.maxEndorsements`: embedded endorsements verified per verification, nested ones included. */
export const DEFAULT_MAX_ENDORSEMENTS = 50
/** Default `limits.maxEndorsementDepth`: an endorsement in an endorsement is depth 2. */
export const DEFAULT_MAX_ENDORSEMENT_DEPTH = 2

/** Where the document being checked sits: `$` at depth 0 for the credential, else the endorsement's path. */
export interface EndorsementPosition {
  depth: number
  /** JSON path of the document in the top-level credential. */
  path: string
}

/** The count shared by every run of one verification. */
export interface EndorsementCount {
  count: number
  /** True once the count limit has been reported (it is reported once). */
  exceeded: boolean
}

/** Verifies one embedded endorsement with the full pipeline (the caller's `run`). */
export type VerifyEndorsement = (endorsement: Record<string, unknown> | string, at: EndorsementPosition) => Promise<VerificationResult>

/** An `endorsement` or `endorsementJwt` member found in the document. */
interface Found {
  key: 'endorsement' | 'endorsementJwt'
  /** JSON path relative to the document (`$.issuer.endorsement`). */
  path: string
  value: unknown
}

/**
 * The `endorsements` check (OB 3.0 verification step 6): every `endorsement` member anywhere in the
 * document (on the credential, its issuer, the achievement, the achievement's creator, any Profile or
 * Achievement) holds EndorsementCredentials, each verified with the same checks as a credential, run
 * by `verify`. An endorsement's failures become errors of this check: the original code is kept, the
 * path is the endorsement's path in the top-level credential followed by the original path, and the
 * message starts `endorsement <path>: <check>/<code>: `. Errors of nested endorsements come back
 * already in that form. `endorsementJwt` entries (VC-JWT endorsements) are verified the same way.
 * Endorsements deeper than `limits.maxEndorsementDepth`, and any beyond `limits.maxEndorsements`, are
 * not verified and fail with `RESOURCE_LIMIT_EXCEEDED`. Skipped when there is no embedded endorsement.
 */
export async function checkEndorsements(
  ctx: CheckContext,
  warnings: VerificationError[],
  at: EndorsementPosition,
  shared: EndorsementCount,
  verify: VerifyEndorsement,
): Promise<void> {
  const maxCount = ctx.limits.maxEndorsements ?? DEFAULT_MAX_ENDORSEMENTS
  const maxDepth = ctx.limits.maxEndorsementDepth ?? DEFAULT_MAX_ENDORSEMENT_DEPTH
  const found: Found[] = []
  collect(ctx.credential, '$', found)
  let embedded = 0
  for (const member of found) {
    const path = absolute(at.path, member.path)
    const list = Array.isArray(member.value) ? member.value : [member.value]
    const itemPath = (i: number): string => (Array.isArray(member.value) ? `${path}[${i}]` : path)
    if (list.length === 0) continue
    embedded += list.length
    if (at.depth + 1 > maxDepth) {
      addError(ctx, 'endorsements', 'RESOURCE_LIMIT_EXCEEDED', `endorsement ${path}: ${list.length} endorsement(s) nested deeper than ${maxDepth} levels (limits.maxEndorsementDepth) are not verified`, path)
      continue
    }
    for (const [i, entry] of list.entries()) {
      if (shared.exceeded) return
      if (++shared.count > maxCount) {
        shared.exceeded = true
        addError(ctx, 'endorsements', 'RESOURCE_LIMIT_EXCEEDED', `endorsement ${itemPath(i)}: more than ${maxCount} embedded endorsements (limits.maxEndorsements); this one and any later ones are not verified`, itemPath(i))
        return
      }
      const shapeProblem = member.key === 'endorsementJwt'
        ? (typeof entry === 'string' ? undefined : 'an endorsementJwt entry must be a compact JWS string')
        : (typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? undefined : 'an endorsement must be an embedded EndorsementCredential (a JSON object)')
      if (shapeProblem) {
        addError(ctx, 'endorsements', 'PARSING_ERROR', `endorsement ${itemPath(i)}: parse/PARSING_ERROR: ${shapeProblem}`, itemPath(i))
        continue
      }
      const result = await verify(entry as Record<string, unknown> | string, { depth: at.depth + 1, path: itemPath(i) })
      for (const e of result.errors) {
        const mapped = relocate(e, itemPath(i))
        addError(ctx, 'endorsements', mapped.code, mapped.message, mapped.path)
      }
      for (const w of result.warnings) warnings.push(relocate(w, itemPath(i)))
    }
  }
  if (embedded === 0) ctx.skipped.set('endorsements', 'no embedded endorsements')
}

/** An error or warning of an endorsement's run, as one of this check. Nested `endorsements` findings are already in place. */
function relocate(e: VerificationError, endorsementPath: string): VerificationError {
  if (e.check === 'endorsements') return e
  return { code: e.code, check: 'endorsements', message: `endorsement ${endorsementPath}: ${e.check}/${e.code}: ${e.message}`, path: absolute(endorsementPath, e.path ?? '$') }
}

/** `base` followed by a path relative to it (`$.proof[0]` under `$.endorsement[0]` → `$.endorsement[0].proof[0]`). */
function absolute(base: string, relative: string): string {
  return `${base}${relative.slice(1)}`
}

/** Finds `endorsement` and `endorsementJwt` members, in document order, without entering an endorsement. */
function collect(value: unknown, path: string, found: Found[]): void {
  if (typeof value !== 'object' || value === null) return
  if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, `${path}[${i}]`, found))
    return
  }
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}${/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`}`
    if (key === 'endorsement' || key === 'endorsementJwt') found.push({ key, path: childPath, value: child })
    else if (key !== '@context') collect(child, childPath, found)
  }
}
