/**
 * Shows a verification: the verdict banner, one line per check in plain words (with the code and the
 * verifier's message of every error), the warnings, and, when revocation could not be checked, how to
 * add the status list. DOM built with `textContent` only.
 *
 * @module verifier-web
 */
import type { CheckResult, VerificationError } from 'microcredentials/verify'
import type { Outcome } from './check-credential.js'
import { el } from './dom.js'
import type { Lang } from './lang.js'
import { checkLines, checkName, errorWords, outcomeWord } from './plain-words.js'
import { ui } from './ui-words.js'
import { verdictOf, verdictWords } from './verdict.js'

const MARKS: Readonly<Record<CheckResult['status'], string>> = { passed: '✓', failed: '✗', skipped: '–' }

/** Fills the verdict banner: title, sentence and tone (class `good`, `warn` or `bad`). */
export function showVerdict(banner: HTMLElement, outcome: Outcome, lang: Lang): void {
  const kind = verdictOf(outcome.result)
  const words = verdictWords(kind, lang)
  banner.className = `verdict ${words.tone}`
  banner.dataset.verdict = kind
  banner.replaceChildren(el('p', 'verdict-title', words.title), el('p', 'verdict-text', words.text), el('p', 'verdict-input', outcome.input.name))
}

/** Fills the list of checks: one item per check, one line per error of a failed check. */
export function showChecks(list: HTMLElement, outcome: Outcome, lang: Lang): void {
  list.replaceChildren(...outcome.result.checks.map((check) => checkItem(check, lang)))
}

function checkItem(check: CheckResult, lang: Lang): HTMLLIElement {
  const item = el('li', `check ${check.status}`)
  item.dataset.check = check.id
  item.title = `${check.id}: ${outcomeWord(check.status, lang)}`
  const lines = checkLines(check, lang)
  item.append(el('span', 'mark', MARKS[check.status]), el('span', 'line', lines[0] ?? checkName(check.id, lang)))
  const errors = check.errors ?? []
  lines.slice(1).forEach((line) => item.append(el('span', 'line more', line)))
  if (errors.length > 0) item.append(el('ul', 'details', ...errors.map(detailItem)))
  return item
}

/** The verifier's own message and JSON path of an error, as a detail under its line. */
function detailItem(error: VerificationError): HTMLLIElement {
  return el('li', undefined, error.message, ...(error.path === undefined ? [] : [' ', el('code', undefined, error.path)]))
}

/** Fills the notes (the verifier's warnings); hides the block when there are none. */
export function showWarnings(block: HTMLElement, list: HTMLElement, outcome: Outcome, lang: Lang): void {
  const warnings = outcome.result.warnings
  block.hidden = warnings.length === 0
  list.replaceChildren(...warnings.map((w) => el('li', 'warning', `${checkName(w.check, lang)}: ${errorWords(w, lang)}`, el('ul', 'details', detailItem(w)))))
}

/**
 * Explains, when the status check failed only because the status list was not at hand, how to add it:
 * the list's URL and the "Add documents" input. Hidden otherwise.
 */
export function showStatusHint(hint: HTMLElement, outcome: Outcome, documentCount: number, lang: Lang): void {
  const status = outcome.result.checks.find((c) => c.id === 'status')
  const notAtHand = (status?.errors ?? []).some((e) => e.code === 'STATUS_UNCHECKED' || e.code === 'STATUS_RETRIEVAL_ERROR')
  const urls = outcome.statusLists.missing
  hint.hidden = !notAtHand || urls.length === 0
  if (hint.hidden) {
    hint.replaceChildren()
    return
  }
  const text = ui(documentCount === 0 ? 'statusHintNoDocuments' : 'statusHintMissing', lang)
  hint.replaceChildren(el('p', undefined, text), el('ul', undefined, ...urls.map((url) => el('li', undefined, el('code', undefined, url)))))
}
