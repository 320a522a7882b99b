import { createEndorsementSchemaValidator, createOb3SchemaValidator, type Ob3SchemaValidator } from '../../schema/validate-ob3-schema.js'
import { isEndorsementCredential } from '../../lib/credential-kind.js'
import type { CodeRule, RuleHit } from '../rule.js'

let validate: Ob3SchemaValidator | undefined
let validateEndorsement: Ob3SchemaValidator | undefined

/**
 * OB3-SCHEMA: the credential passes the 1EdTech OB 3.0 AchievementCredential JSON Schema (arrays
 * required); an EndorsementCredential the EndorsementCredential schema (derived from 1EdTech's).
 */
export const ob3Schema: CodeRule = {
  kind: 'code',
  id: 'OB3-SCHEMA',
  severity: 'error',
  sets: ['ob3'],
  title: {
    en: 'The credential passes the 1EdTech Open Badges 3.0 AchievementCredential JSON Schema.',
    nl: 'De credential voldoet aan het JSON-schema AchievementCredential van 1EdTech Open Badges 3.0.',
  },
  source: 'Open Badges 3.0',
  check(context): RuleHit[] {
    const endorsement = isEndorsementCredential(context.credential)
    const check = endorsement ? (validateEndorsement ??= createEndorsementSchemaValidator()) : (validate ??= createOb3SchemaValidator())
    const { findings } = check(context.credential, { normaliseSingleValues: false })
    return findings.map((f) => ({
      path: f.path,
      message: {
        en: f.message,
        nl: f.message
          .replace('1EdTech AchievementCredential schema:', '1EdTech-schema AchievementCredential:')
          .replace('EndorsementCredential schema (derived from 1EdTech):', 'schema EndorsementCredential (afgeleid van 1EdTech):'),
      },
    }))
  },
}
