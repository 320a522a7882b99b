/** Internal: edubadges' `EducationProgramIdentifier` values and the spec's `programmes[]`, both ways. */
import type { ProgrammeCodeSpec } from '../model/achievement-spec.js'
import { describeValue, type ImportContext } from './import-context.js'

/** A RIO opleidingseenheidcode: 4 digits, the letter O, 4 digits. */
const RIO_CODE = /^\d{4}O\d{4}$/

/**
 * Reads programme codes: a number, a list of numbers, a string or the stringified list the edubadges
 * OB3 export writes (`"[56823]"`). 5-digit codes are CREBO codes for mbo and CROHO codes otherwise
 * (edubadges does not say which register); RIO opleidingseenheidcodes are RIO; other digit strings are
 * kept as RIO codes with a warning (the quality rules then flag them).
 *
 * @example
 * ```ts
 * readProgrammeCodes(ctx, [56823], '$.x', false) // [{ system: 'CROHO', code: '56823' }]
 * ```
 */
export function readProgrammeCodes(ctx: ImportContext, raw: unknown, path: string, mbo: boolean): ProgrammeCodeSpec[] {
  const tokens: string[] = []
  const items = Array.isArray(raw) ? raw : [raw]
  for (const item of items) {
    if (typeof item === 'number' && Number.isInteger(item) && item >= 0) tokens.push(String(item))
    else if (typeof item === 'string') tokens.push(...item.split(/[\s,;[\]"']+/).filter((t) => t !== ''))
    else ctx.warn(path, `programme code ${describeValue(item)} is not a whole number or a code: not imported`)
  }
  if (typeof raw === 'string' && tokens.length > 0 && !/^\s*\d+\s*$/.test(raw)) ctx.info(path, `read the programme code list ${describeValue(raw)} as ${tokens.join(', ')}`)
  const out: ProgrammeCodeSpec[] = []
  let fiveDigit = false
  for (const code of tokens) {
    let p: ProgrammeCodeSpec | undefined
    if (/^\d{5}$/.test(code)) { p = { system: mbo ? 'CREBO' : 'CROHO', code }; fiveDigit = true }
    else if (RIO_CODE.test(code)) p = { system: 'RIO', code }
    else if (/^\d+$/.test(code)) {
      p = { system: 'RIO', code }
      ctx.warn(path, `programme code ${code} is neither a 5-digit CROHO/CREBO code nor a RIO opleidingseenheidcode (1234O5678): kept as a RIO code, check it`)
    } else ctx.warn(path, `programme code ${describeValue(code)} is not a code: not imported`)
    const found = p
    if (found !== undefined && !out.some((o) => o.system === found.system && o.code === found.code)) out.push(found)
  }
  if (fiveDigit) {
    ctx.info(path, mbo
      ? '5-digit programme codes read as CREBO (the badge class is mbo); edubadges does not record the register'
      : '5-digit programme codes read as CROHO (hbo/wo); edubadges does not record the register: use CREBO for an mbo qualification')
  }
  ctx.use(path)
  return out
}

/**
 * Programme codes → edubadges' numbers (only all-digit codes; a RIO opleidingseenheidcode is no number).
 *
 * @example
 * ```ts
 * writeProgrammeCodes([{ system: 'CREBO', code: '25655' }]) // [25655]
 * ```
 */
export function writeProgrammeCodes(programmes: readonly ProgrammeCodeSpec[] | undefined): number[] {
  return (programmes ?? []).filter((p) => /^\d+$/.test(p.code)).map((p) => Number(p.code))
}
