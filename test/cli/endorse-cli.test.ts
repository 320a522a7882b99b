import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MBO_SPEC, mcredIn, readJsonFile, tempDir } from './helpers.js'

// Runs the built CLI (`npm test` builds first).
const ACHIEVEMENT = 'https://roc-zuidwaard.example.nl/achievements/basiszorg-wijkverpleging'

describe('mcred endorse', () => {
  it('a care employer endorses the mbo achievement; the school embeds the endorsement and issues; both verify', () => {
    const dir = tempDir('mcred-endorse-')
    const mcred = mcredIn(dir)
    expect(mcred('keygen', '--out', 'employer-key.json').code).toBe(0)
    expect(mcred('keygen', '--out', 'school-key.json').code).toBe(0)
    writeFileSync(join(dir, 'employer.json'), JSON.stringify({ name: 'Zorggroep Voorbeeld', url: 'https://zorggroep.example.nl', identifiers: { kvk: '12345678' } }))
    const endorsed = mcred('endorse', '--key', 'employer-key.json', '--subject', ACHIEVEMENT, '--endorser', 'employer.json', '--comment', 'Samen ontwikkeld; sluit aan op de praktijk.', '--out', 'endorsement.json')
    expect(endorsed.err).toBe('')
    expect(endorsed.code).toBe(0)
    const endorsement = readJsonFile(join(dir, 'endorsement.json'))
    expect(endorsement).toMatchObject({
      type: ['VerifiableCredential', 'EndorsementCredential'],
      issuer: { id: readJsonFile(join(dir, 'employer-key.json')).controller, name: 'Zorggroep Voorbeeld' },
      credentialSubject: { id: ACHIEVEMENT, type: ['EndorsementSubject'], endorsementComment: 'Samen ontwikkeld; sluit aan op de praktijk.' },
    })
    expect(mcred('verify', 'endorsement.json', '--endorsement').code).toBe(0)
    // Where an Open Badge is expected (the default), an endorsement is refused.
    expect(mcred('verify', 'endorsement.json').code).toBe(1)

    // The school builds its credential, puts the endorsement in the achievement's list and signs.
    const spec = readJsonFile(MBO_SPEC)
    spec.achievement.id = ACHIEVEMENT
    writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec))
    expect(mcred('build', 'spec.json', '--key', 'school-key.json', '--out', 'unsigned.json').code).toBe(0)
    const unsigned = readJsonFile(join(dir, 'unsigned.json'))
    unsigned.credentialSubject.achievement.endorsement = [endorsement]
    writeFileSync(join(dir, 'unsigned.json'), JSON.stringify(unsigned))
    expect(mcred('issue', 'unsigned.json', '--key', 'school-key.json', '--out', 'credential.json').code).toBe(0)
    const verified = mcred('verify', 'credential.json', '--json')
    expect(verified.code).toBe(0)
    expect(JSON.parse(verified.out).checks).toContainEqual(expect.objectContaining({ id: 'endorsements', status: 'passed' }))
  })

  it('usage errors are exit 2 and say what to give', () => {
    const dir = tempDir('mcred-endorse-usage-')
    const mcred = mcredIn(dir)
    mcred('keygen', '--out', 'key.json')
    const noEndorser = mcred('endorse', '--key', 'key.json', '--subject', ACHIEVEMENT)
    expect(noEndorser.code).toBe(2)
    expect(noEndorser.err).toContain('--endorser-name')
    const badSubject = mcred('endorse', '--key', 'key.json', '--subject', 'not a uri', '--endorser-name', 'X')
    expect(badSubject.code).toBe(2)
    expect(badSubject.err).toContain('$.subjectId')
  })
})
