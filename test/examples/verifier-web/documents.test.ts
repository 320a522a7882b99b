/**
 * The extra documents of the verifier page (examples/verifier-web/src/documents.ts): read from files by
 * their id, replaced by id, passed on by id; and the status lists a credential points to.
 */
import { describe, expect, it } from 'vitest'
import { addDocuments, documentsById, readDocument, statusListUrls, type AddedDocument } from '../../../examples/verifier-web/src/documents.js'
import { statusCase, STATUS_LIST_URL } from '../verifier-web-helpers.js'

const added = (fileName: string, value: unknown): AddedDocument => {
  const reading = readDocument(fileName, JSON.stringify(value))
  if (!reading.ok) throw new Error(`${fileName}: ${reading.reason}`)
  return reading.document
}

describe('documents added to the verifier page', () => {
  it('reads a status list credential, a DID document and a controller document by their id', async () => {
    const { list } = await statusCase()
    expect(added('list.json', list)).toMatchObject({ id: STATUS_LIST_URL, kind: 'status-list', fileName: 'list.json' })
    expect(added('did.json', { id: 'did:web:school.example.nl', assertionMethod: [] })).toMatchObject({ kind: 'did-document' })
    expect(added('c.json', { id: 'https://school.example.nl/issuer', assertionMethod: [] })).toMatchObject({ kind: 'document' })
  })

  it('refuses what it cannot use, saying why', () => {
    expect(readDocument('a.json', '{ nope')).toEqual({ ok: false, fileName: 'a.json', reason: 'not-json' })
    expect(readDocument('a.json', '[{"id": "did:web:x"}]')).toMatchObject({ ok: false, reason: 'not-object' })
    expect(readDocument('a.json', '{"name": "no id"}')).toMatchObject({ ok: false, reason: 'no-id' })
    expect(readDocument('a.json', '{"id": "not a url"}')).toMatchObject({ ok: false, reason: 'no-id' })
    expect(readDocument('a.json', '{"id": 7}')).toMatchObject({ ok: false, reason: 'no-id' })
  })

  it('replaces a document with the same id, and passes them on by id', () => {
    const first = added('one.json', { id: 'did:web:a', v: 1 })
    const second = added('two.json', { id: 'did:web:b', v: 2 })
    const newer = added('three.json', { id: 'did:web:a', v: 3 })
    const all = addDocuments(addDocuments([], [first, second]), [newer])
    expect(all.map((d) => d.fileName)).toEqual(['three.json', 'two.json'])
    expect(documentsById(all)).toEqual({ 'did:web:a': { id: 'did:web:a', v: 3 }, 'did:web:b': { id: 'did:web:b', v: 2 } })
    expect(documentsById([])).toEqual({})
  })

  it('lists the status lists a credential points to', async () => {
    const { fine } = await statusCase()
    expect(statusListUrls(fine)).toEqual([STATUS_LIST_URL])
    expect(statusListUrls({ credentialStatus: [{ statusListCredential: 'https://a/1' }, { statusListCredential: 'https://a/1' }, { type: '1EdTechRevocationList', id: 'https://b/list' }] })).toEqual(['https://a/1', 'https://b/list'])
    expect(statusListUrls({})).toEqual([])
    expect(statusListUrls(undefined)).toEqual([])
    expect(statusListUrls({ credentialStatus: 'odd' })).toEqual([])
  })
})
