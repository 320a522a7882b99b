import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/fixtures.js'
import { MBO_SPEC, mcredIn, tempDir } from './helpers.js'

// Runs the built CLI (`npm test` builds first).
describe('mcred bake, extract and verify of baked badges', () => {
  it('bakes a credential and a VC-JWT into the example PNG and SVG; verify reads the images; extract gives the credential back', () => {
    const dir = tempDir('mcred-bake-')
    const mcred = mcredIn(dir)
    expect(mcred('keygen', '--out', 'key.json').code).toBe(0)
    expect(mcred('issue', MBO_SPEC, '--key', 'key.json', '--out', 'cred.json').code).toBe(0)
    expect(mcred('issue', MBO_SPEC, '--key', 'key.json', '--format', 'vc-jwt', '--out', 'cred.jwt').code).toBe(0)
    for (const [credential, image, out] of [['cred.json', 'badge.png', 'baked.png'], ['cred.jwt', 'badge.svg', 'baked.svg']] as const) {
      const baked = mcred('bake', credential, '--image', join(ROOT, 'examples/images', image), '--out', out)
      expect(baked.err).toBe('')
      expect(baked.code).toBe(0)
      const verified = mcred('verify', out)
      expect(verified.out).toContain(`${out}: VERIFIED`)
      expect(verified.code).toBe(0)
    }
    const extracted = mcred('extract', 'baked.png', '--json')
    expect(extracted.code).toBe(0)
    expect(JSON.parse(extracted.out)).toMatchObject({ format: 'png', credential: { type: ['VerifiableCredential', 'OpenBadgeCredential'] } })
    const plain = mcred('verify', join(ROOT, 'examples/images/badge.png'))
    expect(plain.code).toBe(1)
    expect(plain.out).toContain('PARSING_ERROR')
  })
})
