/**
 * The credential page: one self-contained HTML5 document.
 *
 * @module render
 */
import { InvalidArgumentError } from '../errors/errors.js'
import { badgeFacts, isSpec } from './badge-facts.js'
import { asObject } from '../quality/rule-helpers.js'
import { readCredentialView } from './credential-view.js'
import { drawBadge } from './draw-badge.js'
import { safeText } from './escape-text.js'
import { word, SECTOR_WORDS } from './labels.js'
import { factsSection, narrativeSections, outcomesSection, pageContext, qualitySection, verificationSection } from './page-sections.js'
import { checkImageOption, checkLanguage } from './render-options.js'
import type { RenderLanguage } from './render-language.js'
import type { VerificationSummary } from './verification-summary.js'

/**
 * Options of {@link renderCredentialHtml}.
 *
 * @example
 * ```ts
 * import type { CredentialHtmlOptions } from 'microcredentials/render'
 * const options: CredentialHtmlOptions = { lang: 'en', verification: await verifyCredential(signed) }
 * ```
 */
export interface CredentialHtmlOptions {
  /** A verification outcome to show (e.g. the `VerificationResult` of `verifyCredential`). Without it the page says nothing was checked. */
  verification?: VerificationSummary
  /** Language of the labels. Default `'nl'`. */
  lang?: RenderLanguage
  /** The institution's image for the badge, as for `renderBadgeSvg` (a `data:image/png|jpeg|svg+xml;base64,` URL). */
  image?: string
}

/** The Content Security Policy of the page: nothing may load but inline styles and data: images. */
export const PAGE_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

const CSS = `
:root{color-scheme:light;--ink:#1f2937;--muted:#4b5563;--line:#d1d5db;--navy:#17325c;--gold:#f2b705;--ok:#166534;--bad:#991b1b;--warn:#92400e}
*{box-sizing:border-box}
body{margin:0;background:#f3f4f6;color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif}
main{max-width:56rem;margin:0 auto;padding:1.5rem 1rem 3rem}
header.credential-head{display:flex;gap:1.5rem;align-items:center;background:#fff;border-top:6px solid var(--navy);border-radius:.5rem;padding:1.25rem;box-shadow:0 1px 2px rgba(0,0,0,.08)}
header.credential-head .badge{flex:0 0 auto;width:10rem;height:10rem}
header.credential-head .badge svg{width:100%;height:100%}
.kind{margin:0;font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:var(--navy);font-size:.85rem}
.kind.micro::before{content:"";display:inline-block;width:.75rem;height:.75rem;margin-right:.4rem;border-radius:50%;background:var(--gold);vertical-align:-.05rem}
h1{margin:.25rem 0 .5rem;font-size:1.75rem;line-height:1.25;overflow-wrap:anywhere}
h2{font-size:1.2rem;margin:0 0 .75rem;color:var(--navy)}
h3{font-size:1.05rem;margin:.5rem 0}
h4,h5,h6{font-size:1rem;margin:1rem 0 .25rem}
.issued-by{margin:0;color:var(--muted)}
section{background:#fff;border-radius:.5rem;padding:1.25rem;margin-top:1rem;box-shadow:0 1px 2px rgba(0,0,0,.08);overflow-wrap:anywhere}
dl{margin:0;display:grid;grid-template-columns:minmax(9rem,14rem) 1fr;gap:.4rem 1rem}
dl .row{display:contents}
dt{font-weight:600;color:var(--muted)}
dd{margin:0}
.note,.message{color:var(--muted);font-size:.9em}
.missing{color:var(--muted);font-style:italic}
.code,code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.92em}
.outcomes li{margin:.35rem 0}
.verification.verified{border-left:6px solid var(--ok)}
.verification.not-verified{border-left:6px solid var(--bad)}
.verification.unchecked{border-left:6px solid var(--warn)}
.verification .verdict{font-weight:700;margin:0}
.verified .verdict{color:var(--ok)}
.not-verified .verdict{color:var(--bad)}
.unchecked .verdict{color:var(--warn)}
.checks{list-style:none;padding:0;margin:.75rem 0 0}
.checks li{margin:.2rem 0}
.check.passed .mark{color:var(--ok)}
.check.failed .mark,.check.failed .status{color:var(--bad);font-weight:700}
.check.skipped .mark{color:var(--muted)}
.errors{margin:.2rem 0 .4rem 1.5rem;padding:0;list-style:disc}
section.quality{border-top:4px solid var(--gold)}
.agreement{border-top:1px solid var(--line);padding-top:.5rem;margin-top:.75rem}
.agreement:first-of-type{border-top:0}
details summary{cursor:pointer;color:var(--navy)}
.md blockquote{margin:.5rem 0;padding-left:.75rem;border-left:3px solid var(--line);color:var(--ink)}
.md blockquote:empty{display:none}
.md table{border-collapse:collapse}.md td,.md th{border:1px solid var(--line);padding:.2rem .4rem}
.md pre{white-space:pre-wrap}
a{color:#1d4ed8}
footer{margin-top:1rem;color:var(--muted);font-size:.85rem;overflow-wrap:anywhere}
@media (max-width:40rem){header.credential-head{flex-direction:column;text-align:center}dl{grid-template-columns:1fr}dt{margin-top:.4rem}}
@media print{body{background:#fff}section,header.credential-head{box-shadow:none;border:1px solid var(--line)}details>summary{display:none}}
`.trim()

function checkVerification(value: unknown): VerificationSummary | undefined {
  if (value === undefined) return undefined
  const o = asObject(value)
  if (o === undefined || typeof o.verified !== 'boolean' || !Array.isArray(o.checks)) {
    throw new InvalidArgumentError('options.verification must be { verified: boolean, checks: [...] } (a VerificationResult fits)')
  }
  for (const check of o.checks) {
    const c = asObject(check)
    if (c === undefined || typeof c.id !== 'string' || typeof c.status !== 'string' || (c.errors !== undefined && !Array.isArray(c.errors)) ||
      (Array.isArray(c.errors) && c.errors.some((e) => asObject(e) === undefined || typeof (e as { code?: unknown }).code !== 'string'))) {
      throw new InvalidArgumentError('options.verification.checks[] must be { id, status, errors?: [{ code, message }] }')
    }
  }
  return o as unknown as VerificationSummary
}

/**
 * Renders a credential as one self-contained HTML5 page: inline CSS only, no scripts, no external
 * assets (links to http(s) pages only), and a Content Security Policy
 * (`default-src 'none'; img-src data:; style-src 'unsafe-inline'`) that would block anything else.
 * The page shows the badge with its watermark (inline SVG from `renderBadgeSvg`), the title, issuer
 * (name, website, institution codes), learner (the plain-text name, else a note that the identity is
 * recorded hashed: a hash or salt is never shown), dates, description, learning outcomes, workload (EC,
 * SBU, hours), EQF/NLQF level, assessment (types, supervision, identity verified), participation,
 * grade and language, and **under the credential** its quality agreements (name, link, text).
 * Missing facts are left out, or marked "not stated" for the EU Annex I elements.
 *
 * Every string from the credential is escaped; bidi formatting characters are shown as `[U+202E]`
 * text. The narrative fields (`description`, `criteria.narrative`, learning outcomes, the quality
 * agreement texts) are Markdown, rendered with markdown-it without raw HTML, with links to http(s)
 * and mailto: only (`rel="noopener noreferrer"`) and images reduced to their alt text.
 *
 * With `verification` the page shows the verdict and one line per check in plain words; without it,
 * that nothing was checked. The page shows what the credential says: verify it before trusting it.
 *
 * @throws InvalidArgumentError when `credential` is not an object (or is a `MicrocredentialSpec`: build it
 *   first) or an option is malformed.
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises'
 * import { verifyCredential } from 'microcredentials/verify'
 * import { renderCredentialHtml } from 'microcredentials/render'
 * const verification = await verifyCredential(signed)
 * await writeFile('credential.html', renderCredentialHtml(signed, { verification, lang: 'en' }))
 * ```
 */
export function renderCredentialHtml(credential: Record<string, unknown>, options: CredentialHtmlOptions = {}): string {
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError('options must be an object')
  const lang = checkLanguage(options.lang)
  const image = checkImageOption(options.image)
  const verification = checkVerification(options.verification)
  const object = asObject(credential)
  if (object === undefined) throw new InvalidArgumentError('credential must be an OB 3.0 credential (a JSON object)')
  if (isSpec(object)) throw new InvalidArgumentError('credential is a MicrocredentialSpec: build the credential first (buildCredential, mcred build)')
  const view = readCredentialView(object)
  const ctx = pageContext(view, lang)
  const { labels } = ctx
  const badge = drawBadge(badgeFacts(view, image), 160, lang)
  const title = view.title ?? view.achievementName ?? labels.plainBadge
  const issuerName = view.issuer.name ?? view.issuer.id
  const kind = view.microcredential
    ? `<p class="kind micro">${safeText(labels.microcredential)}${view.sector !== undefined ? ` · ${safeText(word(SECTOR_WORDS, view.sector, lang))}` : ''}</p>`
    : `<p class="kind">${safeText(labels.plainBadge)}</p>`
  const footer = view.credentialId !== undefined ? `<footer>${safeText(labels.credentialId)}: <code>${safeText(view.credentialId)}</code></footer>` : ''
  return '<!DOCTYPE html>\n' +
    `<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">\n` +
    '<meta name="referrer" content="no-referrer">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${safeText(issuerName !== undefined ? `${title} · ${issuerName}` : title)}</title>\n` +
    `<style>\n${CSS}\n</style>\n</head>\n<body>\n<main>\n` +
    `<header class="credential-head"><div class="badge">${badge}</div><div>${kind}` +
    `<h1${ctx.contentLang}>${safeText(title)}</h1>` +
    (issuerName !== undefined ? `<p class="issued-by">${safeText(labels.issuedBy)} <strong>${safeText(issuerName)}</strong></p>` : '') +
    '</div></header>\n' +
    verificationSection(ctx, verification) + '\n' +
    factsSection(ctx) + '\n' +
    narrativeSections(ctx) + '\n' +
    outcomesSection(ctx) + '\n' +
    qualitySection(ctx) + '\n' +
    footer + '\n</main>\n</body>\n</html>\n'
}
