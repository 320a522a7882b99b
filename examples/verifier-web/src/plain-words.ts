/**
 * The verification checks and error codes in plain words, English and Dutch: one line per check
 * ("Signature: the credential was changed after it was signed (CRYPTOGRAPHIC_SECURITY_ERROR)").
 * A code without plain words is shown with the verifier's own message.
 *
 * @module verifier-web
 */
import type { CheckResult, VerificationError } from 'microcredentials/verify'
import { lookUp, type Lang, type Texts } from './lang.js'

/** The name of each check, as the first words of its line. */
const CHECK_NAMES: Readonly<Record<string, Texts>> = {
  parse: { en: 'Reading', nl: 'Inlezen' },
  limits: { en: 'Size', nl: 'Omvang' },
  context: { en: 'Vocabulary', nl: 'Woordenlijst' },
  schema: { en: 'Structure', nl: 'Opbouw' },
  proof: { en: 'Signature', nl: 'Handtekening' },
  issuer: { en: 'Issuer', nl: 'Uitgever' },
  validity: { en: 'Validity', nl: 'Geldigheid' },
  status: { en: 'Revocation', nl: 'Intrekking' },
  recipient: { en: 'Recipient', nl: 'Ontvanger' },
  endorsements: { en: 'Endorsements', nl: 'Aanbevelingen' },
}

/** What a passed check means. */
const PASSED: Readonly<Record<string, Texts>> = {
  parse: { en: 'the input was read as a credential', nl: 'de invoer is als credential gelezen' },
  limits: { en: 'the credential stays within the safe size limits', nl: 'de credential blijft binnen de veilige grenzen' },
  context: { en: 'it uses only known vocabularies (JSON-LD contexts)', nl: 'er worden alleen bekende woordenlijsten (JSON-LD-contexten) gebruikt' },
  schema: { en: 'it is built as Open Badges 3.0 requires', nl: 'de opbouw is zoals Open Badges 3.0 voorschrijft' },
  proof: { en: 'the digital signature is intact: nothing was changed after signing', nl: 'de digitale handtekening klopt: er is na het ondertekenen niets veranderd' },
  issuer: { en: 'it was signed with a key of the issuer', nl: 'ondertekend met een sleutel van de uitgever' },
  validity: { en: 'it is valid today', nl: 'de credential is vandaag geldig' },
  status: { en: 'the issuer has not revoked or suspended it', nl: 'de uitgever heeft de credential niet ingetrokken of geschorst' },
  recipient: { en: 'it belongs to the expected recipient', nl: 'de credential hoort bij de verwachte ontvanger' },
  endorsements: { en: 'every endorsement is valid', nl: 'alle aanbevelingen zijn geldig' },
}

/** Why a check was skipped, by the verifier's reason. */
const SKIPPED: Readonly<Record<string, Texts>> = {
  'no credentialStatus': { en: 'the credential has no revocation entry, so it cannot be revoked', nl: 'de credential heeft geen intrekkingsgegevens en kan dus niet worden ingetrokken' },
  'no expected recipient given': { en: 'not checked: this page does not ask whom the credential should belong to', nl: 'niet gecontroleerd: deze pagina vraagt niet voor wie de credential hoort te zijn' },
  'no embedded endorsements': { en: 'there are none', nl: 'er zijn geen aanbevelingen' },
  'not checked for an endorsement': { en: 'not checked: it does not apply to an endorsement', nl: 'niet gecontroleerd: dit geldt niet voor een aanbeveling' },
  'input could not be parsed': { en: 'not checked: the input could not be read', nl: 'niet gecontroleerd: de invoer kon niet worden gelezen' },
  'input exceeds the limits': { en: 'not checked: the input is too large', nl: 'niet gecontroleerd: de invoer is te groot' },
  'the context check failed': { en: 'not checked: the vocabulary check failed', nl: 'niet gecontroleerd: de controle van de woordenlijst is mislukt' },
}

/** What an error code means (VerificationErrorCode, and the codes the verifier may add). */
const CODES: Readonly<Record<string, Texts>> = {
  PARSING_ERROR: { en: 'the input is not a credential that can be read', nl: 'de invoer is geen leesbare credential' },
  RESOURCE_LIMIT_EXCEEDED: { en: 'the credential is too large or too complex to check safely', nl: 'de credential is te groot of te ingewikkeld om veilig te controleren' },
  UNTRUSTED_CONTEXT: { en: 'the credential uses an unknown vocabulary (JSON-LD context)', nl: 'de credential gebruikt een onbekende woordenlijst (JSON-LD-context)' },
  UNSUPPORTED_JSON_LD: { en: 'the credential uses JSON-LD this verifier does not support', nl: 'de credential gebruikt JSON-LD die deze controle niet ondersteunt' },
  DATA_LOSS_DETECTION_ERROR: { en: 'the credential holds data the signature cannot cover', nl: 'de credential bevat gegevens die de handtekening niet kan dekken' },
  DOCUMENT_LOAD_BLOCKED: { en: 'a document it needs is not on this page (add it under "Add documents")', nl: 'een document dat nodig is staat niet op deze pagina (voeg het toe bij "Documenten toevoegen")' },
  SCHEMA_VIOLATION: { en: 'the credential is not built as Open Badges 3.0 requires', nl: 'de credential is niet opgebouwd zoals Open Badges 3.0 voorschrijft' },
  PROOF_MISSING: { en: 'the credential is not signed', nl: 'de credential is niet ondertekend' },
  PROOF_TRANSFORMATION_ERROR: { en: 'the kind of signature is not supported', nl: 'dit soort handtekening wordt niet ondersteund' },
  PROOF_VERIFICATION_ERROR: { en: 'the signature could not be verified', nl: 'de handtekening kon niet worden gecontroleerd' },
  CRYPTOGRAPHIC_SECURITY_ERROR: { en: 'the credential was changed after it was signed', nl: 'de credential is na het ondertekenen veranderd' },
  UNSUPPORTED_ALGORITHM: { en: 'the signature algorithm is not accepted', nl: 'het handtekeningalgoritme wordt niet geaccepteerd' },
  INVALID_VERIFICATION_METHOD: { en: 'the key of the signature is invalid or unknown', nl: 'de sleutel van de handtekening is ongeldig of onbekend' },
  ISSUER_KEY_MISMATCH: { en: 'the signature was not made with a key of the issuer', nl: 'de handtekening is niet gezet met een sleutel van de uitgever' },
  UNTRUSTED_ISSUER: { en: 'the issuer is not on the list of trusted issuers', nl: 'de uitgever staat niet op de lijst van vertrouwde uitgevers' },
  NOT_YET_VALID: { en: 'the credential is not valid yet', nl: 'de credential is nog niet geldig' },
  EXPIRED: { en: 'the credential has expired', nl: 'de credential is verlopen' },
  PROOF_EXPIRED: { en: 'the signature has expired', nl: 'de handtekening is verlopen' },
  MALFORMED_VALUE_ERROR: { en: 'a date or another value is written wrongly', nl: 'een datum of andere waarde is verkeerd geschreven' },
  REVOKED: { en: 'the issuer has revoked the credential', nl: 'de uitgever heeft de credential ingetrokken' },
  SUSPENDED: { en: 'the issuer has suspended the credential', nl: 'de uitgever heeft de credential geschorst' },
  STATUS_RETRIEVAL_ERROR: { en: 'the status list is not among the added documents', nl: 'de statuslijst staat niet bij de toegevoegde documenten' },
  STATUS_VERIFICATION_ERROR: { en: 'the status list is not valid', nl: 'de statuslijst is ongeldig' },
  STATUS_UNCHECKED: { en: 'whether it was revoked could not be checked offline', nl: 'of de credential is ingetrokken kon offline niet worden gecontroleerd' },
  RECIPIENT_NOT_MATCHED: { en: 'the credential does not belong to the expected recipient', nl: 'de credential hoort niet bij de verwachte ontvanger' },
  LEGACY_CRYPTOSUITE: { en: 'the signature uses an older method', nl: 'de handtekening gebruikt een oudere methode' },
  SCHEMA_NORMALISED: { en: 'some values were read in an equivalent JSON-LD shape (a single value for a list)', nl: 'sommige waarden zijn in een gelijkwaardige JSON-LD-vorm gelezen (één waarde voor een lijst)' },
}

/** Words of a check's outcome. */
const OUTCOME: Readonly<Record<CheckResult['status'], Texts>> = {
  passed: { en: 'passed', nl: 'in orde' },
  failed: { en: 'failed', nl: 'mislukt' },
  skipped: { en: 'not checked', nl: 'niet gecontroleerd' },
}

/** The plain name of a check (`proof` → "Signature"), or its id when unknown. */
export function checkName(id: string, lang: Lang): string {
  return lookUp(CHECK_NAMES, id, lang) ?? id
}

/** The plain word for a check's outcome ("passed", "mislukt", ...). */
export function outcomeWord(status: CheckResult['status'], lang: Lang): string {
  return OUTCOME[status][lang]
}

/**
 * What an error means in plain words, followed by its code: "the credential was changed after it
 * was signed (CRYPTOGRAPHIC_SECURITY_ERROR)". An unknown code falls back to the verifier's message.
 */
export function errorWords(error: Pick<VerificationError, 'code' | 'message'>, lang: Lang): string {
  return `${lookUp(CODES, error.code, lang) ?? error.message} (${error.code})`
}

/** Why a check was skipped in plain words; an unknown reason is shown as the verifier wrote it. */
export function skippedWords(reason: string | undefined, lang: Lang): string {
  const known = reason === undefined ? undefined : lookUp(SKIPPED, reason, lang) ?? lookUp(SKIPPED, reason.split(':')[0] ?? '', lang)
  if (known !== undefined) return known
  return reason === undefined || reason === '' ? OUTCOME.skipped[lang] : `${OUTCOME.skipped[lang]}: ${reason}`
}

/**
 * The lines of one check: one line for a passed or skipped check ("Signature: the digital signature
 * is intact: ..."), one line per error for a failed one ("Signature: the credential was changed after
 * it was signed (CRYPTOGRAPHIC_SECURITY_ERROR)").
 */
export function checkLines(check: CheckResult, lang: Lang): string[] {
  const name = checkName(check.id, lang)
  if (check.status === 'passed') return [`${name}: ${lookUp(PASSED, check.id, lang) ?? OUTCOME.passed[lang]}`]
  if (check.status === 'skipped') return [`${name}: ${skippedWords(check.reason, lang)}`]
  const errors = check.errors ?? []
  if (errors.length === 0) return [`${name}: ${OUTCOME.failed[lang]}`]
  return errors.map((error) => `${name}: ${errorWords(error, lang)}`)
}
