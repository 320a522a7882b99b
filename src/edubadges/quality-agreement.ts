/** Internal: edubadges' three quality-assurance fields and the spec's `qualityAgreement`, both ways. */
import type { QualityAgreementCustom, QualityAgreementSpec } from '../model/achievement-spec.js'
import { QUALITY_FRAMEWORKS, type QualityFrameworkPreset } from '../model/quality-frameworks.js'

const PRESETS = Object.keys(QUALITY_FRAMEWORKS) as QualityFrameworkPreset[]

const same = (a: string | undefined, b: string): boolean => a !== undefined && a.replace(/\r\n?/g, '\n') === b

/**
 * The preset whose name, URL and text all equal the given ones, else a custom agreement. `note` says
 * when the name is a preset's but the URL or text differ (an older or edited version).
 *
 * @example
 * ```ts
 * qualityAgreementOf(f.name, f.url, f.text).agreement // 'mbo-pilot' when f = QUALITY_FRAMEWORKS['mbo-pilot']
 * ```
 */
export function qualityAgreementOf(name: string | undefined, url: string | undefined, text: string | undefined): { agreement: QualityAgreementSpec; note?: string } {
  for (const preset of PRESETS) {
    const f = QUALITY_FRAMEWORKS[preset]
    if (name === f.name && url === f.url && same(text, f.text)) return { agreement: preset }
  }
  const custom = { ...(name === undefined ? {} : { name }), ...(url === undefined ? {} : { url }), ...(text === undefined ? {} : { text }) } as QualityAgreementCustom
  const named = PRESETS.find((p) => QUALITY_FRAMEWORKS[p].name === name)
  if (named === undefined) return { agreement: custom }
  const differs = [url !== QUALITY_FRAMEWORKS[named].url ? 'URL' : undefined, !same(text, QUALITY_FRAMEWORKS[named].text) ? 'text' : undefined].filter(Boolean).join(' and ')
  return { agreement: custom, note: `the ${differs} differ from the built-in "${named}" framework (an older or edited version): kept as a custom quality agreement` }
}

/**
 * The sector a quality agreement implies: `mbo` for the mbo pilot framework (by name or URL).
 *
 * @example
 * ```ts
 * isMboAgreement('mbo-pilot') // true
 * ```
 */
export function isMboAgreement(q: QualityAgreementSpec | undefined): boolean {
  const f = QUALITY_FRAMEWORKS['mbo-pilot']
  if (q === undefined) return false
  if (typeof q === 'string') return q === 'mbo-pilot'
  return q.name === f.name || q.url === f.url
}

/**
 * Name, URL and text of an agreement (a preset's texts for a preset).
 *
 * @example
 * ```ts
 * qualityAgreementFields('hbo-wo-pilot').url // 'https://npuls.nl/doorbouwen-aan-microcredentials'
 * ```
 */
export function qualityAgreementFields(q: QualityAgreementSpec): { name: string; url: string; text?: string } {
  if (typeof q === 'string') {
    const f = QUALITY_FRAMEWORKS[q]
    return { name: f.name, url: f.url, text: f.text }
  }
  return { name: q.name, url: q.url, ...(q.text === undefined ? {} : { text: q.text }) }
}
