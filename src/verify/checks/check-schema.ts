import type { Ob3SchemaValidator } from '../../schema/validate-ob3-schema.js'
import { addError, type CheckContext } from '../check-context.js'
import { checkTypedTerms } from './check-typed-terms.js'
import type { VerificationError } from '../types.js'

const OB_TYPES = ['OpenBadgeCredential', 'AchievementCredential']

/**
 * The `schema` check: the credential is an OB 3.0 credential (`type`) and passes the 1EdTech
 * AchievementCredential JSON Schema, after single values are wrapped in arrays (lenient reading of
 * compacted JSON-LD; a warning says where for VCDM 2.0 input).
 */
export function checkSchema(ctx: CheckContext, validate: Ob3SchemaValidator, warnings: VerificationError[]): void {
  const types = ctx.credential.type
  const list = Array.isArray(types) ? types : [types]
  if (!list.includes('VerifiableCredential') || !list.some((t) => OB_TYPES.includes(t as string))) {
    addError(ctx, 'schema', 'MALFORMED_VALUE_ERROR', 'type must include VerifiableCredential and OpenBadgeCredential (or AchievementCredential)', '$.type')
  }
  const result = validate(ctx.credential)
  for (const f of result.findings) addError(ctx, 'schema', 'SCHEMA_VIOLATION', f.message, f.path)
  checkTypedTerms(ctx)
  if (result.normalised.length > 0 && !result.upgradedFromVcdm11) {
    warnings.push({
      code: 'SCHEMA_NORMALISED',
      check: 'schema',
      message: `single values where the 1EdTech schema wants arrays: ${result.normalised.join(', ')}`,
    })
  }
}
