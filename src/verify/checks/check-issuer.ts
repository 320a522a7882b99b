import { parseDidKey } from '../../did/parse-did-key.js'
import type { DocumentLoader } from '../../loader/create-document-loader.js'
import { issuerIdOf } from '../../lib/issuer-id.js'
import { addError, type CheckContext } from '../check-context.js'

/**
 * The `issuer` check (key binding): for every proof, the verification method resolves (did:key parsed
 * strictly; other URLs from supplied documents), its id is the URL asked for, its controller is the
 * credential's `issuer.id`, and the controller document lists it under `assertionMethod`.
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
    if (typeof proof.verificationMethod === 'string') await checkMethod(ctx, loader, proof.verificationMethod, issuerId, proofPath(ctx.credential, i))
  }
}

async function checkMethod(ctx: CheckContext, loader: DocumentLoader, vmUrl: string, issuerId: string, path: string): Promise<void> {
  const fail = (code: string, message: string): void => addError(ctx, 'issuer', code, message, `${path}.verificationMethod`)
  if (vmUrl.startsWith('did:key:')) {
    const parsed = parseDidKey(vmUrl)
    if (!parsed.ok) return fail('INVALID_VERIFICATION_METHOD', `${parsed.error}: ${parsed.message}`)
  }
  const vm = await load(loader, vmUrl)
  if (!vm.ok) return fail('INVALID_VERIFICATION_METHOD', `cannot resolve verification method ${vmUrl}: ${vm.message}`)
  const doc = vm.document as Record<string, unknown>
  if (doc.id !== vmUrl) return fail('INVALID_VERIFICATION_METHOD', `verification method document has id ${JSON.stringify(doc.id)}, expected ${vmUrl}`)
  const controller = typeof doc.controller === 'string' ? doc.controller : undefined
  if (controller !== issuerId) {
    return fail('ISSUER_KEY_MISMATCH', `key ${vmUrl} is controlled by ${JSON.stringify(controller)}, not by the issuer ${issuerId}`)
  }
  const controllerDoc = await load(loader, controller)
  if (!controllerDoc.ok) return fail('INVALID_VERIFICATION_METHOD', `cannot resolve controller document ${controller}: ${controllerDoc.message}`)
  const cdoc = controllerDoc.document as Record<string, unknown>
  if (cdoc.id !== controller) return fail('INVALID_VERIFICATION_METHOD', `controller document id ${JSON.stringify(cdoc.id)} is not ${controller}`)
  if (!listsMethod(cdoc.assertionMethod, vmUrl, controller)) {
    return fail('INVALID_VERIFICATION_METHOD', `${controller} does not list ${vmUrl} under assertionMethod`)
  }
}

function listsMethod(value: unknown, vmUrl: string, controller: string): boolean {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  const fragment = vmUrl.slice(vmUrl.indexOf('#'))
  return list.some((entry) => {
    const id = typeof entry === 'string' ? entry : typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined
    return id === vmUrl || (id === fragment && `${controller}${fragment}` === vmUrl)
  })
}

async function load(loader: DocumentLoader, url: string): Promise<{ ok: true; document: unknown } | { ok: false; message: string }> {
  try {
    const { document } = await loader(url)
    if (typeof document !== 'object' || document === null) return { ok: false, message: 'not a JSON object' }
    return { ok: true, document }
  } catch (error) {
    return { ok: false, message: (error as Error).message }
  }
}

/** JSON path of the i-th proof: `$.proof` for a single proof object, `$.proof[i]` in an array. */
export function proofPath(credential: Record<string, unknown>, i: number): string {
  return Array.isArray(credential.proof) ? `$.proof[${i}]` : '$.proof'
}
