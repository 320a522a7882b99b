/** The issuer id of a credential: `issuer` as a string, or `issuer.id`. */
export function issuerIdOf(credential: Record<string, unknown>): string | undefined {
  const issuer = credential.issuer
  if (typeof issuer === 'string') return issuer
  if (typeof issuer === 'object' && issuer !== null && typeof (issuer as { id?: unknown }).id === 'string') return (issuer as { id: string }).id
  return undefined
}

/** The controller a verification method URL implies: the URL without its fragment. */
export function controllerOf(verificationMethod: string): string {
  const hash = verificationMethod.indexOf('#')
  return hash === -1 ? verificationMethod : verificationMethod.slice(0, hash)
}

/** A verification method URL: an absolute URL (scheme, no white space) with one non-empty fragment. */
export function isVerificationMethodUrl(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z][a-z0-9+.-]*:[^\s#]+#[^\s#]+$/i.test(value)
}
