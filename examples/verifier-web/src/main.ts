/**
 * The verifier page: wires index.html's inputs (drop zone, file input, paste box, language switch,
 * "Add documents") to the checks and shows the outcome. Built by scripts/build-verifier-web.mjs into
 * one classic script (`verifier.js`), so the page also works when opened from disk.
 *
 * @module verifier-web
 */
import { checkCredential, type Outcome } from './check-credential.js'
import { addDocuments, documentsById, readDocument, type AddedDocument, type RefusedDocument } from './documents.js'
import { applyLanguage } from './apply-language.js'
import { langFromSearch, type Lang } from './lang.js'
import { pageElements, type Elements } from './page-elements.js'
import { inputFromBytes, inputFromText, type CredentialInput } from './read-input.js'
import { originalImageUrl, showCredentialPage, showImages } from './show-credential.js'
import { showDocuments } from './show-documents.js'
import { showFindings } from './show-findings.js'
import { showChecks, showStatusHint, showVerdict, showWarnings } from './show-result.js'
import { ui } from './ui-words.js'

/** What the page holds: the language, the documents, the last input and what was found. */
interface PageState {
  lang: Lang
  documents: AddedDocument[]
  refused: RefusedDocument[]
  input?: CredentialInput
  outcome?: Outcome
  /** The `blob:` URL of the image shown, revoked when another outcome replaces it. */
  imageUrl?: string
  /** Counts verifications, so a slow one that finishes after a newer one is dropped. */
  runs: number
}

/** Shows the outcome in the state's language (again, after a language switch). */
function showOutcome(page: Elements, state: PageState): void {
  const { outcome, lang } = state
  if (outcome === undefined) return
  page.result.hidden = false
  showVerdict(page.verdict, outcome, lang)
  showChecks(page.checks, outcome, lang)
  showWarnings(page.warningsBlock, page.warnings, outcome, lang)
  showStatusHint(page.statusHint, outcome, state.documents.length, lang)
  showImages(page.images, outcome, state.imageUrl, lang)
  showCredentialPage(page.frame, page.frameProblem, outcome, lang)
  showFindings(page.findingsBlock, page.findingsSummary, page.findings, outcome.quality, lang)
}

/** Verifies the input with the current documents and shows the outcome, unless a newer run started. */
async function verify(page: Elements, state: PageState, input: CredentialInput): Promise<void> {
  const run = ++state.runs
  state.input = input
  page.message.hidden = true
  page.result.setAttribute('aria-busy', 'true')
  page.verifyButton.disabled = true
  page.verifyButton.textContent = ui('busy', state.lang)
  try {
    const outcome = await checkCredential(input, documentsById(state.documents))
    if (run !== state.runs) return
    if (state.imageUrl !== undefined) URL.revokeObjectURL(state.imageUrl)
    state.outcome = outcome
    state.imageUrl = originalImageUrl(outcome)
    showOutcome(page, state)
    page.result.dataset.run = String(run)
  } catch (error) {
    // verifyCredential never throws for bad input; this is the page itself failing (e.g. a stricter CSP).
    if (run === state.runs) showMessage(page, `${ui('checkFailed', state.lang)}: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    if (run === state.runs) {
      page.result.removeAttribute('aria-busy')
      page.verifyButton.disabled = false
      page.verifyButton.textContent = ui('verify', state.lang)
    }
  }
}

/** Reads a file's bytes and verifies them. */
async function verifyFile(page: Elements, state: PageState, file: File): Promise<void> {
  let bytes: Uint8Array<ArrayBuffer>
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch (error) {
    showMessage(page, `${ui('readFailed', state.lang)}: ${error instanceof Error ? error.message : String(error)}`)
    return
  }
  await verify(page, state, inputFromBytes(file.name, bytes))
}

function showMessage(page: Elements, text: string): void {
  page.message.textContent = text
  page.message.hidden = false
}

/** Reads dropped or picked files as documents, adds them, and verifies the last input again. */
async function addDocumentFiles(page: Elements, state: PageState, files: readonly File[]): Promise<void> {
  const readings = await Promise.all(files.map(async (file) => readDocument(file.name, await file.text())))
  const added = readings.flatMap((r) => (r.ok ? [r.document] : []))
  state.documents = addDocuments(state.documents, added)
  state.refused = readings.flatMap((r) => (r.ok ? [] : [{ fileName: r.fileName, reason: r.reason }]))
  await documentsChanged(page, state)
}

async function documentsChanged(page: Elements, state: PageState): Promise<void> {
  showDocuments(page.documentsList, page.documentsClear, state.documents, state.refused, state.lang)
  if (state.input !== undefined) await verify(page, state, state.input)
}

/** Makes an element a drop target: highlights while dragging over it and hands the drop on. */
function dropTarget(zone: HTMLElement, onDrop: (data: DataTransfer) => void): void {
  const over = (event: DragEvent): void => {
    event.preventDefault()
    event.stopPropagation()
    zone.classList.add('dragging')
  }
  zone.addEventListener('dragenter', over)
  zone.addEventListener('dragover', over)
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'))
  zone.addEventListener('drop', (event) => {
    event.preventDefault()
    event.stopPropagation()
    zone.classList.remove('dragging')
    if (event.dataTransfer !== null) onDrop(event.dataTransfer)
  })
}

function wire(page: Elements, state: PageState): void {
  // A file dropped beside the zones must not make the browser open it instead of the page.
  for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (event) => event.preventDefault())
  dropTarget(page.dropZone, (data) => {
    const file = data.files[0]
    const text = data.getData('text/plain')
    if (file !== undefined) void verifyFile(page, state, file)
    else if (text !== '') void verify(page, state, inputFromText(ui('pasted', state.lang), text))
  })
  page.fileInput.addEventListener('change', () => {
    const file = page.fileInput.files?.[0]
    if (file !== undefined) void verifyFile(page, state, file)
    page.fileInput.value = ''
  })
  page.verifyButton.addEventListener('click', () => {
    const text = page.paste.value.trim()
    if (text === '') showMessage(page, ui('nothingPasted', state.lang))
    else void verify(page, state, inputFromText(ui('pasted', state.lang), text))
  })
  dropTarget(page.documentsZone, (data) => void addDocumentFiles(page, state, Array.from(data.files)))
  page.documentsInput.addEventListener('change', () => {
    const files = Array.from(page.documentsInput.files ?? [])
    page.documentsInput.value = ''
    void addDocumentFiles(page, state, files)
  })
  page.documentsClear.addEventListener('click', () => {
    state.documents = []
    state.refused = []
    void documentsChanged(page, state)
  })
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-lang]'))) {
    button.addEventListener('click', () => {
      state.lang = button.dataset.lang === 'nl' ? 'nl' : 'en'
      applyLanguage(state.lang)
      showDocuments(page.documentsList, page.documentsClear, state.documents, state.refused, state.lang)
      showOutcome(page, state)
    })
  }
}

/** Starts the page: language from `?lang=`, texts, listeners. */
function start(): void {
  const page = pageElements()
  const state: PageState = { lang: langFromSearch(location.search), documents: [], refused: [], runs: 0 }
  applyLanguage(state.lang)
  showDocuments(page.documentsList, page.documentsClear, state.documents, state.refused, state.lang)
  wire(page, state)
  // Signatures are checked with WebCrypto, which browsers give only to https pages and files opened from disk.
  page.environment.hidden = window.isSecureContext && globalThis.crypto?.subtle !== undefined
  document.body.dataset.ready = 'true'
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
else start()
