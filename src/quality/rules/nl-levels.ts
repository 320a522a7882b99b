import { NLQF_TO_EQF } from '../../model/levels.js'
import type { CodeRule, RuleHit } from '../rule.js'
import { alignments } from '../rule-helpers.js'
import { show, toon } from './core-readers.js'

/** The EQF level an NLQF code implies (`null`: entry level, no EQF), or `undefined` for an unknown code. */
function impliedEqf(code: unknown): number | null | undefined {
  return typeof code === 'string' && Object.hasOwn(NLQF_TO_EQF, code) ? NLQF_TO_EQF[code] : undefined
}

/** The hit for one EQF alignment against the NLQF level, or `undefined` when they agree. */
function compare(nlqf: string, implied: number | null, eqfCode: unknown, path: string): RuleHit | undefined {
  // A malformed EQF code is reported by EU-M8.
  if (typeof eqfCode !== 'string' || !/^[1-8]$/.test(eqfCode)) return undefined
  if (implied === null) {
    return {
      path,
      message: {
        en: `EQF level ${eqfCode} is given with the NLQF entry level, which has no EQF level: remove the EQF alignment or correct the NLQF level`,
        nl: `EQF-niveau ${eqfCode} is gegeven bij het NLQF-instroomniveau, dat geen EQF-niveau heeft: verwijder de EQF-alignment of corrigeer het NLQF-niveau`,
      },
    }
  }
  if (eqfCode === String(implied)) return undefined
  return {
    path,
    message: {
      en: `EQF level ${eqfCode} and NLQF level ${nlqf} disagree: NLQF ${nlqf} is EQF ${implied}`,
      nl: `EQF-niveau ${eqfCode} en NLQF-niveau ${nlqf} komen niet overeen: NLQF ${nlqf} is EQF ${implied}`,
    },
  }
}

/**
 * NL-LEVELS: when both an `ext:NLQF` and an `ext:EQF` alignment are given they agree (NLQF n = EQF n for
 * 1-8, NLQF 4+ = EQF 4, NLQF entry = no EQF level); an unknown NLQF code is an error too.
 *
 * @example
 * ```ts
 * evaluateQuality(cred, { profile: 'mbo' }).findings.filter((f) => f.rule === 'NL-LEVELS')
 * // EQF "5" with NLQF "4" → error at $.credentialSubject.achievement.alignment[4].targetCode
 * ```
 */
export const nlLevels: CodeRule = {
  kind: 'code',
  id: 'NL-LEVELS',
  severity: 'error',
  sets: ['nl'],
  title: {
    en: 'EQF and NLQF levels agree (NLQF n = EQF n; NLQF 4+ = EQF 4; NLQF entry level has no EQF level).',
    nl: 'EQF- en NLQF-niveau komen overeen (NLQF n = EQF n; NLQF 4+ = EQF 4; het NLQF-instroomniveau heeft geen EQF-niveau).',
  },
  source: 'NLQF (Nuffic, NCP NLQF)',
  check({ achievement }): RuleHit[] {
    const hits: RuleHit[] = []
    const eqf = alignments(achievement, 'ext:EQF')
    for (const { alignment, path } of alignments(achievement, 'ext:NLQF')) {
      const code = alignment.targetCode
      const implied = impliedEqf(code)
      if (implied === undefined) {
        hits.push({ path: `${path}.targetCode`, message: { en: `NLQF level ${show(code)} does not exist: use "entry", "1" to "8" or "4+"`, nl: `NLQF-niveau ${toon(code)} bestaat niet: gebruik "entry", "1" tot en met "8" of "4+"` } })
        continue
      }
      for (const e of eqf) {
        const hit = compare(code as string, implied, e.alignment.targetCode, `${e.path}.targetCode`)
        if (hit) hits.push(hit)
      }
    }
    return hits
  },
}
