/**
 * Internal: making credential text safe to show. Every string taken from a credential goes through
 * {@link displayText} (characters that would break XML or reorder the text are made visible or
 * replaced) and then {@link escapeMarkup} (markup characters become entities), in that order.
 *
 * @module render
 */

/**
 * Unicode bidirectional formatting characters: embeddings, overrides, isolates and marks. In untrusted
 * text they can make a name or a date read differently from what is stored ("Trojan Source"), so they
 * are shown as text (`[U+202E]`) instead of taking effect.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

/**
 * Characters XML 1.0 does not allow (C0 controls other than tab, line feed and carriage return; lone
 * surrogates; U+FFFE and U+FFFF) and C1 controls and DEL: replaced by U+FFFD.
 */
const NOT_XML = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/g

/** A surrogate pair stays; anything else {@link NOT_XML} matched becomes U+FFFD (no lookbehind: older browsers lack it). */
function xmlChar(match: string): string {
  return match.length === 2 ? match : '\uFFFD'
}

/** `[U+202E]` for one character. */
function codePointLabel(ch: string): string {
  return `[U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}]`
}

/**
 * Text from a credential, made displayable: bidi formatting characters become visible labels such
 * as `[U+202E]`, characters XML cannot carry become U+FFFD. Not yet escaped: pass the result to
 * {@link escapeMarkup}.
 */
export function displayText(value: string): string {
  return value.replace(NOT_XML, xmlChar).replace(BIDI_CONTROLS, codePointLabel)
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes `& < > " '` for XML and HTML text and (double- or single-quoted) attribute values. */
export function escapeMarkup(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ENTITIES[ch] as string)
}

/** {@link displayText} then {@link escapeMarkup}: what every credential string goes through. */
export function safeText(value: string): string {
  return escapeMarkup(displayText(value))
}
