/**
 * Internal: the Dutch and English labels of the badge and the credential page, and plain words for
 * the value sets (assessment, participation, supervision, ...), the verification checks and the
 * verification error codes. A value without an entry is shown as written.
 *
 * @module render
 */
import type { RenderLanguage } from './render-language.js'

/** The fixed labels. */
export interface Labels {
  microcredential: string
  issuedBy: string
  details: string
  issuer: string
  website: string
  email: string
  institutionIds: string
  faculty: string
  location: string
  learner: string
  learnerId: string
  learnerHashed: (types: string) => string
  learnerUnknown: string
  issued: string
  awarded: string
  validUntil: string
  noEnd: string
  description: string
  criteria: string
  criteriaPage: string
  learningOutcomes: string
  workload: string
  hours: string
  sbu: string
  ects: string
  level: string
  levelVerified: string
  levelNotVerified: string
  assessmentType: string
  supervision: string
  identityChecked: string
  participation: string
  grade: string
  passMark: string
  language: string
  sector: string
  prerequisites: string
  targetGroup: string
  stackability: string
  stackableTowards: string
  programmes: string
  qualityAgreements: string
  qualityIntro: string
  qualityNone: string
  qualityLink: string
  qualityText: string
  verification: string
  verified: string
  notVerified: string
  unchecked: string
  credentialId: string
  yes: string
  no: string
  notStated: string
  plainBadge: string
  badgeTitle: (name: string, issuer: string) => string
  badgeDescMicro: (sector: string, frameworks: string) => string
  badgeDescPlain: string
}

const NL: Labels = {
  microcredential: 'Microcredential',
  issuedBy: 'Uitgegeven door',
  details: 'Gegevens',
  issuer: 'Uitgever',
  website: 'Website',
  email: 'E-mail',
  institutionIds: 'Instellingscodes',
  faculty: 'Onderdeel',
  location: 'Vestiging',
  learner: 'Deelnemer',
  learnerId: 'Kenmerk van de deelnemer',
  learnerHashed: (types) => `De identiteit van de deelnemer is alleen versleuteld (gehasht) vastgelegd (${types}); wie het gegeven kent, kan het controleren.`,
  learnerUnknown: 'De credential noemt de deelnemer niet.',
  issued: 'Datum van uitgifte',
  awarded: 'Behaald op',
  validUntil: 'Geldig tot',
  noEnd: 'geen einddatum',
  description: 'Beschrijving',
  criteria: 'Criteria',
  criteriaPage: 'Criteria (pagina van de uitgever)',
  learningOutcomes: 'Leeruitkomsten',
  workload: 'Studielast',
  hours: 'uur',
  sbu: 'SBU (studiebelastingsuren)',
  ects: 'EC',
  level: 'Niveau',
  levelVerified: 'niveau officieel vastgesteld',
  levelNotVerified: 'niveau niet officieel vastgesteld',
  assessmentType: 'Soort toetsing',
  supervision: 'Toezicht',
  identityChecked: 'Identiteit gecontroleerd',
  participation: 'Vorm van deelname',
  grade: 'Resultaat',
  passMark: 'cesuur',
  language: 'Taal',
  sector: 'Sector',
  prerequisites: 'Toelatingseisen',
  targetGroup: 'Doelgroep',
  stackability: 'Stapelbaarheid',
  stackableTowards: 'Stapelbaar naar',
  programmes: 'Opleidingscodes',
  qualityAgreements: 'Kwaliteitsafspraken',
  qualityIntro: 'Deze microcredential is uitgegeven volgens de onderstaande gezamenlijke kwaliteitsafspraken.',
  qualityNone: 'De credential vermeldt geen kwaliteitsafspraak.',
  qualityLink: 'Meer over deze afspraken',
  qualityText: 'Tekst van de afspraken',
  verification: 'Controle',
  verified: 'Echt en geldig: alle controles zijn geslaagd.',
  notVerified: 'Niet geverifieerd: minstens één controle is mislukt. Vertrouw deze gegevens niet.',
  unchecked: 'Niet gecontroleerd: deze pagina toont de gegevens uit de credential zonder de digitale handtekening te controleren.',
  credentialId: 'Kenmerk van de credential',
  yes: 'ja',
  no: 'nee',
  notStated: 'niet vermeld',
  plainBadge: 'Open Badge',
  badgeTitle: (name, issuer) => `${name} (${issuer})`,
  badgeDescMicro: (sector, frameworks) => `Microcredential${sector ? `, sector ${sector}` : ''}${frameworks ? `, kwaliteitskader: ${frameworks}` : ''}.`,
  badgeDescPlain: 'Open Badge (geen microcredential).',
}

const EN: Labels = {
  microcredential: 'Microcredential',
  issuedBy: 'Issued by',
  details: 'Details',
  issuer: 'Issuer',
  website: 'Website',
  email: 'Email',
  institutionIds: 'Institution codes',
  faculty: 'Department',
  location: 'Location',
  learner: 'Learner',
  learnerId: 'Learner identifier',
  learnerHashed: (types) => `The learner's identity is recorded only in hashed form (${types}); whoever knows the value can check it.`,
  learnerUnknown: 'The credential does not name the learner.',
  issued: 'Date of issue',
  awarded: 'Awarded on',
  validUntil: 'Valid until',
  noEnd: 'no end date',
  description: 'Description',
  criteria: 'Criteria',
  criteriaPage: "Criteria (issuer's page)",
  learningOutcomes: 'Learning outcomes',
  workload: 'Workload',
  hours: 'hours',
  sbu: 'SBU (study-load hours)',
  ects: 'EC',
  level: 'Level',
  levelVerified: 'level officially verified',
  levelNotVerified: 'level not officially verified',
  assessmentType: 'Type of assessment',
  supervision: 'Supervision',
  identityChecked: 'Identity verified',
  participation: 'Form of participation',
  grade: 'Grade',
  passMark: 'pass mark',
  language: 'Language',
  sector: 'Sector',
  prerequisites: 'Prerequisites',
  targetGroup: 'Target group',
  stackability: 'Stackability',
  stackableTowards: 'Stacks towards',
  programmes: 'Programme codes',
  qualityAgreements: 'Quality agreements',
  qualityIntro: 'This microcredential was issued under the joint quality agreements below.',
  qualityNone: 'The credential names no quality agreement.',
  qualityLink: 'More about these agreements',
  qualityText: 'Text of the agreements',
  verification: 'Verification',
  verified: 'Authentic and valid: every check passed.',
  notVerified: 'Not verified: at least one check failed. Do not rely on this information.',
  unchecked: 'Not checked: this page shows what the credential says without checking its digital signature.',
  credentialId: 'Credential identifier',
  yes: 'yes',
  no: 'no',
  notStated: 'not stated',
  plainBadge: 'Open Badge',
  badgeTitle: (name, issuer) => `${name} (${issuer})`,
  badgeDescMicro: (sector, frameworks) => `Microcredential${sector ? `, sector ${sector}` : ''}${frameworks ? `, quality framework: ${frameworks}` : ''}.`,
  badgeDescPlain: 'Open Badge (not a microcredential).',
}

/** The labels of a language. */
export function labelsFor(lang: RenderLanguage): Labels {
  return lang === 'en' ? EN : NL
}

type Words = Readonly<Record<string, { nl: string; en: string }>>

/** Types of assessment (EU Annex I; edubadges values). */
export const ASSESSMENT_WORDS: Words = {
  testing: { nl: 'toets of examen', en: 'testing' },
  'application of a skill': { nl: 'toepassing van een vaardigheid', en: 'application of a skill' },
  portfolio: { nl: 'portfolio', en: 'portfolio' },
  'recognition of prior learning': { nl: 'erkenning van eerder verworven competenties (evc)', en: 'recognition of prior learning' },
}

/** Forms of participation. */
export const PARTICIPATION_WORDS: Words = {
  online: { nl: 'online', en: 'online' },
  'onsite or blended': { nl: 'op locatie of gecombineerd (blended)', en: 'onsite or blended' },
  volunteering: { nl: 'vrijwilligerswerk', en: 'volunteering' },
  'work experience': { nl: 'werkervaring', en: 'work experience' },
  'personalized learning activities': { nl: 'gepersonaliseerde leeractiviteiten', en: 'personalised learning activities' },
}

/** Supervision and identity verification during assessment. */
export const SUPERVISION_WORDS: Words = {
  'unsupervised with no identity verification': { nl: 'zonder toezicht, zonder identiteitscontrole', en: 'unsupervised, no identity verification' },
  'supervised with no identity verification': { nl: 'met toezicht, zonder identiteitscontrole', en: 'supervised, no identity verification' },
  'supervised online': { nl: 'online met toezicht en identiteitscontrole', en: 'supervised online, with identity verification' },
  'onsite with identity verification': { nl: 'op locatie met toezicht en identiteitscontrole', en: 'supervised onsite, with identity verification' },
}

/** Stackability options. */
export const STACKABILITY_WORDS: Words = {
  'stand-alone': { nl: 'op zichzelf staand', en: 'stand-alone' },
  integrated: { nl: 'onderdeel van een grotere opleiding', en: 'integrated in a larger programme' },
  stackable: { nl: 'stapelbaar', en: 'stackable' },
}

/** Sectors. */
export const SECTOR_WORDS: Words = {
  mbo: { nl: 'mbo (middelbaar beroepsonderwijs)', en: 'mbo (secondary vocational education)' },
  hbo: { nl: 'hbo (hoger beroepsonderwijs)', en: 'hbo (higher professional education)' },
  wo: { nl: 'wo (wetenschappelijk onderwijs)', en: 'wo (research university education)' },
}

/** Recipient identity types. */
export const IDENTITY_WORDS: Words = {
  emailAddress: { nl: 'e-mailadres', en: 'email address' },
  sisSourcedId: { nl: 'studentnummer', en: 'student number' },
  'ext:eduID': { nl: 'eduID', en: 'eduID' },
  studentId: { nl: 'studentnummer', en: 'student id' },
  did: { nl: 'DID', en: 'DID' },
  url: { nl: 'URL', en: 'URL' },
  name: { nl: 'naam', en: 'name' },
  '': { nl: 'onbekend soort gegeven', en: 'unknown kind of identifier' },
}

/** Identifier types of institutions and programmes. */
export const IDENTIFIER_WORDS: Words = {
  'ext:BRIN': { nl: 'instellingscode (BRIN)', en: 'institution code (BRIN)' },
  'ext:RIO': { nl: 'RIO-code', en: 'RIO code' },
  'ext:OIN': { nl: 'OIN', en: 'OIN' },
  'ext:KvK': { nl: 'KvK-nummer', en: 'Chamber of Commerce (KvK) number' },
  'ext:CROHO': { nl: 'CROHO', en: 'CROHO' },
  'ext:CREBO': { nl: 'CREBO', en: 'CREBO' },
  '': { nl: 'code', en: 'code' },
}

/** Languages by primary subtag. */
export const LANGUAGE_WORDS: Words = {
  nl: { nl: 'Nederlands', en: 'Dutch' },
  en: { nl: 'Engels', en: 'English' },
  de: { nl: 'Duits', en: 'German' },
  fr: { nl: 'Frans', en: 'French' },
  es: { nl: 'Spaans', en: 'Spanish' },
  fy: { nl: 'Fries', en: 'Frisian' },
  pap: { nl: 'Papiaments', en: 'Papiamento' },
}

/** Verification checks (docs/verification.md). */
export const CHECK_WORDS: Words = {
  parse: { nl: 'Leesbaar gegevensformaat', en: 'Readable data format' },
  limits: { nl: 'Omvang binnen de grenzen', en: 'Size within limits' },
  context: { nl: 'Bekende woordenlijsten (JSON-LD-contexten)', en: 'Known vocabularies (JSON-LD contexts)' },
  schema: { nl: 'Opbouw volgens Open Badges 3.0', en: 'Structure as Open Badges 3.0 requires' },
  proof: { nl: 'Digitale handtekening', en: 'Digital signature' },
  issuer: { nl: 'Sleutel hoort bij de uitgever', en: "Key belongs to the issuer" },
  validity: { nl: 'Geldigheidsperiode', en: 'Validity period' },
  status: { nl: 'Niet ingetrokken of geschorst', en: 'Not revoked or suspended' },
  recipient: { nl: 'Ontvanger klopt', en: 'Recipient matches' },
  endorsements: { nl: 'Aanbevelingen (endorsements)', en: 'Endorsements' },
}

/** Outcomes of a check. */
export const STATUS_WORDS: Words = {
  passed: { nl: 'in orde', en: 'passed' },
  failed: { nl: 'mislukt', en: 'failed' },
  skipped: { nl: 'niet gecontroleerd', en: 'not checked' },
}

/** Verification error codes (design.md), in plain words. */
export const CODE_WORDS: Words = {
  PARSING_ERROR: { nl: 'de gegevens zijn niet te lezen', en: 'the data cannot be read' },
  RESOURCE_LIMIT_EXCEEDED: { nl: 'de gegevens zijn te groot of te complex', en: 'the data is too large or too complex' },
  UNTRUSTED_CONTEXT: { nl: 'de credential gebruikt een onbekende woordenlijst', en: 'the credential uses an unknown vocabulary' },
  UNSUPPORTED_JSON_LD: { nl: 'de credential gebruikt JSON-LD die niet wordt ondersteund', en: 'the credential uses unsupported JSON-LD' },
  DATA_LOSS_DETECTION_ERROR: { nl: 'de credential bevat gegevens die niet ondertekend kunnen zijn', en: 'the credential holds data the signature cannot cover' },
  DOCUMENT_LOAD_BLOCKED: { nl: 'een benodigd document mocht niet worden opgehaald', en: 'a document it needs may not be fetched' },
  SCHEMA_VIOLATION: { nl: 'de opbouw klopt niet', en: 'the structure is wrong' },
  PROOF_MISSING: { nl: 'er is geen digitale handtekening', en: 'there is no digital signature' },
  PROOF_TRANSFORMATION_ERROR: { nl: 'de soort handtekening wordt niet ondersteund', en: 'the kind of signature is not supported' },
  PROOF_VERIFICATION_ERROR: { nl: 'de handtekening is ongeldig', en: 'the signature is invalid' },
  CRYPTOGRAPHIC_SECURITY_ERROR: { nl: 'de handtekening klopt niet: de gegevens zijn gewijzigd of vervalst', en: 'the signature does not match: the data was changed or forged' },
  UNSUPPORTED_ALGORITHM: { nl: 'het handtekeningalgoritme wordt niet geaccepteerd', en: 'the signature algorithm is not accepted' },
  INVALID_VERIFICATION_METHOD: { nl: 'de sleutel van de handtekening is ongeldig of onbekend', en: "the signature's key is invalid or unknown" },
  ISSUER_KEY_MISMATCH: { nl: 'de handtekening is niet gezet door de uitgever', en: 'the signature was not made by the issuer' },
  UNTRUSTED_ISSUER: { nl: 'de uitgever staat niet op de lijst van vertrouwde uitgevers', en: 'the issuer is not on the list of trusted issuers' },
  NOT_YET_VALID: { nl: 'de credential is nog niet geldig', en: 'the credential is not yet valid' },
  EXPIRED: { nl: 'de credential is verlopen', en: 'the credential has expired' },
  PROOF_EXPIRED: { nl: 'de handtekening is verlopen', en: 'the signature has expired' },
  MALFORMED_VALUE_ERROR: { nl: 'een datum of waarde is onjuist geschreven', en: 'a date or value is malformed' },
  REVOKED: { nl: 'de uitgever heeft de credential ingetrokken', en: 'the issuer has revoked the credential' },
  SUSPENDED: { nl: 'de uitgever heeft de credential geschorst', en: 'the issuer has suspended the credential' },
  STATUS_RETRIEVAL_ERROR: { nl: 'de intrekkingslijst kon niet worden opgehaald', en: 'the status list could not be retrieved' },
  STATUS_VERIFICATION_ERROR: { nl: 'de intrekkingslijst is ongeldig', en: 'the status list is invalid' },
  STATUS_UNCHECKED: { nl: 'de intrekkingsstatus kon niet worden gecontroleerd', en: 'the revocation status could not be checked' },
  RECIPIENT_NOT_MATCHED: { nl: 'de credential hoort niet bij deze ontvanger', en: 'the credential does not belong to this recipient' },
  LEGACY_CRYPTOSUITE: { nl: 'de handtekening gebruikt een verouderde methode', en: 'the signature uses a legacy method' },
}

/** Dutch and English month names. */
export const MONTHS: Readonly<Record<RenderLanguage, readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
}

/** The plain word for `value` from a table, else `value` itself (raw: the caller escapes). */
export function word(table: Words, value: string, lang: RenderLanguage): string {
  return Object.hasOwn(table, value) ? (table[value] as { nl: string; en: string })[lang] : value
}
