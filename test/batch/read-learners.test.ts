import { describe, expect, it } from 'vitest'
import { InvalidArgumentError } from '../../src/errors/errors.js'
import { readLearners } from '../../src/batch/index.js'
import { collect, useTempDirs, writeFile } from './helpers.js'

const tempDir = useTempDirs('mcred-read-')

async function readCsv(text: string | Buffer, name = 'learners.csv') {
  return collect(readLearners(writeFile(tempDir(), name, text)))
}

describe('readLearners: CSV', () => {
  it('reads a comma-separated file with the canonical column names', async () => {
    const rows = await readCsv('learner_id,email,eduid,given_name,family_name,grade,awarded_date,evidence_url,idempotency_key\n' +
      '123456,jan@example.nl,eduid-1,Jan,Jansen,8,2026-06-30,https://portfolio.example.nl/1,sis-1\n')
    expect(rows).toEqual([{
      rowNumber: 1, line: 2,
      row: { learnerId: '123456', email: 'jan@example.nl', eduId: 'eduid-1', givenName: 'Jan', familyName: 'Jansen', grade: '8', awardedDate: '2026-06-30', evidenceUrl: 'https://portfolio.example.nl/1', idempotencyKey: 'sis-1' },
    }])
  })

  it('sniffs ";" (Dutch Excel), skips a UTF-8 BOM, takes Dutch aliases in any case and ignores unknown columns', async () => {
    const text = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Studentnummer;E-mail;Voornaam;ACHTERNAAM;Cijfer;Opleiding\r\n2024-1;a@example.nl;Anne;de Vries;7,5;Zorg\r\n')])
    const rows = await readCsv(text)
    expect(rows).toEqual([{ rowNumber: 1, line: 2, row: { learnerId: '2024-1', email: 'a@example.nl', givenName: 'Anne', familyName: 'de Vries', grade: '7,5' } }])
  })

  it('reads quoted fields with delimiters, doubled quotes and line breaks; trims values and drops empty cells', async () => {
    const rows = await readCsv('learner_id,given_name,family_name,grade\n' +
      '1,"Anne, ""Ans""","van der\nBerg",  goed  \n' +
      '2,,Jansen,\n')
    expect(rows).toEqual([
      { rowNumber: 1, line: 2, row: { learnerId: '1', givenName: 'Anne, "Ans"', familyName: 'van der\nBerg', grade: 'goed' } },
      { rowNumber: 2, line: 4, row: { learnerId: '2', familyName: 'Jansen' } },
    ])
  })

  it('skips empty lines (also lines of empty cells) without counting them', async () => {
    const rows = await readCsv('email;grade\n\na@example.nl;goed\n ;  \n\nb@example.nl;voldoende\n')
    expect(rows.map((r) => [r.rowNumber, r.line, 'row' in r ? r.row.email : r.error])).toEqual([[1, 3, 'a@example.nl'], [2, 6, 'b@example.nl']])
  })

  it('reports malformed lines as error rows and reads on: wrong field count, a stray quote, an unclosed quote', async () => {
    const rows = await readCsv('learner_id,email,grade\n' +
      '1,a@example.nl,goed\n' +
      '2,b@example.nl\n' +
      '3,c@example.nl,goed,extra\n' +
      '4,"d@example.nl"x,goed\n' +
      '5,e"@example.nl,goed\n' +
      '6,f@example.nl,goed\n' +
      '7,"g@example.nl,goed\n' +
      '8,h@example.nl,goed\n' +
      '9,i@example.nl,goed,,\n')
    expect(rows.map((r) => [r.rowNumber, r.line, 'row' in r ? r.row.learnerId : 'error'])).toEqual([
      [1, 2, '1'], [2, 3, 'error'], [3, 4, 'error'], [4, 5, 'error'], [5, 6, 'error'], [6, 7, '6'], [7, 8, 'error'], [8, 9, '8'], [9, 10, '9'],
    ])
    const errors = rows.flatMap((r) => ('error' in r ? [r.error] : []))
    expect(errors[0]).toBe('has 2 fields, the header has 3 columns')
    expect(errors[1]).toBe('has 4 fields, the header has 3 columns')
    expect(errors[2]).toMatch(/quoted field is followed by other characters/)
    expect(errors[3]).toMatch(/quote inside an unquoted field/)
    expect(errors[4]).toMatch(/quoted field is not closed/)
  })

  it('an unclosed quote on the last line is one error row', async () => {
    const rows = await readCsv('email\na@example.nl\n"b@example.nl')
    expect(rows).toEqual([{ rowNumber: 1, line: 2, row: { email: 'a@example.nl' } }, { rowNumber: 2, line: 3, error: 'malformed CSV: a quoted field is not closed' }])
  })

  it('a header without a learner column yields only an error row 0', async () => {
    const rows = await readCsv('name,grade\nJan,8\nPiet,7\n')
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ rowNumber: 0, line: 1 })
    expect('error' in rows[0]! && rows[0].error).toMatch(/no column identifies the learner .*found "name", "grade"/)
  })

  it('a header with two columns for one field is an error row 0', async () => {
    const rows = await readCsv('learner_id,studentnummer\n1,2\n')
    expect(rows).toEqual([{ rowNumber: 0, line: 1, error: 'header: columns "learner_id" and "studentnummer" both give learner_id' }])
  })

  it('an empty file is an error row 0', async () => {
    expect(await readCsv('')).toEqual([{ rowNumber: 0, line: 1, error: expect.stringMatching(/empty/) }])
  })

  it('reads tab-separated files', async () => {
    expect(await readCsv('eduid\tgrade\nabc\t8\n', 'learners.tsv')).toEqual([{ rowNumber: 1, line: 2, row: { eduId: 'abc', grade: '8' } }])
  })

  it('streams: a long file is read one row at a time', async () => {
    const lines = ['learner_id,grade', ...Array.from({ length: 20_000 }, (_, i) => `${i},goed`)]
    const iterator = readLearners(writeFile(tempDir(), 'big.csv', lines.join('\n')))[Symbol.asyncIterator]()
    const first = await iterator.next()
    expect(first.value).toEqual({ rowNumber: 1, line: 2, row: { learnerId: '0', grade: 'goed' } })
    await iterator.return?.()
    let count = 0
    for await (const row of readLearners(writeFile(tempDir(), 'big.csv', lines.join('\n')))) if ('row' in row) count++
    expect(count).toBe(20_000)
  })
})

describe('readLearners: JSON Lines', () => {
  it('reads objects with CSV names, aliases or camelCase keys; numbers become strings; bad lines are error rows', async () => {
    const text = [
      '{"learner_id": "1", "email": "a@example.nl", "cijfer": 8}',
      '',
      '{"learnerId": "2", "givenName": "Piet", "evidenceUrl": "https://p.example.nl/2", "unknown": true}',
      '{"learner_id": "3", oops}',
      '[1, 2]',
      '{"learner_id": {"nested": 1}}',
      'null',
      '{"studentnummer": "7", "awarded_date": null}',
    ].join('\n')
    const rows = await collect(readLearners(writeFile(tempDir(), 'learners.jsonl', `\uFEFF${text}`)))
    expect(rows.map((r) => [r.rowNumber, r.line])).toEqual([[1, 1], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 8]])
    expect(rows[0]).toEqual({ rowNumber: 1, line: 1, row: { learnerId: '1', email: 'a@example.nl', grade: '8' } })
    expect(rows[1]).toEqual({ rowNumber: 2, line: 3, row: { learnerId: '2', givenName: 'Piet', evidenceUrl: 'https://p.example.nl/2' } })
    expect(rows[2]).toMatchObject({ error: expect.stringMatching(/^malformed JSON/) })
    expect(rows[3]).toMatchObject({ error: 'must be a JSON object' })
    expect(rows[4]).toMatchObject({ error: '"learner_id" must be a string or a number' })
    expect(rows[5]).toMatchObject({ error: 'must be a JSON object' })
    expect(rows[6]).toEqual({ rowNumber: 7, line: 8, row: { learnerId: '7' } })
  })

  it('takes the format from the extension or the option', async () => {
    const path = writeFile(tempDir(), 'export.txt', '{"email": "a@example.nl"}\n')
    expect(await collect(readLearners(path, { format: 'jsonl' }))).toEqual([{ rowNumber: 1, line: 1, row: { email: 'a@example.nl' } }])
    expect(() => readLearners(writeFile(tempDir(), 'export.xlsx', ''))).toThrow(InvalidArgumentError)
  })

  it('a missing file rejects the first step', async () => {
    await expect(collect(readLearners(`${tempDir()}/missing.csv`))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
