import type { CodeRule, RuleHit } from '../rule.js'
import { asArray, asObject, issuerOf } from '../rule-helpers.js'
import { show, toon } from './core-readers.js'

/**
 * Formats of the Dutch organisation identifiers on `issuer.otherIdentifier[]`. BRIN/instellingscode: four
 * upper-case letters or digits (`^[0-9A-Z]{4}$`, as the spec checker accepts). Real codes are mostly two
 * digits and two letters (`22OJ`), but the instellingscode that replaced BRIN is only defined as four
 * positions, so the wider pattern avoids rejecting valid codes.
 */
const FORMATS: Readonly<Record<string, { pattern: RegExp; en: string; nl: string }>> = {
  'ext:BRIN': { pattern: /^[0-9A-Z]{4}$/, en: 'four capital letters or digits, e.g. 22OJ', nl: 'vier hoofdletters of cijfers, bijvoorbeeld 22OJ' },
  'ext:RIO': { pattern: /^\d{3}A\d{3}$/, en: 'three digits, "A", three digits, e.g. 123A456', nl: 'drie cijfers, "A", drie cijfers, bijvoorbeeld 123A456' },
  'ext:OIN': { pattern: /^\d{20}$/, en: '20 digits', nl: '20 cijfers' },
  'ext:KvK': { pattern: /^\d{8}$/, en: '8 digits', nl: '8 cijfers' },
}
/** The identifier types that identify an educational institution (a KvK number alone does not). */
const INSTITUTION_TYPES = ['ext:BRIN', 'ext:RIO', 'ext:OIN']

/** An error for an identifier of a known type whose value is malformed. */
function checkFormat(entry: Record<string, unknown>, path: string): RuleHit | undefined {
  const type = entry.identifierType
  const format = typeof type === 'string' ? FORMATS[type] : undefined
  const value = entry.identifier
  if (!format || (typeof value === 'string' && format.pattern.test(value))) return undefined
  const name = (type as string).slice(4)
  return {
    path: `${path}.identifier`,
    severity: 'error',
    message: { en: `${name} ${show(value)} is malformed: a ${name} is ${format.en}`, nl: `${name} ${toon(value)} is onjuist gevormd: een ${name} bestaat uit ${format.nl}` },
  }
}

/**
 * NL-INSTITUTION-ID: the issuer carries an institution identifier in `otherIdentifier[]` (`ext:BRIN`
 * instellingscode, `ext:RIO` onderwijsaanbiedercode or `ext:OIN`; a warning when none), and every BRIN, RIO,
 * OIN or KvK identifier is well-formed (an error when not).
 *
 * @example
 * ```ts
 * evaluateQuality(cred, { profile: 'mbo' }).findings.filter((f) => f.rule === 'NL-INSTITUTION-ID')
 * // { identifierType: 'ext:RIO', identifier: '123456' } → error at $.issuer.otherIdentifier[1].identifier
 * ```
 */
export const nlInstitutionId: CodeRule = {
  kind: 'code',
  id: 'NL-INSTITUTION-ID',
  severity: 'warning',
  sets: ['nl'],
  title: {
    en: 'The issuer carries an institution identifier (instellingscode/BRIN, RIO or OIN); identifiers are well-formed.',
    nl: 'De uitgever heeft een instellingsidentificatie (instellingscode/BRIN, RIO of OIN); identificaties zijn juist gevormd.',
  },
  source: 'Pilot practice (DUO, Logius, KvK)',
  check({ credential }): RuleHit[] {
    const entries = asArray(issuerOf(credential)?.otherIdentifier).map((e, i) => ({ entry: asObject(e), path: `$.issuer.otherIdentifier[${i}]` }))
    const hits: RuleHit[] = []
    for (const { entry, path } of entries) {
      const hit = entry && checkFormat(entry, path)
      if (hit) hits.push(hit)
    }
    if (!entries.some(({ entry }) => INSTITUTION_TYPES.includes(entry?.identifierType as string))) {
      hits.push({
        path: issuerOf(credential) ? '$.issuer.otherIdentifier' : '$.issuer',
        message: {
          en: 'the issuer has no institution identifier: add its instellingscode (identifierType "ext:BRIN"), RIO code ("ext:RIO") or OIN ("ext:OIN") to issuer.otherIdentifier',
          nl: 'de uitgever heeft geen instellingsidentificatie: voeg de instellingscode (identifierType "ext:BRIN"), RIO-code ("ext:RIO") of OIN ("ext:OIN") toe aan issuer.otherIdentifier',
        },
      })
    }
    return hits
  },
}
