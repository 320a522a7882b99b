/**
 * Internal: the shape of a compact JWS (a VC-JWT): `header.payload.signature`, each part base64url.
 *
 * @module lib
 */

const WITH_SIGNATURE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/
const SIGNATURE_OPTIONAL = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/

/**
 * True when `text` (not trimmed) is three base64url parts separated by dots. `emptySignature` also
 * takes an empty third part, for a verifier that refuses it later with its own error (`alg: none`).
 */
export function isCompactJws(text: string, options: { emptySignature?: boolean } = {}): boolean {
  return (options.emptySignature ? SIGNATURE_OPTIONAL : WITH_SIGNATURE).test(text)
}
