import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bakePng, bakeSvg } from '../../src/bake/index.js'
import { issueCredential } from '../../src/issue/index.js'
import { verifyCredential } from '../../src/verify/index.js'
import { minimalBadge, NOW, testKey } from '../helpers/credentials.js'
import { ROOT } from '../helpers/fixtures.js'

const png = new Uint8Array(readFileSync(join(ROOT, 'examples/images/badge.png')))
const svg = readFileSync(join(ROOT, 'examples/images/badge.svg'), 'utf8')

describe('verifyCredential of baked badges', () => {
  it('a credential baked into a PNG or an SVG (JSON or VC-JWT) verifies; the credential returned is the one inside', async () => {
    const { keyPair, signer } = await testKey()
    const signed = await issueCredential(minimalBadge(keyPair.controller), signer, { now: NOW })
    const jwt = await issueCredential(minimalBadge(keyPair.controller), signer, { format: 'vc-jwt', now: NOW })
    for (const input of [bakePng(png, signed), bakePng(png, jwt), bakeSvg(svg, signed), bakeSvg(svg, jwt), new TextEncoder().encode(bakeSvg(svg, signed))]) {
      const r = await verifyCredential(input, { now: NOW })
      expect(r.errors).toEqual([])
      expect(r.credential?.name).toBe('Basiszorg')
    }
  })

  it('a tampered baked credential fails its proof; an image without a credential or a broken one is PARSING_ERROR', async () => {
    const { keyPair, signer } = await testKey()
    const signed = await issueCredential(minimalBadge(keyPair.controller), signer, { now: NOW })
    const tampered = await verifyCredential(bakeSvg(svg, { ...signed, name: 'Verpleegkunde' }), { now: NOW })
    expect(tampered.errors[0]).toMatchObject({ check: 'proof', code: 'CRYPTOGRAPHIC_SECURITY_ERROR' })
    for (const input of [png, svg, png.slice(0, 40), '<svg xmlns="http://www.w3.org/2000/svg"><openbadges:credential xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><![CDATA[{"a":1,"a":2}]]></openbadges:credential></svg>']) {
      const r = await verifyCredential(input, { now: NOW })
      expect(r.errors).toHaveLength(1)
      expect(r.errors[0]).toMatchObject({ check: 'parse', code: 'PARSING_ERROR' })
      expect(r.errors[0]?.message).toMatch(/^baked badge: /)
    }
  })
})
