/**
 * The page's own texts in English and Dutch: the fixed labels (elements marked `data-text="key"` in
 * index.html, placeholders marked `data-placeholder="key"`) and the sentences the page builds.
 *
 * @module verifier-web
 */
import type { Lang, Texts } from './lang.js'

/** Every text of the page, by key. */
export const UI_WORDS = {
  pageTitle: { en: 'Verify a microcredential', nl: 'Een microcredential controleren' },
  intro: {
    en: 'Check an Open Badges 3.0 microcredential on this computer. Nothing you add leaves this page: there is no server, and the page is not allowed to make any request.',
    nl: 'Controleer een Open Badges 3.0-microcredential op deze computer. Niets wat u toevoegt verlaat deze pagina: er is geen server, en de pagina mag geen enkel verzoek doen.',
  },
  language: { en: 'Language', nl: 'Taal' },
  dropTitle: { en: 'Drop a credential here', nl: 'Sleep een credential hierheen' },
  dropHelp: { en: 'A .json, .jwt, .png or .svg file (a badge image with the credential baked in works too).', nl: 'Een .json-, .jwt-, .png- of .svg-bestand (een badge-afbeelding met de credential erin werkt ook).' },
  pick: { en: 'Choose a file', nl: 'Kies een bestand' },
  pasteLabel: { en: 'Or paste the credential: JSON or a VC-JWT', nl: 'Of plak de credential: JSON of een VC-JWT' },
  pastePlaceholder: { en: '{ "@context": [ ... ] }  or  eyJhbGciOi...', nl: '{ "@context": [ ... ] }  of  eyJhbGciOi...' },
  verify: { en: 'Verify', nl: 'Controleren' },
  documentsTitle: { en: 'Add documents', nl: 'Documenten toevoegen' },
  documentsHelp: {
    en: 'To check revocation offline, add the status list credential of the issuer (a JSON file). DID documents and controller documents of did:web or https issuers go here too. Each is a JSON object with an "id".',
    nl: 'Om intrekking offline te controleren voegt u de statuslijst-credential van de uitgever toe (een JSON-bestand). Ook DID-documenten en controller-documenten van did:web- of https-uitgevers horen hier. Elk is een JSON-object met een "id".',
  },
  documentsPick: { en: 'Add documents', nl: 'Documenten toevoegen' },
  documentsClear: { en: 'Remove all documents', nl: 'Alle documenten verwijderen' },
  documentsNone: { en: 'No documents added.', nl: 'Geen documenten toegevoegd.' },
  checksTitle: { en: 'Checks', nl: 'Controles' },
  notesTitle: { en: 'Notes', nl: 'Opmerkingen' },
  imagesTitle: { en: 'Badge', nl: 'Badge' },
  badgeCaption: { en: 'The badge with the microcredential watermark', nl: 'De badge met het microcredential-watermerk' },
  originalCaption: { en: 'The image you added', nl: 'De afbeelding die u toevoegde' },
  credentialTitle: { en: 'The credential', nl: 'De credential' },
  credentialFrame: { en: 'The credential as a page', nl: 'De credential als pagina' },
  findingsTitle: { en: 'Quality findings', nl: 'Kwaliteitsbevindingen' },
  findingsNote: {
    en: 'How the credential measures up to the rules of its quality profile (Open Badges 3.0, EU microcredential elements, the Dutch pilot frameworks). These findings do not change the verdict above.',
    nl: 'Hoe de credential voldoet aan de regels van zijn kwaliteitsprofiel (Open Badges 3.0, de EU-elementen van microcredentials, de Nederlandse pilotkaders). Deze bevindingen veranderen het oordeel hierboven niet.',
  },
  findingsNone: { en: 'No findings: the credential meets every rule of its quality profile.', nl: 'Geen bevindingen: de credential voldoet aan elke regel van zijn kwaliteitsprofiel.' },
  noCredential: { en: 'There is no credential to show', nl: 'Er is geen credential om te tonen' },
  busy: { en: 'Checking…', nl: 'Bezig met controleren…' },
  readFailed: { en: 'The file could not be read', nl: 'Het bestand kon niet worden gelezen' },
  pasted: { en: 'pasted text', nl: 'geplakte tekst' },
  checkFailed: { en: 'The page could not finish the check', nl: 'De pagina kon de controle niet afmaken' },
  insecureContext: {
    en: 'This page cannot check signatures here: browsers give the needed cryptography only to pages opened over https or straight from disk (file://). Open it one of those ways.',
    nl: 'Deze pagina kan hier geen handtekeningen controleren: browsers geven de benodigde cryptografie alleen aan pagina\'s die via https of direct van schijf (file://) zijn geopend. Open hem op een van die manieren.',
  },
  nothingPasted: { en: 'Paste a credential first.', nl: 'Plak eerst een credential.' },
  statusHintNoDocuments: {
    en: 'Revocation could not be checked offline: this page fetches nothing. Ask the issuer (or the person who gave you the credential) for its status list and add it under "Add documents". The credential points to:',
    nl: 'Intrekking kon offline niet worden gecontroleerd: deze pagina haalt niets op. Vraag de uitgever (of wie u de credential gaf) om de statuslijst en voeg die toe bij "Documenten toevoegen". De credential verwijst naar:',
  },
  statusHintMissing: {
    en: 'The status list this credential points to is not among the added documents. Add it under "Add documents":',
    nl: 'De statuslijst waarnaar deze credential verwijst staat niet bij de toegevoegde documenten. Voeg hem toe bij "Documenten toevoegen":',
  },
} as const satisfies Record<string, Texts>

/** A key of {@link UI_WORDS}. */
export type UiKey = keyof typeof UI_WORDS

/** The text under `key` in `lang`. */
export function ui(key: UiKey, lang: Lang): string {
  return UI_WORDS[key][lang]
}

/** Whether a string (from a `data-text` attribute) is a key of {@link UI_WORDS}. */
export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(UI_WORDS, key)
}

/** The findings summary: "Profile mbo: 1 error, 2 warnings, 0 notes". */
export function findingsSummary(profile: string, counts: { error: number; warning: number; info: number }, lang: Lang): string {
  const n = (count: number, one: Texts, many: Texts): string => `${count} ${count === 1 ? one[lang] : many[lang]}`
  return `${lang === 'nl' ? 'Profiel' : 'Profile'} ${profile}: ` + [
    n(counts.error, { en: 'error', nl: 'fout' }, { en: 'errors', nl: 'fouten' }),
    n(counts.warning, { en: 'warning', nl: 'waarschuwing' }, { en: 'warnings', nl: 'waarschuwingen' }),
    n(counts.info, { en: 'note', nl: 'opmerking' }, { en: 'notes', nl: 'opmerkingen' }),
  ].join(', ')
}

/** A finding's severity in words. */
export function severityWord(severity: 'error' | 'warning' | 'info', lang: Lang): string {
  const words: Record<typeof severity, Texts> = { error: { en: 'error', nl: 'fout' }, warning: { en: 'warning', nl: 'waarschuwing' }, info: { en: 'note', nl: 'opmerking' } }
  return words[severity][lang]
}

/** Why a file was not added as a document, in words. */
export function refusalWords(reason: 'not-json' | 'not-object' | 'no-id', lang: Lang): string {
  const words: Record<typeof reason, Texts> = {
    'not-json': { en: 'not added: it is not JSON', nl: 'niet toegevoegd: het is geen JSON' },
    'not-object': { en: 'not added: it is not a JSON object', nl: 'niet toegevoegd: het is geen JSON-object' },
    'no-id': { en: 'not added: it has no "id" that is a URL or DID', nl: 'niet toegevoegd: het heeft geen "id" dat een URL of DID is' },
  }
  return words[reason][lang]
}

/** The kind of an added document in words. */
export function documentKindWord(kind: 'status-list' | 'did-document' | 'document', lang: Lang): string {
  const words: Record<typeof kind, Texts> = {
    'status-list': { en: 'status list', nl: 'statuslijst' },
    'did-document': { en: 'DID document', nl: 'DID-document' },
    'document': { en: 'document', nl: 'document' },
  }
  return words[kind][lang]
}
