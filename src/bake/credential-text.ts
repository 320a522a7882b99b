/**
 * The text a baked image carries: a credential serialised as JSON, or a compact JWS (VC-JWT), and
 * the strict reading of that text back. Internal to src/bake.
 */
import { BakeError } from '../errors/errors.js'
import { isCompactJws } from '../lib/compact-jws.js'
import { parseStrictJson } from '../lib/strict-json.js'


/** What to bake: the text, and whether it is JSON or a compact JWS. */
export interface CredentialText {
  kind: 'json' | 'jws'
  text: string
}


/**
 * Serialises a credential for baking. A string must be a compact JWS; an object is serialised with
 * `JSON.stringify` and must read back under the same strict rules extraction applies (no `__proto__`
 * key), so that whatever is baked can be extracted.
 */
export function credentialText(credential: unknown): CredentialText {
  if (typeof credential === 'string') {
    const jws = credential.trim()
    if (!isCompactJws(jws)) throw new BakeError('ERR_MALFORMED_CREDENTIAL', 'credential to bake: a string must be a compact JWS (VC-JWT: three base64url parts separated by dots)')
    return { kind: 'jws', text: jws }
  }
  if (typeof credential !== 'object' || credential === null || Array.isArray(credential)) {
    throw new BakeError('ERR_MALFORMED_CREDENTIAL', `credential to bake: expected a JSON object or a compact JWS string, got ${describe(credential)}`)
  }
  let text: string | undefined
  try {
    text = JSON.stringify(credential)
  } catch (e) {
    throw new BakeError('ERR_MALFORMED_CREDENTIAL', `credential to bake: cannot be serialised as JSON (${(e as Error).message})`, { cause: e })
  }
  if (typeof text !== 'string') throw new BakeError('ERR_MALFORMED_CREDENTIAL', 'credential to bake: serialises to nothing (JSON.stringify returned undefined)')
  const back = parseStrictJson(text)
  if (!back.ok) throw new BakeError('ERR_MALFORMED_CREDENTIAL', `credential to bake: ${back.message}`)
  if (!isJsonObject(back.value)) throw new BakeError('ERR_MALFORMED_CREDENTIAL', 'credential to bake: does not serialise to a JSON object (toJSON?)')
  return { kind: 'json', text }
}

/**
 * Reads the text found in an image: a JSON object (parsed strictly: duplicate and `__proto__` keys
 * refused) or a compact JWS, returned as a string. `where` names the chunk or element for messages.
 */
export function parseCredentialText(raw: string, where: string): Record<string, unknown> | string {
  const text = raw.trim()
  if (text === '') throw new BakeError('ERR_MALFORMED_CREDENTIAL', `${where}: the baked credential is empty`)
  if (isCompactJws(text)) return text
  if (!text.startsWith('{')) throw new BakeError('ERR_MALFORMED_CREDENTIAL', `${where}: the baked credential is neither a JSON object nor a compact JWS`)
  const parsed = parseStrictJson(text)
  if (!parsed.ok) throw new BakeError('ERR_MALFORMED_CREDENTIAL', `${where}: the baked credential is refused: ${parsed.message}`)
  if (!isJsonObject(parsed.value)) throw new BakeError('ERR_MALFORMED_CREDENTIAL', `${where}: the baked credential is not a JSON object`)
  return parsed.value
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value
}
