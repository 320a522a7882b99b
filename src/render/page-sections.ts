/**
 * Internal: the parts of the credential page. Every string from the credential goes through
 * `safeText` (or `renderMarkdown` for the narrative fields); every link through `isSafeLink`.
 *
 * @module render
 */
import type { CredentialView, OutcomeView, QualityView } from './credential-view.js'
import { escapeMarkup, safeText } from './escape-text.js'
import { formatAmount, formatDate } from './format-values.js'
import {
  ASSESSMENT_WORDS, CHECK_WORDS, CODE_WORDS, IDENTIFIER_WORDS, IDENTITY_WORDS, LANGUAGE_WORDS, PARTICIPATION_WORDS,
  SECTOR_WORDS, STACKABILITY_WORDS, STATUS_WORDS, SUPERVISION_WORDS, labelsFor, word, type Labels,
} from './labels.js'
import type { RenderLanguage } from './render-language.js'
import { isSafeLink, renderMarkdown, renderMarkdownInline, safeHref } from './render-markdown.js'
import type { VerificationSummary } from './verification-summary.js'

/** What every part needs. */
export interface PageContext {
  view: CredentialView
  lang: RenderLanguage
  labels: Labels
  /** ` lang="…"` for the credential's own text, when `inLanguage` is a plausible language tag. */
  contentLang: string
}

/** The page context of a credential view. */
export function pageContext(view: CredentialView, lang: RenderLanguage): PageContext {
  const tag = view.language
  const contentLang = tag !== undefined && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? ` lang="${safeText(tag)}"` : ''
  return { view, lang, labels: labelsFor(lang), contentLang }
}

/** A link when `url` is a safe http(s)/mailto link, else the URL as text. */
export function link(url: string, text: string = url): string {
  const href = safeHref(url)
  return href !== undefined ? `<a href="${escapeMarkup(href)}" rel="noopener noreferrer">${safeText(text)}</a>` : safeText(text)
}

/** One row of the facts list; `valueHtml` is already safe. */
function row(label: string, valueHtml: string, cls = ''): string {
  return `<div class="row${cls ? ` ${cls}` : ''}"><dt>${safeText(label)}</dt><dd>${valueHtml}</dd></div>`
}

function missing(ctx: PageContext): string {
  return `<span class="missing">${safeText(ctx.labels.notStated)}</span>`
}

function list(values: string[]): string {
  return values.map(safeText).join(' · ')
}

function dateHtml(value: string, ctx: PageContext): string {
  const formatted = formatDate(value, ctx.lang)
  return formatted === undefined ? safeText(value) : `<time datetime="${safeText(value)}">${safeText(formatted)}</time>`
}

/** The learner: a plain-text name, the subject id, and a note on hashed identifiers (never a hash or salt). */
function learnerRows(ctx: PageContext): string {
  const { learner } = ctx.view
  const { labels, lang } = ctx
  const rows: string[] = []
  const parts: string[] = []
  if (learner.name !== undefined) parts.push(`<span class="learner-name">${safeText(learner.name)}</span>`)
  for (const p of learner.plain) parts.push(`${safeText(word(IDENTITY_WORDS, p.type, lang))}: ${safeText(p.value)}`)
  if (learner.hashedTypes.length > 0) {
    parts.push(`<span class="note">${safeText(labels.learnerHashed(learner.hashedTypes.map((t) => word(IDENTITY_WORDS, t, lang)).join(', ')))}</span>`)
  }
  if (parts.length === 0 && learner.id === undefined) parts.push(`<span class="missing">${safeText(labels.learnerUnknown)}</span>`)
  if (parts.length > 0) rows.push(row(labels.learner, parts.join('<br>')))
  if (learner.id !== undefined) rows.push(row(labels.learnerId, `<code>${safeText(learner.id)}</code>`))
  return rows.join('')
}

function issuerRows(ctx: PageContext): string {
  const { issuer, faculty } = ctx.view
  const { labels, lang } = ctx
  const rows: string[] = []
  const name = issuer.name ?? issuer.id
  rows.push(row(labels.issuer, name === undefined ? missing(ctx) : `<span class="issuer-name">${safeText(name)}</span>`))
  if (faculty?.name !== undefined) rows.push(row(labels.faculty, faculty.url !== undefined ? link(faculty.url, faculty.name) : safeText(faculty.name)))
  if (issuer.url !== undefined) rows.push(row(labels.website, link(issuer.url)))
  if (issuer.email !== undefined && /^[^\s@<>"']+@[^\s@<>"']+$/.test(issuer.email)) rows.push(row(labels.email, link(`mailto:${issuer.email}`, issuer.email)))
  if (issuer.identifiers.length > 0) {
    rows.push(row(labels.institutionIds, issuer.identifiers.map((i) => `${safeText(word(IDENTIFIER_WORDS, i.type, lang))}: <span class="code">${safeText(i.value)}</span>`).join(' · ')))
  }
  const place = [issuer.locality, issuer.country].filter((p): p is string => p !== undefined)
  if (place.length > 0) rows.push(row(labels.location, list(place)))
  return rows.join('')
}

function dateRows(ctx: PageContext): string {
  const { view, labels } = ctx
  const rows = [row(labels.issued, view.validFrom === undefined ? missing(ctx) : dateHtml(view.validFrom, ctx))]
  if (view.awardedDate !== undefined && view.awardedDate.slice(0, 10) !== view.validFrom?.slice(0, 10)) rows.push(row(labels.awarded, dateHtml(view.awardedDate, ctx)))
  rows.push(row(labels.validUntil, view.validUntil === undefined ? safeText(labels.noEnd) : dateHtml(view.validUntil, ctx)))
  return rows.join('')
}

function workloadHtml(ctx: PageContext): string {
  const { workload } = ctx.view
  const { labels, lang } = ctx
  const parts: string[] = []
  if (workload.ects !== undefined) parts.push(`${formatAmount(workload.ects, lang)} ${labels.ects}`)
  if (workload.sbu !== undefined) parts.push(`${formatAmount(workload.sbu, lang)} ${labels.sbu}`)
  if (workload.hours !== undefined) parts.push(`${formatAmount(workload.hours, lang)} ${labels.hours}`)
  return parts.length === 0 ? missing(ctx) : list(parts)
}

function levelHtml(ctx: PageContext): string {
  const { view, labels } = ctx
  const parts: string[] = []
  if (view.eqf !== undefined) parts.push(`EQF ${view.eqf}`)
  if (view.nlqf !== undefined) parts.push(`NLQF ${view.nlqf}`)
  if (parts.length === 0) return missing(ctx)
  const note = view.levelVerified === undefined ? '' : ` <span class="note">(${safeText(view.levelVerified ? labels.levelVerified : labels.levelNotVerified)})</span>`
  return list(parts) + note
}

function gradeHtml(ctx: PageContext): string | undefined {
  const grade = ctx.view.grade
  if (grade === undefined) return undefined
  const extra = [grade.scaleName, grade.requiredValue === undefined ? undefined : `${ctx.labels.passMark}: ${grade.requiredValue}`]
    .filter((p): p is string => p !== undefined)
  return `<strong>${safeText(grade.value)}</strong>${extra.length > 0 ? ` <span class="note">(${list(extra)})</span>` : ''}`
}

function languageHtml(tag: string, lang: RenderLanguage): string {
  const primary = tag.split(/[-_]/)[0]?.toLowerCase() ?? ''
  const name = word(LANGUAGE_WORDS, primary, lang)
  return name === primary ? safeText(tag) : `${safeText(name)} <span class="note">(${safeText(tag)})</span>`
}

/** The facts list: learner, issuer, dates, sector, workload, level, assessment, participation, grade, language, ... */
export function factsSection(ctx: PageContext): string {
  const { view, labels, lang } = ctx
  const rows: string[] = [learnerRows(ctx), issuerRows(ctx), dateRows(ctx)]
  if (view.sector !== undefined) rows.push(row(labels.sector, safeText(word(SECTOR_WORDS, view.sector, lang))))
  rows.push(row(labels.workload, workloadHtml(ctx)))
  rows.push(row(labels.level, levelHtml(ctx)))
  rows.push(row(labels.assessmentType, view.assessmentTypes.length > 0 ? list(view.assessmentTypes.map((v) => word(ASSESSMENT_WORDS, v, lang))) : missing(ctx)))
  if (view.supervision !== undefined) rows.push(row(labels.supervision, safeText(word(SUPERVISION_WORDS, view.supervision, lang))))
  if (view.identityChecked !== undefined) rows.push(row(labels.identityChecked, safeText(view.identityChecked ? labels.yes : labels.no)))
  rows.push(row(labels.participation, view.participation.length > 0 ? list(view.participation.map((v) => word(PARTICIPATION_WORDS, v, lang))) : missing(ctx)))
  const grade = gradeHtml(ctx)
  if (grade !== undefined) rows.push(row(labels.grade, grade))
  if (view.language !== undefined) rows.push(row(labels.language, languageHtml(view.language, lang)))
  if (view.prerequisites !== undefined) rows.push(row(labels.prerequisites, `<span${ctx.contentLang}>${safeText(view.prerequisites)}</span>`))
  if (view.targetGroup !== undefined) rows.push(row(labels.targetGroup, `<span${ctx.contentLang}>${safeText(view.targetGroup)}</span>`))
  if (view.stackability !== undefined) rows.push(row(labels.stackability, safeText(word(STACKABILITY_WORDS, view.stackability, lang))))
  if (view.stackableTowards.length > 0) {
    rows.push(row(labels.stackableTowards, view.stackableTowards.map((t) => (t.url !== undefined ? link(t.url, t.name) : safeText(t.name))).join(' · ')))
  }
  if (view.programmes.length > 0) {
    rows.push(row(labels.programmes, view.programmes.map((p) => `${safeText(word(IDENTIFIER_WORDS, p.type, lang))}: <span class="code">${safeText(p.value)}</span>`).join(' · ')))
  }
  return `<section class="facts" aria-labelledby="facts-h"><h2 id="facts-h">${safeText(labels.details)}</h2><dl>${rows.join('')}</dl></section>`
}

/** Description and criteria (Markdown). */
export function narrativeSections(ctx: PageContext): string {
  const { view, labels } = ctx
  let html = ''
  if (view.description !== undefined) {
    html += `<section class="description" aria-labelledby="description-h"><h2 id="description-h">${safeText(labels.description)}</h2><div class="md"${ctx.contentLang}>${renderMarkdown(view.description)}</div></section>`
  }
  if (view.criteriaNarrative !== undefined || view.criteriaUrl !== undefined) {
    const page = view.criteriaUrl !== undefined && isSafeLink(view.criteriaUrl) ? `<p class="criteria-link">${link(view.criteriaUrl, labels.criteriaPage)}</p>` : ''
    const narrative = view.criteriaNarrative !== undefined ? `<div class="md"${ctx.contentLang}>${renderMarkdown(view.criteriaNarrative)}</div>` : ''
    html += `<section class="criteria" aria-labelledby="criteria-h"><h2 id="criteria-h">${safeText(labels.criteria)}</h2>${narrative}${page}</section>`
  }
  return html
}

function outcomeHtml(outcome: OutcomeView, ctx: PageContext): string {
  const achievementId = ctx.view.achievementId
  // The default target is an anchor under the achievement id: nothing to follow. A framework URI (ESCO, CompetentNL) is.
  const external = outcome.url !== undefined && isSafeLink(outcome.url) && !(achievementId !== undefined && outcome.url.startsWith(`${achievementId}#`))
  const source = external ? ` <span class="note">(${link(outcome.url as string, outcome.framework ?? outcome.code ?? 'link')})</span>` : outcome.framework !== undefined ? ` <span class="note">(${safeText(outcome.framework)})</span>` : ''
  const description = outcome.description !== undefined ? `<div class="outcome-description">${renderMarkdownInline(outcome.description)}</div>` : ''
  return `<li>${renderMarkdownInline(outcome.text)}${source}${description}</li>`
}

/** The learning outcomes as a numbered list. */
export function outcomesSection(ctx: PageContext): string {
  const { view, labels } = ctx
  const body = view.learningOutcomes.length > 0
    ? `<ol class="outcomes"${ctx.contentLang}>${view.learningOutcomes.map((o) => outcomeHtml(o, ctx)).join('')}</ol>`
    : `<p>${missing(ctx)}</p>`
  return `<section class="learning-outcomes" aria-labelledby="outcomes-h"><h2 id="outcomes-h">${safeText(labels.learningOutcomes)}</h2>${body}</section>`
}

function agreementHtml(q: QualityView, ctx: PageContext): string {
  const name = q.name ?? q.url ?? ''
  const url = q.url !== undefined ? `<p class="quality-link">${link(q.url, ctx.labels.qualityLink)}${isSafeLink(q.url) ? ` <span class="note">(${safeText(q.url)})</span>` : ''}</p>` : ''
  const text = q.text !== undefined
    ? `<details open><summary>${safeText(ctx.labels.qualityText)}</summary><div class="md">${renderMarkdown(q.text)}</div></details>`
    : ''
  return `<article class="agreement"><h3>${safeText(name)}</h3>${url}${text}</article>`
}

/** The quality agreements, shown under the credential. */
export function qualitySection(ctx: PageContext): string {
  const { view, labels } = ctx
  const body = view.qualityAgreements.length > 0
    ? `${view.microcredential ? `<p>${safeText(labels.qualityIntro)}</p>` : ''}${view.qualityAgreements.map((q) => agreementHtml(q, ctx)).join('')}`
    : `<p class="missing">${safeText(labels.qualityNone)}</p>`
  return `<section class="quality" aria-labelledby="quality-h"><h2 id="quality-h">${safeText(labels.qualityAgreements)}</h2>${body}</section>`
}

const STATUS_CLASSES: Readonly<Record<string, string>> = { passed: 'passed', failed: 'failed', skipped: 'skipped' }
const STATUS_MARKS: Readonly<Record<string, string>> = { passed: '✓', failed: '✗', skipped: '–' }

/** The verdict and one line per check; without a verification, a note that nothing was checked. */
export function verificationSection(ctx: PageContext, verification: VerificationSummary | undefined): string {
  const { labels, lang } = ctx
  const head = `<h2 id="verification-h">${safeText(labels.verification)}</h2>`
  if (verification === undefined) {
    return `<section class="verification unchecked" aria-labelledby="verification-h">${head}<p class="verdict">${safeText(labels.unchecked)}</p></section>`
  }
  // A summary that says verified while a check failed is shown as not verified.
  const verified = verification.verified === true && !verification.checks.some((c) => c.status === 'failed')
  const checks = verification.checks.map((check) => {
    const status = Object.hasOwn(STATUS_CLASSES, check.status) ? STATUS_CLASSES[check.status] as string : 'unknown'
    const errors = (check.errors ?? []).map((e) =>
      `<li><span class="plain">${safeText(word(CODE_WORDS, e.code, lang))}</span> <code>${safeText(e.code)}</code>${typeof e.message === 'string' && e.message !== '' ? ` <span class="message">${safeText(e.message)}</span>` : ''}</li>`).join('')
    const reason = check.status === 'skipped' && typeof check.reason === 'string' && check.reason !== '' ? ` <span class="message">${safeText(check.reason)}</span>` : ''
    return `<li class="check ${status}"><span class="mark" aria-hidden="true">${Object.hasOwn(STATUS_MARKS, status) ? STATUS_MARKS[status] as string : '?'}</span> ` +
      `<span class="check-name">${safeText(word(CHECK_WORDS, check.id, lang))}</span>: <span class="status">${safeText(word(STATUS_WORDS, check.status, lang))}</span>${reason}` +
      `${errors ? `<ul class="errors">${errors}</ul>` : ''}</li>`
  }).join('')
  return `<section class="verification ${verified ? 'verified' : 'not-verified'}" aria-labelledby="verification-h">${head}` +
    `<p class="verdict">${safeText(verified ? labels.verified : labels.notVerified)}</p>${checks ? `<ul class="checks">${checks}</ul>` : ''}</section>`
}
