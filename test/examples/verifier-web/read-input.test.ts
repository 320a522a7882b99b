/**
 * Reading the input of the verifier page (examples/verifier-web/src/read-input.ts): telling JSON, VC-JWT,
 * PNG and SVG apart by content, and getting the credential for display out of each, unverified.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyBytes, classifyText, credentialForDisplay, inputFromBytes, inputFromText } from '../../../examples/verifier-web/src/read-input.js'
import { bakePng, bakeSvg } from '../../../src/bake/index.js'
import { issueCredential } from '../../../src/issue/index.js'
import { minimalBadge, testKey } from '../../helpers/credentials.js'
import { ROOT } from '../../helpers/fixtures.js'
import { signedBadge, signedJwt } from '../verifier-web-helpers.js'

const bytes = (text: string) => new TextEncoder().encode(text)
const PNG = new Uint8Array(readFileSync(join(ROOT, 'examples/images/badge.png')))
const SVG = readFileSync(join(ROOT, 'examples/images/badge.svg'), 'utf8')

describe('reading the verifier page input', () => {
  it('tells input apart by content, not by name', async () => {
    const jwt = await signedJwt()
    expect(classifyText('  {"a": 1}')).toBe('json')
    expect(classifyText('\uFEFF{"a": 1}')).toBe('json')
    expect(classifyText(`\n${jwt}\n`)).toBe('jwt')
    expect(classifyText(SVG)).toBe('svg')
    expect(classifyText('<svg xmlns="http://www.w3.org/2000/svg"/>')).toBe('svg')
    expect(classifyText('hello')).toBe('unknown')
    expect(classifyText('[1, 2]')).toBe('unknown')
    expect(classifyBytes(PNG)).toBe('png')
    expect(classifyBytes(bytes(jwt))).toBe('jwt')
    expect(classifyBytes(Uint8Array.of(0xff, 0xfe, 0x00, 0x80))).toBe('unknown')
    expect(inputFromBytes('credential.png', new Uint8Array(bytes('{}'))).kind).toBe('json')
    const pastedSvg = inputFromText('pasted', ` ${SVG} `)
    expect(pastedSvg.kind).toBe('svg')
    expect(pastedSvg.data).toBeInstanceOf(Uint8Array)
  })

  it('gets the credential for display from JSON, a VC-JWT (without the JWT claims), a baked PNG and a baked SVG', async () => {
    const signed = await signedBadge()
    const jwt = await signedJwt()
    const fromJson = credentialForDisplay(inputFromText('x', JSON.stringify(signed)))
    expect(fromJson).toEqual({ credential: signed })
    const fromJwt = credentialForDisplay(inputFromText('x', jwt))
    expect('credential' in fromJwt && fromJwt.credential.name).toBe('Basiszorg')
    expect('credential' in fromJwt && Object.keys(fromJwt.credential).filter((k) => ['iss', 'sub', 'nbf', 'exp', 'iat', 'jti'].includes(k))).toEqual([])
    expect(credentialForDisplay(inputFromBytes('b.png', new Uint8Array(bakePng(PNG, signed))))).toEqual({ credential: signed })
    expect(credentialForDisplay(inputFromBytes('b.svg', new Uint8Array(bytes(bakeSvg(SVG, signed)))))).toEqual({ credential: signed })
    const jwtInPng = credentialForDisplay(inputFromBytes('b.png', new Uint8Array(bakePng(PNG, jwt))))
    expect('credential' in jwtInPng && jwtInPng.credential.name).toBe('Basiszorg')
  })

  it('reads the vc claim of a VCDM 1.1 style VC-JWT', async () => {
    const { keyPair, signer } = await testKey()
    const jwt = await issueCredential(minimalBadge(keyPair.controller), signer, { format: 'vc-jwt', jwtForm: 'vc-claim', now: '2025-09-01T00:00:00Z' })
    const shown = credentialForDisplay(inputFromText('x', jwt))
    expect('credential' in shown && shown.credential.name).toBe('Basiszorg')
  })

  it('says why there is no credential, without throwing', () => {
    for (const text of ['{ not json', '"a string"', 'hello', 'a.b.c']) {
      const shown = credentialForDisplay(inputFromText('x', text))
      expect('problem' in shown && shown.problem.length, text).toBeGreaterThan(0)
    }
    const plainPng = credentialForDisplay(inputFromBytes('p.png', new Uint8Array(PNG)))
    expect('problem' in plainPng && plainPng.problem).toMatch(/credential/i)
  })
})
