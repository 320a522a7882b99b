/**
 * The verdict of a verification in one word and one sentence: Verified, Not verified, Expired,
 * Revoked, ... with the colour of its banner.
 *
 * @module verifier-web
 */
import type { VerificationError, VerificationResult } from 'microcredentials/verify'
import type { Lang, Texts } from './lang.js'

/** The verdicts the page tells apart. */
export type VerdictKind = 'verified' | 'not-verified' | 'expired' | 'not-yet-valid' | 'revoked' | 'suspended' | 'status-unchecked'

/** The banner colour: green, amber or red. */
export type VerdictTone = 'good' | 'warn' | 'bad'

/** The checks whose failure means the credential is not authentic: nothing else matters then. */
const INTEGRITY_CHECKS: ReadonlySet<string> = new Set(['parse', 'limits', 'context', 'schema', 'proof', 'issuer'])

/** The status codes that mean "could not be checked here" rather than "revoked". */
const STATUS_NOT_CHECKED: ReadonlySet<string> = new Set(['STATUS_UNCHECKED', 'STATUS_RETRIEVAL_ERROR'])

const WORDS: Readonly<Record<VerdictKind, { title: Texts; text: Texts; tone: VerdictTone }>> = {
  'verified': {
    title: { en: 'Verified', nl: 'Geverifieerd' },
    text: { en: 'The credential is authentic, unchanged since it was signed, and valid today.', nl: 'De credential is echt, niet veranderd sinds het ondertekenen en vandaag geldig.' },
    tone: 'good',
  },
  'not-verified': {
    title: { en: 'Not verified', nl: 'Niet geverifieerd' },
    text: { en: 'At least one check failed. Do not rely on what this credential says.', nl: 'Minstens één controle is mislukt. Vertrouw niet op wat deze credential zegt.' },
    tone: 'bad',
  },
  'expired': {
    title: { en: 'Expired', nl: 'Verlopen' },
    text: { en: 'The credential is authentic, but its period of validity has ended.', nl: 'De credential is echt, maar de geldigheidsduur is voorbij.' },
    tone: 'warn',
  },
  'not-yet-valid': {
    title: { en: 'Not yet valid', nl: 'Nog niet geldig' },
    text: { en: 'The credential is authentic, but its period of validity has not started yet.', nl: 'De credential is echt, maar de geldigheidsduur is nog niet begonnen.' },
    tone: 'warn',
  },
  'revoked': {
    title: { en: 'Revoked', nl: 'Ingetrokken' },
    text: { en: 'The issuer has revoked this credential. It is no longer valid.', nl: 'De uitgever heeft deze credential ingetrokken. Hij is niet meer geldig.' },
    tone: 'bad',
  },
  'suspended': {
    title: { en: 'Suspended', nl: 'Geschorst' },
    text: { en: 'The issuer has suspended this credential for now.', nl: 'De uitgever heeft deze credential voorlopig geschorst.' },
    tone: 'warn',
  },
  'status-unchecked': {
    title: { en: 'Revocation not checked', nl: 'Intrekking niet gecontroleerd' },
    text: { en: 'The credential is authentic, but whether the issuer has revoked it could not be checked offline.', nl: 'De credential is echt, maar of de uitgever hem heeft ingetrokken kon offline niet worden gecontroleerd.' },
    tone: 'warn',
  },
}

/**
 * The verdict of a result. A failed integrity check (reading, vocabulary, structure, signature,
 * issuer key) always makes it "not verified"; otherwise revoked, suspended, expired and not yet valid
 * are named, and a status that could only not be checked offline is told apart from a failure.
 */
export function verdictOf(result: Pick<VerificationResult, 'verified' | 'errors'>): VerdictKind {
  if (result.verified) return 'verified'
  const errors = result.errors
  if (errors.length === 0 || errors.some((e) => INTEGRITY_CHECKS.has(e.check))) return 'not-verified'
  const has = (code: string): boolean => errors.some((e) => e.code === code)
  if (has('REVOKED')) return 'revoked'
  if (has('SUSPENDED')) return 'suspended'
  const rest = errors.filter((e) => !isDateProblem(e) && !(e.check === 'status' && STATUS_NOT_CHECKED.has(e.code)))
  if (rest.length > 0) return 'not-verified'
  if (has('EXPIRED')) return 'expired'
  if (has('NOT_YET_VALID')) return 'not-yet-valid'
  return 'status-unchecked'
}

function isDateProblem(error: VerificationError): boolean {
  return error.check === 'validity' && (error.code === 'EXPIRED' || error.code === 'NOT_YET_VALID')
}

/** The verdict's title ("Expired"), sentence and banner tone in `lang`. */
export function verdictWords(kind: VerdictKind, lang: Lang): { title: string; text: string; tone: VerdictTone } {
  const words = WORDS[kind]
  return { title: words.title[lang], text: words.text[lang], tone: words.tone }
}
