import { gzipSync } from 'node:zlib'
import { base64url } from 'multiformats/bases/base64'
import { beforeAll, describe, expect, it } from 'vitest'
import { createStatusChecker, type StatusCheckerOptions } from '../../src/status/create-status-checker.js'
import { createBitstring, encodeList, setBit } from '../../src/status/bitstring.js'
import { verifyCredential } from '../../src/verify/index.js'
import { NOW } from '../helpers/credentials.js'
import type { Json } from '../helpers/sign.js'
import { credentialWithStatus, entry, keys, LIST_URL, listCredential, signed } from './helpers.js'

type Keys = Awaited<ReturnType<typeof keys>>
let k: Keys
/** Revocation list by the credential's issuer with bits 7 and 131071 set. */
let revocationList: Json
/** Suspension list by the credential's issuer with bit 3 set. */
let suspensionList: Json
let credential: Json

const now = () => new Date(NOW)
const check = (status: unknown, documents: Record<string, unknown>, extra: StatusCheckerOptions = {}) =>
  createStatusChecker({ documents, now, ...extra })(credential, status)
const codes = (errors: Array<{ code: string }>) => errors.map((e) => e.code)

beforeAll(async () => {
  k = await keys()
  revocationList = await signed(listCredential(k.issuerId, { set: [7, 131_071] }), k.issuer.signer)
  suspensionList = await signed(listCredential(k.issuerId, { set: [3], purpose: 'suspension' }), k.issuer.signer)
  credential = { issuer: { id: k.issuerId } }
})

describe('createStatusChecker: bit lookup (security.md #31)', () => {
  it('bit clear → no errors; bit set → REVOKED', async () => {
    expect(await check(entry('8'), { [LIST_URL]: revocationList })).toEqual([])
    expect(await check(entry(0), { [LIST_URL]: revocationList })).toEqual([])
    const revoked = await check(entry('7'), { [LIST_URL]: revocationList })
    expect(codes(revoked)).toEqual(['REVOKED'])
    expect(revoked[0]?.message).toContain(LIST_URL)
    expect(codes(await check(entry(131_071), { [LIST_URL]: revocationList }))).toEqual(['REVOKED'])
  })

  it('statusListIndex as a number and as a string both work', async () => {
    expect(codes(await check(entry(7), { [LIST_URL]: revocationList }))).toEqual(['REVOKED'])
    expect(codes(await check(entry('7'), { [LIST_URL]: revocationList }))).toEqual(['REVOKED'])
  })

  it('suspension list: bit set → SUSPENDED', async () => {
    expect(codes(await check(entry(3, 'suspension'), { [LIST_URL]: suspensionList }))).toEqual(['SUSPENDED'])
    expect(await check(entry(4, 'suspension'), { [LIST_URL]: suspensionList })).toEqual([])
  })

  it('through verifyCredential: verified when not revoked, REVOKED when the bit is set; fail closed without a checker', async () => {
    const documents = { [LIST_URL]: revocationList }
    const fine = await credentialWithStatus(entry('8'))
    const ok = await verifyCredential(fine, { now: NOW, statusChecker: createStatusChecker({ documents, now }) })
    expect(ok.errors).toEqual([])
    expect(ok.verified).toBe(true)
    expect(ok.checks.find((c) => c.id === 'status')?.status).toBe('passed')

    const revokedCredential = await credentialWithStatus(entry('7'))
    const revoked = await verifyCredential(revokedCredential, { now: NOW, statusChecker: createStatusChecker({ documents, now }) })
    expect(revoked.verified).toBe(false)
    expect(revoked.errors.map((e) => [e.check, e.code])).toEqual([['status', 'REVOKED']])

    const unchecked = await verifyCredential(fine, { now: NOW, documents })
    expect(unchecked.verified).toBe(false)
    expect(codes(unchecked.errors)).toEqual(['STATUS_UNCHECKED'])
  })
})

describe('createStatusChecker: the list credential is verified (security.md #32)', () => {
  const expectListError = async (list: Json, match: RegExp | string, extra: StatusCheckerOptions = {}, status = entry(7)) => {
    const errors = await check(status, { [LIST_URL]: list }, extra)
    expect(codes(errors)).toEqual(['STATUS_VERIFICATION_ERROR'])
    expect(errors[0]?.message).toMatch(match)
  }

  it('tampered: a bit flipped after signing', async () => {
    const bits = setBit(createBitstring(), 8)
    setBit(bits, 7)
    setBit(bits, 131_071)
    const tampered = structuredClone(revocationList)
    tampered.credentialSubject.encodedList = encodeList(bits)
    await expectListError(tampered, /proof does not verify/, {}, entry(8))
  })

  it('unsigned', async () => {
    const { proof: _drop, ...unsigned } = revocationList
    await expectListError(unsigned, /no proof/)
  })

  it('issued and signed by another issuer; accepted only when that issuer is trusted for lists', async () => {
    const foreign = await signed(listCredential(k.otherId, { set: [7] }), k.other.signer)
    await expectListError(foreign, /not by the credential's issuer/)
    expect(codes(await check(entry(7), { [LIST_URL]: foreign }, { trustedListIssuers: [k.otherId] }))).toEqual(['REVOKED'])
  })

  it("names the credential's issuer but is signed by another key", async () => {
    const forged = await signed(listCredential(k.issuerId, { set: [] }), k.other.signer)
    await expectListError(forged, /not controlled by its issuer/)
  })

  it('expired, or not yet valid', async () => {
    const expired = await signed(listCredential(k.issuerId, { set: [7], extra: { validUntil: '2025-12-01T00:00:00Z' } }), k.issuer.signer)
    await expectListError(expired, /expired/)
    expect(codes(await check(entry(7), { [LIST_URL]: expired }, { now: () => new Date('2025-11-01T00:00:00Z') }))).toEqual(['REVOKED'])
    const future = await signed(listCredential(k.issuerId, { set: [7], extra: { validFrom: '2026-06-01T00:00:00Z' } }), k.issuer.signer)
    await expectListError(future, /not valid before/)
  })

  it('wrong credential type, wrong subject type', async () => {
    await expectListError({ ...revocationList, type: ['VerifiableCredential', 'StatusList2021Credential'] }, /BitstringStatusListCredential/)
    await expectListError({ ...revocationList, credentialSubject: { ...revocationList.credentialSubject, type: 'StatusList2021' } }, /BitstringStatusList/)
  })

  it("statusPurpose mismatch: a suspension entry against a revocation list", async () => {
    await expectListError(revocationList, /statusPurpose/, {}, entry(7, 'suspension'))
  })

  it('a list whose id is not its URL', async () => {
    const elsewhere = await signed(listCredential(k.issuerId, { set: [7], url: 'https://school.example.nl/status/2' }), k.issuer.signer)
    await expectListError(elsewhere, /is not https:\/\/school.example.nl\/status\/1/)
  })
})

describe('createStatusChecker: the index (security.md #33)', () => {
  it('index ≥ list length → STATUS_VERIFICATION_ERROR naming RANGE_ERROR', async () => {
    for (const index of [131_072, '131072', 10_000_000]) {
      const errors = await check(entry(index), { [LIST_URL]: revocationList })
      expect(codes(errors), String(index)).toEqual(['STATUS_VERIFICATION_ERROR'])
      expect(errors[0]?.message).toMatch(/^RANGE_ERROR/)
    }
  })

  it('negative, "5abc", non-integer, non-string non-number → MALFORMED_VALUE_ERROR', async () => {
    for (const index of [-1, '-1', '5abc', ' 5', '5 ', '', '0x10', '1e3', 1.5, Number.NaN, true, null, {}, [5], 2 ** 53]) {
      const errors = await check(entry(index), { [LIST_URL]: revocationList })
      expect(codes(errors), JSON.stringify(index)).toEqual(['MALFORMED_VALUE_ERROR'])
      expect(errors[0]?.path).toBe('$.credentialStatus.statusListIndex')
    }
    const missing: Json = entry(7)
    delete missing.statusListIndex
    expect(codes(await check(missing, { [LIST_URL]: revocationList }))).toEqual(['MALFORMED_VALUE_ERROR'])
  })
})

describe('createStatusChecker: list length and retrieval (security.md #34)', () => {
  it('a list shorter than 131,072 entries → STATUS_VERIFICATION_ERROR naming STATUS_LIST_LENGTH_ERROR', async () => {
    const short = await signed(listCredential(k.issuerId, { set: [7], length: 131_072 - 8 }), k.issuer.signer)
    const errors = await check(entry(7), { [LIST_URL]: short })
    expect(codes(errors)).toEqual(['STATUS_VERIFICATION_ERROR'])
    expect(errors[0]?.message).toMatch(/^STATUS_LIST_LENGTH_ERROR/)
  })

  it('the list not supplied → STATUS_RETRIEVAL_ERROR naming the URL', async () => {
    const errors = await check(entry(7), {})
    expect(codes(errors)).toEqual(['STATUS_RETRIEVAL_ERROR'])
    expect(errors[0]?.message).toContain(LIST_URL)
    expect(errors[0]?.path).toBe('$.credentialStatus.statusListCredential')
  })

  it('the list is fetched only from allowed hosts, through the given fetch', async () => {
    let calls = 0
    const fetch = async () => {
      calls++
      return new Response(JSON.stringify(revocationList), { status: 200, headers: { 'content-type': 'application/json' } })
    }
    expect(codes(await check(entry(7), {}, { fetch }))).toEqual(['STATUS_RETRIEVAL_ERROR'])
    expect(calls).toBe(0)
    expect(codes(await check(entry(7), {}, { fetch, allowedHosts: ['school.example.nl'] }))).toEqual(['REVOKED'])
    expect(calls).toBe(1)
  })
})

describe('createStatusChecker: fail closed (security.md #35)', () => {
  it('unknown status types → STATUS_UNCHECKED', async () => {
    for (const type of ['StatusList2021Entry', 'RevocationList2020Status', undefined, ['Foo']]) {
      const errors = await check({ id: `${LIST_URL}#1`, type, statusListIndex: '1', statusListCredential: LIST_URL }, { [LIST_URL]: revocationList })
      expect(codes(errors), JSON.stringify(type)).toEqual(['STATUS_UNCHECKED'])
    }
    expect(codes(await check('https://example.nl/status', {}))).toEqual(['STATUS_UNCHECKED'])
    expect(codes(await check([], {}))).toEqual(['STATUS_UNCHECKED'])
  })

  it('1EdTechRevocationList is checked, failing closed (no list document → STATUS_RETRIEVAL_ERROR naming the URL)', async () => {
    const status = { id: 'https://1edtech.edu/credentials/3732/revocations', type: '1EdTechRevocationList' }
    const errors = await createStatusChecker({ documents: {}, now })({ ...credential, id: 'urn:uuid:3f1c2a50-1111-4c2b-9d7e-0a1b2c3d4e5f' }, status)
    expect(codes(errors)).toEqual(['STATUS_RETRIEVAL_ERROR'])
    expect(errors[0]?.message).toContain('https://1edtech.edu/credentials/3732/revocations')
  })

  it('purposes other than revocation/suspension, statusSize > 1 → STATUS_UNCHECKED', async () => {
    expect(codes(await check(entry(7, 'message'), { [LIST_URL]: revocationList }))).toEqual(['STATUS_UNCHECKED'])
    expect(codes(await check({ ...entry(7), statusSize: 2 }, { [LIST_URL]: revocationList }))).toEqual(['STATUS_UNCHECKED'])
  })

  it('an array: every entry is checked; one unsupported entry → STATUS_UNCHECKED', async () => {
    const documents = { [LIST_URL]: revocationList }
    expect(await check([entry(8), entry(9)], documents)).toEqual([])
    const mixed = await check([entry(8), { type: 'StatusList2021Entry' }], documents)
    expect(codes(mixed)).toEqual(['STATUS_UNCHECKED'])
    expect(mixed[0]?.path).toBe('$.credentialStatus[1].type')
    expect(codes(await check([entry(8), entry(7)], documents))).toEqual(['REVOKED'])
  })
})

describe('createStatusChecker: inflated size is capped (security.md #36)', () => {
  it('a gzip bomb → RESOURCE_LIMIT_EXCEEDED', async () => {
    const bomb = base64url.encode(gzipSync(new Uint8Array(32 * 1024 * 1024)))
    const list = await signed(listCredential(k.issuerId, { encodedList: bomb }), k.issuer.signer)
    const errors = await check(entry(7), { [LIST_URL]: list })
    expect(codes(errors)).toEqual(['RESOURCE_LIMIT_EXCEEDED'])
    expect(errors[0]?.message).toMatch(/inflates to more than/)
  })

  it('maxListBytes lowers the cap', async () => {
    expect(codes(await check(entry(7), { [LIST_URL]: revocationList }, { maxListBytes: 8 * 1024 }))).toEqual(['RESOURCE_LIMIT_EXCEEDED'])
    expect(codes(await check(entry(7), { [LIST_URL]: revocationList }, { maxListBytes: 16 * 1024 }))).toEqual(['REVOKED'])
  })
})
