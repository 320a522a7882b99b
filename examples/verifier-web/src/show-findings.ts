/**
 * Shows the validation findings of the credential's quality profile: a summary line, then one item per
 * finding with its severity, rule id, JSON path and message in the page language.
 *
 * @module verifier-web
 */
import type { Finding, QualityReport } from 'microcredentials'
import { el } from './dom.js'
import type { Lang } from './lang.js'
import { findingsSummary, severityWord, ui } from './ui-words.js'

/** Fills the findings block; hides it when there is no credential to validate. */
export function showFindings(block: HTMLElement, summary: HTMLElement, list: HTMLElement, report: QualityReport | undefined, lang: Lang): void {
  block.hidden = report === undefined
  if (report === undefined) {
    summary.replaceChildren()
    list.replaceChildren()
    return
  }
  const count = (severity: Finding['severity']): number => report.findings.filter((f) => f.severity === severity).length
  summary.textContent = findingsSummary(report.profile, { error: count('error'), warning: count('warning'), info: count('info') }, lang)
  list.replaceChildren(...(report.findings.length === 0 ? [el('li', 'finding none', ui('findingsNone', lang))] : report.findings.map((f) => findingItem(f, lang))))
}

/** The message of a finding in `lang`: the Dutch one when there is one, else the English. */
export function findingMessage(finding: Finding, lang: Lang): string {
  return lang === 'nl' && finding.messageNl !== undefined && finding.messageNl !== '' ? finding.messageNl : finding.message
}

function findingItem(finding: Finding, lang: Lang): HTMLLIElement {
  const item = el('li', `finding ${finding.severity}`,
    el('span', 'severity', severityWord(finding.severity, lang)),
    el('code', 'rule', finding.rule),
    el('code', 'path', finding.path),
    el('span', 'finding-message', findingMessage(finding, lang)))
  item.dataset.rule = finding.rule
  return item
}
