/**
 * Internal: the credential's narrative fields (description, criteria, learning outcomes, quality
 * agreement texts) are Markdown, rendered with markdown-it in a strict configuration:
 *
 * - `html: false`: raw HTML (`<script>`, `<img onerror>`, `<style>`, ...) is shown as text;
 * - `linkify: false`, `typographer: false`;
 * - links only to `http://`, `https://` and `mailto:` (markdown-it's own `validateLink` still allows
 *   relative links and `data:image/...`): anything else stays text; every link gets
 *   `rel="noopener noreferrer"`;
 * - images become their alt text (an image would be an external request);
 * - headings move down to `<h4>`-`<h6>` (the page owns `<h1>`-`<h3>`);
 * - bidi formatting characters and characters XML cannot carry are made visible or replaced, as
 *   everywhere else on the page.
 *
 * The parser is made on first use, not at import.
 *
 * @module render
 */
import MarkdownItParser, { type MarkdownIt, type Token } from 'markdown-it'
import { displayText } from './escape-text.js'

/**
 * The `href` for a link the page may carry, or `undefined`: an absolute http(s) URL with a host and no
 * user name or password (returned as the URL parser writes it: percent-encoded, punycode host), or a
 * `mailto:` address (non-ASCII percent-encoded). No other scheme, no relative link, nothing with
 * spaces, quotes, angle brackets, backslashes or control characters.
 */
export function safeHref(url: string): string | undefined {
  if (/[\s"'<>`\\\u0000-\u001F\u007F]/.test(url)) return undefined
  if (/^mailto:[^:/?#@]+@[^:/?#@]+$/i.test(url)) return encodeURI(decodeSafely(url))
  if (!/^https?:\/\/[^/?#]/i.test(url)) return undefined
  try {
    const parsed = new URL(url)
    const ok = (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '' && parsed.username === '' && parsed.password === ''
    return ok ? parsed.href : undefined
  } catch {
    return undefined
  }
}

/** `decodeURI`, or the text itself when it is not valid percent-encoding. */
function decodeSafely(text: string): string {
  try {
    return decodeURI(text)
  } catch {
    return text
  }
}

/** True when {@link safeHref} accepts `url`. */
export function isSafeLink(url: string): boolean {
  return safeHref(url) !== undefined
}

let parser: MarkdownIt | undefined

function markdown(): MarkdownIt {
  if (parser !== undefined) return parser
  const md = new MarkdownItParser('default', { html: false, linkify: false, typographer: false, breaks: false, xhtmlOut: false })
  // markdown-it passes the normalised (percent-encoded) URL: a control character or a space in a
  // disguised scheme ("java\tscript:") is encoded there and no longer matches.
  md.validateLink = (url: string): boolean => isSafeLink(url)
  const renderToken = md.renderer.renderToken.bind(md.renderer)
  md.renderer.rules.link_open = (tokens, idx, options) => {
    const token = tokens[idx] as Token
    token.attrSet('rel', 'noopener noreferrer')
    return renderToken(tokens, idx, options)
  }
  parser = md
  return md
}

/** Replaces images by their alt text, demotes headings and makes every text displayable. */
function tidy(tokens: Token[]): void {
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      const level = Number(token.tag.slice(1))
      token.tag = `h${Math.min(6, level + 3)}`
    }
    if (token.type === 'image') {
      const alt = (token.children ?? []).map((c) => c.content).join('')
      token.type = 'text'
      token.tag = ''
      token.attrs = null
      token.children = null
      token.content = alt
    }
    token.content = displayText(token.content)
    if (token.attrs) token.attrs = token.attrs.map(([name, value]) => [name, displayText(String(value))])
    if (token.info) token.info = displayText(token.info)
    if (token.children) tidy(token.children)
  }
}

/** Renders Markdown to safe HTML (block level: paragraphs, lists, ...). */
export function renderMarkdown(text: string): string {
  const md = markdown()
  const env = {}
  const tokens = md.parse(text, env)
  tidy(tokens)
  return md.renderer.render(tokens, md.options, env)
}

/** Renders one line of Markdown (no paragraph around it), for learning outcomes in a list. */
export function renderMarkdownInline(text: string): string {
  const md = markdown()
  const env = {}
  const tokens = md.parseInline(text, env)
  tidy(tokens)
  return md.renderer.render(tokens, md.options, env)
}
