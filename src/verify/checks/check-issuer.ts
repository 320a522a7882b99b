import { parseDidKey } from '../../did/parse-did-key.js'
import type { DocumentLoader } from '../../loader/create-document-loader.js'
import { controllerOf, isVerificationMethodUrl, issuerIdOf } from '../../lib/issuer-id.js'
import { loadJsonDocument as load } from '../../proofs/load-json-document.js'
import { addError, type CheckContext } from '../check-context.js'
import { ed25519KeyOf, isSmallOrderKey } from './weak-key.js'

/** An absolute URL (scheme, no spaces) with exactly one non-empty fragment. */

/**
 * The `issuer` check (key binding, CID §Retrieve Verification Method): for every proof, the
 * verification method is an absolute URL with a fragment (a did:key is parsed strictly); it resolves
 * (did:key locally, other URLs from supplied documents) to a method whose id is that URL, whose
 * `controller` is the document it came from (the URL without fragment) and whose public key is not of
 * small order; that controller's document has that id and lists the method under `assertionMethod`;
 * and the controller is the credential's `issuer.id` (otherwise `ISSUER_KEY_MISMATCH`). Every other
 * failure is `INVALID_VERIFICATION_METHOD`, the CID error name given in the message.
 */
export async function checkIssuer(ctx: CheckContext, loader: DocumentLoader, proofs: Array<Record<string, unknown>>, trustedIssuers?: readonly string[]): Promise<void> {
  const issuerId = issuerIdOf(ctx.credential)
  if (!issuerId) {
    addError(ctx, 'issuer', 'ISSUER_KEY_MISMATCH', 'credential has no issuer id', '$.issuer')
    return
  }
  if (trustedIssuers && !trustedIssuers.includes(issuerId)) {
    addError(ctx, 'issuer', 'UNTRUSTED_ISSUER', `issuer ${issuerId} is not among the trusted issuers`, '$.issuer')
  }
  for (const [i, proof] of proofs.entries()) {
    if (proof.verificationMethod === undefined) continue // reported by the proof check
    const path = `${proofPath(ctx.credential, i)}.verificationMethod`
    const problem = await bindingProblem(loader, proof.verificationMethod, issuerId)
    if (problem) addError(ctx, 'issuer', problem.code, problem.message, path)
  }
}

/** The verification relationship a key must have: `assertionMethod` (issuers) or `authentication` (holders). */
export type Relationship = 'assertionMethod' | 'authentication'

/** A key-binding problem: its code and message. */
export type Problem = { code: 'INVALID_VERIFICATION_METHOD' | 'ISSUER_KEY_MISMATCH' | 'DOCUMENT_LOAD_BLOCKED'; message: string } | undefined
const invalid = (message: string): Problem => ({ code: 'INVALID_VERIFICATION_METHOD', message })

/** The CID checks of one verification method URL against the issuer (see {@link checkIssuer}). */
export async function bindingProblem(loader: DocumentLoader, vmUrl: unknown, issuerId: string, relationship: Relationship = 'assertionMethod'): Promise<Problem> {
  if (!isVerificationMethodUrl(vmUrl)) {
    return invalid(`INVALID_VERIFICATION_METHOD_URL: verificationMethod must be an absolute URL with a fragment, got ${JSON.stringify(vmUrl)}`)
  }
  if (vmUrl.startsWith('did:key:')) {
    const parsed = parseDidKey(vmUrl)
    if (!parsed.ok) return invalid(`${parsed.error}: ${parsed.message}`)
    if (isSmallOrderKey(parsed.publicKey)) return invalid(`invalidPublicKey: ${vmUrl} is a small-order (weak) Ed25519 key`)
  }
  const vm = await load(loader, vmUrl)
  if (!vm.ok) return unresolved(`cannot resolve verification method ${vmUrl}: ${vm.message}`, vm.blocked)
  return methodProblem(vm.document, vmUrl) ?? (await controllerProblem(loader, vmUrl, issuerId, relationship))
}

/** The dereferenced method: its id, its controller (the document it came from) and its key. */
function methodProblem(vm: Record<string, unknown>, vmUrl: string): Problem {
  if (vm.id !== vmUrl) return invalid(`verification method document has id ${JSON.stringify(vm.id)}, expected ${vmUrl}`)
  if (vm.controller !== controllerOf(vmUrl)) {
    return invalid(`verification method ${vmUrl} names controller ${JSON.stringify(vm.controller)}, not the document it belongs to (${controllerOf(vmUrl)})`)
  }
  const key = ed25519KeyOf(vm)
  if (key && isSmallOrderKey(key)) return invalid(`invalidPublicKey: ${vmUrl} is a small-order (weak) Ed25519 key`)
  return undefined
}

/** The controller is the issuer, and its document has its id and authorises the method for assertions. */
async function controllerProblem(loader: DocumentLoader, vmUrl: string, issuerId: string, relationship: Relationship): Promise<Problem> {
  const controller = controllerOf(vmUrl)
  if (controller !== issuerId) {
    return { code: 'ISSUER_KEY_MISMATCH', message: `key ${vmUrl} is controlled by ${JSON.stringify(controller)}, not by the issuer ${issuerId}` }
  }
  const doc = await load(loader, controller)
  if (!doc.ok) return unresolved(`cannot resolve controller document ${controller}: ${doc.message}`, doc.blocked)
  if (doc.document.id !== controller) {
    return invalid(`INVALID_CONTROLLED_IDENTIFIER_DOCUMENT_ID: the document served for ${controller} has id ${JSON.stringify(doc.document.id)}`)
  }
  if (!listsMethod(doc.document[relationship], vmUrl, controller)) {
    return invalid(`INVALID_RELATIONSHIP_FOR_VERIFICATION_METHOD: ${controller} does not list ${vmUrl} under ${relationship}`)
  }
  return undefined
}

function listsMethod(value: unknown, vmUrl: string, controller: string): boolean {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  const fragment = vmUrl.slice(vmUrl.indexOf('#'))
  return list.some((entry) => {
    const id = typeof entry === 'string' ? entry : typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined
    return id === vmUrl || (id === fragment && `${controller}${fragment}` === vmUrl)
  })
}

/** A document that could not be loaded: blocked by the network policy, or simply not available. */
function unresolved(message: string, blocked: boolean): Problem {
  return blocked ? { code: 'DOCUMENT_LOAD_BLOCKED', message } : invalid(message)
}

/** JSON path of the i-th proof: `$.proof` for a single proof object, `$.proof[i]` in an array. */
export function proofPath(credential: Record<string, unknown>, i: number): string {
  return Array.isArray(credential.proof) ? `$.proof[${i}]` : '$.proof'
}
