/** Status list fixtures built and signed in the test: a credential issuer key and its lists. */
import { issueCredential } from '../../src/issue/index.js'
import { createBitstring, encodeList, setBit } from '../../src/status/bitstring.js'
import { minimalBadge, testKey } from '../helpers/credentials.js'
import { signProof, type Json } from '../helpers/sign.js'

export const LIST_URL = 'https://school.example.nl/status/1'
export const OTHER_SEED = Uint8Array.from({ length: 32 }, (_, i) => 200 - i)

/** A BitstringStatusListEntry pointing into {@link LIST_URL}. */
export function entry(index: unknown, purpose = 'revocation', url = LIST_URL): Json {
  return { id: `${url}#${String(index)}`, type: 'BitstringStatusListEntry', statusPurpose: purpose, statusListIndex: index, statusListCredential: url }
}

/** An unsigned status list credential with the given bits set. */
export function listCredential(issuer: string, options: { set?: number[]; purpose?: string; length?: number; encodedList?: string; extra?: Json; url?: string } = {}): Json {
  const bits = createBitstring(options.length ?? 131_072)
  for (const i of options.set ?? []) setBit(bits, i)
  const url = options.url ?? LIST_URL
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer,
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: options.purpose ?? 'revocation', encodedList: options.encodedList ?? encodeList(bits) },
    ...options.extra,
  }
}

export async function keys() {
  const issuer = await testKey()
  const other = await testKey(OTHER_SEED)
  return { issuer, other, issuerId: issuer.keyPair.controller, otherId: other.keyPair.controller }
}

/** A list signed by `signer`. */
export const signed = signProof

/** An OB 3.0 credential by the test issuer carrying `credentialStatus`, signed. */
export async function credentialWithStatus(status: unknown): Promise<Json> {
  const { keyPair, signer } = await testKey()
  return issueCredential({ ...minimalBadge(keyPair.controller), credentialStatus: status }, signer, { now: '2025-09-01T10:00:00Z' }) as Promise<Json>
}
