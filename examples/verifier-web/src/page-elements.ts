/**
 * The elements of index.html that the page script fills or listens to.
 *
 * @module verifier-web
 */
import { byId } from './dom.js'

/** The elements of index.html the script fills or listens to. */
export interface Elements {
  dropZone: HTMLElement
  fileInput: HTMLInputElement
  paste: HTMLTextAreaElement
  verifyButton: HTMLButtonElement
  message: HTMLElement
  environment: HTMLElement
  documentsZone: HTMLElement
  documentsInput: HTMLInputElement
  documentsList: HTMLElement
  documentsClear: HTMLButtonElement
  result: HTMLElement
  verdict: HTMLElement
  checks: HTMLElement
  warningsBlock: HTMLElement
  warnings: HTMLElement
  statusHint: HTMLElement
  images: HTMLElement
  frame: HTMLIFrameElement
  frameProblem: HTMLElement
  findingsBlock: HTMLElement
  findingsSummary: HTMLElement
  findings: HTMLElement
}

/** Finds the elements; throws when index.html lacks one (the page and the script were built apart). */
export function pageElements(): Elements {
  return {
    dropZone: byId('drop-zone', HTMLElement),
    fileInput: byId('file-input', HTMLInputElement),
    paste: byId('paste', HTMLTextAreaElement),
    verifyButton: byId('verify-button', HTMLButtonElement),
    message: byId('message', HTMLElement),
    environment: byId('environment', HTMLElement),
    documentsZone: byId('documents', HTMLElement),
    documentsInput: byId('documents-input', HTMLInputElement),
    documentsList: byId('documents-list', HTMLElement),
    documentsClear: byId('documents-clear', HTMLButtonElement),
    result: byId('result', HTMLElement),
    verdict: byId('verdict', HTMLElement),
    checks: byId('checks', HTMLElement),
    warningsBlock: byId('warnings-block', HTMLElement),
    warnings: byId('warnings', HTMLElement),
    statusHint: byId('status-hint', HTMLElement),
    images: byId('images', HTMLElement),
    frame: byId('credential-frame', HTMLIFrameElement),
    frameProblem: byId('credential-problem', HTMLElement),
    findingsBlock: byId('findings-block', HTMLElement),
    findingsSummary: byId('findings-summary', HTMLElement),
    findings: byId('findings', HTMLElement),
  }
}
