import type { Ob3SchemaValidator } from '../../schema/validate-ob3-schema.js'
import { addError, type CheckContext } from '../check-context.js'
import { checkTypedTerms } from './check-typed-terms.js'
import type { VerificationError } from '../types.js'

const OB_TYPES = ['OpenBadgeCredential', 'AchievementCredential']
const ENDORSEMENT_TYPES = ['EndorsementCredential']

/**
 * The `schema` check: the credential is an OB 3.0 credential (`type`) and passes the 1EdTech
 * AchievementCredential JSON Schema, after single values are wrapped in arrays (lenient reading of
 * compacted JSON-LD; a warning says where for VCDM 2.0 input). For an embedded endorsement (`kind`
 * `endorsement`): `type` has `VerifiableCredential` and `EndorsementCredential`, and `validate` is the
 * EndorsementCredential validator.
 */
export function checkSchema(ctx: CheckContext, validate: Ob3SchemaValidator, warnings: VerificationError[], kind: 'credential' | 'endorsement' = 'credential'): void {
  const types = ctx.credential.type
  const list = Array.isArray(types) ? types : [types]
  const wanted = kind === 'endorsement' ? ENDORSEMENT_TYPES : OB_TYPES
  if (!list.includes('VerifiableCredential') || !list.some((t) => wanted.includes(t as string))) {
    const message = kind === 'endorsement' ? 'type must include VerifiableCredential and EndorsementCredential' : 'type must include VerifiableCredential and OpenBadgeCredential (or AchievementCredential)'
    addError(ctx, 'schema', 'MALFORMED_VALUE_ERROR', message, '$.type')
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
